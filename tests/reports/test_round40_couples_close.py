"""Walk-through 40n (c3): after a threat the couple's version said "Your therapist would like to go through this
conversation with each of you on your own first": read by the partner who threatened, that is the sign that something
was heard which the version promises to leave out. Its close is now the one every couple's version carries."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines


def _close(page: str) -> str:
    return page[page.rindex("Your therapist"):].split(".")[0]


def test_the_couples_version_after_a_threat_closes_as_an_ordinary_one_does():
    threat = lines(("I want to go to my sister's this weekend.", 0),
                   ("If you go, you'll never see the kids again.", 0), ("Okay. I'll stay.", 1.0))
    assert any(not f.get("listen_only") for f in threat["safety_flags"]), threat["safety_flags"]
    calm = lines(("Can you tell me about your day?", 0), ("Sure, it was long. Can we go for a walk later?", 0),
                 ("Yes, I'd love that.", 0))
    after_threat = text_of(render_session_prep(threat, CONTEXT, mode="shareable"))
    ordinary = text_of(render_session_prep(calm, CONTEXT, mode="shareable"))
    for said in ("on your own", "each of you", "This time"):
        assert said not in after_threat, after_threat
    assert _close(after_threat) == _close(ordinary), (_close(after_threat), _close(ordinary))
