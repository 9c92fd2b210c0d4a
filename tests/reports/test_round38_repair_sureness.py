"""Round 38 (walk37i c1): "Repair attempts (medium confidence)" was printed above two attempts each "(high
confidence)": the heading said a fixed "medium". It now says how sure its surest attempt is."""

from __future__ import annotations

import copy

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines


def test_the_repair_heading_is_as_sure_as_its_surest_attempt():
    a = lines(("You never listen to me.", 0), ("That's not true.", 0), ("Okay, I'm sorry, I got loud.", 0),
              ("I'm sorry too, that was unfair.", 0), ("Can we start again, please?", 3.5), ("Yes, let's start again.", 0))
    assert a["repairs"] and {r.get("confidence") for r in a["repairs"]} == {"medium"}
    assert "Repair attempts (medium confidence)" in text_of(render_session_prep(a, CONTEXT))
    for kind in ("high", "low"):  # as the analysis marks attempts with clear words (walk37i c1), or unsure ones
        b = copy.deepcopy(a)
        for r in b["repairs"]:
            r["confidence"] = kind
        b["repairs"][-1]["confidence"] = "medium" if kind == "high" else "low"
        page = text_of(render_session_prep(b, CONTEXT))
        assert f"Repair attempts ({kind} confidence" in page, (kind, page)  # (low: "…: check the recording)")
