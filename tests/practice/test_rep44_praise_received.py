"""rep44: the appreciation practice ("an appreciation said and received") reads the analysis's own reading of each
reply (analysis/received.py): praise brushed aside ("Oh, it was nothing.") is not taken up, whatever its words lack of a
horseman; brushed aside and then taken in when said again is."""

from talktogether_desktop.practice.fidelity import assess

from .test_fidelity import talk

PRACTICE = {"template": "appreciation_exchange"}


def test_praise_brushed_aside_is_not_taken_up():
    a = talk("I really appreciated how you handled my mum on Sunday.",
             "Oh, it was nothing. And I appreciate that you rang the plumber on Monday, I know you hate phone calls.",
             "Thank you, that means a lot.")
    r = assess(PRACTICE, a, {"S1": "Ana", "S2": "Ben"})
    assert r["verdict"] == "partly" and "was not taken up" in r["summary"], r["summary"]
    assert any(e["quote"] == "Oh, it was nothing." for e in r["evidence"]), r["evidence"]


def test_praise_brushed_aside_then_taken_in_when_said_again_is_practised():
    a = talk("I really appreciated how you handled my mum on Sunday.", "Oh stop. It was on my way anyway.",
             "No, I mean it. You were so patient with her.",
             "Okay. Thank you, that means a lot. And I appreciate that you rang the plumber on Monday.",
             "I really do. Thank you.")
    r = assess(PRACTICE, a, {"S1": "Ana", "S2": "Ben"})
    assert r["verdict"] == "yes", r["summary"]
    assert "brushed aside at first and taken up when said again" in r["summary"], r["summary"]
    assert "brushed aside at first and taken up when said again" in r["shared_summary"], r["shared_summary"]
