"""Round 38 (walk37j rec 3, walk37h conv3): the couple's version of a practice verdict carried the clinician's notes to
listen ("…the one at 00:39 was not taken up: listen to how it was said and answered", "not checked automatically;
listen to the recording"); the couple's page says the verdict, the clinician's keeps the note."""

from __future__ import annotations

from talktogether_desktop.practice.fidelity import assess
from talktogether_desktop.reports import render_session_prep

from ..reports.test_report_for_both import text_of
from ..reports.test_report_modes import CONTEXT, lines

NAMES = {"S1": "Alex", "S2": "Sam"}


def _context(assignment: dict, fidelity: dict) -> dict:
    return dict(CONTEXT, assignment=dict(assignment, id=3, title="Appreciation exchange"), assignment_linked=True,
                practice_review={"adherence": {"done": 1, "planned": 1}, "review_points": []}, fidelity=fidelity)


def test_the_couples_practice_verdict_carries_no_note_to_listen():
    a = lines(("One thing I appreciated today was you making me a coffee on Tuesday.", 0),
              ("Thank you. I really appreciate you cooking dinner on Tuesday.", 0),
              ("Oh, I really appreciate you leaving your socks everywhere, very thoughtful.", 0), ("Whatever.", 0),
              ("Okay then.", 1.0))
    not_checked = assess({"template": "stress_reducing_conversation"}, a, NAMES)
    assert not_checked["summary"].endswith("not checked automatically; listen to the recording.")
    assert not_checked["shared_summary"].endswith("not checked automatically."), not_checked
    assignment, note = {"template": "appreciation_exchange"}, ": listen to how it was said and answered"
    fidelity = assess(assignment, a, NAMES)
    assert note in fidelity["summary"] and note not in fidelity["shared_summary"], fidelity
    both = text_of(render_session_prep(a, _context(assignment, fidelity), mode="shareable"))
    assert "Practised in the recording (appreciation): partly" in both and "listen to" not in both, both
    clinician = text_of(render_session_prep(a, _context(assignment, fidelity)))
    assert "was not taken up: listen to how it was said and answered." in clinician, clinician
