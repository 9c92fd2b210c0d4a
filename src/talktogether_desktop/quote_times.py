"""One time for one quoted line, wherever it is said: the moment its quoted words begin.

The analysis times a finding at the word that gave it away ("always" in "Why is it always your family first at
Christmas?", 1.19 s) and quotes the whole sentence; the transcript times the line where it begins (0.50 s). Page 1 said
"At 00:01 Ana said “Why is it always…”", the transcript "00:00 Ana: Why is it always…", and a therapist looking for
the line in the player found it a second apart (heldout3 christmas_plans). `retimed` moves every quoted finding's time
to the start of its quoted words, and the analysis's own sentences with it, so the report, the window and the command
line all say the second the line starts, the one the transcript gives and the player plays from.

Pure: an analysis in, a re-timed copy out (the stored analysis is never changed); no Qt, no vault.
"""

from __future__ import annotations

import copy
import re
from typing import Any, Callable, Iterator, Optional

from .timefmt import clock

_STRIP = re.compile(r"^[^\w']+|[^\w']+$")
MOST_BEFORE_S = 30.0  # a quote begins at most this long before the word it was found on (a quote is ~30 words at most)
NEAR_QUOTE_CHARS = 160  # a time in a sentence belongs to the quote it is said beside


def _token(word: str) -> str:
    return _STRIP.sub("", str(word).replace("\u2019", "'").lower())


def _turn_at(turns: list, t: float, speaker: Optional[str]) -> Optional[dict]:
    around = [u for u in turns if isinstance(u, dict) and u.get("words")
              and _num(u.get("start")) - 0.5 <= t <= _num(u.get("end")) + 0.5]
    mine = [u for u in around if speaker is None or str(u.get("speaker")) == str(speaker)]
    return (mine or around or [None])[0]


