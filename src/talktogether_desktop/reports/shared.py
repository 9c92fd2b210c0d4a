"""The couple's version in words for both of them: what happened between them, said of the two together.

The shareable report holds no per-partner scores and never names a partner as the one who fell short (DOMAIN.md §7):
"4 repair attempts between you", "it was not taken up", not "Repair attempts: Daniel 3 … Marcus 1" or "Priya did not
take it up". The analysis's own sentences name each partner (they are written for the clinician), so the couple's
sentences are written here from the same findings. A partner is still named beside their own words (what each of them
was reaching for), never beside a count or a reply that fell short.
"""

from __future__ import annotations

import re

from typing import Any, Optional

from . import evidence
from .observation_words import eased
from .bids_for_both import category_for_both, pattern
from ..analysis.agreed_break import counted
from ..analysis.observations import LATE_QUOTE_S
from ..practice.fidelity import summary_for_both
from ..practice.verdicts import HARD
from ..practice.withheld import peak_withheld, turn_runs_into, withheld_spans  # noqa: F401  (the couple's version goes by them)
from .quote_ends import clear_tail
from .modes import calm_on_the_floor, curve_for_both, observation_shareable, touches, window_reach
from .text import against_words, first, fmt_time, num, quoted as quoted_words

# what a voice did, said of the talk (the voices, not whose)
VOICE = {"loudness": "louder", "intensity": "louder", "volume": "louder", "pitch": "higher in pitch",
         "f0": "higher in pitch", "rate": "faster", "speech_rate": "faster", "tempo": "faster"}
# what the turns did; the Four Horsemen are not named in the couple's version (they would be someone's)
TIMING = {"overlap": "talking over each other", "overlaps": "talking over each other",
          "interruption": "turns cut short", "interruptions": "turns cut short"}


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _plural(k: int, word: str, plural: str = "") -> str:
    return f"{k} {word if k == 1 else plural or word + 's'}"


def _voices(point: dict) -> tuple[list[str], list[str]]:
    """(what both voices did, what the talk did besides), in the order of VOICE."""
    order = list(dict.fromkeys(VOICE.values()))
    raw = point.get("signals_by_speaker") or {}
    by_voice = [{VOICE[str(x).lower()] for x in sig if str(x).lower() in VOICE}
                for sig in raw.values() if isinstance(sig, list)]
    by_voice = [v for v in by_voice if v]
    both = set.intersection(*by_voice) if len(by_voice) >= 2 else set()
    rest = set().union(*by_voice) - both if by_voice else set()
    if not raw:  # signals named without whose voice
        rest = {VOICE[str(x).lower()] for x in point.get("signals") or [] if str(x).lower() in VOICE}
    return sorted(both, key=order.index), sorted(rest, key=order.index)


def _timing(point: dict) -> list[str]:
    said = [str(x).lower() for x in point.get("signals") or []]
    for sig in (point.get("signals_by_speaker") or {}).values():
        said += [str(x).lower() for x in sig or []]
    return list(dict.fromkeys(TIMING[s] for s in said if s in TIMING))


def signals(point: dict) -> list[str]:
    """The signals that rose, for both: "louder voices, higher pitch, talking over each other"."""
    both, rest = _voices(point)
    words = {"louder": "louder voices", "higher in pitch": "higher pitch", "faster": "faster speech"}
    phrases = [words[v] for v in both + rest] + _timing(point)
    return [", ".join(phrases)] if phrases else []


def _quoted(attempt: dict, rename) -> str:
    quote = str(attempt.get("quote") or "").strip()
    if not quote or attempt.get("confidence") == "low" or not quote.strip(" .\u2026"):
        return ""
    return f" (\u201c{evidence.short_quote(rename(quote), 80)}\u201d)"


def _older_next(nxt: dict) -> Optional[dict]:
    t = first(nxt, "t", "repair_t")
    if t is None:
        return None  # (never "it had not calmed down": that older analysis did not say)
    attempt = {"t": t, "quote": nxt.get("quote"), "confidence": nxt.get("confidence")}
    landed = bool(first(nxt, "accepted", "landed", default=False))
    return {"eased": landed, "eased_after_repair": attempt if landed else None, "repair_attempts": [attempt]}


