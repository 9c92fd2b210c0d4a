"""The CLI end to end in a child process: vault, couples, sessions, notes, backup, exit codes."""

from __future__ import annotations

import json

from tt_testing import PASSPHRASE


def test_vault_and_couples_end_to_end(cli, isolated_home, tmp_path):
    init = cli("vault", "init", "--json")
    assert init.returncode == 0, init.stderr
    created = json.loads(init.stdout)
    assert len(created["recovery_code"].replace("-", "")) == 24
    assert created["remembered"] is False
    assert not (isolated_home / "vault.db").read_bytes().startswith(b"SQLite format 3")

    add = cli("couple", "add", "--name", "Kowalski", "--partner", "Łukasz", "--partner", "Zoë", "--json")
    assert add.returncode == 0, add.stderr
    couple_id = json.loads(add.stdout)["id"]
    plain = cli("couple", "add", "--name", "Brown", "--partner", "Ann", "--partner", "Bo")
    assert plain.stdout.strip().isdigit()

    listed = json.loads(cli("--json", "couple", "list").stdout)
    assert [c["name"] for c in listed] == ["Brown", "Kowalski"]
    assert "Łukasz & Zoë" in cli("couple", "list").stdout

    assert cli("session", "add", "--couple", str(couple_id), "--date", "2026-12-03T10:00").returncode == 0
    assert cli("note", "add", "--couple", str(couple_id), "--text", "Calmer this week").returncode == 0
    assert cli("consent", "record", "--couple", str(couple_id)).returncode == 0
    shown = json.loads(cli("couple", "show", str(couple_id), "--json").stdout)
    assert shown["consent_recorded"] is True
    assert shown["sessions"][0]["scheduled_at"] == "2026-12-03T10:00"
    assert shown["notes"][0]["text"] == "Calmer this week"

    info = json.loads(cli("vault", "info", "--json").stdout)
    assert info["counts"]["couples"] == 2 and info["keychain_secure"] is False

    backup = cli("vault", "backup", str(tmp_path / "b.ttb"), "--json")
    assert backup.returncode == 0, backup.stderr
    assert cli("couple", "delete", str(couple_id), "--yes").returncode == 0
    assert cli("couple", "show", str(couple_id)).returncode == 1
    restore = cli("vault", "restore", str(tmp_path / "b.ttb"))
    assert restore.returncode == 0, restore.stderr
    assert json.loads(cli("couple", "show", str(couple_id), "--json").stdout)["name"] == "Kowalski"


def test_exit_codes(cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    wrong = cli("couple", "list", env={"TALKTOGETHER_PASSPHRASE": "not the passphrase"})
    assert wrong.returncode == 3
    assert "does not unlock" in wrong.stderr
    assert "Traceback" not in wrong.stderr

    locked = cli("couple", "list", env={"TALKTOGETHER_PASSPHRASE": ""})
    assert locked.returncode == 3 and "locked" in locked.stderr

    assert cli("couple", "frobnicate").returncode == 2
    assert cli("couple", "add", "--name", "X").returncode == 2  # --partner missing
    assert cli("couple", "show", "999").returncode == 1

    missing = cli("couple", "list", "--passphrase-file", str(tmp_path / "nope.txt"))
    assert missing.returncode == 4

    pf = tmp_path / "pass.txt"
    pf.write_text(PASSPHRASE + "\n")
    pf.chmod(0o600)  # a passphrase file others can read is refused (tests/test_sec46_secret_files.py)
    assert cli("couple", "list", "--passphrase-file", str(pf), env={"TALKTOGETHER_PASSPHRASE": ""}).returncode == 0


def test_change_passphrase_from_files_and_with_recovery_code(cli, tmp_path):
    code = json.loads(cli("vault", "init", "--json").stdout)["recovery_code"]
    new = tmp_path / "new.txt"
    new.write_text("second passphrase here")
    new.chmod(0o600)
    assert cli("vault", "change-passphrase", "--new-passphrase-file", str(new)).returncode == 0
    assert cli("couple", "list").returncode == 3
    assert cli("couple", "list", env={"TALKTOGETHER_PASSPHRASE": "second passphrase here"}).returncode == 0
    rec = tmp_path / "code.txt"
    rec.write_text(code)
    rec.chmod(0o600)
    new.write_text("third passphrase here")
    changed = cli("vault", "change-passphrase", "--recovery-code-file", str(rec), "--new-passphrase-file", str(new))
    assert changed.returncode == 0, changed.stderr
    assert cli("couple", "list", env={"TALKTOGETHER_PASSPHRASE": "third passphrase here"}).returncode == 0


def test_keychain_remember_is_refused_on_a_plaintext_backend(cli, tmp_path):
    env = {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring", "XDG_DATA_HOME": str(tmp_path / "xdg")}
    created = json.loads(cli("vault", "init", "--remember", "--json", env=env).stdout)
    assert created["remembered"] is False and "no secure keychain" in created["warning"]
    refused = cli("vault", "remember", env=env)
    assert refused.returncode == 1 and "no secure keychain" in refused.stderr
    assert not any((tmp_path / "xdg").rglob("*keyring*"))


def test_one_recording_is_erased_with_everything_made_from_it(cli, tmp_path):
    import math
    import struct
    import wave

    assert cli("vault", "init").returncode == 0
    couple_id = int(cli("couple", "add", "--name", "Kowalski", "--partner", "Zoë", "--partner", "Łukasz").stdout)
    ids = []
    for k in range(2):
        audio = tmp_path / f"talk{k}.wav"
        with wave.open(str(audio), "wb") as w:
            w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000)
            w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / (8.0 + k)))) for i in range(32000)))
        imported = cli("import", "--couple", str(couple_id), str(audio), "--no-process", "--json")
        assert imported.returncode == 0, imported.stderr
        ids.append(json.loads(imported.stdout)["id"])
    gone = cli("recording", "delete", str(ids[0]), "--yes", "--json")
    assert gone.returncode == 0, gone.stderr
    assert json.loads(gone.stdout) == {"deleted": ids[0], "couple_id": couple_id, "voice_samples_deleted": 0}
    assert cli("recording", "show", str(ids[0])).returncode == 1
    listed = json.loads(cli("recording", "list", "--couple", str(couple_id), "--json").stdout)
    assert [r["id"] for r in listed] == [ids[1]]
    assert cli("recording", "delete", str(ids[0]), "--yes").returncode == 1  # already gone


