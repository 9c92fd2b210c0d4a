"""Adherence: which days the practice happened, which not, and what got in the way.

The therapist enters days in session (done or not, with a reason); a practice recording linked to
the assignment counts as done on the day it was recorded, without anyone entering it. Pure
functions over plain rows, so the app, the CLI and the report share one answer.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date, timedelta
from typing import Any, Dict, Iterable, List, Optional, Tuple

from ..timefmt import local_day
from .assignment import Assignment, parse_day

REASONS = {
    "forgot": "forgot",
    "no_time": "no time",
    "felt_awkward": "felt awkward",
    "got_into_a_fight": "got into a fight",
}
_REASON_PATTERNS = [
    ("forgot", r"\bforg[eo]t|slipped (?:our|my|their) minds?|didn'?t remember|did not remember"),
    ("no_time", r"\bno[ _-]?time\b|\bbusy\b|\bno chance\b|\bran out of time|\btoo tired\b|\bwork(?:ed)? late\b"),
    ("felt_awkward", r"\bawkward|\bweird\b|\bembarrass|\bsilly\b|\bforced\b|\buncomfortable"),
    ("got_into_a_fight", r"\bfight|\bfought|\bargu(?:e|ed|ment|ing)|\brow\b|\bquarrel"),
]


def normalise_reason(reason: Optional[str]) -> Tuple[Optional[str], Optional[str]]:
    """(common reason code or None, the therapist's own words or None) from what was typed."""
    text = " ".join((reason or "").split())
    if not text:
        return None, None
    key = text.lower().replace("-", "_").replace(" ", "_")
    if key in REASONS:
        return key, None
    for code, pattern in _REASON_PATTERNS:
        if re.search(pattern, text.lower()):
            return code, text
    return None, text


def _day_of(value: Any) -> Optional[date]:
    return parse_day(value) if value else None


def summarise_adherence(
    assignment: Assignment,
    logs: Iterable[Dict[str, Any]],
    recordings: Iterable[Dict[str, Any]] = (),
    today: Optional[date] = None,
) -> Dict[str, Any]:
    """Per-day status and totals.

    `logs`: rows with `day`, `done`, `reason`, `note`. `recordings`: rows with `id`, `recorded_at`
    (else `imported_at`). A recording makes its day done even when a log said otherwise (the log's
    reason is kept, marked `overridden`). Days after `today` are left open, not counted as missed.
    """
    today = today or date.today()
    start, end = assignment.period()
    by_day: Dict[date, Dict[str, Any]] = {}

    def entry(day: date) -> Dict[str, Any]:
        return by_day.setdefault(day, {"date": day.isoformat(), "done": None, "source": None, "reason": None,
                                       "note": None, "recording_ids": []})

    for log in logs:
        day = _day_of(log.get("day"))
        if day is None:
            continue
        e = entry(day)
        e["done"] = bool(log.get("done"))
        e["source"] = "log"
        code, words = normalise_reason(log.get("reason"))
        e["reason"] = code if code else (words if not e["done"] else None)
        e["note"] = log.get("note") or (words if code and words else None)
    outside = []  # linked, and its practice reviewed, but made outside the practice's days: no day done of it
    for rec in recordings:
        day = _day_of(local_day(rec.get("recorded_at"))) or _day_of(local_day(rec.get("imported_at")))  # (this computer's)
        if day is None:
            continue
        if not start <= day <= end:
            outside.append({"recording_id": int(rec["id"]), "date": day.isoformat(),
                            "when": "before" if day < start else "after"})
            continue
        e = entry(day)
        if e["done"] is False:
            e["overridden"] = True
        e["done"] = True
        e["source"] = "both" if e["source"] == "log" else "recording"
        e["recording_ids"].append(int(rec["id"]))

    first = min([start] + list(by_day))
    last = max([end] + list(by_day))
    days: List[Dict[str, Any]] = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        e = dict(by_day.get(day) or {"date": day.isoformat(), "done": None, "source": None, "reason": None,
                                      "note": None, "recording_ids": []})
        e["planned"] = _is_planned(assignment, day, start, end)
        e["future"] = day > today
        days.append(e)

    done_days = sum(1 for d in days if d["done"])
    not_done = [d for d in days if d["done"] is False]
    weeks = max(1, math.ceil(((end - start).days + 1) / 7))
    planned = int((assignment.times_per_week or 0) * weeks) if assignment.times_per_week else None
    if assignment.days:  # the named days in the period ("Wednesdays", 28 Nov to 7 Dec: one), not whole weeks
        planned = sum(1 for d in days if d["planned"])
    reasons = Counter(d["reason"] for d in not_done if d["reason"] in REASONS)
    other = [d["reason"] for d in not_done if d["reason"] and d["reason"] not in REASONS]
    linked = sorted({rid for d in days for rid in d["recording_ids"]})
    on_plan = sum(1 for d in days if d["done"] and d["planned"])
    # before the period is over, only the planned times already past can have been missed (today is not over
    # yet: it counts once it is done)
    if assignment.days:
        due = sum(1 for d in days if d["planned"] and (d["date"] < today.isoformat() or
                                                       (d["date"] == today.isoformat() and d["done"])))
    else:
        elapsed = (min(today, end + timedelta(days=1)) - start).days
        due = int((assignment.times_per_week or 0) * max(0, elapsed) / 7) if assignment.times_per_week else None
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "days": days,
        "done": done_days,
        "not_done": len(not_done),
        "unknown": sum(1 for d in days if d["done"] is None and not d["future"]),
        "planned": planned,
        "in_progress": today < end,
        "due_so_far": min(due, planned) if planned is not None and due is not None else due,
        # days done on a planned day, and on other days (a Monday for a Wednesday practice): never "2 of 1 planned"
        "done_on_planned_days": on_plan,
        "done_other_days": done_days - on_plan,
        "done_share": round(min(1.0, on_plan / planned), 2) if planned else None,
        "reasons": dict(reasons),
        "other_reasons": other,
        "notes": [d["note"] for d in days if d.get("note")],
        "recordings_linked": len(linked),
        "recording_ids": linked,
        "days_from_recordings": sum(1 for d in days if d["source"] in ("recording", "both")),
        "recordings_outside": outside,
    }