def what_next(point: dict, rename) -> str:
    """What happened after a heated stretch, with no one named: "It eased after a repair attempt at 00:27 (“…”)"."""
    nxt = first(point, "what_next", "next", "after")
    if not isinstance(nxt, dict):
        return ""
    if "eased" not in nxt:  # an older analysis: {"repair_t", "quote", "accepted"}, and no word on when it eased
        nxt = _older_next(nxt)
        if nxt is None:
            return ""
    landed, attempts = nxt.get("eased_after_repair"), nxt.get("repair_attempts") or []
    eased_at = num(nxt.get("eased_at"), None) if nxt.get("eased") else None
    if landed:
        text = f"It eased after a repair attempt at {fmt_time(num(landed.get('t')))}{_quoted(landed, rename)}."
    elif attempts:
        a = attempts[0]
        text = (f"A repair attempt came at {fmt_time(num(a.get('t')))}{_quoted(a, rename)}, but it did not calm "
                "down straight away.")
    elif nxt.get("repair_unknown"):
        calmed = f"It calmed down by {fmt_time(eased_at)}. " if eased_at is not None else ""
        text = f"{calmed}Some of what was said afterwards could not be made out."
    elif eased_at is not None:
        text = f"It calmed down by {fmt_time(eased_at)} with no spoken repair attempt."
    else:
        text = "It had not calmed down by the end of the recording."
    if nxt.get("still_hard") and eased_at is not None:
        # (said once: "It calmed down by 00:38 with no spoken repair attempt" beside "fell by 00:38" read as both)
        calm = f"It calmed down by {fmt_time(eased_at)}"
        text = text.replace(f"{calm} with no spoken repair attempt.", "No spoken repair attempt came.").replace(f"{calm}. ", "")
        text = f"The intensity fell by {fmt_time(eased_at)}, but the exchange stayed hard for a while. {text}"
    return text


def escalation(point: dict, rename) -> str:
    both, rest = _voices(point)
    parts = ([f"both voices got {_and(both)}"] if both else []) + ([f"the talk got {_and(rest)}"] if rest else [])
    parts += ["you talked at the same time" if t == "talking over each other" else "turns were cut short"
              for t in _timing(point)]
    start = num(first(point, "start", "t"))
    duration = max(1, round(num(point.get("end"), start) - start))
    when = num(first(point, "quote_t", "start", "t"))  # (the time the page lists it by)
    what = _and(parts) if parts else "the exchange grew tense"
    over = "over the next second" if duration == 1 else f"over the next {duration} seconds"  # (as page 1 says it)
    if when - start > LATE_QUOTE_S:  # (the rise began before the time it is listed by)
        over = f"over the {duration} seconds from {fmt_time(start)}"
    return (f"At {fmt_time(when)} the conversation got more intense: {over} {what}. "
            f"{what_next(point, rename)}").strip()


def reply(item: dict, quoted: bool = True) -> str:
    """How a need or bid was answered, with no one named as the one who fell short (and the reply's words)."""
    said = first(item, "response_quote")
    tail = (f": {quoted_words(said, 70, evidence.short_quote)}" if quoted and said and str(said).strip(" .\u2026") else "")
    resp = str(first(item, "response", "other_response", "turned", default="") or "").lower()
    reason = str(first(item, "response_reason", default=""))
    if resp in evidence.TOWARD:
        return f"It was taken up{tail}"
    if resp in evidence.AWAY:
        return f"It was not taken up{tail}"
    if resp in evidence.AGAINST and reason.endswith("check the recording"):
        return f"The reply may have pushed it away (an unsure reading){tail}"  # ("check the recording": the clinician's)
    if resp in evidence.AGAINST:
        return f"It was {against_words(reason)[1]}{tail}"
    if resp == "recording_ended":
        return "The recording ends before a reply"
    return ""


def _reaching(o: dict, analysis: dict, model, rename) -> Optional[tuple]:
    proof = [e for e in o.get("evidence") or [] if isinstance(e, dict)]
    if not proof:
        return None
    sid, t = str(proof[0].get("speaker")), num(proof[0].get("t"))
    items = (analysis.get("reaching_for") or {}).get(sid) or [] if isinstance(analysis.get("reaching_for"), dict) else []
    item = next((x for x in items if isinstance(x, dict) and abs(num(x.get("t")) - t) < 0.01), None)
    if item is None or withheld(model, item.get("response_t")) or unsure_for_both(item, model) or turn_runs_into(
            model.turns, item.get("response_t"), str(item.get("response_quote") or ""), model.hidden):
        return None  # (its reply is in a passage left out, or the reading is unsure: left out of the list too)
    resp = str(first(item, "response", "other_response", "turned", default="") or "").lower()
    if resp not in evidence.TOWARD and resp != "recording_ended":  # one partner's bid missed reads as a verdict on
        # the other (walk38l: "Claire seemed to be reaching for …; it was not taken up."): the pattern of both instead,
        # where there is one (heldout idioms_heldout: page 1's one finding was "1. Nothing to show here.")
        return None if not sum(model.reaching_total.values()) else pattern(sum(model.reaching_total.values()), sum(model.reaching_met.values()), 0,
                       sum(model.reaching_ended.values())), None
    label = category_for_both(str(first(item, "label", "category", default="connection")).replace("_", " "))
    said = f": \u201c{evidence.short_quote(rename(str(item.get('quote') or '')), 120)}\u201d"
    answer = reply(item, quoted=False) if item.get("response_by") or item.get("response") == "recording_ended" else ""
    answer = (answer[0].lower() + answer[1:]) if answer else "there was no reply"
    reaching = f"reaching for {label}" if label else "reaching out"  # never "reaching for something else"
    return f"{model.name(sid)} seemed to be {reaching}{said} ({fmt_time(t)}); {answer}.", t


