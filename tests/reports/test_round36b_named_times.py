"""Round 36b: every time the clinician's page one names (the safety banner's "first at", each "What stood out" item)
is printed among the Key moments. A walk-through's banner said "first at 01:41, Sam" while "What stood out" item 1
started at 01:39, a line heard with low confidence that the 12-line cap had dropped from Key moments."""

from __future__ import annotations

import copy
import re

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines

CLOCK = r"\d\d:\d\d"


def _crowded() -> dict:
    """Nine lines heard, one to listen to; the first heard (the threat about therapy at 00:07) heard with low
    confidence, and four more lines heard clearly, so the cap of 12 has lines to drop."""
    a = lines(("We need to talk about the weekend, I planned the market on Saturday.", 0),
              ("Fine, whatever you want.", 0),
              ("If you bring this up in front of the therapist again, you will be sorry.", 0),
              ("I'm scared to bring anything up with you.", 0),
              ("Give me your bank card. You get an allowance from now on.", 0),
              ("Last time you shoved me against the wall.", 0),
              ("I will hit you if you do that again.", 0),
              ("Sometimes I think everyone would be better off without me.", 0),
              ("Who said you could go through my phone? I want your passwords.", 0),
              ("Okay. Can we talk about dinner on Sunday?", 0))
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
