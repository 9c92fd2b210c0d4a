"""Walk-through 38: the couple's version was headed "Questions you might ask", the therapist's heading, though the
couple reads it."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_modes import CONTEXT, lines, pages


def test_the_couples_version_heads_its_questions_for_the_couple():
    r = lines(("You never ask how my day was.", 0), ("That's not true, I asked on Monday.", 0),
              ("Can we have dinner together tonight?", 0), ("Yes, I'd like that.", 0))
    shared = pages(render_session_prep(r, CONTEXT, mode="shareable"))[0]
    clinician = pages(render_session_prep(r, CONTEXT))[0]
    assert "Questions to talk about together" in shared and "Questions you might ask" not in shared
    assert "Questions you might ask" in clinician
