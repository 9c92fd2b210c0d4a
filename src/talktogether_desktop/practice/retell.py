"""A template's own words that no longer fit once the therapist changes what to do or when.

A template's text was written around its behaviour and its anchor ("Appreciation exchange at Sunday coffee",
"Over your Sunday coffee, ...", "Record the planning talk ... photo of the written plan"). When the therapist replaces
the behaviour or the anchor, every place (the handout, the report's Practice line, the review) shows the assignment as
the therapist last set it: the text that described the template's choice goes, or is said again with theirs.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, List

# The habits an anchor names (the check's list, and the words that go with them in a template's steps).
HABITS = (r"dinner|supper|breakfast|lunch|brunch|meals?|coffee|cups?|tea|kettle|dishes|washing[- ]up|kitchen|"
          r"clean-?up|clear(?:ing)? up|table|bed(?:time)?|bath|commute|drive|school run|gym|shower|church|"
          r"television|tv|phones?|charge|charging|laundry|evening|morning|night|"
          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday")
_WHEN = re.compile(r"^(?:each(?! of\b| other\b)|every(?!one)|once|after|before|during|when|while|on|at|in|over|this|next)\b", re.I)
_TRAILING_WHEN = re.compile(r"\s+(?:at|during|after|before|over|on|in)\s+[^,;:.]*$", re.I)

GENERIC_RECORD_AUDIO = "Record the practice on one phone (Voice Memos or Recorder) and bring the file."
GENERIC_RECORD_NOTES = "Write down each day you did it and how it went, and bring your notes along."
GENERIC_REVIEW = "We will start the next session with how it went."


# Words that go together in a template's text: an anchor at dinner brings the dishes and the kitchen with it.
FAMILIES = [
    {"dinner", "supper", "breakfast", "lunch", "brunch", "meal", "meals", "dishes", "washing up", "washing-up",
     "kitchen", "clean-up", "cleanup", "clear up", "clearing up", "table"},
    {"coffee", "cup", "cups", "tea", "kettle"},
    {"bed", "bedtime", "night", "charge", "charging", "phone", "phones"},
]


def habits_in(text: str) -> set[str]:
    found = {m.group(0).lower() for m in re.finditer(rf"\b(?:{HABITS})\b", text or "", re.I)}
    return found.union(*(family for family in FAMILIES if family & found))


def _old_habits(old_anchor: str, new_anchor: str) -> set[str]:
    """The habit words of the template's anchor (and those that go with them) that the therapist's anchor does not
    name."""
    return habits_in(old_anchor) - habits_in(new_anchor)


def _mentions(text: str, habits: set[str]) -> bool:
    return bool(habits_in(text) & habits) if habits else False


def _short_anchor(anchor: str) -> str:
    """The anchor's first clause, when it is short enough for a title ("after Sunday dinner")."""
    head = re.split(r"[,;:.]", anchor.strip(), maxsplit=1)[0].strip()
    return head if 0 < len(head.split()) <= 6 else ""


def retell_anchor(a: Any, old_anchor: str, given: Iterable[str]) -> None:
    """Say the template's title, behaviour, steps and who-starts again with the therapist's anchor, in place."""
    habits = _old_habits(old_anchor, a.anchor)
    if not habits:
        return
    given = set(given)
    if "title" not in given:
        tail = _TRAILING_WHEN.search(a.title)
        if tail and _mentions(tail.group(0), habits):
            short = _short_anchor(a.anchor)
            a.title = a.title[:tail.start()] + (f" {short}" if short else "")
    if "behaviour" not in given:
        a.behaviour = _behaviour_with(a.behaviour, a.anchor, habits)
    if "steps" not in given and any(_mentions(s, habits) for s in a.steps):
        a.steps = []  # the steps walked through the template's habit ("Sit down with your coffee."): the behaviour says it
    if "who_starts" not in given and _mentions(a.who_starts, habits):
        a.who_starts = ""  # "The partner who made the coffee starts." (the handout then says "Either of you.")
    if "what_to_notice" not in given and _mentions(a.what_to_notice, habits):
        a.what_to_notice = ""


def _behaviour_with(behaviour: str, anchor: str, habits: set[str]) -> str:
    """"Over your Sunday coffee, each of you tells ..." -> "After Sunday dinner, each of you tells ..."."""
    parts = re.split(r"(?<=,)\s+", behaviour)
    lead: List[str] = []
    for part in parts[:-1]:
        if not _WHEN.match(part):
            break
        lead.append(part)
    if not any(_mentions(part, habits) for part in lead):
        return behaviour
    short = _short_anchor(anchor)
    rest = " ".join(parts[len(lead):])
    if short:
        return f"{short[0].upper()}{short[1:]}, {rest}"
    return rest[:1].upper() + rest[1:]


def retell_behaviour(a: Any, template: Any, given: Iterable[str]) -> None:
    """The therapist wrote their own behaviour: the template's words about its own behaviour go (in place)."""
    given = set(given)
    if "title" not in given:
        a.title = ""  # made again from the therapist's behaviour
    if "what_to_record" not in given:
        audio = "record" in (template.what_to_record or "").lower()
        a.what_to_record = GENERIC_RECORD_AUDIO if audio else GENERIC_RECORD_NOTES
    if "what_to_notice" not in given:
        a.what_to_notice = ""
    if "review" not in given:
        a.review = GENERIC_REVIEW
    if "who_starts" not in given:
        a.who_starts = ""
