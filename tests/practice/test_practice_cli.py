"""`talktogether practice ...` end to end in a child process, against a real vault."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader


def test_templates_and_check_need_no_vault(cli, tmp_path):
    listed = cli("practice", "templates", "--json")
    assert listed.returncode == 0, listed.stderr
    names = [t["name"] for t in json.loads(listed.stdout)]
    assert len(names) >= 8 and "stress_reducing_conversation" in names
    assert "reflect_back" in cli("practice", "templates").stdout

    vague = cli("practice", "check", "--text", "Work on communication.", "--json")
    assert vague.returncode == 0, vague.stderr
    found = json.loads(vague.stdout)
    assert [f["code"] for f in found] == ["no_behaviour", "no_anchor", "no_size", "no_review", "not_capturable"]
    assert all(set(f) == {"code", "message", "suggestion"} for f in found)
    human = cli("practice", "check", "--text", "Work on communication.")
    assert human.returncode == 0 and "no_anchor" in human.stdout and "Try:" in human.stdout

    good = tmp_path / "practice.txt"
    good.write_text("Once this week, during Sunday coffee, each of you tells the other three things you "
                    "appreciated, ten minutes in all. Record it and bring it to our next session.", encoding="utf-8")
    assert json.loads(cli("practice", "check", "--file", str(good), "--json").stdout) == []
    assert "No problems found" in cli("practice", "check", "--file", str(good)).stdout
    missing = cli("practice", "check", "--file", str(tmp_path / "nope.txt"))
    assert missing.returncode == 4 and "nope.txt" in missing.stderr
    assert cli("practice", "check").returncode == 2  # --text or --file is required


@pytest.fixture
def couple_id(cli):
    assert cli("vault", "init").returncode == 0
    return int(cli("couple", "add", "--name", "Kowalski", "--partner", "Zoë", "--partner", "Łukasz").stdout)


def test_assign_log_handout_review(cli, couple_id, tmp_path):
    plain = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back",
                "--start", "2026-11-30", "--review-on", "2026-12-07")
    assert plain.returncode == 0, plain.stderr
    assignment_id = int(plain.stdout.strip())
    custom = cli("practice", "assign", "--couple", str(couple_id), "--template", "stress_reducing_conversation",
                 "--minutes", "10", "--times-per-week", "3", "--anchor", "after dinner", "--who-starts", "Zoë",
                 "--start", "2026-12-08", "--json")
    assert custom.returncode == 0, custom.stderr
    custom_id = json.loads(custom.stdout)["id"]
    assert custom_id != assignment_id and "check found" not in custom.stderr

    blank = cli("practice", "assign", "--couple", str(couple_id), "--behaviour", "Be nicer.", "--start", "2026-12-20")
    assert blank.returncode == 0 and "no_anchor" in blank.stderr  # saved, with the check's warning

    assert cli("practice", "log", str(assignment_id), "--date", "2026-12-02", "--done").returncode == 0
    logged = cli("practice", "log", str(assignment_id), "--date", "2026-12-03", "--not-done", "--reason", "no_time",
                 "--json")
    assert logged.returncode == 0 and json.loads(logged.stdout)["done"] is False
    assert cli("practice", "log", str(assignment_id), "--date", "2026-12-04").returncode == 2
    assert cli("practice", "log", "999", "--date", "2026-12-04", "--done").returncode == 1

    pdf, ics = tmp_path / "handout.pdf", tmp_path / "practice.ics"
    out = cli("practice", "handout", str(custom_id), "-o", str(pdf), "--ics", str(ics))
    assert out.returncode == 0, out.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert len(PdfReader(str(pdf)).pages) == 1
    assert "For Zoë and Łukasz" in text and "10 minutes, 3 times this week" in text and "Zoë" in text
    assert "After dinner" in text
    calendar = ics.read_bytes().decode("utf-8")
    assert "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;" in calendar and "DTSTART:20261209T193000" in calendar  # first Wednesday on or after the start

    review = cli("practice", "review", "--couple", str(couple_id), "--assignment", str(assignment_id), "--json")
    assert review.returncode == 0, review.stderr
    data = json.loads(review.stdout)
    assert data["assignment"]["id"] == assignment_id
    assert data["adherence"]["done"] == 1 and data["adherence"]["reasons"] == {"no_time": 1}
    assert data["prompts"][0] == "What was it like to do it?"
    human = cli("practice", "review", "--couple", str(couple_id), "--assignment", str(assignment_id))
    assert "Done 1 of 1 planned times" in human.stdout and "What got in the way?" in human.stdout
    # the practice by its title and days, as the window's Review… shows it, not "(assignment 2, …)"
    title_line = human.stdout.splitlines()[0]
    assert "assignment" not in title_line and "(set 20" in title_line and "; runs 2026-11-30 to 2026-12-06)" in title_line

    unknown = cli("practice", "assign", "--couple", str(couple_id), "--template", "nope")
    assert unknown.returncode == 1 and "reflect_back" in unknown.stderr
    assert cli("practice", "assign", "--couple", "999", "--template", "reflect_back").returncode == 1


def test_recorded_practice_after_safety_flags_needs_a_confirmed_reason(cli, couple_id, isolated_home, tmp_path):
    from talktogether_desktop.storage import practice as practice_store
    from talktogether_desktop.storage.vault import now_iso, open_vault
    from tt_testing import PASSPHRASE

    flagged = {"safety_flags": [{"t": 9.0, "end": 12.0, "speaker": "S1", "category": "therapy_threat",
                                 "quote": "you will be sorry"}], "turns": [], "speakers": []}
    vault = open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False)
    try:
        with vault.transaction():
            rec = vault.execute(
                "INSERT INTO recordings (couple_id, sha256, size_bytes, duration_s, channels, sample_rate, recorded_at,"
                " imported_at, status) VALUES (?, ?, 1, 30.0, 1, 16000, ?, ?, 'analysed')",
                (couple_id, "d" * 64, now_iso()[:10] + "T19:00:00", now_iso())).lastrowid
            vault.execute("INSERT INTO analyses (recording_id, schema_version, params, result, created_at) "
                          "VALUES (?, '1.0', '{}', ?, ?)", (rec, json.dumps(flagged), now_iso()))
    finally:
        vault.close()
    refused = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back")
    assert refused.returncode == 5 and "confirm" in refused.stderr and "threat about therapy" in refused.stderr
    assert "you will be sorry" not in refused.stderr
    given = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back", "--json",
                "--confirm-safety", "Seen each partner alone; no current risk; will review the recording first.")
    assert given.returncode == 0, given.stderr
    assignment_id = json.loads(given.stdout)["id"]
    vault = open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False)
    try:
        stored = practice_store.get_assignment(vault, assignment_id)
        assert stored["safety_confirmation"]["reason"].startswith("Seen each partner alone")
        assert len(practice_store.list_assignments(vault, couple_id)) == 1  # the refused one left nothing
        actions = [tuple(r) for r in vault.all("SELECT action, entity, entity_id FROM audit_log")]
        assert ("confirm_safety", "practice_assignment", assignment_id) in actions
    finally:
        vault.close()
    handout = tmp_path / "handout.pdf"
    assert cli("practice", "handout", str(assignment_id), "-o", str(handout)).returncode == 0
    text = " ".join(p.extract_text() for p in PdfReader(str(handout)).pages)
    assert "Seen each partner" not in text  # the therapist's reason never reaches the couple


def test_a_recording_is_linked_to_its_practice_and_days_outside_the_practice_are_refused(cli, couple_id, tmp_path):
    import math
    import struct
    import wave

    given = cli("practice", "assign", "--couple", str(couple_id), "--template", "appreciation_exchange",
                "--start", "2026-11-30", "--review-on", "2026-12-07")
    assert given.returncode == 0, given.stderr
    assignment_id = int(given.stdout.strip())
    other = int(cli("couple", "add", "--name", "Other", "--partner", "A", "--partner", "B").stdout)
    elsewhere = int(cli("practice", "assign", "--couple", str(other), "--template", "reflect_back").stdout.strip())
    audio = tmp_path / "practice.wav"
    with wave.open(str(audio), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 8.0))) for i in range(32000)))
    imported = cli("import", "--couple", str(couple_id), str(audio), "--no-process", "--recorded-at", "2026-12-02",
                   "--json")
    assert imported.returncode == 0, imported.stderr
    recording_id = json.loads(imported.stdout)["id"]

    linked = cli("practice", "link", str(recording_id), "--assignment", str(assignment_id), "--json")
    assert linked.returncode == 0, linked.stderr
    assert json.loads(linked.stdout) == {"recording_id": recording_id, "assignment_id": assignment_id, "previous": None}
    review = json.loads(cli("practice", "review", "--couple", str(couple_id), "--assignment", str(assignment_id),
                            "--json").stdout)
    assert review["adherence"]["recordings_linked"] == 1 and review["adherence"]["done"] == 1
    refused = cli("practice", "link", str(recording_id), "--assignment", str(elsewhere))
    assert refused.returncode == 1 and "no practice assignment" in refused.stderr
    assert cli("practice", "link", str(recording_id)).returncode == 2  # --assignment or --unlink
    unlinked = cli("practice", "link", str(recording_id), "--unlink")
    assert unlinked.returncode == 0 and "not linked" in unlinked.stdout

    outside = cli("practice", "log", str(assignment_id), "--date", "2020-01-01", "--done")
    assert outside.returncode == 2 and "runs from 2026-11-30 to 2026-12-06" in outside.stderr
    assert cli("practice", "log", str(assignment_id), "--date", "2026-12-06", "--done").returncode == 0


def test_a_practice_is_marked_done_and_the_review_goes_to_the_current_one(cli, couple_id):
    first = int(cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back").stdout.strip())
    second = int(cli("practice", "assign", "--couple", str(couple_id), "--template", "appreciation_exchange").stdout.strip())
    assert json.loads(cli("practice", "review", "--couple", str(couple_id), "--json").stdout)["assignment"]["id"] == second
    done = cli("practice", "status", str(second), "--done", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"id": second, "status": "done"}
    assert json.loads(cli("practice", "review", "--couple", str(couple_id), "--json").stdout)["assignment"]["id"] == first
    assert cli("practice", "status", str(second)).returncode == 2  # one of --done, --stopped, --active
    assert cli("practice", "status", "999", "--stopped").returncode == 1
    assert "now active" in cli("practice", "status", str(second), "--active").stdout


def test_a_recording_made_before_the_practice_began_is_not_linked_to_it(cli, couple_id, tmp_path):
    import math
    import struct
    import wave

    later = int(cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back",
                    "--start", "2026-12-10").stdout.strip())
    audio = tmp_path / "old.wav"
    with wave.open(str(audio), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000)
        w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 9.0))) for i in range(32000)))
    rid = json.loads(cli("import", "--couple", str(couple_id), str(audio), "--no-process", "--recorded-at",
                         "2026-11-20", "--json").stdout)["id"]
    refused = cli("practice", "link", str(rid), "--assignment", str(later))
    assert refused.returncode == 2 and "before this practice began (2026-12-10)" in refused.stderr


@pytest.mark.parametrize("review_on", ["next Tuesday", "2026-13-01", "07/12/2026", "2026-12-07 after dinner"])
def test_review_on_must_be_a_date(cli, couple_id, review_on):
    refused = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back",
                  "--start", "2026-11-30", "--review-on", review_on)
    assert refused.returncode == 2, refused.stderr
    assert f"'{review_on}' is not a date" in refused.stderr and "2026-12-03" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert json.loads(cli("practice", "review", "--couple", str(couple_id), "--json").stdout)["assignment"] is None


def test_review_on_takes_a_date_or_a_date_and_time_and_keeps_the_day(vault):
    from talktogether_desktop.errors import UsageError
    from talktogether_desktop.pipeline import ops_practice
    from talktogether_desktop.practice.assignment import build_assignment
    from talktogether_desktop.storage import couples
    from talktogether_desktop.storage.settings import load_settings

    couple = couples.add_couple(vault, "Kowalski", ["Zoë", "Łukasz"])
    settings = load_settings(vault)
    for given in ("2026-12-07", "2026-12-07T10:00"):
        saved = ops_practice.assign_practice(vault, settings, couple, build_assignment(
            "reflect_back", start_date="2026-11-30", review_on=given))
        assert ops_practice.get_assignment(vault, settings, saved["id"]).review_on == "2026-12-07"
    with pytest.raises(UsageError, match="not a date"):
        ops_practice.assign_practice(vault, settings, couple, build_assignment("reflect_back", review_on="soon"))
    assert len(ops_practice.couple_assignments(vault, settings, couple)) == 2


@pytest.mark.parametrize("flag", ["--start", "--end"])
@pytest.mark.parametrize("given", ["2026-12-03xyz", "2026-12-03 after dinner", "next Monday", "2026-13-01"])
def test_start_and_end_take_a_date_and_nothing_after_it(cli, couple_id, flag, given):
    refused = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back",
                  "--review-on", "2026-12-14", *(["--start", "2026-11-30"] if flag == "--end" else []), flag, given)
    assert refused.returncode == 2, refused.stderr
    what = "start date" if flag == "--start" else "end date"
    assert f"The {what} '{given}' is not a date" in refused.stderr and "2026-12-03" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert json.loads(cli("practice", "review", "--couple", str(couple_id), "--json").stdout)["assignment"] is None


def test_the_end_cannot_come_before_the_start_and_a_date_and_time_keeps_its_day(cli, couple_id):
    backwards = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back",
                    "--start", "2026-12-10", "--end", "2026-12-03")
    assert backwards.returncode == 2, backwards.stderr
    assert "The end date (2026-12-03) is before the start date (2026-12-10)" in backwards.stderr
    before_today = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back",
                       "--end", "2000-01-01")
    assert before_today.returncode == 2 and "is before the start date" in before_today.stderr
    assert "today" in before_today.stderr

    saved = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back",
                "--start", "2026-11-30T09:00", "--end", "2026-11-30", "--json")
    assert saved.returncode == 0, saved.stderr
    review = json.loads(cli("practice", "review", "--couple", str(couple_id), "--json").stdout)
    assert (review["assignment"]["start_date"], review["assignment"]["end_date"]) == ("2026-11-30", "2026-11-30")


@pytest.mark.parametrize("given", ["2026-12-02xyz", "2026-12-02 evening", "yesterday"])
def test_a_practice_day_is_a_date_and_nothing_after_it(cli, couple_id, given):
    saved = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back",
                "--start", "2026-11-30", "--review-on", "2026-12-07")
    assignment_id = int(saved.stdout)
    refused = cli("practice", "log", str(assignment_id), "--date", given, "--done")
    assert refused.returncode == 2, refused.stderr
    assert f"'{given}' is not a date" in refused.stderr and "Traceback" not in refused.stderr
    review = json.loads(cli("practice", "review", "--couple", str(couple_id), "--json").stdout)
    assert review["adherence"]["done"] == 0
    assert cli("practice", "log", str(assignment_id), "--date", "2026-12-02", "--done").returncode == 0


@pytest.mark.parametrize("args, said", [
    (["--days", "MOxyz,WE"], "'MOxyz' is not a day of the week"), (["--days", "M"], "'M' is not a day of the week"),
    (["--days", "MO,someday"], "'someday' is not a day of the week"),
    (["--time", "19:30x"], "'19:30x' is not a time of day"), (["--time", "25:00"], "'25:00' is not a time of day"),
    (["--time", "7:5"], "'7:5' is not a time of day"), (["--time", "١٩:٣٠"], "is not a time of day")])
def test_practice_days_and_time_take_a_day_and_a_time_and_nothing_after_them(cli, couple_id, args, said):
    refused = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back",
                  "--start", "2026-11-30", *args)
    assert refused.returncode == 2, refused.stderr
    assert said in refused.stderr and "Traceback" not in refused.stderr
    assert json.loads(cli("practice", "review", "--couple", str(couple_id), "--json").stdout)["assignment"] is None


def test_weekdays_and_clock_times_are_read_whole():
    from talktogether_desktop.errors import UsageError
    from talktogether_desktop.pipeline.times import check_clock, check_weekdays

    assert check_weekdays(["we", "Monday", " Tues ", "MO", ""]) == ["MO", "TU", "WE"]
    assert check_weekdays(["thurs", "SU", "sat"]) == ["TH", "SA", "SU"]
    for bad in ("MOxyz", "T", "S", "mondays", "Mittwoch"):
        with pytest.raises(UsageError, match="not a day of the week"):
            check_weekdays([bad])
    assert (check_clock("7:30"), check_clock(" 19:05 "), check_clock(None), check_clock("")) == ("07:30", "19:05", None, None)
    for bad in ("19:30x", "24:00", "7:5", "19.30", "١٩:٣٠", "19:30:00"):
        with pytest.raises(UsageError, match="not a time of day"):
            check_clock(bad)


def test_practice_days_by_name_and_a_short_hour_are_kept_as_codes_and_hh_mm(cli, couple_id):
    saved = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back", "--times-per-week", "2",
                "--start", "2026-11-30", "--days", "wednesday, Mon", "--time", "7:30")
    assert saved.returncode == 0, saved.stderr
    practice = json.loads(cli("practice", "review", "--couple", str(couple_id), "--json").stdout)["assignment"]
    assert (practice["days"], practice["time"]) == (["MO", "WE"], "07:30")
