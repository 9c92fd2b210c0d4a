"""The trend of a practice review: the linked practice recordings ("now") against the couple's earlier ones at home
("before"), per partner and for the couple, as figures, as plain lines for the therapist and as points to review.

Pure: the per-recording metrics (review.recording_metrics) in, plain data out. Counts are compared per 10 minutes
(`rates`) when every recording's length is known.
"""

from __future__ import annotations

from statistics import mean
from typing import Any, Dict, List, Optional

from . import rates
from ..timefmt import length, local_day

SHARES = ("talk_share", "reaching_met")
# A share of fewer items than this is said as counts ("1 of 2"), not a percentage ("67% → 0%" from one bid)
FEW_FOR_A_SHARE = 3
# a share counted over items: (key of the items turned toward, key of the items counted)
SHARE_COUNTS = {"reaching_met": ("reaching_toward", "reaching_answered")}

# (key, label, scope, what a lower value means)
METRICS = [
    ("interruptions_made", "Interruptions made", "partner", "fewer"),
    ("interruptions_received", "Interruptions received", "partner", "fewer"),
    ("talk_share", "Share of talk", "partner", "less"),
    ("repair_attempts", "Repair attempts", "partner", "fewer"),
    ("reaching_for", "Moments of reaching for the other", "partner", "fewer"),
    ("reaching_met", "Share of that reaching the other turned toward", "partner", "less"),
    ("escalation_points", "Escalation peaks", "couple", "fewer"),
    ("escalation_peak", "Highest escalation score", "couple", "lower"),
]


def _avg(values: List[Optional[float]]) -> Optional[float]:
    present = [float(v) for v in values if v is not None]
    return round(mean(present), 3) if present else None


def _direction(before: Optional[float], now: Optional[float], tolerance: float) -> Optional[str]:
    if before is None or now is None:
        return None
    if abs(now - before) <= tolerance:
        return "same"
    return "up" if now > before else "down"


def _value(metrics: dict, key: str, who: Optional[str]) -> Optional[float]:
    if who is None:
        return metrics.get(key)
    return (metrics["partners"].get(who) or {}).get(key)


def build_trend(baseline: List[dict], practice: List[dict]) -> Dict[str, Any]:
    """Compare the linked practice recordings ("now") with earlier ones ("before")."""
    series_recs = baseline + practice
    trend: Dict[str, Any] = {"available": bool(baseline and practice), "reason": None,
                             "baseline_ids": [r["recording_id"] for r in baseline],
                             "practice_ids": [r["recording_id"] for r in practice],
                             "metrics": [], "lines": [], "warnings": []}
    if not practice:
        trend["reason"] = "No analysed practice recording is linked to this assignment yet."
    elif not baseline:
        trend["reason"] = "This is the couple's first analysed practice recording: nothing earlier to compare with."
    people = []
    for rec in series_recs:
        for who in rec["metrics"]["partners"]:
            if who not in people:
                people.append(who)
    unnamed = [r for r in series_recs if not r.get("named")]
    if unnamed and len(series_recs) > 1:  # the recordings by the day they were made, as the therapist knows them
        days = [local_day(r.get("recorded_at")) or "an unknown day" for r in unnamed]
        which = days[0] if len(days) == 1 else ", ".join(days[:-1]) + " and " + days[-1]
        trend["warnings"].append(
            f"The voices in the recording{'s' if len(days) > 1 else ''} of {which} are not named as partners yet; "
            "the comparison assumes each voice is the same person in every recording.")
    lengths = [rates.recording_length(r) for r in series_recs]
    rated = all(lengths)
    n = len(baseline)
    trend.update(lengths_s=lengths, per=rates.PER if rated else None,
                 before_s=sum(lengths[:n]) if rated else None, now_s=sum(lengths[n:]) if rated else None,
                 shortest_s=min((s for s in lengths if s), default=None),
                 # rises in the practice that had not eased (an analysis without the count: every rise)
                 unresolved_now=sum(int(r["metrics"].get("escalation_unresolved",
                                                         r["metrics"].get("escalation_points") or 0) or 0)
                                    for r in practice))
    if trend["available"]:
        said = (rates.lengths_warning(trend["before_s"], trend["now_s"], n) if rated else
                rates.unknown_warning([local_day(r.get("recorded_at")) or "an unknown day"
                                       for r, s in zip(series_recs, lengths) if not s]))
        trend["warnings"] += [said] if said else []
    for key, label, scope, lower in METRICS:
        per = rated and key in rates.COUNTS
        entry = {"key": key, "label": label, "scope": scope, "lower_is": lower, "values": {},
                 "unit": rates.PER if per else "share" if key in SHARES else "count"}
        for who in (people if scope == "partner" else [None]):
            series = [_value(r["metrics"], key, who) for r in series_recs]
            if per:
                before, now = rates.pooled_rate(series[:n], lengths[:n]), rates.pooled_rate(series[n:], lengths[n:])
                way = rates.direction(before, now, trend["now_s"])
            else:
                before, now = _avg(series[:n]), _avg(series[n:])
                way = _direction(before, now, 0.03 if key in SHARES else 0.0)
            change = round(now - before, 3) if before is not None and now is not None else None
            values = {"before": before, "now": now, "change": change, "direction": way, "series": series}
            if per:
                values.update(before_count=sum(v for v in series[:n] if v is not None),
                              now_count=sum(v for v in series[n:] if v is not None))
            counts = _counts(series_recs, n, key, who)
            if counts:
                values["counts"] = counts
            entry["values"][who or "couple"] = values
            if trend["available"] and key == "escalation_peak" and _too_short_for_scores(trend):
                values["direction"] = None  # not comparable: said so, never "higher" or "lower"
                trend["lines"].append(f"{label}: not compared. {SCORES_NOT_COMPARABLE}")
            elif trend["available"] and change is not None:
                trend["lines"].append(_line(label, who, values, key, trend if per else None, counts))
        trend["metrics"].append(entry)
    return trend


