"""A rise after threat or control is never said to have "not calmed down by the end" (walk34b: the curve was back at
its floor 6 s after the rise, yet the analysis's observation ended "It had not calmed down by the end of the
recording."). After a threat, no calm is read as easing: the observation says what its moment says instead."""

from __future__ import annotations

from .text import first, fmt_time, num

NOT_CALMED = " It had not calmed down by the end of the recording."
# A moment's "what happened next" names safety language as what followed only when it came this soon after the moment;
# later, its time is said plainly (walk40n: a moment at 00:04-00:06 said "There was safety language (self-harm) at 00:46;
# what followed is not read as repair or easing", as if it had come next)
NEAR_S = 15.0


def next_text(point: dict, text: str) -> str:
    """`text` (a moment's what-happened-next) said plainly where the safety language it names came well after the
    moment."""
    nxt = point.get("what_next") if isinstance(point, dict) else None
    if not (isinstance(nxt, dict) and nxt.get("after_threat") and nxt.get("threat_t") is not None):
        return text
    at = num(nxt.get("threat_t"))
    if at <= num(point.get("end"), at) + NEAR_S:
        return text
    return (f"Safety language came later in the recording, at {fmt_time(at)}; nothing after that is read as repair or "
            "easing.")


def _point_of(observation: dict, analysis: dict):
    times = [num(first(e, "t", "start"), None) for e in observation.get("evidence") or [] if isinstance(e, dict)]
    for p in analysis.get("escalation_points") or []:
        if isinstance(p, dict) and any(t is not None and num(p.get("start")) - 0.5 <= t <= num(p.get("end")) + 0.5
                                       for t in times):
            return p
    return None


def observation_text(observation: dict, text: str, analysis: dict) -> str:
    """`text` (the observation's sentence) with "It had not calmed down…" put right for a rise after a threat: what
    its moment says (safety language at …; what followed is not read as repair or easing)."""
    point = _point_of(observation, analysis) or {}
    nxt = point.get("what_next") or {}
    said = str(nxt.get("text") or "") if isinstance(nxt, dict) and nxt.get("after_threat") else ""
    if said and said in text and NOT_CALMED not in text:  # (the moment's own sentence, said as its Key moment says it)
        return text.replace(said, next_text(point, said))
    if NOT_CALMED not in text or not observation.get("after_threat"):
        return text
    said = next_text(point, said) if said else said
    said = said or ("There was safety language before it, so what followed is not read as repair or easing "
                    "(a calm after it may be fear).")
    return text.replace(NOT_CALMED, f" {said}")
