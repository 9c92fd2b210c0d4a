"""Round 36, a new therapist walking the README: an import of a file already in the vault left out keys the README
promises for `import --json` ("sha256", "channels", "sample_rate", "cut_short"); the import said "(date from given)";
and the audit log the README promises (opens, exports, deletions) could not be read from the command line."""

from __future__ import annotations

import json

from talktogether_desktop.storage.vault import create_vault
from tt_overlap import ana_and_ben, tone_wav
from tt_testing import PASSPHRASE

PROMISED = {"id", "duplicate", "sha256", "duration_s", "channels", "sample_rate", "cut_short"}  # README, `import`


def _couple_with_a_recording(cli, tmp_path) -> tuple[str, dict]:
    assert cli("vault", "init").returncode == 0
    names = tmp_path / "names.txt"
    names.write_text("Rivera-Okafor\nAna Rivera\nBen Okafor\n", encoding="utf-8")
    couple = cli("couple", "add", "--names-file", str(names)).stdout.strip()
    audio = tmp_path / "talk.wav"
    audio.write_bytes(tone_wav(3.0))
    first = cli("--json", "import", "--couple", couple, str(audio), "--no-process", "--recorded-at", "2026-12-04")
    assert first.returncode == 0, first.stderr
    return couple, {"audio": audio, "first": first}


def test_a_file_imported_again_has_the_keys_of_an_import_and_the_date_is_said_in_words(cli, tmp_path):
    couple, made = _couple_with_a_recording(cli, tmp_path)
    first = json.loads(made["first"].stdout)
    assert "(date given with --recorded-at)" in made["first"].stderr, made["first"].stderr
    again = cli("--json", "import", "--couple", couple, str(made["audio"]), "--no-process")
    assert again.returncode == 0, again.stderr
    out = json.loads(again.stdout)
    assert PROMISED <= set(out) and out["duplicate"] is True, sorted(out)
    assert {k: out[k] for k in PROMISED - {"duplicate"}} == {k: first[k] for k in PROMISED - {"duplicate"}}
    assert out["unprocessed"] is True and out["couple_id"] == int(couple)  # the keys it had are kept


def test_a_recording_not_processed_yet_is_finished_with_analyze_as_the_import_says(cli, tmp_path):
    """`recording show` said "run 'talktogether transcribe 1'", which writes out the words and leaves the recording
    with no analysis (`report` then refuses); the import's own advice is `talktogether analyze 1`."""
    _couple_with_a_recording(cli, tmp_path)
    shown = cli("recording", "show", "1")
    assert shown.returncode == 0, shown.stderr
    assert "No transcript yet: finish it with `talktogether analyze 1`" in shown.stdout, shown.stdout
    assert "finish it with `talktogether analyze 1`" in cli("import", "--couple", "1", str(tmp_path / "talk.wav"),
                                                            "--no-process").stderr  # the same advice


def test_the_audit_log_is_read_back_with_ids_only(cli, tmp_path):
    couple, _ = _couple_with_a_recording(cli, tmp_path)
    assert cli("report", "1", "-o", str(tmp_path / "r.pdf")).returncode == 1  # no analysis: nothing exported
    assert cli("recording", "delete", "1", "--yes").returncode == 0
    got = cli("--json", "audit")
    assert got.returncode == 0, got.stderr
    entries = json.loads(got.stdout)
    done = [(e["action"], e["entity"], e["entity_id"]) for e in entries]
    assert ("create", "vault", None) in done and ("create", "couple", int(couple)) in done
    assert done.index(("import", "recording", 1)) < done.index(("delete", "recording", 1)), done
    assert done[-1] == ("open", "vault", None)  # this reading's own opening, newest last
    assert [e["id"] for e in entries] == sorted(e["id"] for e in entries)
    said = cli("audit")
    assert said.returncode == 0 and "delete" in said.stdout and "recording 1" in said.stdout, said.stdout
    assert "Rivera" not in said.stdout + got.stdout and "talk.wav" not in said.stdout + got.stdout  # no client text
    newest = json.loads(cli("--json", "audit", "--limit", "2").stdout)
    assert [e["id"] for e in newest] == [entries[-1]["id"] + 1, entries[-1]["id"] + 2]  # the two opens since
    assert cli("audit", "--limit", "-1").returncode == 2


def test_a_swap_says_whose_lines_changed_sides(isolated_home, cli):
    """The names stay with the voices' labels, so the list after `speakers swap` looked exactly as before it:
    "S1 and S2 swapped." over "S1: Ana / S2: Ben" read as if nothing had happened."""
    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    rec = str(ana_and_ben(vault))
    vault.close()
    assert cli("consent", "record", "--couple", "1").returncode == 0
    before = cli("recording", "show", rec).stdout
    swapped = cli("speakers", "swap", rec)
    assert swapped.returncode == 0, swapped.stderr
    assert swapped.stdout.startswith("S1 and S2 swapped: the lines given to Ana are now Ben's, and the other way "
                                     "round."), swapped.stdout
    after = cli("recording", "show", rec).stdout
    assert before != after and before.replace("Ana", "X").replace("Ben", "Ana").replace("X", "Ben") == after


def test_practice_days_given_are_kept_or_refused_never_changed_unsaid(cli):
    """`practice assign --template reflect_back --days MO,TH` (a once-a-week template) stored Monday alone, and with
    --times-per-week 2 and --days MO,TH the days became Tuesday and Saturday: the days were fitted to the frequency."""
    assert cli("vault", "init").returncode == 0
    assert cli("couple", "add", "--name", "Lee", "--partner", "Jo", "--partner", "Kim").returncode == 0
    refused = cli("practice", "assign", "--couple", "1", "--template", "reflect_back", "--days", "MO,TH")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr, refused.stderr
    assert ("--days gives 2 days (MO,TH) but the practice is 1 time a week: give as many days, or --times-per-week 2 "
            "as well. Nothing was stored.") in refused.stderr, refused.stderr
    assert cli("practice", "assign", "--couple", "1", "--template", "reflect_back", "--days", "MO,TH",
               "--times-per-week", "3").returncode == 2
    given = cli("--json", "practice", "assign", "--couple", "1", "--template", "reflect_back", "--days", "Mon,Thursday",
                "--times-per-week", "2")
    assert given.returncode == 0 and json.loads(given.stdout)["id"] == 1, given.stderr  # the first one stored
    review = json.loads(cli("--json", "practice", "review", "--couple", "1").stdout)
    assert review["assignment"]["days"] == ["MO", "TH"] and review["assignment"]["times_per_week"] == 2
    one = cli("--json", "practice", "assign", "--couple", "1", "--template", "reflect_back", "--days", "WE")
    assert one.returncode == 0 and json.loads(cli("--json", "practice", "review", "--couple", "1").stdout)[
        "assignment"]["days"] == ["WE"]


def test_the_corrections_list_names_whose_line_it_is(isolated_home, cli):
    """`transcript corrections` said "(S1)" beside a corrected line, where `recording show` and the correction itself
    say the partner's name."""
    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    rec = str(ana_and_ben(vault))
    vault.close()
    made = cli("transcript", "correct", rec, "--start", "0.9", "--end", "3.0", "--line", "--text", "You never listen.")
    assert made.returncode == 0 and "Ana's" in made.stdout, (made.stdout, made.stderr)
    listed = cli("transcript", "corrections", rec)
    assert listed.returncode == 0 and listed.stdout.rstrip().endswith("“You never listen.” (S1: Ana)"), listed.stdout
