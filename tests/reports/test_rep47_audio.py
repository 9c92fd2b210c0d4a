"""rep47, reports of real imports (walk46b's scripts rendered to m4a by walk40p's render.py, seed 46, through
`talktogether import`; their analyses are the fixtures, speakers not named):
- c_night_feeds: under Nina's bid “Every time it gets hard, you go quiet and leave me with it.” (00:49) the report said
  "After S1's words read as threat or intimidation, S2's reply is not read as turning toward or away: “I'm going to
  sleep in the car.”": the threat (“…keep going and see what happens to your precious car”) came at 01:01, after that
  reply. It says the reply came just before it;
- a_ledger: Steve's “I'm so ashamed, 11 months,” met by “… I” (Karen's backchannel and the start of her answer) was read
  "may have pushed it away (an unsure reading: check the recording)" on the clinician's page, and the couple's page said
  flatly "Between you, 1 need or bid was picked up in this recording; it was not taken up. It may be worth going back to
  together." A bid whose reply is read unsure is left out of the couple's count, as a bid read unsure is.
And walk46a c_garden, imported the same way: page 1 quoted “My chest … … and I can't think straight.” (two unsure words
side by side, each "…"; a quote under ten words was never squeezed) and the Key moments' lines had "I need … … o'clock"
runs: one "…" for each run of unsure words, as the longer quotes had it."""

from __future__ import annotations

import json
from pathlib import Path

from talktogether_desktop.reports import render_session_prep

from .test_report_modes import pages

FIXTURES = Path(__file__).parent / "fixtures"
CONTEXT = {"couple_name": "Nina & Liam", "recorded_at": "2026-12-01"}


def _text(name: str, mode: str, walk: str = "walk46b") -> str:
    analysis = json.loads((FIXTURES / f"analysis_{walk}_{name}_audio.json").read_text(encoding="utf-8"))
    return " ".join(" ".join(p.split()) for p in pages(render_session_prep(analysis, CONTEXT, mode=mode)))


def test_a_reply_said_before_the_bidders_threat_is_not_said_to_come_after_it():
    text = _text("c_night_feeds", "clinician")
    assert ("S2's reply came just before S1's words read as threat or intimidation (at 00:59), so it is not read as "
            "turning toward or away: “I'm going to sleep in the car.”") in text, text
    assert "After S1's words read as threat or intimidation" not in text


def test_the_couples_version_does_not_count_a_bid_whose_reply_was_read_unsure():
    clinician, shared = _text("a_ledger", "clinician"), _text("a_ledger", "shareable")
    assert "S1 may have pushed it away (an unsure reading: check the recording)" in clinician, clinician
    assert "not taken up" not in shared, shared
    assert "It may be worth going back to together" not in shared


def test_unsure_words_side_by_side_are_one_cut_in_short_quotes_and_moment_lines():
    text = _text("c_garden", "clinician", "walk46a")
    assert "Signs of flooding: at 00:46 S2 said “My chest … and I can't think straight.”" in text, text
    assert "\u2026 \u2026" not in text
    night = _text("c_night_feeds", "clinician")
    assert "\u2026 \u2026" not in night, night


def test_a_recording_date_stored_in_utc_is_printed_in_this_computers_time(monkeypatch):
    # (the import stores the file's own date, or its modification time, in UTC: "2026-12-02T01:30:00+00:00")
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        analysis = json.loads((FIXTURES / "analysis_walk46a_c_garden_audio.json").read_text(encoding="utf-8"))
        context = {"couple_name": "Pat & Alan", "recorded_at": "2026-12-02T01:30:00+00:00"}
        for mode in ("clinician", "shareable"):
            text = " ".join(" ".join(p.split()) for p in pages(render_session_prep(analysis, context, mode=mode)))
            assert "Recorded 1 Dec 2026, 20:30 EST, 1 min 39 s long" in text, text[:400]  # (fixw47: whose clock)
            assert "recording of 1 Dec 2026, 20:30" in text
            assert "2 Dec 2026" not in text
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
