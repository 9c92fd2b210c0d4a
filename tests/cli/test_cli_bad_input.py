"""A new therapist's wrong input at the command line (a walk-through, round 33): an unknown id, a file that cannot be
read or written, a number out of range, a name with accents or a byte-order mark, no passphrase. Each is one plain
sentence with the documented exit code, never a traceback, and nothing is stored that should not be."""

from __future__ import annotations

import json
import os
import stat

import pytest

from talktogether_desktop.storage import couples
from talktogether_desktop.storage.vault import create_vault, open_vault
from tt_overlap import ana_and_ben
from tt_testing import PASSPHRASE


@pytest.fixture
def case(isolated_home):
    """A vault with Ana and Ben's recording (words and speakers, no analysis) and a second couple with a session."""
    vault, _ = create_vault(isolated_home, PASSPHRASE)
    try:
        rec_id = ana_and_ben(vault)
        ana_ben = vault.one("SELECT couple_id FROM recordings WHERE id = ?", (rec_id,))[0]
        other = couples.add_couple(vault, "Niño & Renée", ["Niño", "Renée"])
        other_session = couples.add_session(vault, other, "2026-12-03T10:00")
    finally:
        vault.close()
    return {"home": isolated_home, "rec": rec_id, "couple": ana_ben, "other": other, "other_session": other_session}


def _said(got, code: int, *words: str) -> str:
    """The error's one line on stderr, with the exit code asked for and no traceback."""
    assert got.returncode == code, (got.returncode, got.stdout, got.stderr)
    assert "Traceback" not in got.stderr and "Errno" not in got.stderr, got.stderr
    error = [line for line in got.stderr.splitlines() if line.startswith("Error: ")]
    assert len(error) == 1 and all(w in error[0] for w in words), got.stderr
    return error[0]


def _audit(home, action: str) -> int:
    with open_vault(home, passphrase=PASSPHRASE, use_keychain=False) as vault:
        return vault.one("SELECT count(*) FROM audit_log WHERE action = ?", (action,))[0]


def test_an_unknown_recording_is_named_as_such_not_as_missing_corrections_turns_or_analysis(case, cli, tmp_path):
    for command in (("transcript", "corrections", "99"), ("transcript", "undo", "99"), ("speakers", "show", "99"),
                    ("speakers", "swap", "99"), ("speakers", "reassign", "99", "--start", "1", "--end", "2",
                                                 "--speaker", "S1"),
                    ("report", "99", "-o", str(tmp_path / "r.pdf"))):
        _said(cli(*command), 1, "There is no recording with id 99.")
    assert json.loads(cli("--json", "transcript", "corrections", "99").stdout)["kind"] == "NotFound"


def test_an_unknown_couple_has_no_recordings_list_and_no_consent_to_withdraw(case, cli):
    _said(cli("recording", "list", "--couple", "99"), 1, "There is no couple with id 99.")
    _said(cli("consent", "withdraw", "--couple", "99"), 1, "There is no couple with id 99.")
    assert _audit(case["home"], "withdraw_consent") == 0
    assert cli("recording", "list", "--couple", str(case["couple"])).returncode == 0