def _num(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def said_at(turns: list, t: float, quote: str, speaker: Optional[str] = None) -> float:
    """When the words of `quote` begin, for a finding at `t` (a time inside the quote): the start of the quoted
    line's first word in the speaker's turn, an unsure one printed "…" too (so a quote that opens a turn has the
    turn's time, as the transcript and the Key moment's lines give it); `t` itself where the quote is not found there
    (an older analysis without word times)."""
    tokens = [_token(w) for w in str(quote).split()]
    lead = next((k for k, tok in enumerate(tokens) if tok and tok != "\u2026"), None)
    turn = _turn_at(turns, t, speaker)
    if lead is None or turn is None:
        return t
    head = tokens[lead:lead + 4]  # (an unsure word inside it, "…", stands for any one word)
    words = [w for w in turn["words"] if isinstance(w, dict) and "start" in w]
    best = None
    for k in range(lead, len(words) - len(head) + 1):
        start = _num(words[k - lead].get("start"))
        if not (t - MOST_BEFORE_S <= start <= t + 0.01):
            continue
        if all(tok in ("", "\u2026") or _token(words[k + j].get("word", "")) == tok for j, tok in enumerate(head)):
            best = start
    return t if best is None else best


def _quoted(node: Any) -> Iterator[tuple[dict, str, str, Optional[str]]]:
    """Every (finding, its time's key, its quote, its speaker) in the analysis, however deep."""
    if isinstance(node, dict):
        quote = node.get("quote")
        if isinstance(quote, str) and quote.strip():
            if isinstance(node.get("quote_t"), (int, float)):
                yield node, "quote_t", quote, node.get("quote_by") or node.get("first_sign_from")
            elif isinstance(node.get("t"), (int, float)):
                yield node, "t", quote, node.get("speaker") or node.get("by")
        for value in node.values():
            yield from _quoted(value)
    elif isinstance(node, list):
        for value in node:
            yield from _quoted(value)


def _texts(node: Any) -> Iterator[tuple[Any, Any]]:
    """(container, key) of every sentence the analysis wrote with times in it."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("text", "context", "detail") and isinstance(value, str):
                yield node, key
            else:
                yield from _texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value)


def _moved_in(text: str, moves: list[tuple[str, str, str, str]]) -> str:
    for old, new, quote, group in moves:
        if group and f"{group} at {old}" in text:  # "after the threat or intimidation at 00:27": the flag's own time
            text = text.replace(f"{group} at {old}", f"{group} at {new}")
        head = quote.strip()[:24]
        at = text.find(head) if head else -1
        if at < 0 or old not in text:
            continue
        places = [m.start() for m in re.finditer(re.escape(old), text)]
        nearest = min(places, key=lambda p: abs(p - at))
        if abs(nearest - at) <= NEAR_QUOTE_CHARS + len(quote):
            text = text[:nearest] + new + text[nearest + len(old):]
    return text


def _follow(node: Any, moved: dict) -> None:
    """What points at a moved finding by its time (a fear response's `after_flag_t`, a rise's `still_hard` markers)
    points at its new time."""
    if isinstance(node, dict):
        for key, value in node.items():
            if (key == "t" or key.endswith("_t")) and isinstance(value, float) and value in moved:
                node[key] = moved[value]
            else:
                _follow(value, moved)
    elif isinstance(node, list):
        for value in node:
            _follow(value, moved)


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")


def _safety_times(analysis: dict, said: dict) -> set:
    """The risk box ("self-harm language from Ben at 00:04, 00:11") and the safety sentences ("(and 1 more: 00:11)")
    list safety lines by their time alone: each time said as the line's own."""
    done = {id(analysis.get("safety_prompt"))} | {id(o) for o in analysis.get("observations") or []
                                                    if isinstance(o, dict) and str(o.get("kind") or "").startswith("safety")}
    if not said:
        return done
    swap = lambda text: _CLOCK.sub(lambda m: said.get(m.group(0), m.group(0)), text)  # noqa: E731 (one pass)
    prompt = analysis.get("safety_prompt")
    if isinstance(prompt, dict) and isinstance(prompt.get("text"), str):
        prompt["text"] = swap(prompt["text"])
    for o in analysis.get("observations") or []:
        if isinstance(o, dict) and str(o.get("kind") or "").startswith("safety") and isinstance(o.get("text"), str):
            o["text"] = swap(o["text"])
    return done


def retimed(analysis: dict, shown: Optional[Callable[[str], str]] = None) -> dict:
    """A copy of `analysis` with each quoted finding timed where its quoted words begin, and the sentences that say
    its time beside its quote saying that time (a rise that began on the line begins with it). `shown`: the quote as
    the page prints it, where that is less than the analysis's (the report's clear end of a quote that is mostly
    guesses, "… sorry.", is timed at "sorry")."""
    if not isinstance(analysis, dict):
        return analysis
    out = copy.deepcopy(analysis)
    turns = [u for u in out.get("turns") or [] if isinstance(u, dict)]
    moves, moved = [], {}
    flags = [f for f in out.get("safety_flags") or [] if isinstance(f, dict)]
    prompt = out.get("safety_prompt") if isinstance(out.get("safety_prompt"), dict) else {}
    flags.append(prompt.get("dismissed"))  # ("The reply at 02:11 was dismissive (…)": the risk box's own times)
    said_of_flags = {}  # old clock -> new clock of the safety lines (sentences that list them by time alone)
    for node, key, quote, speaker in list(_quoted(out)):
        old = float(node[key])
        new = said_at(turns, old, shown(quote) if shown else quote, None if speaker is None else str(speaker))
        if new == old:
            continue
        if key == "quote_t" and abs(_num(node.get("start")) - old) < 1e-3:
            node["start"] = round(new, 3)  # (a rise's first sign is its start)
        node[key] = moved[old] = round(new, 3)
        if clock(old) != clock(new):
            moves.append((clock(old), clock(new), quote, str(node.get("group") or "")))
            if any(node is f for f in flags):
                said_of_flags.setdefault(clock(old), clock(new))
    _follow(out, moved)
    done = _safety_times(out, said_of_flags)  # (said there by the lines' times alone; the rest beside their quotes)
    if moves:
        for container, key in list(_texts(out)):
            if id(container) not in done:
                container[key] = _moved_in(container[key], moves)
    return out