def _is_planned(assignment: Assignment, day: date, start: date, end: date) -> bool:
    if not (start <= day <= end):
        return False
    from . import phrases

    days = assignment.days or []
    return not days or phrases.WEEKDAY_ORDER[day.weekday()] in days


def describe(adherence: Dict[str, Any], for_both: bool = False) -> str:
    """One line for people: "Done 3 of 7 planned times; missed: forgot (2), no time (1)", or, when days were done
    beyond the plan or off its days, "Done on 2 days; the plan was 1 day; neither on the planned day" (the plan's count
    said as one: "(1 planned)" read as "1 of them planned"). `for_both`: the line the couple's version prints, with the
    common reasons only: a reason in the therapist's own words ("he hit me", told by one partner) stays theirs."""
    planned, done = adherence.get("planned"), adherence["done"]
    other = int(adherence.get("done_other_days") or 0)
    n = adherence.get("recordings_linked")
    recordings = f"{n} recording{'s' if n != 1 else ''}" if n else ""
    due = adherence.get("due_so_far") if adherence.get("in_progress") else None
    if planned and (other or done > planned):
        so_far = " so far" if adherence.get("in_progress") else ""
        text = (f"Done on {done} day{'s' if done != 1 else ''}{so_far}" + (f" ({recordings})" if recordings else "")
                + f"; the plan was {planned} day{'s' if planned != 1 else ''}")
    elif planned and due and done <= due < planned:
        # while it runs, against the planned times already past, as the review's point counts them ("It happened 1
        # of the 5 planned times so far"), the whole plan beside it: "Done 1 of 7 planned times" read as another count
        text = f"Done {done} of the {due} planned times so far ({'; '.join(filter(None, [f'{planned} in all', recordings]))})"
    else:
        text = f"Done {done} of {planned} planned times" if planned else f"Done {done} times"
        text += f" ({recordings})" if recordings else ""
    if adherence.get("in_progress"):
        text += ("" if " so far" in text else " so far") + f"; the practice runs until {adherence['end']}"
    if planned and other:
        on, day = done - other, "the planned day" if planned == 1 else "a planned day"
        text += (f"; not on {day}" if done == 1 else f"; neither on {day}" if done == 2 and not on
                 else f"; {on or 'none'} of them on {day}")
    by_day = days_said(adherence, for_both)
    reasons = adherence.get("reasons") or {}
    parts = [f"{REASONS[k]} ({v})" for k, v in reasons.items()] + ([] if for_both else
                                                                    list(adherence.get("other_reasons") or []))
    if by_day:  # which days, each missed one with its reason: "done on 1, 8, 15 and 29 Nov; not done on 22 Nov (forgot)"
        text += "; " + by_day
    elif parts:
        text += "; what got in the way: " + ", ".join(parts)
    for rec in adherence.get("recordings_outside") or []:
        text += ". " + outside_line(rec, adherence["start"], adherence["end"]) + "."
    return text


