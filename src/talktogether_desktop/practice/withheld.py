"""What the couple's version of a recording leaves out: the flagged passages and every rise it withholds.

One test for the couple's report (reports/shared.py, reports/model.py) and the couple's practice review points
(practice/review.py): neither may time or quote anything inside these stretches. Plain dicts in, spans out; no Qt,
no reportlab, no vault (an engine the report and the practice review both may import).
"""

from __future__ import annotations

from typing import Any, Callable, Optional

# Nothing said this long before a flagged passage is shared either (what led up to it), and
# nothing in the stretch after a threat (what fear may have shaped).
BEFORE_FLAG_S = 10.0
AFTER_FLAG_S = 1.0
DEFAULT_AFTER_THREAT_S = 120.0
NOT_THREATS = ("self_harm", "fear", "appeasement")
# ... but after self-harm heard, the talk that answers it (help sought together, the partner's worry) is for the
# clinician's individual check-in, not the couple's page
AFTER_HARM_S = 30.0
# Told of oneself (harm, fear): the partner's answer says what it answered ("Hey, don't talk like that, you're scaring
# me. Can we sit down and talk about it properly?" after "I don't see the point of anything anymore.", read by meaning,
# was the couple's "reaching for closeness" on page 1). The stretch runs to the end of that reply, a line only to
# listen to too; fear heard has the half minute self-harm heard has.
DISCLOSURES = ("self_harm", "fear")

Spans = list[tuple[float, float]]


def _num(value: Any, default: Any = 0.0) -> Any:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _given(d: Any, *keys: str, default: Any = None) -> Any:
    """The first of `keys` with a value (schemas name the same time differently: quote_t, t, start)."""
    found = [d.get(k) for k in keys if isinstance(d, dict) and d.get(k) not in (None, "")]
    return found[0] if found else default


def flagged_spans(analysis: dict) -> Spans:
    """Times around every flagged passage: nothing from them is shared with the couple. A line only to listen to
    (a low reading by meaning) is held back with what led up to it, not the two minutes after it: the analysis reads
    nothing after it in fear either (analysis/safety.py threat_stretches)."""
    after_threat = _num((analysis.get("params") or {}).get("after_threat_s"), DEFAULT_AFTER_THREAT_S)
    out = []
    for f in analysis.get("safety_flags") or []:
        if isinstance(f, dict):
            t = _num(_given(f, "t", "start"))
            end = _num(_given(f, "end"), t)
            tail = AFTER_FLAG_S if f.get("category") in NOT_THREATS or f.get("listen_only") else after_threat
            if f.get("category") in DISCLOSURES and not f.get("listen_only"):
                tail = AFTER_HARM_S  # (the partner's answer to it: "Thank you for telling me. Can we ring Doctor Shah…?")
            until = _reply_end(analysis, t, f.get("speaker")) if f.get("category") in DISCLOSURES else end
            out.append((t - BEFORE_FLAG_S, max(end + tail, until)))
    return out


def _reply_end(analysis: dict, t: float, speaker: Any) -> float:
    """The end of the other partner's first turn begun after `t` (the answer to a line told of oneself)."""
    after = [tr for tr in sorted_turns(analysis) if _num(tr.get("start")) > t and tr.get("speaker") != speaker]
    return _num(after[0].get("end"), _num(after[0].get("start"))) if after else t


def touches(spans: Spans, t) -> bool:
    return t is not None and any(a <= _num(t) <= b for a, b in spans)


def find_turn(turns: list[dict], t: Any, quote: str) -> Optional[int]:
    # the longest run of words clearly recognised: a quote marks unsure words "…" where the turn's text has them
    # (walk38l c2: "And I sorted out through … the cat." matched no turn, so the partner's line before it was taken)
    needle = max(quote.strip().lower().split("\u2026"), key=len).strip()[:30]
    candidates = []
    if t is not None:
        t = _num(t)
        candidates = [i for i, tr in enumerate(turns) if _num(tr.get("start")) - 0.5 <= t <= _num(tr.get("end")) + 0.5]
        # a turn the time lies inside before one it only comes within half a second of
        candidates.sort(key=lambda i: not _num(turns[i].get("start")) <= t <= _num(turns[i].get("end")))
    if needle:
        with_quote = [i for i in (candidates or range(len(turns)))
                      if needle in str(turns[i].get("text") or "").lower()]
        if with_quote:
            return min(with_quote, key=lambda i: abs(_num(turns[i].get("start")) - _num(t, 0.0)))
    return candidates[0] if candidates else None


