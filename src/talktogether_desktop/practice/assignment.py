"""A practice assignment: what one couple is asked to do this week, built from a template or blank.

Plain data with no vault: `storage.practice` saves it, the check reads it, the handout prints it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any, Dict, List, Optional

from ..errors import TalkTogetherError, UsageError
from . import phrases, retell
from .templates import Template, get_template

# Columns of practice_assignments; everything else rides in its JSON `data` column.
COLUMNS = ("template", "title", "behaviour", "anchor", "minutes", "times_per_week", "who_starts",
           "what_to_record", "what_to_notice", "review_on", "start_date", "end_date", "status")
DATA_FIELDS = ("review", "steps", "days", "time", "summary", "sources", "therapist_note", "safety_confirmation")

# A spread of practice days for a frequency when the anchor names no weekday.
SPREAD_DAYS = {
    1: [], 2: ["TU", "SA"], 3: ["MO", "WE", "FR"], 4: ["MO", "TU", "TH", "SA"],
    5: ["MO", "TU", "WE", "TH", "FR"], 6: ["MO", "TU", "WE", "TH", "FR", "SA"],
    7: phrases.WEEKDAY_ORDER,
}

# When the anchor names no clock time, a reminder at the usual hour of the habit it names.
HABIT_HOURS = [
    (r"breakfast|coffee|morning|wake|alarm|school run", "09:00"),
    (r"lunch", "12:30"),
    (r"commute|get(?:ting)? home|come home|after work", "18:00"),
    (r"dinner|supper|dishes|clean-?up|clear(?:ing)? up|washing[- ]up|evening|kettle", "19:30"),
    (r"bed|night|charge|charging|kids are asleep|children are asleep", "21:30"),
]


@dataclass
class Assignment:
    title: str = ""
    behaviour: str = ""
    anchor: str = ""
    minutes: Optional[int] = None
    times_per_week: Optional[int] = None
    who_starts: str = ""
    what_to_record: str = ""
    what_to_notice: str = ""
    review: str = ""
    review_on: Optional[str] = None
    steps: List[str] = field(default_factory=list)
    days: List[str] = field(default_factory=list)
    time: Optional[str] = None
    template: Optional[str] = None
    start_date: Optional[str] = None
    end_date: Optional[str] = None
    status: str = "active"
    summary: str = ""
    therapist_note: str = ""
    sources: List[str] = field(default_factory=list)
    # The therapist's decision to give recorded practice despite recent safety flags (never on a handout).
    safety_confirmation: Optional[Dict[str, Any]] = None
    id: Optional[int] = None
    couple_id: Optional[int] = None
    session_id: Optional[int] = None
    created_at: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        return asdict(self)

    def as_text(self) -> str:
        """The assignment as one paragraph, the way a therapist might have typed it."""
        parts = [self.behaviour, self.anchor and f"When: {self.anchor}."]
        if self.minutes:
            parts.append(f"For {self.minutes} minutes, {phrases.format_frequency(self.times_per_week)}.")
        parts += [self.what_to_record, self.review]
        return " ".join(p for p in parts if p)

    def period(self) -> tuple[date, date]:
        """The days this practice runs: from its start to the day before its review (a week by default)."""
        start = parse_day(self.start_date) or date.today()
        end = parse_day(self.end_date)
        if end is None:
            review = parse_day(self.review_on)
            end = review - timedelta(days=1) if review and review > start else start + timedelta(days=6)
        return start, max(start, end)


def parse_day(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def from_template(template: Template) -> Assignment:
    return Assignment(
        template=template.name, title=template.title, behaviour=template.behaviour,
        anchor=template.anchor, minutes=template.minutes, times_per_week=template.times_per_week,
        who_starts=template.who_starts, what_to_record=template.what_to_record,
        what_to_notice=template.what_to_notice, review=template.review, steps=list(template.steps),
        days=list(template.days), time=template.time, summary=template.summary,
        therapist_note=template.therapist_note, sources=list(template.sources),
    )


def build_assignment(template: Optional[str | Template] = None, **overrides: Any) -> Assignment:
    """An assignment from a template (by name or object) or blank, with the therapist's changes.

    Changing the length or the anchor keeps the rest of the template's text consistent: the
    minutes written inside the text follow, and the reminder days and time are worked out again. Replacing the
    behaviour or the anchor drops or says again the template's words that described its own (practice/retell.py).
    """
    if isinstance(template, str):
        template = get_template(template)
    assignment = from_template(template) if template else Assignment()
    unknown = set(overrides) - set(Assignment.__dataclass_fields__)
    if unknown:
        raise UsageError(f"Unknown assignment field(s): {', '.join(sorted(unknown))}.")
    given = {k: v for k, v in overrides.items() if v is not None}
    old_minutes = assignment.minutes
    for key, value in given.items():
        setattr(assignment, key, value)
    if template is not None and "behaviour" in given and given["behaviour"] != template.behaviour:
        if "steps" not in given:
            assignment.steps = []  # the template's steps described the template's behaviour
        retell.retell_behaviour(assignment, template, given)
    if template is not None and "anchor" in given and given["anchor"] != template.anchor:
        retell.retell_anchor(assignment, template.anchor, given)
    if old_minutes and assignment.minutes and assignment.minutes != old_minutes:
        _retell_minutes(assignment, old_minutes, int(assignment.minutes))
    if "anchor" in given and "days" not in given:
        assignment.days = phrases.weekdays_named(assignment.anchor)
    if "anchor" in given and "time" not in given:
        assignment.time = anchor_time(assignment.anchor)
    if "behaviour" in given and "times_per_week" not in given:  # "Once a day, each of you…": how often, as typed
        said = phrases.times_per_week(str(given["behaviour"]))
        assignment.times_per_week = round(said) if said else assignment.times_per_week
    assignment.days = practice_days(assignment)
    if assignment.minutes is not None:
        assignment.minutes = int(assignment.minutes)
    if assignment.times_per_week is not None:
        assignment.times_per_week = int(assignment.times_per_week)
    if not assignment.title:
        assignment.title = _title_from(assignment.behaviour)
    return assignment


def practice_days(assignment: Assignment) -> List[str]:
    """The weekdays to practise on: the named ones when they fit the frequency, else a spread."""
    n = assignment.times_per_week
    days = [d for d in phrases.WEEKDAY_ORDER if d in set(assignment.days)]
    if not n or len(days) == min(int(n), 7):
        return days
    spread = SPREAD_DAYS.get(min(int(n), 7), [])
    if spread:
        return list(spread)
    start = parse_day(assignment.start_date) or date.today()
    return days[:1] or [phrases.WEEKDAY_ORDER[start.weekday()]]


def anchor_time(anchor: str) -> Optional[str]:
    """A clock time from the anchor ("at 8 pm", "20:00"), else the usual hour of the habit it names."""
    text = anchor.lower()
    m = re.search(r"\b(\d{1,2})(?::|\.)(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?", text) or re.search(
        r"\b(\d{1,2})()\s*(am|pm|a\.m\.|p\.m\.|o'clock)", text)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        suffix = (m.group(3) or "").replace(".", "")
        if suffix == "pm" and hour < 12:
            hour += 12
        if suffix == "am" and hour == 12:
            hour = 0
        if 0 <= hour < 24 and 0 <= minute < 60:
            return f"{hour:02d}:{minute:02d}"
    for pattern, hhmm in HABIT_HOURS:
        if re.search(pattern, text):
            return hhmm
    return None


def _retell_minutes(assignment: Assignment, old: int, new: int) -> None:
    pattern = re.compile(rf"\b{old}(?=[- ](?:minutes?|mins?)\b)")
    assignment.behaviour = pattern.sub(str(new), assignment.behaviour)
    assignment.what_to_record = pattern.sub(str(new), assignment.what_to_record)
    assignment.title = pattern.sub(str(new), assignment.title)
    assignment.steps = [pattern.sub(str(new), s) for s in assignment.steps]
    words = {v: k for k, v in phrases.NUMBER_WORDS.items() if k.isalpha() and k not in ("a", "an", "single")}
    if old in words and new in words:  # "Ten-minute ..." in a title
        word = re.compile(rf"\b{words[old]}(?=[- ]minute)", re.IGNORECASE)
        assignment.title = word.sub(lambda m: words[new].capitalize() if m.group(0)[0].isupper() else words[new],
                                    assignment.title)


# Clauses that say when, not what ("Each evening after dinner, tell ..."): not a title.
_WHEN_CLAUSE = re.compile(r"^(?:each(?! of\b| other\b)|every|once|after|before|during|when|while|on|at|in|over|this|next)\b", re.I)


_DANGLING = {"and", "or", "but", "the", "a", "an", "to", "of", "with", "for", "at", "in", "on", "your", "you",
             "what", "where", "that", "each", "about", "before", "after", "when"}


def _title_from(behaviour: str) -> str:
    """A short title from the behaviour: its first clause that says what to do, up to nine words."""
    # (an ellipsis inside a sentence to fill in, "Start with 'I feel … about … and I need …'", ends no clause)
    clauses = [c.strip() for c in re.split(r"[,;:!?]|(?<![.…])\.(?![.…])", behaviour) if c.strip(" .…'\"")]
    what = next((c for c in clauses if not _WHEN_CLAUSE.match(c)), clauses[0] if clauses else "")
    words = []
    for w in what.split():  # nine words, an ellipsis being none
        if sum(1 for x in words if x.strip(".…'\"")) == 9:
            break
        words.append(w)
    while len(words) > 3 and words[-1].lower() in _DANGLING:
        words.pop()
    if not words:
        return "Practice"
    title = " ".join(words)
    return title[0].upper() + title[1:]


TITLE_WORDS = 20  # a handout's title: the whole behaviour in brief, up to this many words
_DOER = re.compile(r"^(?:each (?:of|other)|every(?:one|body))\b", re.I)  # "each of you tells ...": what, not when


def handout_title(assignment: Assignment) -> str:
    """The title a couple reads on the handout: the whole behaviour in brief and how often ("Say one specific thing
    you appreciated and the other says thank you and one thing back, once a day"). A title made from the behaviour
    (cut at nine words) is made again from its first sentence's clauses that say what to do; a title the therapist
    or the template gave is kept, with how often added where it does not say it."""
    title, often = _whole_title(assignment.title, assignment.behaviour)
    if not often and not phrases.times_per_week(title) and assignment.times_per_week:
        often = phrases.format_frequency(assignment.times_per_week)
    return f"{title}, {often[0].lower()}{often[1:]}" if often else title


def shown_title(title: str, behaviour: str) -> str:
    """The practice's title as the report and the practice review show it: the handout's, less how often (a stored
    title made from the behaviour stops at nine words, "One 10-minute talk where each of you says back"); "" for none."""
    return _whole_title(title, behaviour or "")[0] if title else ""


def _whole_title(title: str, behaviour: str) -> tuple:
    """(the title with the whole behaviour in brief, how often the behaviour's own words say)."""
    title = title or "Practice"
    often = ""
    if behaviour and title == _title_from(behaviour):
        sentence = re.split(r"(?<=[!?])\s+|(?<=[^.…]\.)\s+", behaviour.strip())[0]  # (an ellipsis ends none)
        clauses = [c.strip() for c in re.split(r"[,;:!?]|(?<![.…])\.(?![.…])", sentence) if c.strip(" .…'\"")]
        when = [c for c in clauses if _WHEN_CLAUSE.match(c) and not _DOER.match(c)]
        what = [c for c in clauses if c not in when] or clauses[:1]
        often = next((c for c in when if phrases.times_per_week(c)), "")
        words = ", ".join(what).split()
        cut = len(words) > TITLE_WORDS
        words = words[:TITLE_WORDS]
        while cut and len(words) > 3 and words[-1].lower().strip(",") in _DANGLING:
            words.pop()
        title = " ".join(words).rstrip(",") + ("\u2026" if cut else "")
        title = title[:1].upper() + title[1:] or "Practice"
    return title, often


def to_row(assignment: Assignment) -> Dict[str, Any]:
    """The column values and the JSON `data` payload for storage."""
    row = {key: getattr(assignment, key) for key in COLUMNS}
    row["data"] = {key: getattr(assignment, key) for key in DATA_FIELDS}
    return row


def from_row(row: Dict[str, Any], data: Dict[str, Any]) -> Assignment:
    values = {key: row.get(key) for key in COLUMNS}
    values.update({key: data[key] for key in DATA_FIELDS if key in data})
    for key in ("behaviour", "anchor", "who_starts", "what_to_record", "what_to_notice", "title"):
        values[key] = values.get(key) or ""
    values["status"] = values.get("status") or "active"
    return as_last_set(Assignment(**values, id=row.get("id"), couple_id=row.get("couple_id"),
                                  session_id=row.get("session_id"), created_at=row.get("created_at")))


# The words a template wrote around its own behaviour and anchor (practice/retell.py says them again).
_TEMPLATE_WORDS = ("title", "behaviour", "steps", "who_starts", "what_to_record", "what_to_notice", "review")


def as_last_set(assignment: Assignment) -> Assignment:
    """A stored practice as the therapist last set it, also when it was stored before its template's words followed
    the therapist's behaviour or anchor (vaults before round 35b kept "Record the planning talk ..." beside the
    therapist's own behaviour). Read-time only: the stored row is never changed. The fields still holding the
    template's own words (with the stored length written in) are said again; what the therapist wrote is kept."""
    if not assignment.template:
        return assignment
    try:
        template = get_template(assignment.template)
    except TalkTogetherError:  # a template renamed or unreadable: the stored words as they are
        return assignment
    # The template's words, as given and as said again for the stored anchor (a stored behaviour that already
    # starts "After Sunday dinner, ..." is the template's, not the therapist's).
    as_given = [build_assignment(template, minutes=assignment.minutes),
                build_assignment(template, minutes=assignment.minutes, anchor=assignment.anchor)]
    given = {key for key in _TEMPLATE_WORDS if all(getattr(assignment, key) != getattr(a, key) for a in as_given)}
    given |= {"anchor"} if assignment.anchor != template.anchor else set()
    # words the template itself said before a rewording (a who-starts that labelled a partner) are its own, not the
    # therapist's: they are said as the template says them today
    earlier = {key for key in given if isinstance(getattr(assignment, key), str)
               and " ".join(getattr(assignment, key).split()) in template.earlier.get(key, ())}
    given -= earlier
    if not given & {"behaviour", "anchor"} and not earlier:
        return assignment
    again = build_assignment(template, minutes=assignment.minutes, **{key: getattr(assignment, key) for key in given})
    for key in set(_TEMPLATE_WORDS) - given:
        setattr(assignment, key, getattr(again, key))
    return assignment


def from_record(record: Dict[str, Any]) -> Assignment:
    """An assignment from its stored record (the columns and the other fields side by side)."""
    return from_row(record, {key: record[key] for key in DATA_FIELDS if key in record})
