"""Page one quotes a line once. The same words came back in a second finding, a question or the repair count (dev
repair_landed: “You're so selfish, you only care about your own plans.” in the rise and again as the harsh start-up,
“Okay, let's take a break and start over.” in the rise and in the repair count, both bids again in the question), so
a page read in two minutes said one line three times and had less room for the rest. The first mention keeps the
quote; a later one points to it by its number ("quoted in 1 above"), with the time where the sentence gave one.

Two safety findings on one sentence (heldout2 tracked_and_isolated: “You're not seeing her again, I decide who you
spend time with.” as isolation at 00:09 and as coercion at 00:11) are one finding with both kinds, so the five
findings page one holds are not spent on one line twice (the threat at 00:27 was crowded off it)."""

from __future__ import annotations

import re

_QUOTE = re.compile("\u201c([^\u201c\u201d]+)\u201d")
_TIME = r"(\d+:\d\d(?::\d\d)?)"
_NAME = r"([^\s:(),;\u201c\u201d]+)"
_SAFETY = re.compile(r"^(Safety language \()([^)]*)(\) at " + _TIME + r": " + _NAME + " said \u201c([^\u201d]+)\u201d)")


def _norm(quote: str) -> tuple[str, bool]:
    """The words of a quote to compare (case, spacing and end marks aside), and whether it was cut ("…")."""
    cut = "\u2026" in quote
    words = re.sub(r"[^\w'\u2019 ]+", " ", quote.replace("\u2026", " ")).lower().split()
    return " ".join(words), cut


def _same(earlier: str, later: str) -> bool:
    """Whether the `later` quote says no more than the `earlier` one: the same words, or a cut ("…") of them. One that
    goes on further (“… I hear you. I'm sorry.” after “… I hear you.”) says more, and keeps its words."""
    (x, _), (y, y_cut) = _norm(earlier), _norm(later)
    if len(x.split()) < 3 or len(y.split()) < 3:  # (“we” words, a “Fine.”: no line to point back to)
        return False
    return x == y or (y_cut and f" {y} " in f" {x} ")


def one_finding_per_safety_line(found: list) -> list:
    """`found`: (text, time, rank) of the findings before page one takes its first five. Two "Safety language (…)"
    findings quoting the same words of the same partner become the first of them, naming both kinds."""
    out: list = []
    for text, t, rank in found:
        m = _SAFETY.match(text)
        earlier = next((i for i, (prev, _, _) in enumerate(out) if m and (p := _SAFETY.match(prev))
                        and p.group(5) == m.group(5) and _same(p.group(6), m.group(6))), None)
        if earlier is None:
            out.append((text, t, rank))
            continue
        prev, prev_t, prev_rank = out[earlier]
        kinds = _SAFETY.match(prev).group(2)
        if not any(k == m.group(2) or k.startswith(m.group(2) + ":") for k in kinds.split("; ")):
            prev = _SAFETY.sub(lambda p: f"{p.group(1)}{kinds}; {m.group(2)}{p.group(3)}", prev, count=1)
        out[earlier] = (prev, prev_t, min(prev_rank, rank))
    return out


def _pointer(text: str, quote: str, where: str) -> str:
    """`text` with its `quote` (with its marks) said as a pointer to where it was quoted first."""
    q = re.escape(quote)
    for pattern, said in (
            (r"(\S+)'s " + q + " at " + _TIME, rf"\1's words at \2 (quoted in {where})"),  # "eased after Ben's “…” at"
            (r"\b(first|e\.g\.) " + q + " at " + _TIME, rf"\1 at \2, quoted in {where}"),  # repairs, "N times, e.g."
            (r"\(" + q + " at " + _TIME + r"\)", rf"(at \1, quoted in {where})"),  # one repair: "Ana 1 (“…” at 00:05)"
            (": " + q + r" \(" + _TIME + r"\)", rf": the words at \1 (quoted in {where})"),  # a need or bid
            (_NAME + ": " + q, rf"\1's words in {where}"),  # a question's "(Ana: “…” and Ben: “…”)"
            (q, f"the words quoted in {where}")):
        m = re.search(pattern, text)
        if m:
            ends = quote[-2:-1] in ".?!\u2026" and re.match(r"\s*(\Z|[A-Z])", text[m.end():])
            return text[:m.start()] + m.expand(said) + ("." if ends else "") + text[m.end():]
    return text


def _once(text: str, seen: list, where: str = "") -> str:
    """`text` with the quotes `seen` before pointed to; its own first quotes added to `seen` as `where` (a question's
    are not: nothing points to a question)."""
    for quote in [m.group(0) for m in _QUOTE.finditer(text)]:
        first = next((w for q, w in seen if _same(q, quote[1:-1]) and w != where), None)
        if first:
            text = _pointer(text, quote, first)
        elif where:
            seen.append((quote[1:-1], where))
    return text


def quote_once(model) -> None:
    """Page one in reading order (the risk box, the findings, the questions): a quote said before is pointed to."""
    seen: list = []
    if model.safety_prompt:
        _once(model.safety_prompt, seen, "the box above")
    model.observations = [(_once(text, seen, f"{i} above"), t) for i, (text, t) in enumerate(model.observations, 1)]
    model.questions = [_once(q, seen) for q in model.questions]
