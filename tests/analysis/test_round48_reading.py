"""Round 48's reading fixes, in this test's own words: phrases the labelled conversations read otherwise."""

from __future__ import annotations

import pytest

from .found import bids, cats
from .timeline import run_lines

QUARREL = (("S1", 0.0, "You said you'd ring the plumber and you didn't. Again."),
           ("S2", 0.8, "I was at work all day, when was I meant to ring him?"))


@pytest.mark.parametrize("reply", ["Right. If you say so."])
def test_agreement_said_to_end_the_matter_is_stonewalling_not_contempt(reply):
    """"If you say so." was both contempt and stonewalling; the labelled conversations read it as stonewalling (a minimal
    reply) in 3 of 3 lines. ("Whatever you say." stays both: tests/analysis/test_clinical_rules.py.)"""
    a = run_lines(*QUARREL, ("S1", 0.8, "You could have rung him at lunch. It takes two minutes."), ("S2", 1.5, reply))
    found = cats(a, reply.split(".")[1].strip().rstrip("."))
    assert "stonewalling" in found and "contempt" not in found


def test_a_complaint_about_the_present_is_no_threat_by_meaning():
    """walk48b: "You never hear him. You just lie there." (the 3 a.m. feed) was a firm possible threat, read by meaning
    (0.85), first on page 1: the report turned clinician-only and the couple's time-out practice was refused. With no
    threat's form and criticism read more clearly, it is at most a line to listen to (dropped outright, such readings lost a
    real threat on the unseen splits)."""
    a = run_lines(("S1", 0.0, "Mel, you said you'd do the three a.m. feed and I did it again. You never hear him. You just lie there."),
                  ("S2", 0.8, "That's not fair. I was up at one, and at two with the bottle."))
    assert all(f.get("listen_only") for f in a["safety_flags"] if f["category"] == "threat")


@pytest.mark.parametrize("line", ["You'll find out exactly what happens.",
                                  "Carry on telling her all this and see what the drive home's like.",
                                  "Say no to this house and see how long that cat of yours lasts out on the main road."])
def test_a_threat_read_by_meaning_keeps_its_form(line):
    """Guards: what will happen, on a condition, or "what happens" are still read as threats by meaning."""
    a = run_lines(("S1", 0.0, "I told my sister about the money."),
                  ("S2", 0.8, "You did what? You always go running to her. You're pathetic."),
                  ("S1", 0.8, "She's my sister. I needed someone to talk to."), ("S2", 0.8, line))
    assert [f for f in a["safety_flags"] if f["category"] in ("threat", "therapy_threat")]


def test_sympathy_said_in_scorn_is_no_bid():
    """walk48b: "Oh, poor you, so tired. Poor wee lamb, on a late." (a mocking imitation, contempt) was her bid for
    "fairness and help", and his "Don't do that voice." pushed it away."""
    a = run_lines(("S1", 0.0, "You left the kitchen a tip again, and I'm sick of it."),
                  ("S2", 0.8, "I was on a late. I was knackered."),
                  ("S1", 0.8, "Oh, poor you, so tired. Poor wee lamb, on a late."),
                  ("S2", 0.8, "Don't do that voice. I cleared up Tuesday and Wednesday."))
    assert "contempt" in cats(a, "poor you") and not bids(a, "poor you")


def test_worry_when_the_partner_is_late_is_no_fear_of_them():
    """walk48a: "I get scared when you're late, Marcus. My head goes straight to the worst place" (a partner eight months
    sober) was the first safety line, fear of the partner, and made the worried partner's own apology a fear response."""
    a = run_lines(("S2", 0.0, "Thursday I was an hour late back from the meeting, and you had that look on your face."),
                  ("S1", 0.8, "I know. I get scared when you're late, Marcus. My head goes straight to the worst place."))
    assert not [f for f in a["safety_flags"] if f["category"] == "fear"]


