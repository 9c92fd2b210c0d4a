"""rep45b: `practice log --reason/--note` took a day's reason and note in the process's arguments, where other users
of the computer can read them while it runs (/proc/PID/cmdline). `--reason-file`/`--note-file` (a file, or '-' for
stdin) keep the words private, as `note add --text-file` and `couple add --names-file` do; the old options still work
and their help says so."""

from __future__ import annotations

import json

from .test_practice_cli import couple_id  # noqa: F401  (the fixture)

ROW = "We had a row about his mother."
SHIFT = "A long shift, then the kids were up."


def _days(cli, couple: int) -> dict:
    review = cli("--json", "practice", "review", "--couple", str(couple))
    assert review.returncode == 0, review.stderr
    return {d["date"]: d for d in json.loads(review.stdout)["adherence"]["days"]}


def test_reason_and_note_come_from_a_file_or_stdin(cli, couple_id, tmp_path):  # noqa: F811
    given = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back", "--start", "2026-11-30",
                "--review-on", "2026-12-07")
    assert given.returncode == 0, given.stderr
    aid = given.stdout.strip()
    reason, note = tmp_path / "reason.txt", tmp_path / "note.txt"
    reason.write_text(ROW + "\n", encoding="utf-8")
    note.write_text("\ufeff" + SHIFT + "\n", encoding="utf-8")  # (Notepad's byte-order mark is no word)
    first = cli("practice", "log", aid, "--date", "2026-12-03", "--not-done", "--reason-file", str(reason))
    assert first.returncode == 0, first.stderr
    second = cli("practice", "log", aid, "--date", "2026-12-04", "--not-done", "--reason", "forgot", "--note-file",
                 str(note))
    assert second.returncode == 0, second.stderr
    third = cli("practice", "log", aid, "--date", "2026-12-05", "--not-done", "--reason-file", "-", "--note-file",
                str(note), input="no_time\n")
    assert third.returncode == 0, third.stderr
    days = _days(cli, couple_id)
    assert ROW in json.dumps(days["2026-12-03"]), days["2026-12-03"]  # free words are kept (as the note) with a code
    assert days["2026-12-04"]["reason"] == "forgot" and days["2026-12-04"]["note"] == SHIFT, days["2026-12-04"]
    assert days["2026-12-05"]["reason"] == "no_time" and days["2026-12-05"]["note"] == SHIFT, days["2026-12-05"]


def test_both_forms_at_once_or_an_empty_file_are_refused(cli, couple_id, tmp_path):  # noqa: F811
    aid = cli("practice", "assign", "--couple", str(couple_id), "--template", "reflect_back",
              "--start", "2026-11-30").stdout.strip()
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    both = cli("practice", "log", aid, "--date", "2026-12-03", "--not-done", "--reason", "forgot", "--reason-file",
               str(empty))
    assert both.returncode == 2 and "not allowed with" in both.stderr, both.stderr
    blank = cli("practice", "log", aid, "--date", "2026-12-03", "--not-done", "--note-file", str(empty))
    assert blank.returncode == 2 and "--note-file" in blank.stderr, blank.stderr
    missing = cli("practice", "log", aid, "--date", "2026-12-03", "--not-done", "--reason-file", str(tmp_path / "no"))
    assert missing.returncode != 0 and "Could not read" in missing.stderr, missing.stderr


def test_the_help_says_the_file_form_keeps_the_words_private(cli):
    text = " ".join(cli("practice", "log", "--help").stdout.split())
    assert "--reason-file FILE" in text and "--note-file FILE" in text, text
    assert text.count("keeps the words private") == 2 and text.count("visible to other users") == 2, text
