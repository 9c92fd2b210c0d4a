"""A new therapist's wrong input, round 34: a usage error asked for as --json, a recording with no speech in it (too
short), and Ctrl-C while an import is being processed. Each is one plain sentence with the documented exit code."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from tt_overlap import tone_wav
from tt_testing import PASSPHRASE, REPO


def _error(got, code: int) -> str:
    assert got.returncode == code, (got.returncode, got.stdout, got.stderr)
    assert "Traceback" not in got.stderr, got.stderr
    lines = [line for line in got.stderr.splitlines() if line.startswith("Error: ")]
    assert len(lines) == 1, got.stderr
    return lines[0]


def test_a_usage_error_asked_for_as_json_is_json_too(cli):
    assert cli("vault", "init").returncode == 0
    for args, said in ((("--json", "couple", "show", "abc"), "invalid int value: 'abc'"),
                       (("couple", "list", "--json", "--bogus"), "unrecognized arguments: --bogus"),
                       (("--json", "practice", "log", "1", "--done"), "the following arguments are required: --date")):
        got = cli(*args)
        assert got.returncode == 2 and "Traceback" not in got.stderr, got.stderr
        error = json.loads(got.stdout)
        assert error["kind"] == "UsageError" and said in error["error"], error
    assert cli("couple", "show", "abc").stdout == ""  # without --json stdout stays clean


def test_a_recording_with_no_speech_is_said_so_not_as_missing_words_or_analysis(cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    couple = cli("couple", "add", "--name", "Lee", "--partner", "Jo", "--partner", "Kim").stdout.strip()
    assert cli("consent", "record", "--couple", couple).returncode == 0
    short = tmp_path / "short.wav"
    short.write_bytes(tone_wav(0.5))
    made = cli("--json", "import", "--couple", couple, str(short))
    assert made.returncode == 0, made.stderr
    rec = str(json.loads(made.stdout)["id"])
    assert json.loads(made.stdout)["status"] == "no_speech"
    reassign = ("speakers", "reassign", rec, "--from-word", "0", "--to-word", "3", "--speaker", "S1")
    said = _error(cli(*reassign), 1)
    assert "holds no speech" in said and "diarize" not in said  # `diarize` finds no turns either
    assert cli("diarize", rec).returncode == 0
    said = _error(cli(*reassign), 2)
    assert "no words to give to a speaker" in said and "0 to -1" not in said
    said = _error(cli("transcript", "correct", rec, "--start", "5", "--end", "6", "--text", "hi"), 2)
    assert "which is 0.5 s long" in said  # not "00:00 long"
    said = _error(cli("report", rec, "-o", str(tmp_path / "r.pdf")), 1)
    assert "holds no speech" in said and "analyze" not in said  # `analyze` only says there is nothing to analyse


def test_ctrl_c_while_an_import_is_processed_says_how_to_finish_it(isolated_home, cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    couple = cli("couple", "add", "--name", "Lee", "--partner", "Jo", "--partner", "Kim").stdout.strip()
    audio = tmp_path / "talk.wav"
    audio.write_bytes(tone_wav(20.0))
    env = dict(os.environ, TALKTOGETHER_HOME=str(isolated_home), TALKTOGETHER_PASSPHRASE=PASSPHRASE,
               PYTHONPATH=os.pathsep.join([str(REPO / "tests" / "fast_kdf"), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([sys.executable, "-m", "talktogether_desktop", "import", "--couple", couple, str(audio)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as at a shell
    first = proc.stderr.readline()
    assert first.startswith("Imported talk.wav as recording"), first
    proc.send_signal(signal.SIGINT)  # Ctrl-C while it is being transcribed
    out, rest = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "Traceback" not in rest, rest
    assert rest.strip().splitlines()[-1] == ("Stopped. Recording 1 is kept in the vault but not processed; finish it "
                                             "with `talktogether analyze 1`."), rest
    listed = json.loads(cli("--json", "recording", "list", "--couple", couple).stdout)
    assert [(r["id"], r["status"]) for r in listed] == [(1, "imported")]


def test_a_line_where_nobody_spoke_asks_who_said_it(isolated_home, cli):
    """Was "Say who said it (the speaker)." with no word of which option says it."""
    from talktogether_desktop.storage.vault import create_vault
    from tt_overlap import ana_and_ben

    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    rec = str(ana_and_ben(vault))  # words from 1.0 s to 4.3 s of 6 s
    vault.close()
    line = ("transcript", "correct", rec, "--start", "5", "--end", "5.5", "--line", "--text", "I heard you")
    said = _error(cli(*line), 2)
    assert "No words were said between 5 s and 5.5 s" in said and "--speaker" in said and "S1 or S2" in said
    assert cli(*line, "--speaker", "S2").returncode == 0