def unsure_for_both(item: dict, model) -> bool:
    """A need or bid read with low confidence is left out of the couple's version: its words are not quoted (the
    recogniser was unsure of them) and the clinician's "check the recording" is not theirs, so all that was left was
    "Rob seemed to be reaching for something else (00:45); it was taken up" with nothing to recognise it by (walk37h:
    a threat misheard as a question, its frightened "No, okay." printed as taking it up)."""
    return model.mode == "shareable" and item.get("confidence") == "low"


def _repairs(analysis: dict, model, rename) -> Optional[tuple]:
    # counted as attempts, as the clinician's figures count them (one said in a breath is one); older analyses: markers
    listed = analysis.get("repairs") if isinstance(analysis.get("repairs"), list) else [
        m for m in analysis.get("markers") or [] if isinstance(m, dict) and m.get("category") == "repair"]
    repairs = sorted((m for m in listed if isinstance(m, dict) and not withheld(model, m.get("t"))), key=lambda m: num(m.get("t")))
    if not repairs:
        return None
    shown = next((m for m in repairs if m.get("confidence") != "low" and str(m.get("quote") or "").strip(" .\u2026")), None)
    text = (f"{_plural(len(repairs), 'repair attempt')} between you, "  # (one is not "the first" of anything)
            f"{'the first ' if len(repairs) > 1 else ''}at {fmt_time(num(repairs[0].get('t')))}")
    if shown is not None:  # (words the recogniser was unsure of are not quoted)
        quote = evidence.short_quote(clear_tail(rename(str(shown["quote"]))), 50)  # (rep46: never its guesses alone)
        text += (f" (\u201c{quote}\u201d)" if shown is repairs[0]
                 else f"; one of them: \u201c{quote}\u201d ({fmt_time(num(shown.get('t')))})")
    text += "."
    landed = sum(1 for m in model.peaks if m.repaired)
    if landed:  # (none landed: said of each stretch in Key moments; the attempts may have come after it had eased)
        text += " " + eased(landed, len(model.peaks), len(repairs))
    return text, num(repairs[0].get("t"))


def shown_silences(analysis: dict, hidden) -> list[dict]:
    """The silences the couple's version counts: none in a passage it leaves out (nor one running into it)."""
    return [s for s in counted(analysis.get("silences") or [])  # (an agreed break's is no silence: walk49a b_affair)
            if not any(a <= num(s.get("end"), num(s.get("start"))) and num(s.get("start")) <= b for a, b in hidden)]


def silences_left_out(analysis: dict, hidden) -> str:
    """For the clinician's silence sentence: why the couple's version counts fewer ("" where it counts them all)."""
    every = counted(analysis.get("silences") or [])
    shown = len(shown_silences(analysis, hidden))
    left = len(every) - shown
    if not left:
        return ""
    if not shown:
        return (f" The couple's version does not mention {'it' if left == 1 else 'them'}: "
                f"{'it falls' if left == 1 else 'they fall'} in a passage that version leaves out.")
    return (f" The couple's version counts {shown}: {'the other' if left == 1 else f'the other {left}'} "
            f"{'falls' if left == 1 else 'fall'} in a passage that version leaves out.")


def _silences(analysis: dict, model) -> Optional[tuple]:
    silences = shown_silences(analysis, model.hidden)  # (one in a passage left out is not theirs)
    if not silences:
        return None
    longest = max(silences, key=lambda s: num(s.get("duration_s")))
    return (f"There {'was' if len(silences) == 1 else 'were'} {_plural(len(silences), 'silence')} of 3 s or more; "
            f"the longest was {num(longest.get('duration_s')):.0f} s, at {fmt_time(num(longest.get('start')))}.",
            num(longest.get("start")))