def test_fear_supposed_or_freezing_when_asked_is_no_fear_of_the_partner():
    """walk48a: "If I'm scared, I'll tell you I'm scared instead." (a promise after owning a wrong) and "When you ask all
    at once like that, I freeze." (the withdrawer softening) were fear of the partner: clinician-only, practice refused."""
    a = run_lines(("S1", 0.0, "I went through your bank app while you were asleep. I'm not proud of it."),
                  ("S2", 0.8, "While I was asleep, Owen."),
                  ("S1", 0.8, "You're right. It was wrong, and I'm sorry. If I'm scared, I'll tell you I'm scared instead."))
    b = run_lines(("S1", 0.0, "Do you even still want me? Just say something."),
                  ("S2", 0.8, "When you ask all at once like that, I freeze. It's not that I don't want you."))
    assert not [f for x in (a, b) for f in x["safety_flags"] if f["category"] == "fear"]


@pytest.mark.parametrize("line", ["I freeze when you start shouting at me like that.",
                                  "I'm scared when you've been drinking and you ask where I've been."])
def test_fear_with_anger_stays(line):
    """Guards: freezing at the partner's shouting, fear with drink in it, stay fear of the partner."""
    a = run_lines(("S1", 0.0, "Why were you late again? Where were you?"), ("S2", 0.8, line))
    assert [f for f in a["safety_flags"] if f["category"] == "fear"]


def test_the_partners_things_gone_through_told_by_the_one_who_did_it_is_monitoring():
    """walk48a: "I went through your bank app while you were asleep. Last week. Twice." was read only by meaning, and
    only beside a (false) fear flag; without it, nothing."""
    a = run_lines(("S2", 0.8, "Something's changed these last few weeks. What's going on?"),
                  ("S1", 0.8, "I went through your bank app while you were asleep. Last week. Twice."))
    assert [f for f in a["safety_flags"] if f["category"] == "monitoring"]



def test_breath_lost_in_a_room_after_a_time_out_is_flooding_not_violence():
    """walk48a: "Okay. I'm back. Sorry. I couldn't breathe in there." (after "I need a minute") was violence, which
    made the partner's "Thank you for coming back" a possible fear response; "…by the throat and I couldn't breathe"
    stays violence."""
    a = run_lines(("S1", 0.0, "I'm saying I miss you. I miss us."), ("S2", 0.8, "I need a minute."),
                  ("S2", 9.0, "Okay. I'm back. Sorry. I couldn't breathe in there."),
                  ("S1", 0.8, "Thank you for coming back. I'm listening."))
    assert not [f for f in a["safety_flags"] if f["category"] in ("violence", "appeasement")]
    assert "flooding" in cats(a, "couldn't breathe")
    b = run_lines(("S1", 0.0, "Tell me what happened on Saturday."), ("S2", 0.8, "He had me by the throat and I couldn't breathe."))
    assert [f for f in b["safety_flags"] if f["category"] == "violence"]



def test_an_apology_half_a_minute_after_a_threat_read_by_meaning_is_no_repair():
    """Blind splits: "I'm sorry" 18-29 s after a threat read by meaning (heard once) was counted as a repair: the possible
    stretch after such a threat reached only 12 s. It reaches 30 s now (a repair 60 s after stays a repair)."""
    from talktogether_desktop.analysis import safety
    from talktogether_desktop.analysis.lexicon import load_lexicon
    from talktogether_desktop.analysis.settings import AnalysisSettings

    flag = {"t": 10.0, "end": 12.0, "speaker": "S1", "category": "threat", "group": "threat or intimidation",
            "phrase": "read by meaning", "quote": "You'd better think about what you say in there.",
            "source": "meaning", "_strength": "medium"}
    stretches = safety.threat_stretches([flag], ["S1", "S2"], AnalysisSettings())
    sorry = {"t": 33.0, "end": 35.0, "speaker": "S2", "category": "repair", "phrase": "i'm sorry",
             "quote": "I'm sorry, you're right.", "text": "I'm sorry, you're right."}
    later = {"t": 60.0, "end": 62.0, "speaker": "S2", "category": "repair", "phrase": "sorry",
             "quote": "Sorry, that was harsh.", "text": "Sorry, that was harsh."}
    safety.reread_after_threats([sorry, later], stretches, load_lexicon("en"), {}, [])
    assert sorry["category"] == "appeasement" and later["category"] == "repair"
