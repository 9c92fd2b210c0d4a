"""rep49, on real rendered reports of the labelled timelines:
- the couple's version of a soft start-up practice not picked up quoted the criticism it found, under "Practised":
  00:00 “You never do the dishes, I always have to clean up after you.” 00:08 “Why can't you just help me for once?”
  (dev chores_pursue_withdraw): the lines that carry criticism, contempt or defensiveness are not quoted back to the
  couple (a line says the therapist has them); the clinician's version keeps them exactly;
- page 1's "What stood out" is ranked (safety first: 00:05, 00:00, 00:12 …) and the Key moments go by time, with no
  word on which: each now says its order."""

from __future__ import annotations

import re

from talktogether_desktop.reports import render_session_prep

from .test_rep49_told_and_times import NAMES, _analysis, _pages
from .test_report_modes import pages

PRACTICE = {"couple_name": "Ana & Ben", "partners": NAMES, "recorded_at": "2026-12-01T19:40:00",
            "assignment": {"title": "A soft start-up", "template": "soft_startup", "done": True}}


def _practised(mode: str) -> str:
    whole = " ".join(" ".join(p.split()) for p in pages(render_session_prep(
        _analysis("dev", "chores_pursue_withdraw"), PRACTICE, mode=mode)))
    return whole[whole.index("Practised in the recording"):]


def test_the_couples_practice_line_does_not_quote_criticism_back_and_the_clinicians_keeps_it():
    shared = _practised("shareable")
    assert "You never do the dishes" not in shared and "help me for once" not in shared, shared
    assert "Lines said in the heat of the moment are not quoted here; your therapist can go through them with you." \
        in shared
    clinician = _practised("clinician")
    assert "00:00 Ana: “You never do the dishes, I always have to clean up after you.”" in clinician, clinician
    assert "Why can't you just help me for once?" in clinician and "heat of the moment" not in clinician


def test_what_stood_out_says_it_is_ranked_and_the_key_moments_that_they_go_by_time():
    text = _pages(_analysis("dev", "violence_blame_shift"))
    page_one = text[0]
    times = [m for m in re.findall(r"\b(\d\d:\d\d)\b", page_one.split("What stood out")[1].split("Who talked")[0])]
    assert "Most important first (safety first), not in time order; the Key moments follow the recording's time." \
        in page_one, page_one
    assert times  # (the items carry their times)
    whole = " ".join(text)
    assert "Shown first, in time order, and never folded into the intensity curve." in whole
    rises = " ".join(_pages(_analysis("dev", "repair_landed")))
    assert "In time order, numbered as on the intensity curve on page 1" in rises
    shared = _pages(_analysis("dev", "repair_landed"), "shareable")
    assert "Most important first, not in time order" in shared[0], shared[0]
