"""Round 46 (fid46): an "I feel" wrapped round the partner's fault was read as the soft start-up practised, at least in
part ("I feel like you're a selfish person who never thinks about anyone else." partly; "Oh, I feel so lucky to have a
husband who can't even load a dishwasher." yes, with the partner's "Can you not start like this?" as a need); "I've been
feeling a wee bit stretched…" was no I-statement; and the evidence quoted a preamble ("I want to talk about something
small.") rather than the feeling and the need (benchmarks/fidelity)."""

from __future__ import annotations

from talktogether_desktop.practice.fidelity import assess

from .test_fidelity import SOFT, talk


def test_i_feel_round_a_criticism_is_no_soft_start():
    r = assess(SOFT, talk("I feel like you're a selfish person who never thinks about anyone else. I mean it.",
                          "I don't know what you want me to say."))
    assert r["verdict"] == "not found", r["summary"]


def test_sarcasm_in_i_feel_is_no_soft_start_nor_the_partners_protest_a_need():
    r = assess(SOFT, talk("Oh, I feel so lucky to have a husband who can't even load a dishwasher. Pathetic.",
                          "Can you not start like this?",
                          "Start like what? It's the truth."))
    assert r["verdict"] == "not found", r["summary"]


def test_a_feeling_that_has_lasted_is_an_i_statement():
    r = assess(SOFT, talk("I've been feeling a wee bit stretched about the school runs. Could we maybe share the mornings?",
                          "Thanks for telling me. What I heard is the mornings are too much on your own."))
    assert r["verdict"] == "yes", r["summary"]
    assert r["evidence"][0]["quote"].startswith("I've been feeling a wee bit stretched"), r["evidence"]


def test_the_evidence_is_the_feeling_and_the_need_not_the_preamble():
    r = assess(SOFT, talk("I want to talk about something small. I felt hurt when you didn't call me after the interview. "
                          "I need you to check on me on big days.",
                          "Thank you for telling me. What I heard is that you felt alone on an important day."))
    assert r["verdict"] == "yes", r["summary"]
    assert [e["quote"][:12] for e in r["evidence"][:2]] == ["I felt hurt ", "I need you t"], r["evidence"]
