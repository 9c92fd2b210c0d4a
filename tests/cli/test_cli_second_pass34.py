"""Command-line fixes, second pass of round 34: what a re-import, a missing new passphrase, a short recording's
length, the partner limit, a stopped step's advice and erasing an appointment say."""

from __future__ import annotations

import json

from talktogether_desktop.storage import recordings
from talktogether_desktop.storage.vault import open_vault
from tt_overlap import tone_wav
from tt_testing import PASSPHRASE


def _couple(cli) -> str:
    assert cli("vault", "init").returncode == 0
    return cli("couple", "add", "--name", "Lee", "--partner", "Jo", "--partner", "Kim").stdout.strip()


def _set_status(home, rec: int, status: str) -> None:
    with open_vault(home, passphrase=PASSPHRASE, use_keychain=False) as vault:
        recordings.set_status(vault, rec, status)


def test_importing_again_a_recording_left_unprocessed_says_how_to_finish_it(isolated_home, cli, tmp_path):
    couple = _couple(cli)
    audio = tmp_path / "talk.wav"
    audio.write_bytes(tone_wav(3.0))
    first = cli("import", "--couple", couple, str(audio), "--no-process")  # as an import stopped by Ctrl-C leaves it
    assert first.returncode == 0, first.stderr
    again = cli("import", "--couple", couple, str(audio))
    assert again.returncode == 0 and again.stdout.strip() == "1", again.stderr
    assert "Nothing new was added." in again.stderr
    assert "It is not processed yet" in again.stderr and "`talktogether analyze 1`" in again.stderr, again.stderr
    as_json = json.loads(cli("--json", "import", "--couple", couple, str(audio)).stdout)
    assert as_json["duplicate"] is True and as_json["unprocessed"] is True and as_json["status"] == "imported"
    # transcribed and waiting only for consent is not unprocessed: consent is what it needs
    _set_status(isolated_home, 1, "transcribed")
    waiting = cli("--json", "import", "--couple", couple, str(audio))
    assert json.loads(waiting.stdout)["unprocessed"] is False and "not processed" not in waiting.stderr
    assert cli("consent", "record", "--couple", couple).returncode == 0
    assert json.loads(cli("--json", "import", "--couple", couple, str(audio)).stdout)["unprocessed"] is True
    _set_status(isolated_home, 1, "analysed")
    done = cli("--json", "import", "--couple", couple, str(audio))
    assert json.loads(done.stdout)["unprocessed"] is False and "not processed" not in done.stderr


def test_change_passphrase_off_a_terminal_without_a_new_one_is_a_usage_error(cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    got = cli("vault", "change-passphrase", input="")
    assert got.returncode == 2, (got.returncode, got.stderr)  # was 3, "locked": the vault had opened
    assert "Traceback" not in got.stderr and "--new-passphrase-file" in got.stderr, got.stderr
    assert json.loads(cli("--json", "vault", "change-passphrase", input="").stdout)["kind"] == "UsageError"
    assert cli("couple", "list").returncode == 0  # nothing was changed
    made = cli("vault", "init", "--data-dir", str(tmp_path / "other"), env={"TALKTOGETHER_PASSPHRASE": ""}, input="")
    assert made.returncode == 2 and "--passphrase-file" in made.stderr, made.stderr  # no vault to be locked yet


def test_a_short_recording_is_not_00_00_wherever_its_length_is_printed(cli, tmp_path):
    couple = _couple(cli)
    short = tmp_path / "short.wav"
    short.write_bytes(tone_wav(0.5))
    made = cli("import", "--couple", couple, str(short), "--no-process")
    assert made.returncode == 0, made.stderr
    assert "as recording 1: 0.5 s, 1 channel(s)" in made.stderr, made.stderr  # was "00:00"
    listed = cli("recording", "list", "--couple", couple).stdout
    assert "0.5 s" in listed and "00:00" not in listed, listed
    shown = cli("recording", "show", "1").stdout
    assert "(short.wav): 0.5 s," in shown, shown
    said = cli("transcript", "correct", "1", "--start", "5", "--end", "6", "--text", "hi").stderr
    assert "which is 0.5 s long" in said, said  # the wording the time checks already used


def test_a_stopped_step_says_the_command_to_run_not_the_windows_settings(cli, tmp_path):
    broken = tmp_path / "broken-model"  # a speech model folder the engine cannot load: transcription stops
    broken.mkdir()
    (broken / "config.json").write_text("{}")
    (broken / "model.bin").write_bytes(b"not a model")
    couple = _couple(cli)
    audio = tmp_path / "talk.wav"
    audio.write_bytes(tone_wav(3.0))
    for args, command in ((("import", "--couple", couple, str(audio)), "`talktogether analyze 1`"),
                          (("transcribe", "1"), "`--model tiny.en`"),
                          (("transcribe-file", str(audio)), "`--model tiny.en`")):
        got = cli(*args, "--model", str(broken))
        assert got.returncode == 1 and "Traceback" not in got.stderr, got.stderr
        said = got.stderr.strip().splitlines()[-1]
        of_file = "of 'talk.wav' " if args[0] == "transcribe-file" else ""  # no vault: said of the file (round 35)
        assert said.startswith(f"Error: Writing out the words (transcription) {of_file}stopped on an unexpected "
                               "problem."), said
        assert command in said and "Settings" not in said and "restart the app" not in said, said
        if args[0] != "import":  # (the same file again is already in the vault)
            as_json = json.loads(cli("--json", *args, "--model", str(broken)).stdout)
            assert as_json["kind"] == "JobFailed" and command in as_json["error"] and "Settings" not in as_json["error"]
    again = cli("import", "--couple", couple, str(audio))  # its transcription stopped: not processed, said so
    assert again.returncode == 0 and "It is not processed yet" in again.stderr, again.stderr