def context_touches(turns: list[dict], t: Optional[float], quote: str, hidden: Spans) -> bool:
    """A turn printed around a moment (the one before it, above all) lies in a flagged passage: a shareable report
    would quote it ("…I just want to go to sleep and not wake up…" as the context of the next rise)."""
    hit = find_turn(turns, t, quote)
    return hit is not None and any(a <= _num(turns[j].get("end"), _num(turns[j].get("start")))
                                   and _num(turns[j].get("start")) <= b
                                   for j in range(max(0, hit - 1), min(len(turns), hit + 2)) for a, b in hidden)


def turn_runs_into(turns: list[dict], t: Any, quote: str, hidden: Spans) -> bool:
    """Whether the turn that holds words said at `t` runs into a stretch left out: a reply begun a second before what
    led up to a flagged passage goes on into it (h8 after_session_car: "She asked me straight out what happened in
    March. … it's the only room where I feel safe enough to say it." was quoted on the couple's page, "it was taken
    up", by its first sentence's time, 00:07, ten seconds before the violence told)."""
    hit = find_turn(turns, t, str(quote or "")) if t is not None else None
    if hit is None:
        return False
    start = _num(turns[hit].get("start"))
    end = _num(turns[hit].get("end"), start)
    return any(a <= end and start <= b for a, b in hidden)


def _repair_times(after: dict) -> list:
    """The times of the repair attempts a rise's "what happened next" prints (with their words)."""
    shown = [after.get("eased_after_repair"), *(after.get("repair_attempts") or [])[:1]]
    return [_given(a, "t") for a in shown if isinstance(a, dict)] + [after.get("repair_t")]


# a rise's signals that say what the voices or the turns did; the others are readings of words (a Four Horsemen marker)
HEARD_RISING = frozenset({"loudness", "intensity", "volume", "pitch", "f0", "rate", "speech_rate", "tempo", "overlap",
                          "overlaps", "interruption", "interruptions"})


def words_only_unsure(p: dict) -> bool:
    """A rise the couple's version cannot call tense: nothing rose in the voices or the timing, only words read with
    low confidence (walk45b a: an appreciation and a modest "it was nothing", both read as defensiveness, low, became
    "At 00:31 … the exchange grew tense" and a question for the two of them to talk over). Their version never names
    a horseman, so "grew tense" was all it could say of it; the clinician's version keeps it, with its "check the
    recording"."""
    by_speaker = p.get("signals_by_speaker") if isinstance(p.get("signals_by_speaker"), dict) else {}
    said = [str(x).lower() for x in p.get("signals") or []]
    said += [str(x).lower() for sig in by_speaker.values() if isinstance(sig, list) for x in sig]
    return bool(said) and p.get("confidence") == "low" and not any(s in HEARD_RISING for s in said)


def peak_withheld(p: dict, turns, rename: Callable[[str], str], hidden: Spans) -> bool:
    """The one test of whether the couple's version leaves out a rise: its Key moment, its "What stood out" sentence
    and its stretch of the curve all go by it, so no part of the page mentions a rise another part withholds."""
    quote, t = rename(str(_given(p, "quote", "trigger_quote", default=""))), _given(p, "quote_t", "t", "trigger_t", "start")
    after = _given(p, "what_next", "next", "after", default={})
    after = after if isinstance(after, dict) else {}
    return (words_only_unsure(p) or touches(hidden, t) or touches(hidden, p.get("start"))
            or context_touches(turns, t, quote, hidden)
            or any(touches(hidden, r) for r in _repair_times(after))
            or bool(after.get("after_threat")) or bool(after.get("apology_set_aside")))


def withheld_spans(analysis: dict, turns, rename: Callable[[str], str], spans: Spans) -> Spans:
    """Every stretch the couple's version leaves out: the flagged passages (with what led up to them) and each rise it
    withholds (peak_withheld, a rise with no flag in it too). Nothing in one is listed or timed anywhere on its page (a
    bid, a repair, a silence, a practice line, a time in the practice summary): it would say what the rest withholds."""
    return list(spans) + [(_num(p.get("start")), _num(p.get("end"), _num(p.get("start"))))
                          for p in analysis.get("escalation_points") or []
                          if isinstance(p, dict) and peak_withheld(p, turns, rename, spans)]


def sorted_turns(analysis: dict) -> list[dict]:
    return sorted((t for t in analysis.get("turns") or [] if isinstance(t, dict)), key=lambda t: _num(t.get("start")))


def couple_version_spans(analysis: dict, rename: Callable[[str], str] = str) -> Spans:
    """What the couple's version of this recording leaves out, as its report works it out (for a caller with no
    report: the practice review's points for both of them)."""
    return withheld_spans(analysis, sorted_turns(analysis), rename, flagged_spans(analysis))
