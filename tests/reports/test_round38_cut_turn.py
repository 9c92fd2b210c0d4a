"""Round 38 (walk37h conv1): a turn that stops mid-clause, where the other partner came in, was printed in a Key moment
as if said whole ("00:22 Dan: I'm not angry about the tablets. You barely left the"); it now ends with "…"."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines


def test_a_turn_cut_off_mid_clause_is_shown_as_cut_in_a_key_moment():
    a = lines(("Can we talk about the car on Saturday?", 0),
              ("I did not want a whole conversation about it. You barely left the", 0),
              ("If you bring that up again I will hurt you.", 0), ("Okay. I am sorry.", 1.0))
    assert [f["category"] for f in a["safety_flags"]][:1] == ["threat"]
    page = text_of(render_session_prep(a, CONTEXT))
    assert "You barely left the\u2026" in page, page
    assert "Can we talk about the car on Saturday?\u2026" not in page  # (a finished turn is left as it was)
