"""Walk-through 38l (c3): the Four Horsemen table quoted "And honestly, you never stick up for me when she starts on
about grandchildren, you just" as if said so, where the Key moment above showed the same words cut ("you just…")."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines


def test_a_horseman_cut_mid_clause_is_shown_as_cut():
    a = lines(("I need some time that's just ours.", 0),
              ("And honestly, you never stick up for me when she starts on about grandchildren, you just", 0),
              ("That's not true, I told her to drop it last year.", 0))
    crit = [c["quote"] for c in a["horsemen"]["S2"]["criticism"]]
    assert crit and crit[0].endswith("you just"), crit
    said = text_of(render_session_prep(a, CONTEXT))
    table = said[said.index("The Four Horsemen, per partner"):said.index("Contempt")]
    assert "grandchildren, you just…”" in table, table
    assert "drop it last year.”" in said and "last year.…" not in said  # (a finished sentence is left as it is)
