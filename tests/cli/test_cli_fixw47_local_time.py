"""Fix 47w: the report's "Recorded" date and the command line's times in this computer's time, saying whose.

A phone file's own recording time and an import's time are kept in UTC. The window shows them in the computer's time
(fix 46w), but the report's "Recorded" line and header, `recording list`, `recording show`, `couple show` and `audit`
printed them in UTC: for a therapist in New York a conversation recorded at 21:30 on 5 December was "6 Dec 2026, 02:30"
on the session-prep page, a day later than the window and the couple had it. Now they are in the computer's time with
the zone's name ("21:30 EST"); --json keeps the stored value."""

from __future__ import annotations

import io
import json

import pypdf

from talktogether_desktop.storage.vault import create_vault
from tt_testing import PASSPHRASE, analysed_recording

NEW_YORK = {"TZ": "America/New_York"}


def _analysis() -> dict:
    from talktogether_desktop.analysis import analyze

    from analysis.timeline import conversation, end_of, say

    a = say("S1", 0.0, "Can we plan the market trip on Saturday morning?")
    b = say("S2", end_of(a) + 0.6, "Yes, I would like that. Let us leave early.")
    return analyze(conversation(a, b), names={"S1": "Alex", "S2": "Sam"})


def _pages(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_a_new_york_evenings_recording_is_dated_on_its_own_day(isolated_home, cli, tmp_path):
    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    couple_id, rec_id = analysed_recording(vault, "Lee", ["Alex", "Sam"], _analysis())
    vault.execute("UPDATE recordings SET recorded_at = '2026-12-06T02:30:00+00:00', original_name = 'evening.m4a' "
                  "WHERE id = ?", (rec_id,))
    vault.close()

    out = tmp_path / "prep.pdf"
    made = cli("report", str(rec_id), "-o", str(out), env=NEW_YORK)
    assert made.returncode == 0, made.stderr
    page = _pages(out.read_bytes())
    assert "recording of 5 Dec 2026, 21:30 EST" in page, page
    assert "Recorded 5 Dec 2026, 21:30 EST" in page, page
    assert "02:30" not in page and "Dec 2026, " not in page.replace("5 Dec 2026, 21:30 EST", ""), page
    assert "Generated on this computer, " in page and " EST Page 1 of" in page, page  # the footer's time says whose too

    listed = cli("recording", "list", "--couple", str(couple_id), env=NEW_YORK)
    assert listed.returncode == 0 and "2026-12-05 21:30 EST" in listed.stdout, listed.stdout
    shown = cli("recording", "show", str(rec_id), env=NEW_YORK)
    assert "recorded 2026-12-05 21:30 EST" in shown.stdout, shown.stdout
    couple = cli("couple", "show", str(couple_id), env=NEW_YORK)
    assert f"Recording {rec_id}: 2026-12-05 21:30 EST" in couple.stdout, couple.stdout
    as_json = cli("--json", "recording", "list", "--couple", str(couple_id), env=NEW_YORK)
    assert json.loads(as_json.stdout)[0]["recorded_at"] == "2026-12-06T02:30:00+00:00"  # as stored, for scripts

    audit = cli("--json", "audit", env=NEW_YORK)
    last = json.loads(audit.stdout)[-1]["at"]
    said = cli("audit", env=NEW_YORK).stdout.strip().splitlines()
    from datetime import datetime
    from zoneinfo import ZoneInfo

    here = datetime.fromisoformat(last).astimezone(ZoneInfo("America/New_York"))
    assert any(here.strftime("%Y-%m-%d %H:%M") in line and here.tzname() in line for line in said[-3:]), said[-3:]
    assert not any(" UTC " in line for line in said), said
