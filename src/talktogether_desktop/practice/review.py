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
                    "planned", "due_so_far" (planned days already past), "done_on_planned_days", "done_other_days",
                    "done_share" (of the plan, on its days), "reasons": {code: count}, "other_reasons": [text],
                    "recordings_linked", "recording_ids", "days_from_recordings", "recordings_outside": [{"recording_id",
                    "date", "when": "before"|"after"}] (linked, not counted as a day done), "summary": str,
                    "shared_summary": str (the couple's version: the common reasons only)},
      "recordings": [{"recording_id", "recorded_at", "linked": bool, "metrics": METRICS}],
      "trend": {"available": bool, "reason": str|None, "baseline_ids": [...], "practice_ids": [...],
                "metrics": [{"key", "label", "lower_is": "calmer"|..., "scope": "partner"|"couple",
                             "values": {who: {"before", "now", "change", "direction", "series"}}}],
                "lines": [plain sentences], "warnings": [...]},
      "prompts": ["What was it like to do it?", ...],
      "review_points": [prompts plus points drawn from adherence and the trend],
      "shared_points": [the same for the couple's version: said of both together, no one named, no safety note],
    }

METRICS = {"partners": {who: {"interruptions_made", "interruptions_received", "talk_share",
"repair_attempts", "reaching_for", "reaching_for_categories": {category: n},
"reaching_met": share of that partner's reaching the other turned toward | None, "reaching_answered": how many of
that reaching had a reply, "reaching_toward": how many were turned toward}}, "escalation_points": n,
"escalation_unresolved": how many of them had not eased, "escalation_peak": score|None}. "before" is the mean over the couple's earlier recordings at home, made before the
first linked one and linked to no practice (up to three, oldest dropped), "now" the mean over the recordings linked to
this assignment.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any, Dict, Iterable, List, Optional

from ..timefmt import local_day, local_time
from .adherence import day_list, describe, summarise_adherence
from .assignment import Assignment
from .check import check_assignment
from .fidelity import assess as assess_fidelity, summary_for_both, withholds_any
from .trend import _trend_points, build_trend
from .withheld import couple_version_spans, touches

SCHEMA = "practice_review/1"
BASELINE_RECORDINGS = 3
PROMPTS = [
    "What was it like to do it?",
    "What got in the way?",
    "What would make it easier next week?",
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


def _due(adherence: dict) -> int:
    due = adherence.get("due_so_far") if adherence.get("in_progress") else None
    return int(adherence["planned"] if due is None else due)


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
            "reaching_answered": len(answered),
            "reaching_toward": sum(1 for b in answered if b["response"] == "toward"),
        }
    points = [p for p in result.get("escalation_points") or [] if isinstance(p, dict)]
    scores = [float(p["score"]) for p in points if p.get("score") is not None]
    return {
        "partners": partners,
        "escalation_points": len(points),
        # rises that had not eased by their end: the ones that needed a repair and did not get one that landed
        "escalation_unresolved": sum(1 for p in points if not (p.get("what_next") or {}).get("eased")),
        "escalation_peak": round(max(scores), 2) if scores else None,
        "duration_s": result.get("duration_s"),
    }


# --- the whole review --------------------------------------------------------------------------------------
def _when(rec: dict) -> str:
    return str(rec.get("recorded_at") or rec.get("imported_at") or "")


def _assignment_dict(a: Assignment) -> Dict[str, Any]:
    d = a.to_dict()
    for key in ("therapist_note", "safety_confirmation"):
        d.pop(key, None)
    # the days it runs, as the text says them: an end left open is the day before the review, or a week (DOMAIN.md §1)
    start, end = a.period()
    d.update(start_date=start.isoformat(), end_date=end.isoformat(), end_date_given=bool(a.end_date))
    return d


SAFETY_FIRST = "The recording also has safety flags: see those first."
INDIVIDUAL_FIRST = ("A practice recording carried safety language: go over the practice with each partner separately "
                    "before any review together.")
# where every flag is only to listen to (read by meaning; the report says "it may be nothing: listen before you
# decide"), the review says the same, not that safety language was heard (walk37h conv3: "Right, I've got the pension
# letters out." read as possible money control, and the review told the therapist to see each partner separately)
LISTEN_FIRST = "The recording also has lines to listen to first (they may be nothing)."
LISTEN_INDIVIDUAL_FIRST = ("A practice recording has lines read by their meaning as possibly about threat, fear or harm "
                           "(they may be nothing): listen to them first; if they are, go over the practice with each "
                           "partner separately before any review together.")


def safety_note(fidelity: dict) -> str:
    """The clinician's note after a practice verdict: safety flags to see first, lines only to listen to, or none."""
    if not fidelity.get("safety_flags"):
        return ""
    return LISTEN_FIRST if fidelity.get("listen_only") else SAFETY_FIRST


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
            if withholds_any(rec.get("analysis")):  # the couple's point times nothing of what their version leaves out
                spans = couple_version_spans(rec["analysis"])  # (the very stretches their report leaves out)
                p["fidelity"]["shared_summary"] = summary_for_both(assignment.to_dict(), rec["analysis"],
                                                                   rec.get("names") or {}, lambda t, s=spans: touches(s, t))
    # (compared as this computer's clock reads them: an import's time is kept in UTC, a date typed here is local)
    first_practice = min((local_time(p["recorded_at"], seconds=True) for p in practice), default=None)
    earlier = [summary(r) for r in analyzed
               if int(r["id"]) not in linked_ids and (r.get("source") or "import") != "room"
               and (first_practice is None or local_time(_when(r), seconds=True) < first_practice)]
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
        adherence["shared_summary"] = describe(adherence, for_both=True)  # (the couple's version)
        review["adherence"] = adherence
        points += _adherence_points(adherence)
    checked = [rec for rec in practice if rec.get("fidelity")][:2]
    # the couple's version: the same points said of both of them, with no safety note
    shared = points + [f"{local_day(rec['recorded_at'])}: {rec['fidelity'].get('shared_summary') or rec['fidelity']['summary']}"
                       for rec in checked]
    points += [f"{local_day(rec['recorded_at'])}: {rec['fidelity']['summary']}"
               + (f" {safety_note(rec['fidelity'])}" if rec["fidelity"].get("safety_flags") else "") for rec in checked]
    flagged = [rec["fidelity"] for rec in practice if (rec.get("fidelity") or {}).get("safety_flags")]
    heard = bool(flagged) and not all(f.get("listen_only") for f in flagged)
    if flagged:
        # not "what was it like to do it?" asked of both together after a recording with safety language
        listen_only = all(f.get("listen_only") for f in flagged)
        first = LISTEN_INDIVIDUAL_FIRST if listen_only else INDIVIDUAL_FIRST
        points = [first] + [p for p in points if p not in PROMPTS]
        if not listen_only:  # (lines only to listen to keep the couple's questions for both, as their report's own do)
            shared = [p for p in shared if p not in PROMPTS]
    # (after a line heard as threat, fear or harm, or lines that may be: no question for the two of them together)
    points += _trend_points(review["trend"], asked="apart" if flagged else "")
    review["review_points"] = points
    review["shared_points"] = shared + _trend_points(review["trend"], together=True, asked="unasked" if heard else "")
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
    elif adherence.get("planned") and adherence["done"] == 0 and adherence.get("recordings_outside"):
        late = ", ".join(r["date"] for r in adherence["recordings_outside"])
        out.append(f"It was practised after its days ({late}), not on them: was it the time or the anchor?")
    elif adherence.get("planned") and adherence["done"] == 0:
        out.append("It did not happen this week: was it the time, the anchor, or the practice itself?")
    elif adherence.get("planned") and adherence.get("done_other_days"):
        done, other = adherence["done"], adherence["done_other_days"]
        on = done - other
        if done == 1:  # (not "none of them" of one day, nor "the other day", which reads as "a few days ago")
            out.append("It happened on 1 day, not a planned one: what led to that day, and does the plan fit?")
        else:
            out.append(f"It happened on {done} days, {on or 'none'} of them on a planned day: what led to "
                       f"{'the day off the plan' if other == 1 else 'the days off the plan'}, and does the plan fit?")
    elif adherence.get("planned") and adherence["done"] < _due(adherence):
        # while it runs, against the planned days already past ("1 of 2 so far"), never the whole plan
        so_far = " so far" if adherence.get("in_progress") else ""
        out.append(f"It happened {adherence['done']} of the {_due(adherence)} planned times{so_far}: "
                   "what was different on the days it happened?")
    from .adherence import REASONS

    missed = [d for d in adherence.get("days") or [] if d.get("done") is False]
    for code, n in sorted((adherence.get("reasons") or {}).items(), key=lambda kv: -kv[1]):
        if n == 1:  # (said once: no "most", even beside a reason in other words, but the day it was)
            day = next((d["date"] for d in missed if d.get("reason") == code), missed[0]["date"])
            out.append(f"What got in the way on {day_list([day])}: {REASONS[code]}. What would make that easier?")
        else:
            out.append(f"What got in the way most: {REASONS[code]} ({n}). What would make that easier?")
        break
    return out


def _due(adherence: dict) -> int:
    due = adherence.get("due_so_far") if adherence.get("in_progress") else None
    return int(adherence["planned"] if due is None else due)