def test_a_note_is_tied_only_to_its_own_couples_session_and_recording(case, cli):
    ana_ben = str(case["couple"])
    _said(cli("note", "add", "--couple", ana_ben, "--text", "hi", "--session", "99"), 1, "There is no session with id 99.")
    _said(cli("note", "add", "--couple", ana_ben, "--text", "hi", "--recording", "99"), 1, "There is no recording")
    _said(cli("note", "add", "--couple", ana_ben, "--text", "hi", "--session", str(case["other_session"])), 2,
          "another couple's")
    _said(cli("note", "add", "--couple", str(case["other"]), "--text", "hi", "--recording", str(case["rec"])), 2,
          "another couple's")
    _said(cli("note", "add", "--couple", ana_ben, "--text", "hi", "--at", "5"), 2, "--recording ID")
    with open_vault(case["home"], passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert vault.one("SELECT count(*) FROM notes")[0] == 0
    assert cli("note", "add", "--couple", ana_ben, "--text", "hi", "--recording", str(case["rec"]), "--at", "2"
               ).returncode == 0


def test_word_numbers_and_speakers_out_of_range_are_refused(case, cli):
    rec = str(case["rec"])
    for first, last in (("-1", "2"), ("6", "8"), ("20", "30")):  # 8 words, numbered 0 to 7
        _said(cli("speakers", "reassign", rec, "--from-word", first, "--to-word", last, "--speaker", "S1"), 2,
              f"Words {first} to {last} are not in this recording: it has 8, numbered 0 to 7.")
    _said(cli("transcript", "correct", rec, "--start", "1", "--end", "2", "--line", "--text", "hi", "--speaker", "S9"),
          2, "There is no speaker 'S9' in this recording (S1, S2).")
    _said(cli("transcript", "correct", rec, "--start", "5", "--end", "5.5", "--text", "hi"), 2,
          "No word was said between 5 and 5.5 s")
    with open_vault(case["home"], passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert vault.one("SELECT count(*) FROM transcript_corrections")[0] == 0
        assert vault.one("SELECT count(*) FROM speaker_fixes")[0] == 0


def test_lengths_and_frequencies_below_one_are_refused(case, cli):
    ana_ben = str(case["couple"])
    _said(cli("session", "add", "--couple", ana_ben, "--date", "2026-12-03", "--minutes", "-5"), 2,
          "A session lasts between 1 and 600 minutes (not -5).")
    _said(cli("practice", "assign", "--couple", ana_ben, "--template", "reflect_back", "--minutes", "-1"), 2,
          "A practice lasts at least 1 minute (not -1).")
    _said(cli("practice", "assign", "--couple", ana_ben, "--template", "reflect_back", "--times-per-week", "0"), 2,
          "A practice is at least once a week (not 0).")


def test_no_passphrase_off_a_terminal_says_how_to_give_it(case, cli):
    got = cli("couple", "list", env={"TALKTOGETHER_PASSPHRASE": ""})
    _said(got, 3, "--passphrase-file", "$TALKTOGETHER_PASSPHRASE", "terminal")
    assert json.loads(cli("--json", "couple", "list", env={"TALKTOGETHER_PASSPHRASE": ""}).stdout)["kind"] == \
        "VaultLocked"


def test_files_that_cannot_be_read_are_one_sentence(case, cli, tmp_path):
    latin1 = tmp_path / "practice.txt"
    latin1.write_bytes("Une conversation apr\xe8s le d\xeener".encode("latin-1"))
    _said(cli("practice", "check", "--file", str(latin1)), 4, "not plain text in UTF-8")
    _said(cli("practice", "check", "--file", str(tmp_path / "missing.txt")), 4, "No such file or directory")
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    _said(cli("vault", "init", "--data-dir", str(blocked / "vault")), 1, "Not a directory", str(blocked))
    _said(cli("demo", "--out", str(blocked)), 4, "is a file, not a folder")


def test_an_export_never_replaces_a_device_or_a_pipe(case, cli, tmp_path):
    """As root, the report and the backup were renamed over /dev/full (the device became a PDF); a pipe stands in."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    _said(cli("vault", "backup", str(pipe)), 4, "is a device or a pipe, not a file")
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    from talktogether_desktop import paths

    with pytest.raises(OSError, match="a device, a pipe or a folder"):
        paths.write_private_whole(pipe, b"%PDF")
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_handout_that_cannot_be_written_exits_4_as_a_report_does(case, cli, tmp_path):
    ana_ben = str(case["couple"])
    aid = cli("--json", "practice", "assign", "--couple", ana_ben, "--template", "reflect_back")
    assert aid.returncode == 0, aid.stderr
    (tmp_path / "a-file").write_text("x")
    _said(cli("practice", "handout", str(json.loads(aid.stdout)["id"]), "-o", str(tmp_path / "a-file" / "h.pdf")),
          4, "Could not write")


def test_names_with_accents_and_a_byte_order_mark(case, cli, tmp_path):
    names = tmp_path / "names.txt"
    names.write_bytes("\ufeffZoë & Łukasz\r\nZoë\r\nŁukasz 李\r\n".encode("utf-8"))  # as Notepad saves it
    made = cli("--json", "couple", "add", "--names-file", str(names))
    assert made.returncode == 0, made.stderr
    shown = json.loads(cli("--json", "couple", "show", str(json.loads(made.stdout)["id"])).stdout)
    assert shown["name"] == "Zoë & Łukasz" and [p["display_name"] for p in shown["partners"]] == ["Zoë", "Łukasz 李"]
    for search in ("NIÑO", "nino", "renee", "李"):
        found = json.loads(cli("--json", "couple", "list", "--search", search).stdout)
        assert len(found) == 1, (search, found)
    listed = cli("couple", "list").stdout
    assert "1 recording)" in listed and "0 recordings)" in listed


def test_an_empty_practice_to_check_is_a_usage_error_and_an_empty_file_a_bad_file(cli, tmp_path):
    """Round 34: `practice check --text ''` exited 4, the code of a bad input file, though no file was given."""
    for text in ("", "  \n "):
        _said(cli("practice", "check", "--text", text), 2, "There is no practice to check: --text is empty")
    assert json.loads(cli("--json", "practice", "check", "--text", "").stdout)["kind"] == "UsageError"
    (tmp_path / "empty.txt").write_text(" \n")
    _said(cli("practice", "check", "--file", str(tmp_path / "empty.txt")), 4, "empty.txt is empty")
    _said(cli("practice", "check", "--file", "-", input=""), 4, "standard input is empty")