def _fmt(value: float, key: str) -> str:
    if key in SHARES:
        return f"{round(value * 100)}%"
    if float(value).is_integer():
        return f"{value:g}"
    return f"{value:.2f}" if key == "escalation_peak" else f"{value:.1f}"


SCORES_NOT_COMPARABLE = ("A recording under two minutes holds too little of each voice's calm speech "
                         "for its escalation scores to be set beside another recording's.")


def _too_short_for_scores(trend: dict) -> bool:
    """Escalation scores measure each voice against its own calm speech in that recording: in a very short one that
    calm is a few seconds, and a gentle practice can outscore a quarrel."""
    return trend.get("shortest_s") is not None and trend["shortest_s"] < rates.SHORT_S


def _counts(recs: List[dict], split: int, key: str, who: Optional[str]) -> Optional[Dict[str, List[int]]]:
    """{"before": [met, of], "now": [met, of]} summed over the recordings, for a share counted over items."""
    if key not in SHARE_COUNTS or who is None:
        return None
    met, of = SHARE_COUNTS[key]
    values = [(recs[i]["metrics"]["partners"].get(who) or {}) for i in range(len(recs))]
    if any(of not in v for v in values if v):
        return None  # figures from before the counts were kept

    def total(part):
        return [sum(int(v.get(met) or 0) for v in part), sum(int(v.get(of) or 0) for v in part)]

    return {"before": total(values[:split]), "now": total(values[split:])}


def _counts_differ_in_length(trend: Optional[dict]) -> bool:
    return bool(trend) and not rates.similar(trend["before_s"], trend["now_s"])


def _few_in_one_short_recording(trend: dict, values: dict) -> bool:
    """One side of the comparison is a single recording under two minutes with one such moment or none."""
    return any(len(trend[ids]) == 1 and trend[side] < rates.SHORT_S and values[count] <= 1
               for ids, side, count in (("baseline_ids", "before_s", "before_count"),
                                        ("practice_ids", "now_s", "now_count")))


def _line(label: str, who: Optional[str], values: dict, key: str, trend: Optional[dict] = None,
          counts: Optional[Dict[str, List[int]]] = None) -> str:
    """One figure, before and now. A count from recordings of different lengths says both counts with the lengths
    and compares their rates per 10 minutes; a share of few items, its counts; else the figures as they are."""
    subject = f"{label} ({who})" if who else label
    if counts and min(counts["before"][1], counts["now"][1]) < FEW_FOR_A_SHARE:
        (b_met, b_of), (n_met, n_of) = counts["before"], counts["now"]
        return f"{subject}: {b_met} of {b_of} in earlier recordings, {n_met} of {n_of} this time."
    if _counts_differ_in_length(trend) and not values["before_count"] and not values["now_count"]:
        return f"{subject}: none, earlier or this time."
    if _counts_differ_in_length(trend):
        counted = (f"{subject}: {_fmt(values['before_count'], key)} in {length(trend['before_s'])} earlier, "
                   f"{_fmt(values['now_count'], key)} in {length(trend['now_s'])} this time")
        if values["direction"] == "same" and _few_in_one_short_recording(trend, values):
            # not "0 … 1 in 57 s: about the same per 10 minutes (0 and 10.5)": one moment in so little time is no rate
            return f"{counted}: too few in so short a recording to say whether more or less often."
        how = {"same": "about the same", "up": "more often", "down": "less often"}[values["direction"]]
        return (f"{counted}: {how} per {rates.PER} "
                f"({_fmt(values['before'], key)} and {_fmt(values['now'], key)}).")
    n = len(trend["baseline_ids"]) if trend else 0
    before, now = ((_avg(values["series"][:n]), _avg(values["series"][n:])) if trend
                   else (values["before"], values["now"]))
    if values["direction"] == "same" or abs(now - before) < (0.03 if key in SHARES else 1e-9):
        return f"{subject}: about the same ({_fmt(now, key)})."
    return f"{subject}: {_fmt(before, key)} in earlier recordings, {_fmt(now, key)} this time."


