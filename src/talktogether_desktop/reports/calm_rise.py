"""What Key moments says when no heated moment was found but the intensity curve on page 1 still rises (walk42b a1:
the curve climbed past the level called heated at 00:49 while the text said "No marked rise in intensity was
found"). The text follows the curve's own measure: where it is highest and what raised it there, and that this fell
short of a heated moment (a rise also needs the voices or the words, not timing alone, and a higher peak)."""

from __future__ import annotations

from ..analysis.settings import AnalysisSettings
from .text import fmt_time, num

NO_RISE = "No marked rise in intensity was found in this conversation."
# The couple's version: its curve is their own (modes.calm_on_the_floor), so no time and no cause is named.
SMALL_RISES = ("No heated moment was found in this conversation. The intensity line on page 1 moves with the talk, "
               "but nothing in it rose far enough to count as a heated moment.")
# Only what added this much to the score at the highest point is named as raising it.
NAMED_FROM = 0.2


def sentence(analysis: dict, heated: float, shareable: bool, curve_drawn: bool) -> str:
    """NO_RISE, or, when the curve visibly rises (at least half the heated score, where the couple's curve leaves
    its floor), a sentence saying where and why it is not a heated moment."""
    windows = [w for w in analysis.get("escalation_curve") or [] if isinstance(w, dict) and "score" in w]
    top = max(windows, key=lambda w: num(w.get("score")), default=None)
    if top is None or num(top.get("score")) < heated / 2.0 or not curve_drawn:
        return NO_RISE
    if shareable:
        return SMALL_RISES
    causes = _causes(top)
    why = f" ({'; '.join(causes)})" if causes else ""
    return (f"No heated moment was found in this conversation. The intensity line on page 1 is highest around "
            f"{fmt_time(num(top.get('t')))}{why}, short of what the report counts as a heated moment.")


def _causes(window: dict) -> list[str]:
    s = AnalysisSettings()
    arousal = sorted((num(v) for v in (window.get("arousal") or {}).values()), reverse=True)
    parts = [
        (arousal[0] + 0.5 * sum(arousal[1:2]) if arousal else 0.0,
         "voices louder, higher or faster than each partner's usual"),
        (s.weight_negative_marker * num(window.get("negative_markers")), "words of criticism, contempt or defensiveness"),
        (s.weight_interruption * num(window.get("interruptions")),
         "a partner cut in" if num(window.get("interruptions")) <= 1 else f"{int(num(window.get('interruptions')))} cut-ins"),
        (s.weight_overlap * num(window.get("overlap_s")) / max(s.window_s, 1.0), "both talking at once"),
    ]
    return [said for weight, said in sorted(parts, key=lambda p: -p[0]) if weight >= NAMED_FROM]