def summary_for(adherence: Dict[str, Any], for_both: bool) -> str:
    """The summary line a report prints: the review's own, or for the couple's version its `shared_summary` (made
    again from the days where a review made before it has none)."""
    if not for_both:
        return str(adherence["summary"])
    if adherence.get("shared_summary"):
        return str(adherence["shared_summary"])
    return describe(adherence, for_both=True) if "done" in adherence and "days" in adherence else \
        str(adherence["summary"])


DAYS_LISTED = 7  # a practice with more days logged than this is said in counts only


def day_list(isos: List[str]) -> str:
    """"1, 8, 15 and 29 Nov" ("29 Nov and 6 Dec" across months): the days as a therapist says them."""
    months: Dict[str, List[str]] = {}
    for iso in sorted(isos):
        day = date.fromisoformat(iso)
        months.setdefault(day.strftime("%b"), []).append(str(day.day))
    said = [" and ".join(days) if len(days) < 3 else ", ".join(days[:-1]) + " and " + days[-1] for days in
            months.values()]
    said = [f"{d} {m}" for d, m in zip(said, months)]
    return " and ".join(said) if len(said) < 3 else ", ".join(said[:-1]) + " and " + said[-1]


def days_said(adherence: Dict[str, Any], for_both: bool = False) -> str:
    """Where a logged day was not done: the days done and the days not done, each with what got in the way, so a run
    ("three weeks running, missed once, then done") can be read from the dates; "" when nothing was missed, or when
    there are too many days to list. `for_both`: a reason not one of the common ones is left out (see describe)."""
    days = adherence.get("days") or []
    done = [d["date"] for d in days if d.get("done")]
    missed = [d for d in days if d.get("done") is False]
    if not missed or len(done) + len(missed) > DAYS_LISTED:
        return ""
    why = lambda d: (f" ({REASONS.get(d['reason'], d['reason'])})"  # noqa: E731
                     if d.get("reason") and not (for_both and d["reason"] not in REASONS) else "")
    said = "not done on " + ", ".join(f"{day_list([d['date']])}{why(d)}" for d in missed)
    return (f"done on {day_list(done)}; " if done else "") + said


def outside_line(rec: Dict[str, Any], start: str, end: str) -> str:
    """A linked recording made outside the practice's days, said plainly: what it is and what it is not counted as."""
    return (f"The recording made on {rec['date']} falls {rec['when']} this practice's days "
            f"({start} to {end}): it is linked and its practice is reviewed, but it is not counted as a day done")