def _together(values: Dict[str, dict], metric: dict, trend: dict) -> Dict[str, dict]:
    """The partners' figures added up: {"couple": {"before", "now", "direction"}} (the couple's version names no one),
    "up" or "down" by the same measure as the clinician's lines (a rate per 10 minutes moves by one moment or more)."""
    if "couple" in values or any(v["before"] is None or v["now"] is None for v in values.values()):
        return values
    before, now = sum(v["before"] for v in values.values()), sum(v["now"] for v in values.values())
    way = (rates.direction(before, now, trend["now_s"]) if metric.get("unit") == rates.PER
           else _direction(before, now, 0.0))
    return {"couple": {"before": before, "now": now, "direction": way}}


# what a figure is called when it is said of the two of them together
TOGETHER = {"interruptions_made": "Interruptions between you", "repair_attempts": "Repair attempts between you"}


# the question after a trend point; with safety language heard in a practice recording none is asked together (walk45b:
# "go over the practice with each partner separately" above "… went up (1 to 3): what did each of you notice?")
NOTICE = {"": ": what did each of you notice?", "apart": ": ask each of them, on their own, what they noticed.",
          "unasked": "."}


def _trend_points(trend: dict, together: bool = False, asked: str = "") -> List[str]:
    """Points to review from the trend; `together`: said of the couple, each partner's figures added up (for the
    couple's version of the report: "Repair attempts between you went up (2 to 3)", not "… by Priya went up").
    `asked` (a NOTICE key): "apart" for the clinician, "unasked" for the couple, after safety language heard."""
    if not trend.get("available"):
        return []
    out = []
    heated = {m["key"]: m["values"].get("couple", {}).get("now") for m in trend["metrics"]}.get("escalation_points")
    left = trend.get("unresolved_now", heated)  # rises in the practice that had not eased
    for metric in trend["metrics"]:
        if metric["key"] not in ("interruptions_made", "repair_attempts", "escalation_points"):
            continue
        for who, v in (_together(metric["values"], metric, trend) if together else metric["values"]).items():
            # fewer repair attempts in a practice that needed none is no loss: it never heated up, or each rise eased
            if metric["key"] == "repair_attempts" and v["direction"] == "down" and not left:
                continue
            if v["direction"] in ("up", "down"):
                label = TOGETHER.get(metric["key"], metric["label"]) if together else metric["label"]
                subject = label.lower() + ("" if who == "couple" else f" by {who}")
                out.append(f"{subject[0].upper() + subject[1:]} went {v['direction']} ({_from_to(v, metric, trend)})"
                           + NOTICE[asked])
    return out[:4]


def _from_to(v: dict, metric: dict, trend: dict) -> str:
    """"6 to 2" for counts from recordings of about one length; rates per 10 minutes, with the lengths, otherwise."""
    key, n = metric["key"], len(trend["baseline_ids"])
    if metric.get("unit") != rates.PER:
        return f"{_fmt(v['before'], key)} to {_fmt(v['now'], key)}"
    if _counts_differ_in_length(trend):
        return (f"{_fmt(v['before'], key)} to {_fmt(v['now'], key)} per {rates.PER}; "
                f"{rates.lengths_said(trend['before_s'], trend['now_s'], n)}")
    if "series" not in v:  # the partners' figures added up (_together)
        return f"{_fmt(v['before'], key)} to {_fmt(v['now'], key)}"
    return f"{_fmt(_avg(v['series'][:n]), key)} to {_fmt(_avg(v['series'][n:]), key)}"
