"""Round 36b: every time the clinician's page one names (the safety banner's "first at", each "What stood out" item)
is printed among the Key moments. A walk-through's banner said "first at 01:41, Sam" while "What stood out" item 1
started at 01:39, a line heard with low confidence that the 12-line cap had dropped from Key moments."""

from __future__ import annotations

import copy
import re

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT
from .test_round36_safety_words import every_kind_analysis

CLOCK = r"\d\d:\d\d"


def _crowded() -> dict:
    """Nine lines heard, one to listen to; the first heard (the threat about therapy at 00:07) heard with low
    confidence, and four more lines heard clearly, so the cap of 12 has lines to drop."""
    a = every_kind_analysis()
    a = copy.deepcopy(a)
    flags = a["safety_flags"]
    assert flags[0]["category"] == "therapy_threat" and round(flags[0]["t"]) == 7
    flags[0]["confidence"] = "low"
    clear = [f for f in flags if f["category"] in ("monitoring", "financial_control")]
    flags += [dict(f, t=f["t"] + 0.4) for f in clear]
    flags.sort(key=lambda f: f["t"])
    assert len(flags) == 14 and sum(1 for f in flags if f.get("listen_only")) == 1
    return a


def test_every_time_page_one_names_is_printed_among_the_key_moments():
    page = text_of(render_session_prep(_crowded(), CONTEXT))
    banner = re.search(r"Safety: \d+ passages .*?See Key moments before the session\.", page).group(0)
    stood_out = page[page.index("What stood out"):page.index("Who talked")]
    printed = set(re.findall(rf"Safety \d+ · ({CLOCK}) ·", page))
    for start, end in re.findall(rf"Moment \d+ · ({CLOCK})–({CLOCK})", page):
        printed |= {start, end}
    assert len(re.findall(rf"Safety \d+ · ({CLOCK}) ·", page)) == 12
    assert "(first at 00:07, Alex)" in banner, banner
    named = set(re.findall(CLOCK, banner)) | set(re.findall(CLOCK, stood_out))
    assert "00:07" in named and named <= printed, (sorted(named - printed), stood_out)
    assert "lines named on page 1" in page  # the cap's note says why they were kept