def observation(o: Any, analysis: dict, model, rename, spans) -> Optional[tuple[str, float]]:
    """The couple's sentence for one of the analysis's observations (kinds in modes.SHAREABLE_OBSERVATIONS) and the
    time it is listed by (one the sentence itself names: never the analysis's, which may be that of a silence or a
    repair the sentence leaves out), or None to leave it out (a rise by peak_withheld; anything else with evidence in
    what the version leaves out)."""
    kind = o.get("kind") if isinstance(o, dict) else None
    if kind is None or not observation_shareable(o, spans if kind == "escalation" else model.hidden):
        return None
    if kind == "escalation":
        proof = [e for e in o.get("evidence") or [] if isinstance(e, dict)]
        t = num(proof[0].get("t"), None) if proof else None
        point = next((p for p in analysis.get("escalation_points") or [] if isinstance(p, dict)
                      and (abs(num(first(p, "quote_t", "start")) - t) < 0.01 if t is not None
                           else p.get("quote_t") is None)), None)
        left_out = point is None or peak_withheld(point, model.turns, model.rename, spans)
        return None if left_out else (escalation(point, rename), num(first(point, "quote_t", "start", "t")))
    if kind == "reaching_for":
        return _reaching(o, analysis, model, rename)
    if kind == "repair":
        return _repairs(analysis, model, rename)
    if kind == "silences":
        return _silences(analysis, model)
    return None


def withheld(model, t) -> bool:
    """Whether a time lies in what the couple's version leaves out (model.hidden, from withheld_spans)."""
    return touches(model.hidden, t)


def hide_from_curve(model, analysis: dict) -> None:
    """The couple's curve and overlap marks: nothing over a flagged passage, nor over a rise the text leaves out (its
    shape would say what the words withhold; modes.curve_for_both)."""
    model.curve = _couples_curve(model.curve, model.hidden, analysis, model.heated)
    model.overlaps = [(a, b) for a, b in model.overlaps if not any(s <= b and a <= e for s, e in model.hidden)]


def practice_for_both(practice: Optional[dict], analysis: dict, model, names) -> Optional[dict]:
    """The couple's "Practised" line: its evidence quotes nothing from what the version leaves out, and its summary
    (the clinician's verdict, said of both: "only one of you tried a repair") names no time in it."""
    fidelity = (practice or {}).get("fidelity")
    if not fidelity:
        return practice
    kept = [e for e in fidelity.get("evidence") or [] if isinstance(e, dict) and not withheld(model, e.get("t"))]
    hard = [e for e in kept if _said_hard(e, analysis)]  # (rep49: "not found" quoted the criticism it found)
    said = summary_for_both(practice.get("assignment") or {}, analysis, names, lambda t: withheld(model, t))
    return dict(practice, fidelity=dict(fidelity, evidence=[e for e in kept if e not in hard], shared_summary=said,
                                        not_quoted=len(hard)))


def _said_hard(evidence: dict, analysis: dict) -> bool:
    """A practice line that carries criticism, contempt or defensiveness ("You never do the dishes…" as the soft
    start-up not found): the couple's page does not quote it back to them; the clinician's keeps it."""
    said = " ".join(str(evidence.get("quote") or "").lower().split())
    for m in analysis.get("markers") or []:
        if isinstance(m, dict) and m.get("category") in HARD and str(m.get("speaker")) == str(evidence.get("speaker")):
            marked = " ".join(str(m.get("quote") or "").lower().split())
            if marked and said and (marked[:30] in said or said[:30] in marked):
                return True
    return False


def _couples_curve(curve: list, hidden: list, analysis: dict, heated: float) -> list:
    return calm_on_the_floor(curve_for_both(curve, hidden, window_reach(analysis), heated / 2.0), heated)


def couples_scale_differs(model, analysis: dict, hidden: list) -> bool:
    """Whether the couple's version draws the intensity curve to another height than this one: what it leaves out
    does not set its scale (a hump's height there would point at what the words withhold), so the same rise is drawn
    taller there. The clinician's page says so (SCALE_NOTE); the couple's page says nothing of it."""
    from .charts import FLOOR_SHARE, curve_top

    if not hidden:
        return False
    turns, points = model.turns, [p for p in analysis.get("escalation_points") or [] if isinstance(p, dict)]
    kept = [num(p.get("score")) for p in points if not peak_withheld(p, turns, model.rename, hidden)]
    curve = _couples_curve(model.curve, hidden, analysis, model.heated)
    both = max([s * 1.05 for _, s in curve] + [s * 1.05 for s in kept] + [model.heated * 2.0])
    drawn = bool(kept) or any(s > FLOOR_SHARE * both for _, s in curve)  # (as charts.shows_curve: no curve, no scale)
    return drawn and abs(both - curve_top(model)) > 1e-9


SCALE_NOTE = ("The couple's version draws this curve to a lower top: the passages it leaves out do not set its "
              "height, so the same rise looks taller there.")
