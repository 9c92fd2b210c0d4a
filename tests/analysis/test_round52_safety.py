"""Round 52's reading: safety said calmly, by the one it happens to, in shapes the meaning reader's gates set aside (a
verb of saying that reports nobody, a rule suffered in the passive, fear that names nobody). Probes written before the
rules changed: benchmarks/clinical/sentences/round52_calm_safety.tsv; the sentences here are new, none from a split."""

from __future__ import annotations

import pytest

from .timeline import run_lines

QUARREL = ("S2", 0.0, "You never tell me where you're going, it's like living with a stranger.")
RULE = ("S2", 0.0, "From now on I keep your bank card, and you ask me before you spend a penny.")


def _flags(a, category=None, speaker="S1"):
    """The speaker's safety flags (no fear responses), of `category` if given."""
    return [f for f in a["safety_flags"]
            if f["category"] != "appeasement" and category in (None, f["category"]) and f["speaker"] == speaker]


@pytest.mark.parametrize("line, category", [
    ("I'm not allowed my own cash card, he holds on to both of them.", "financial_control"),
    ("I'm not supposed to see my old friends from the salon anymore.", "isolation"),
])
def test_a_rule_suffered_in_the_passive_is_not_an_act_disowned(line, category):
    """"I'm not allowed…" read clearly as control by meaning (0.9+) was set aside as the speaker negating their own act
    ("I'm not going to stop you…"): it is a rule given to the speaker."""
    a = run_lines(QUARREL, ("S1", 0.8, line), ("S2", 0.8, "Okay. Let's just get the kids' tea on."))
    assert _flags(a, category)


@pytest.mark.parametrize("line", [
    "I'm not allowed to eat anything before the scan on Tuesday.",
    "I'm not going to stop you seeing your friends.",
])
def test_a_doctors_rule_and_a_control_disowned_stay_clean(line):
    a = run_lines(QUARREL, ("S1", 0.8, line), ("S2", 0.8, "Okay. Let's just get the kids' tea on."))
    assert not _flags(a)


def test_going_along_with_whatever_he_says_is_no_report_of_someone_elses_words():
    """"whatever he says" reports nobody's words: the fear reading (giving in as a way of life) was set aside as reported
    speech."""
    a = run_lines(QUARREL, ("S1", 0.8, "I go along with whatever he says these days, it keeps things calm."),
                  ("S2", 0.8, "Okay. Let's just get the kids' tea on."))
    assert _flags(a, "fear")


@pytest.mark.parametrize("line", [
    "Honestly, I'm frightened most of the time now.",
    "I'm scared all the time at home these days.",
])
def test_fear_naming_nobody_after_the_partners_rule_is_fear_of_the_partner(line):
    """Read clearly as fear of the partner (0.98) just after the partner's money rule, it was set aside for naming nobody."""
    a = run_lines(RULE, ("S1", 0.8, line), ("S2", 0.8, "Okay."))
    assert _flags(a, "fear")


@pytest.mark.parametrize("line", [
    "I was frightened when the car skidded on the ice last winter.",
    "I get so nervous before the driving test, my hands shake.",
])
def test_fear_of_an_event_or_a_thing_stays_clean_even_after_a_rule(line):
    a = run_lines(RULE, ("S1", 0.8, line), ("S2", 0.8, "Okay."))
    assert not _flags(a, "fear")


def test_fear_naming_nobody_in_an_everyday_quarrel_stays_out():
    """With no safety language heard within the minute, fear that names nobody is not read as fear of the partner."""
    a = run_lines(QUARREL, ("S1", 0.8, "Honestly, I'm frightened most of the time now."),
                  ("S2", 0.8, "Okay. Let's just get the kids' tea on."))
    assert not _flags(a, "fear")


@pytest.mark.parametrize("line", [
    "Every time I get back from the shops he wants to know who I spoke to and for how long.",
    "Every time I go out he checks the mileage on the car and asks where I went.",
])
def test_a_criticism_the_rules_set_aside_does_not_hold_back_control(line):
    """"Every time…" with the partner not in the clause is no criticism (the rules drop it: not about the partner), yet the
    dropped marker held back the monitoring read by meaning (0.89, 0.97) as if a horseman explained the sentence."""
    a = run_lines(QUARREL, ("S1", 0.8, line), ("S2", 0.8, "Okay. Let's just get the kids' tea on."))
    assert _flags(a, "monitoring")


def test_whatever_you_say_to_the_counsellor_is_a_threat_not_a_dismissal():
    """"Whatever you say to…" opens a free relative: read as contempt and stonewalling ("Whatever you say."), the horseman
    held back the threat read by meaning (0.9)."""
    a = run_lines(QUARREL, ("S1", 0.8, "Whatever you say to the counsellor on Monday, I'll hear about it by tea time."),
                  ("S2", 0.8, "Okay. Let's just get the kids' tea on."))
    assert _flags(a)
    assert not [m for m in a["markers"] if m["category"] in ("contempt", "stonewalling") and m.get("speaker") == "S1"]


def test_whatever_you_say_as_a_dismissal_is_still_contempt():
    a = run_lines(QUARREL, ("S1", 0.8, "Whatever you say, Einstein."), ("S2", 0.8, "Okay. Let's just get the kids' tea on."))
    assert [m for m in a["markers"] if m["category"] == "contempt" and m.get("speaker") == "S1"]
