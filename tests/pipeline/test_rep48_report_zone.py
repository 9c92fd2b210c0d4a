"""rep48: a stored report kept the time zone it was made in. Made in Berlin ("Recorded 2 Dec 2026, 02:30 CET"), it was
shown again as it was once the laptop was in New York, where the recording's evening is 1 Dec, 20:30 EST: the digest
of what made a report did not name the zone its times are printed in. Now a report from another zone is made again."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pypdf

from talktogether_desktop.pipeline import ops_reports
from talktogether_desktop.storage import reports
from talktogether_desktop.storage.settings import load_settings
from tt_testing import analysed_recording

ANALYSIS = Path(__file__).resolve().parents[1] / "reports" / "fixtures" / "analysis_demo.json"


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _in_zone(monkeypatch, zone: str) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()


def test_a_report_made_in_another_time_zone_is_made_again_in_this_ones(vault, monkeypatch):
    _couple, rid = analysed_recording(vault, "Okafor", ["Ada", "Ike"], json.loads(ANALYSIS.read_text("utf-8")), sha="z")
    with vault.transaction():  # (the report must be newer than the analysis; the file's date is kept in UTC)
        vault.execute("UPDATE analyses SET created_at = '2020-01-01T00:00:00' WHERE recording_id = ?", (rid,))
        vault.execute("UPDATE recordings SET recorded_at = '2026-12-02T01:30:00+00:00' WHERE id = ?", (rid,))
    settings = load_settings(vault)
    try:
        _in_zone(monkeypatch, "Europe/Berlin")
        berlin = _text(ops_reports.current_session_prep(vault, settings, rid))
        assert "Recorded 2 Dec 2026, 02:30 CET" in berlin, berlin[:300]
        assert ops_reports.current_session_prep(vault, settings, rid) == ops_reports.current_session_prep(
            vault, settings, rid)  # (the same zone: the stored one, not made again)
        assert len(reports.list_reports(vault, recording_id=rid)) == 1
        _in_zone(monkeypatch, "America/New_York")
        new_york = _text(ops_reports.current_session_prep(vault, settings, rid))
        assert "Recorded 1 Dec 2026, 20:30 EST" in new_york, new_york[:300]
        assert "CET" not in new_york
        assert len(reports.list_reports(vault, recording_id=rid)) == 2
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
