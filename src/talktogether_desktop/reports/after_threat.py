"""A rise after threat or control is never said to have "not calmed down by the end" (walk34b: the curve was back at
its floor 6 s after the rise, yet the analysis's observation ended "It had not calmed down by the end of the
recording."). After a threat, no calm is read as easing: the observation says what its moment says instead."""

from __future__ import annotations

from .text import first, num

NOT_CALMED = " It had not calmed down by the end of the recording."


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
    if NOT_CALMED not in text or not observation.get("after_threat"):
        return text
    nxt = (_point_of(observation, analysis) or {}).get("what_next") or {}
    said = str(nxt.get("text") or "") if isinstance(nxt, dict) and nxt.get("after_threat") else ""
    said = said or ("There was safety language before it, so what followed is not read as repair or easing "
                    "(a calm after it may be fear).")
    return text.replace(NOT_CALMED, f" {said}")
