"""The practice review for the next session: what was asked, what happened, how it went.

`build_review` is pure: give it what `pipeline.ops_practice.review_inputs(vault, couple_id)` returns
(or the same plain data from anywhere) and it returns one JSON-serialisable dict, shown by the app
and by the session-prep report's practice section:

    {
      "schema": "practice_review/1",
      "couple": {"id", "name", "partners": [names]},
      "assignment": {...assignment fields..., "id"} | None,
      "check": [{"code", "message", "suggestion"}],       # specificity issues, for the therapist
      "adherence": {"start", "end", "days": [{"date", "done": true|false|null, "source", "reason",
                    "note", "recording_ids", "planned", "future"}], "done", "not_done", "unknown",
                    "planned", "done_share", "reasons": {code: count}, "other_reasons": [text],
                    "recordings_linked", "recording_ids", "days_from_recordings", "summary": str},
      "recordings": [{"recording_id", "recorded_at", "linked": bool, "metrics": METRICS}],
      "trend": {"available": bool, "reason": str|None, "baseline_ids": [...], "practice_ids": [...],
                "metrics": [{"key", "label", "lower_is": "calmer"|..., "scope": "partner"|"couple",
                             "values": {who: {"before", "now", "change", "direction", "series"}}}],
                "lines": [plain sentences], "warnings": [...]},
      "prompts": ["What was it like to do it?", ...],
      "review_points": [prompts plus points drawn from adherence and the trend],
    }

METRICS = {"partners": {who: {"interruptions_made", "interruptions_received", "talk_share",
"repair_attempts", "reaching_for", "reaching_for_categories": {category: n},
"reaching_met": share of that partner's reaching the other turned toward | None}}, "escalation_points": n,
"escalation_peak": score|None}. "before" is the mean over the couple's earlier recordings at home, made before the
first linked one and linked to no practice (up to three, oldest dropped), "now" the mean over the recordings linked to
this assignment.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from statistics import mean
from typing import Any, Dict, Iterable, List, Optional

from .adherence import describe, summarise_adherence
from .assignment import Assignment
from .check import check_assignment
from . import rates
from .fidelity import assess as assess_fidelity
from ..timefmt import length

SCHEMA = "practice_review/1"
BASELINE_RECORDINGS = 3
SHARES = ("talk_share", "reaching_met")
PROMPTS = [
    "What was it like to do it?",
    "What got in the way?",
    "What would make it easier next week?",
]
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


# --- reading one analysis -----------------------------------------------------------------------------
def _count(value: Any) -> int:
    if isinstance(value, (list, tuple)):
        return len(value)
    if isinstance(value, dict):
        return int(value.get("count", len(value)))
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def _speaker_of(item: dict) -> Optional[str]:
    for key in ("speaker", "by", "who", "led_by"):
        if item.get(key):
            return str(item[key])
    return None


def _repairs_by_speaker(result: dict, speaker_ids: Iterable[str]) -> Dict[str, int]:
    counts: Counter = Counter()
    found = False
    for s in result.get("speakers") or []:
        for key in ("repair_attempts", "repairs"):
            if key in s:
                counts[str(s.get("id"))] += _count(s[key])
                found = True
        markers = s.get("markers")
        if not found and isinstance(markers, dict) and "repair" in markers:
            counts[str(s.get("id"))] += _count(markers["repair"])
            found = True
    if found:
        return dict(counts)
    for key in ("repair_attempts", "repairs"):
        for item in result.get(key) or []:
            if isinstance(item, dict) and _speaker_of(item):
                counts[_speaker_of(item)] += 1
                found = True
    markers = result.get("markers")
    if not found and isinstance(markers, list):
        for item in markers:
            if isinstance(item, dict) and str(item.get("category") or item.get("kind")) in ("repair", "repair_attempt"):
                if _speaker_of(item):
                    counts[_speaker_of(item)] += 1
    elif not found and isinstance(markers, dict) and isinstance(markers.get("repair"), list):
        for item in markers["repair"]:
            if isinstance(item, dict) and _speaker_of(item):
                counts[_speaker_of(item)] += 1
    return {sid: counts.get(sid, 0) for sid in speaker_ids} | dict(counts)


def _reaching_by_speaker(result: dict) -> Dict[str, List[dict]]:
    reaching = result.get("reaching_for") or {}
    out: Dict[str, List[dict]] = {}
    if isinstance(reaching, dict):
        for sid, items in reaching.items():
            items = items.get("items", []) if isinstance(items, dict) else items
            out[str(sid)] = [i for i in items or [] if isinstance(i, dict)]
    elif isinstance(reaching, list):
        for item in reaching:
            if isinstance(item, dict) and _speaker_of(item):
                out.setdefault(_speaker_of(item), []).append(item)
    return out


def recording_metrics(result: dict, names: Optional[Dict[str, str]] = None) -> Dict[str, Any]:
    """The figures the trend compares, per partner name (speaker label when unnamed)."""
    names = dict(names or {})
    speakers = [s for s in result.get("speakers") or [] if isinstance(s, dict)]
    for s in speakers:
        names.setdefault(str(s.get("id")), s.get("name") or str(s.get("id")))
    ids = [str(s.get("id")) for s in speakers]
    made: Counter = Counter()
    received: Counter = Counter()
    for item in result.get("interruptions") or []:
        if isinstance(item, dict) and item.get("by"):
            made[str(item["by"])] += 1
            if item.get("of"):
                received[str(item["of"])] += 1
    repairs = _repairs_by_speaker(result, ids)
    reaching = _reaching_by_speaker(result)
    partners: Dict[str, Dict[str, Any]] = {}
    for sid in ids or sorted(set(made) | set(received)):
        s = next((x for x in speakers if str(x.get("id")) == sid), {})
        bids = reaching.get(sid, [])
        categories = Counter(str(b.get("category", "other")) for b in bids)
        answered = [b for b in bids if b.get("response")]
        partners[names.get(sid, sid)] = {
            "speaker": sid,
            "interruptions_made": int(s.get("interruptions_made", made.get(sid, 0)) or 0),
            "interruptions_received": int(s.get("interruptions_received", received.get(sid, 0)) or 0),
            "talk_share": round(float(s["talk_share"]), 3) if s.get("talk_share") is not None else None,
            "repair_attempts": int(repairs.get(sid, 0)),
            "reaching_for": int(sum(categories.values())),
            "reaching_for_categories": dict(categories),
            "reaching_met": round(sum(1 for b in answered if b["response"] == "toward") / len(answered), 2)
            if answered else None,
        }
    points = [p for p in result.get("escalation_points") or [] if isinstance(p, dict)]
    scores = [float(p["score"]) for p in points if p.get("score") is not None]
    return {
        "partners": partners,
        "escalation_points": len(points),
        "escalation_peak": round(max(scores), 2) if scores else None,
        "duration_s": result.get("duration_s"),
    }


# --- the trend ---------------------------------------------------------------------------------------------
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
    """Compare the linked practice recordings ("now") with earlier ones ("before"); counts per 10 minutes
    (`rates`) when every recording's length is known."""
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
        days = [str(r.get("recorded_at") or "")[:10] or "an unknown day" for r in unnamed]
        which = days[0] if len(days) == 1 else ", ".join(days[:-1]) + " and " + days[-1]
        trend["warnings"].append(
            f"The voices in the recording{'s' if len(days) > 1 else ''} of {which} are not named as partners yet; "
            "the comparison assumes each voice is the same person in every recording.")
    lengths = [rates.recording_length(r) for r in series_recs]
    rated = all(lengths)
    n = len(baseline)
    trend.update(lengths_s=lengths, per=rates.PER if rated else None,
                 before_s=sum(lengths[:n]) if rated else None, now_s=sum(lengths[n:]) if rated else None)
    if trend["available"]:
        said = (rates.lengths_warning(trend["before_s"], trend["now_s"], n) if rated else
                rates.unknown_warning([str(r.get("recorded_at") or "")[:10] or "an unknown day"
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
            entry["values"][who or "couple"] = values
            if trend["available"] and change is not None:
                trend["lines"].append(_line(label, who, values, key, trend if per else None))
        trend["metrics"].append(entry)
    return trend


def _fmt(value: float, key: str) -> str:
    if key in SHARES:
        return f"{round(value * 100)}%"
    if float(value).is_integer():
        return f"{value:g}"
    return f"{value:.2f}" if key == "escalation_peak" else f"{value:.1f}"


def _counts_differ_in_length(trend: Optional[dict]) -> bool:
    return bool(trend) and not rates.similar(trend["before_s"], trend["now_s"])


def _line(label: str, who: Optional[str], values: dict, key: str, trend: Optional[dict] = None) -> str:
    """One figure, before and now. A count from recordings of different lengths says both counts with the lengths
    and compares their rates per 10 minutes; from recordings of about one length, the counts as they are."""
    subject = f"{label} ({who})" if who else label
    if _counts_differ_in_length(trend) and not values["before_count"] and not values["now_count"]:
        return f"{subject}: none, earlier or this time."
    if _counts_differ_in_length(trend):
        how = {"same": "about the same", "up": "more often", "down": "less often"}[values["direction"]]
        return (f"{subject}: {_fmt(values['before_count'], key)} in {length(trend['before_s'])} earlier, "
                f"{_fmt(values['now_count'], key)} in {length(trend['now_s'])} this time: {how} per {rates.PER} "
                f"({_fmt(values['before'], key)} and {_fmt(values['now'], key)}).")
    n = len(trend["baseline_ids"]) if trend else 0
    before, now = ((_avg(values["series"][:n]), _avg(values["series"][n:])) if trend
                   else (values["before"], values["now"]))
    if values["direction"] == "same" or abs(now - before) < (0.03 if key in SHARES else 1e-9):
        return f"{subject}: about the same ({_fmt(now, key)})."
    return f"{subject}: {_fmt(before, key)} in earlier recordings, {_fmt(now, key)} this time."


# --- the whole review --------------------------------------------------------------------------------------
def _when(rec: dict) -> str:
    return str(rec.get("recorded_at") or rec.get("imported_at") or "")


def _assignment_dict(a: Assignment) -> Dict[str, Any]:
    d = a.to_dict()
    for key in ("therapist_note", "safety_confirmation"):
        d.pop(key, None)
    return d


SAFETY_FIRST = "The recording also has safety flags: see those first."
INDIVIDUAL_FIRST = ("A practice recording carried safety language: go over the practice with each partner separately "
                    "before any review together.")


def build_review(inputs: Dict[str, Any], today: Optional[date] = None) -> Dict[str, Any]:
    """The review dict (shape in the module docstring) from `pipeline.ops_practice.review_inputs`."""
    assignment: Optional[Assignment] = inputs.get("assignment")
    analyzed = list(inputs.get("analyzed_recordings") or [])
    linked_ids = {int(r["id"]) for r in inputs.get("linked_recordings") or []}
    if assignment is not None:
        linked_ids |= {int(r["id"]) for r in analyzed if r.get("assignment_id") == assignment.id}

    def summary(rec: dict) -> dict:
        return {"recording_id": int(rec["id"]), "recorded_at": _when(rec), "assignment_id": rec.get("assignment_id"),
                "linked": int(rec["id"]) in linked_ids, "named": bool(rec.get("names")), "duration_s": rec.get("duration_s"),
                "metrics": recording_metrics(rec.get("analysis") or {}, rec.get("names"))}

    practice = [summary(r) for r in analyzed if int(r["id"]) in linked_ids]
    if assignment is not None:
        # Linking a recording is not "done": was the practised behaviour in it?
        by_id = {int(r["id"]): r for r in analyzed}
        for p in practice:
            rec = by_id[p["recording_id"]]
            p["fidelity"] = assess_fidelity(assignment.to_dict(), rec.get("analysis"), rec.get("names"))
    first_practice = min((p["recorded_at"] for p in practice), default=None)
    earlier = [summary(r) for r in analyzed
               if int(r["id"]) not in linked_ids and (r.get("source") or "import") != "room"
               and (first_practice is None or _when(r) < first_practice)]
    baseline = earlier[-BASELINE_RECORDINGS:] if practice else []

    review: Dict[str, Any] = {"schema": SCHEMA, "couple": inputs.get("couple"), "assignment": None, "check": [],
                              "adherence": None, "recordings": baseline + practice,
                              "trend": build_trend(baseline, practice), "prompts": list(PROMPTS)}
    points = list(PROMPTS)
    if assignment is not None:
        review["assignment"] = _assignment_dict(assignment)
        review["check"] = [f.to_dict() for f in check_assignment(assignment)]
        adherence = summarise_adherence(assignment, inputs.get("logs") or [], inputs.get("linked_recordings") or [],
                                        today=today)
        adherence["summary"] = describe(adherence)
        review["adherence"] = adherence
        points += _adherence_points(adherence)
    points += [f"{str(rec['recorded_at'])[:10]}: {rec['fidelity']['summary']}"
               + (f" {SAFETY_FIRST}" if rec["fidelity"].get("safety_flags") else "")
               for rec in practice if rec.get("fidelity")][:2]
    if any((rec.get("fidelity") or {}).get("safety_flags") for rec in practice):
        # not "what was it like to do it?" asked of both together after a recording with safety language
        points = [INDIVIDUAL_FIRST] + [p for p in points if p not in PROMPTS]
    points += _trend_points(review["trend"])
    review["review_points"] = points
    for rec in review["recordings"]:
        rec.pop("named", None)
    return review


def _adherence_points(adherence: dict) -> List[str]:
    out = []
    if adherence.get("in_progress") and adherence["done"] == 0 and not adherence.get("due_so_far"):
        out.append(f"The practice runs until {adherence['end']}; nothing was due yet, so nothing is missed.")
    elif adherence.get("in_progress") and adherence["done"] == 0:
        out.append(f"Not done yet, with {adherence['due_so_far']} of the planned times already past: "
                   "is it the time, the anchor, or the practice itself?")
    elif adherence.get("planned") and adherence["done"] == 0:
        out.append("It did not happen this week: was it the time, the anchor, or the practice itself?")
    elif adherence.get("planned") and adherence["done"] < adherence["planned"]:
        out.append(f"It happened {adherence['done']} of {adherence['planned']} planned times: "
                   "what was different on the days it happened?")
    from .adherence import REASONS

    for code, n in sorted((adherence.get("reasons") or {}).items(), key=lambda kv: -kv[1]):
        out.append(f"What got in the way most: {REASONS[code]} ({n}). What would make that easier?")
        break
    return out


def _trend_points(trend: dict) -> List[str]:
    if not trend.get("available"):
        return []
    out = []
    heated = {m["key"]: m["values"].get("couple", {}).get("now") for m in trend["metrics"]}.get("escalation_points")
    for metric in trend["metrics"]:
        if metric["key"] not in ("interruptions_made", "repair_attempts", "escalation_points"):
            continue
        for who, v in metric["values"].items():
            # fewer repair attempts in practice that never heated up is no loss: nothing needed repairing
            if metric["key"] == "repair_attempts" and v["direction"] == "down" and not heated:
                continue
            if v["direction"] in ("up", "down"):
                subject = metric["label"].lower() + ("" if who == "couple" else f" by {who}")
                out.append(f"{subject[0].upper() + subject[1:]} went {v['direction']} ({_from_to(v, metric, trend)}): "
                           "what did each of you notice?")
    return out[:4]


def _from_to(v: dict, metric: dict, trend: dict) -> str:
    """"6 to 2" for counts from recordings of about one length; rates per 10 minutes, with the lengths, otherwise."""
    key, n = metric["key"], len(trend["baseline_ids"])
    if metric.get("unit") != rates.PER:
        return f"{_fmt(v['before'], key)} to {_fmt(v['now'], key)}"
    if _counts_differ_in_length(trend):
        return (f"{_fmt(v['before'], key)} to {_fmt(v['now'], key)} per {rates.PER}; "
                f"{rates.lengths_said(trend['before_s'], trend['now_s'], n)}")
    return f"{_fmt(_avg(v['series'][:n]), key)} to {_fmt(_avg(v['series'][n:]), key)}"