def test_a_session_is_moved_marked_and_removed(cli):
    assert cli("vault", "init").returncode == 0
    couple_id = int(cli("couple", "add", "--name", "Kowalski", "--partner", "Zoë", "--partner", "Łukasz").stdout)
    sid = int(cli("session", "add", "--couple", str(couple_id), "--date", "2026-12-03T10:00", "--minutes", "50").stdout)
    moved = cli("session", "edit", str(sid), "--date", "2026-12-04T11:30", "--status", "attended", "--json")
    assert moved.returncode == 0, moved.stderr
    got = json.loads(moved.stdout)
    assert (got["scheduled_at"], got["duration_min"], got["status"]) == ("2026-12-04T11:30", 50, "attended")
    assert cli("session", "edit", str(sid)).returncode == 2  # nothing to change
    assert cli("session", "edit", str(sid), "--date", "next tuesday").returncode == 2
    assert cli("session", "edit", str(sid), "--status", "gone").returncode == 2
    assert cli("session", "edit", "999", "--minutes", "40").returncode == 1
    shown = json.loads(cli("couple", "show", str(couple_id), "--json").stdout)
    assert [s["status"] for s in shown["sessions"]] == ["attended"]
    assert cli("session", "delete", str(sid), "--yes").returncode == 0  # off a terminal it needs --yes
    assert json.loads(cli("couple", "show", str(couple_id), "--json").stdout)["sessions"] == []
    assert cli("session", "delete", str(sid), "--yes").returncode == 1


def test_a_file_already_imported_for_another_couple_says_whose_it_is(cli, tmp_path):
    import math
    import struct
    import wave

    assert cli("vault", "init").returncode == 0
    first = int(cli("couple", "add", "--name", "Kowalski", "--partner", "Zoë", "--partner", "Łukasz").stdout)
    second = int(cli("couple", "add", "--name", "Other", "--partner", "A", "--partner", "B").stdout)
    audio = tmp_path / "talk.wav"
    with wave.open(str(audio), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000)
        w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 7.0))) for i in range(32000)))
    rid = json.loads(cli("import", "--couple", str(first), str(audio), "--no-process", "--json").stdout)["id"]
    again = cli("import", "--couple", str(second), str(audio), "--no-process", "--json")
    assert again.returncode == 0, again.stderr
    got = json.loads(again.stdout)
    assert got["duplicate"] is True and got["id"] == rid and got["couple_id"] == first
    assert "as a recording of Kowalski" in again.stderr and "Nothing new was added here" in again.stderr
    same = cli("import", "--couple", str(first), str(audio), "--no-process")
    assert "already among this couple's recordings" in same.stderr
    assert f"as '{audio.name}'" in same.stderr  # named as the lists show it, not by an id alone


def test_a_search_with_no_match_says_so_and_a_session_needs_a_real_date(cli, isolated_home):
    assert cli("vault", "init").returncode == 0
    assert "No couples yet" in cli("couple", "list").stdout
    assert cli("couple", "add", "--name", "Brown", "--partner", "Ann", "--partner", "Bo").returncode == 0
    none = cli("couple", "list", "--search", "Zebulon")
    assert none.returncode == 0 and "No couple matches 'Zebulon'." in none.stdout and "No couples yet" not in none.stdout
    assert json.loads(cli("couple", "list", "--search", "Zebulon", "--json").stdout) == []
    for date in ("Zebulon", "2026-13-40", ""):
        bad = cli("session", "add", "--couple", "1", "--date", date)
        assert bad.returncode == 2 and "is not a date and time" in bad.stderr, (date, bad.stderr)
    assert json.loads(cli("couple", "show", "1", "--json").stdout)["sessions"] == []
    assert cli("session", "add", "--couple", "1", "--date", "2026-12-03").returncode == 0
    moved = cli("session", "edit", "1", "--date", "Zebulon")
    assert moved.returncode == 2 and "is not a date and time" in moved.stderr
