"""The specificity check: does this practice have what makes couples actually do it?

Practice fails for predictable reasons (vague, forgotten, never reviewed, too big, nothing to show
for it). Each reason has a code, a plain message and a concrete suggestion:

    no_behaviour    no concrete thing to do ("work on communication")
    no_anchor       not tied to a habit they already have (after dinner, Sunday coffee)
    no_size         no length or no frequency
    too_big         longer than 20 minutes, more than once a day, or more than one practice
    no_review       nobody plans to look at it together
    not_capturable  nothing is recorded, written or ticked

`check_text` reads free text the way therapists write it; `check_assignment` reads a structured
assignment field by field. Both return findings in the order above; an empty list means it passes.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Iterable, List, Optional, Union

from . import phrases
from .assignment import Assignment

CODES = ("no_behaviour", "no_anchor", "no_size", "too_big", "no_review", "not_capturable")
MAX_MINUTES = 20
MAX_TIMES_PER_WEEK = 7


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    suggestion: str

    def to_dict(self) -> dict:
        return asdict(self)


# --- what a concrete behaviour looks like ------------------------------------------------------
CONCRETE_CUES = [
    r"[\"“][^\"”]{3,}[\"”]",  # a script to say, in quotes
    r"\b(?:say|says|saying|tell|tells|telling|ask|asks|asking|answer|answers|answering|thank|thanks|thanking|"
    r"name|names|naming|describe|describes|describing|share|shares|sharing|read (?:out|aloud|it)|"
    r"summari[sz](?:e|es|ing)|paraphras(?:e|es|ing)|repeat(?:s|ing)?)\b",
    r"\breflects? back\b|\bsay(?:s)? back\b|\bmirror(?:s|ing)?\b",
    r"\b(?:take turns|each of you|one of you|the other one|the other\b|swap|switch roles|listener|speaker)\b",
    rf"\b(?:{phrases._NUM})[- ](?:\d+[- ]minutes?[- ]|\w+[- ]minutes?[- ])?(?:conversations?|talks?|walks?|"
    r"questions?|things?|appreciations?|sentences?|phrases?|moments?|hugs?|kiss(?:es)?|lines?|wish(?:es)?|"
    r"compliments?|stories|story|worry|worries|concerns?|requests?|highlights?|memor(?:y|ies))\b",
    r"\b(?:hug|kiss|hold hands|sit down together|put (?:your|the) phones? away|look at each other|"
    r"write (?:one|a|two|three) (?:line|sentence|note)s?)\b",
]
VAGUE_PHRASES = re.compile(
    r"\b(?:work(?:ing)? on|try (?:to|and)|be (?:more|better|nicer|kinder|supportive|present|patient)|"
    r"improv(?:e|ing)|communicat(?:e|ion|ing)(?: better| more)?|listen (?:more|better)|"
    r"practi[sc]e listening|(?:spend|have) (?:more )?(?:quality )?time|quality time|connect(?:ing)? more|"
    r"reconnect|focus on|think about|be aware|more often|open up|understand each other|"
    r"get along|be there for|"
    r"(?:talk|share|listen|hug|touch|laugh|help|argue|fight|praise|appreciate|thank|ask|say)(?: each other)? "
    r"(?:more|less|better)(?! than))\b"
)

# --- anchors: a habit that already happens --------------------------------------------------------
ROUTINES = (
    r"dinner|supper|breakfast|lunch|brunch|meals?|coffee|tea|kettle|dishes|washing[- ]up|"
    r"clean-?up|clear(?:ing)? up|clear(?:ing)? the table|table|kids|children|baby|bed(?:time)?|bath|"
    r"commute|drive|car|train|bus|walk|dog|school run|school drop-?off|work|gym|shower|church|"
    r"news|tv|television|alarm|wak(?:e|ing) up|home|phones?|charge|charging|laundry|groceries|"
    r"shopping|run|yoga|prayers?|sermon|service"
)
ANCHOR_PATTERNS = [
    rf"\b(?:after|before|during|while|once|as soon as|right after|just after|straight after|over|at|on|in|"
    rf"on the way (?:to|home))\s+(?:[\w'-]+\s+){{0,5}}?(?:{ROUTINES})\b",
    r"\bwhen (?:we|you|i|they|both of you|you both|the kids|the children|one of you)\s+"
    r"(?!have time|feel like|get (?:a|the) chance|can\b|could\b|remember|are ready|want|find|"
    r"are in the mood|think of|need)\w+",
    r"\b(?:on|every|each)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
    r"[^.]{0,30}?\b(?:at \d|morning|evening|afternoon|night|after|before|over|during)",
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s+(?:morning|evening|afternoon|night|"
    r"coffee|breakfast|brunch|lunch|dinner|walk)",
    r"\bat \d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)?\b",
    # a weekly occasion of their own, named by its day: "at the Sunday money talk", "after our Friday walk"
    r"\b(?:at|after|before|during|over)\s+(?:the|our|your)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+[\w'-]+){1,3}",
]
VAGUE_ANCHORS = re.compile(
    r"\b(?:sometime|some time this week|whenever|when(?:ever)? you (?:have|find) (?:the )?time|"
    r"at some point|when it feels right|if you can|when you get a chance|when you remember)\b"
)

# --- more than one practice --------------------------------------------------------------------
TASK_KINDS = {
    "a conversation": r"\b(?:conversations?|talks?|chats?|discussions?|check-ins?|meetings?|dialogues?)\b",
    "reading": r"\b(?:read (?:a|the|chapters?|pages?)|chapters?|books?|articles?|pages)\b",
    "written exercises": r"\b(?:journal(?:ing|s)?|worksheets?|workbooks?|questionnaires?|quiz(?:zes)?|letters?|"
    r"write (?:a|an) (?:letter|list|essay|journal|entry|page))\b",
    "a date": r"\b(?:date night|dates?|go out|going out)\b",
    "touch": r"\b(?:massages?|cuddl(?:e|ing)|hugs?|kiss(?:es|ing)?|hold(?:ing)? hands)\b",
    "a walk": r"\b(?:go for a walk|take a walk|walk together|walks? together)\b",
    "watching something": r"\b(?:watch|videos?|podcasts?|films?|movies?)\b",
}
ADDITION_CUES = re.compile(
    r"\b(?:also|in addition|as well as|on top of (?:that|this)|another|plus|additionally)\b|"
    r"(?:^|\n)\s*(?:\d+[.)]|[-*•])\s+\S[^\n]*\n\s*(?:\d+[.)]|[-*•])\s+\S|\b[2-9]\)\s"
)
PACKET_CUES = re.compile(r"\b(?:packet|all (?:the|of the) (?:exercises|worksheets|chapters)|whole (?:book|workbook))\b")

# --- review and capture --------------------------------------------------------------------------
REVIEW_CUES = re.compile(
    r"\b(?:review|next (?:session|appointment|meeting|visit|time we meet)|our next|"
    r"bring (?:it|them|the|your|this|that|along)|we(?:'ll| will| can) (?:look|listen|go over|go through|"
    r"talk about|discuss|start|hear|read|spend)|show (?:me|us)|debrief|when we meet|at the session|"
    r"in session|to the session)\b"
)
CAPTURE_CUES = re.compile(
    r"\b(?:record(?:s|ed|ing)?|voice (?:memo|note|recorder)s?|recorder|write (?:it |them |one |a |this )?down|"
    r"write (?:one|a|two) (?:line|sentence|note)s?|writ(?:e|ten)|jot|notes?|tick(?:s|ed)?|check ?box|log|"
    r"journal|diary|track|photo|picture|screenshot|keep (?:a|the) list)\b"
)


def check_text(text: str) -> List[Finding]:
    """Check free text (one paragraph or a whole note) for each failure mode."""
    t = " ".join((text or "").split()).lower()
    raw = (text or "").lower()
    minutes = phrases.practice_minutes(t)
    per_week = phrases.times_per_week(t)
    findings: List[Finding] = []
    if not _has_behaviour(t):
        findings.append(_no_behaviour(t))
    if not _has_anchor(t):
        findings.append(_no_anchor(t))
    if minutes is None or per_week is None:
        findings.append(_no_size(minutes is None, per_week is None))
    too_big = _too_big(minutes, per_week, raw)
    if too_big:
        findings.append(too_big)
    if not REVIEW_CUES.search(t):
        findings.append(_no_review())
    if not CAPTURE_CUES.search(t):
        findings.append(_not_capturable())
    return findings


def check_assignment(assignment: Union[Assignment, dict]) -> List[Finding]:
    """Check a structured assignment field by field (each field must do its own job)."""
    a = assignment if isinstance(assignment, Assignment) else Assignment(
        **{k: v for k, v in assignment.items() if k in Assignment.__dataclass_fields__})
    behaviour = " ".join(a.behaviour.split()).lower()
    findings: List[Finding] = []
    if not _has_behaviour(behaviour):
        findings.append(_no_behaviour(behaviour))
    anchor = " ".join(a.anchor.split()).lower()
    if not _has_anchor(anchor):
        findings.append(_no_anchor(anchor))
    minutes = float(a.minutes) if a.minutes else None
    per_week = float(a.times_per_week) if a.times_per_week else None
    if minutes is None or per_week is None:
        findings.append(_no_size(minutes is None, per_week is None))
    too_big = _too_big(minutes, per_week, a.behaviour.lower())
    if too_big:
        findings.append(too_big)
    review = " ".join(a.review.split()).lower()
    if not a.review_on and not (review and REVIEW_CUES.search(review)):
        findings.append(_no_review())
    if not CAPTURE_CUES.search(" ".join(a.what_to_record.split()).lower()):
        findings.append(_not_capturable())
    return findings


def codes(findings: Iterable[Finding]) -> List[str]:
    return [f.code for f in findings]


# --- the detectors ---------------------------------------------------------------------------------
def _has_behaviour(text: str) -> bool:
    concrete = sum(1 for cue in CONCRETE_CUES if re.search(cue, text))
    vague = VAGUE_PHRASES.search(text)
    return concrete >= 2 or (concrete == 1 and not vague)


def _has_anchor(text: str) -> bool:
    if not text:
        return False
    found = any(re.search(p, text) for p in ANCHOR_PATTERNS)
    if not found:
        return False
    if VAGUE_ANCHORS.search(text):
        # "whenever you have time after dinner" still names dinner; plain "whenever" does not.
        stripped = VAGUE_ANCHORS.sub(" ", text)
        return any(re.search(p, stripped) for p in ANCHOR_PATTERNS)
    return True


def _task_kinds(text: str) -> List[str]:
    text = re.sub(r"\b(?:write|jot|note) (?:it |them |this |that )?down\b|\bnotes?\b", " ", text)
    return [kind for kind, pattern in TASK_KINDS.items() if re.search(pattern, text)]


def _too_big(minutes: Optional[float], per_week: Optional[float], raw_text: str) -> Optional[Finding]:
    if minutes is not None and minutes > MAX_MINUTES:
        return Finding(
            "too_big",
            f"{phrases.format_minutes(minutes).capitalize()} is more than most couples will keep doing; "
            f"{MAX_MINUTES} minutes is the ceiling.",
            "Shrink it until it is almost too easy to skip: 10 minutes (never more than 20), and stop "
            "on time even when it is going well.",
        )
    if per_week is not None and per_week > MAX_TIMES_PER_WEEK:
        return Finding(
            "too_big",
            "It asks for more than once a day.",
            "Once a day at most, tied to one habit (for example right after dinner); fewer, done, beats more, skipped.",
        )
    kinds = _task_kinds(raw_text)
    if PACKET_CUES.search(raw_text) or len(kinds) >= 3 or (len(kinds) >= 2 and ADDITION_CUES.search(raw_text)):
        listed = ", ".join(kinds) if kinds else "several exercises"
        return Finding(
            "too_big",
            f"It asks for more than one practice this week ({listed}).",
            "Pick the one practice that matters most this week and keep the others for later weeks; "
            "one small, specific practice a week is what couples actually do.",
        )
    return None


def _no_behaviour(text: str) -> Finding:
    vague = VAGUE_PHRASES.search(text)
    quoted = ""
    if vague:  # quote the vague phrase with the few words that follow it, up to the clause's end
        tail = re.match(r"[^.,;:!?\n]{0,40}", text[vague.end():]).group(0)
        phrase = (vague.group(0) + tail).strip()
        phrase = phrase if len(tail) < 40 else phrase.rsplit(" ", 1)[0] + " ..."
        quoted = f' ("{phrase}")'
    return Finding(
        "no_behaviour",
        f"There is no concrete thing to do{quoted}: nobody could tell afterwards whether it happened.",
        "Name one action a camera could see, for example: \"one 10-minute conversation where each of you "
        "says back what you heard before you answer\".",
    )


def _no_anchor(text: str) -> Finding:
    vague = VAGUE_ANCHORS.search(text)
    said = f' ("{vague.group(0)}" is not a time)' if vague else ""
    return Finding(
        "no_anchor",
        f"It is not tied to anything the couple already does{said}, so it will be forgotten.",
        "Anchor it to an existing habit: \"right after dinner, while you clear the table\", "
        "\"at Sunday coffee\" or \"when you get home from work on Tuesday\".",
    )


def _no_size(no_minutes: bool, no_frequency: bool) -> Finding:
    missing = " and ".join(w for w, gone in (("how long", no_minutes), ("how often", no_frequency)) if gone)
    return Finding(
        "no_size",
        f"It does not say {missing}.",
        "Give it a size: \"for 10 minutes, once this week\" or \"5 minutes, every evening\".",
    )


def _no_review() -> Finding:
    return Finding(
        "no_review",
        "No review is planned, so the couple will assume nobody will ask.",
        "Say when you will look at it together: \"we will start the next session with how it went\".",
    )


def _not_capturable() -> Finding:
    return Finding(
        "not_capturable",
        "Nothing is recorded, written or ticked, so the next session starts from a foggy memory.",
        "Say what to capture: \"record the conversation on one phone and bring the file\", or "
        "\"tick each day on the sheet and write one line about what got in the way\".",
    )
