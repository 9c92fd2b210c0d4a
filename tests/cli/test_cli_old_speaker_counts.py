"""Round 35: recordings imported before round 34 with 5 to 8 speakers (imports took up to 8) failed in every command
that finds the speakers ("The number of speakers must be between 1 and 4"), so they could not be analysed or
reported. They are read with the finder's limit, and the command line says how to give the right number."""

from __future__ import annotations

import json

from talktogether_desktop.diarization.limits import MAX_SPEAKERS
from talktogether_desktop.storage.vault import open_vault
from tt_speech import make_dialogue
from tt_testing import PASSPHRASE

STEP = "give their number: `talktogether diarize 1 --speakers N`"
NOTE = "imported for 6 speakers"


def said_once(got) -> bool:
    """The note over the limit is said once in all the command prints (round 36: analyze and diarize said it twice,
    on stdout without the next step and on stderr with it), and with the next step."""
    return (got.stdout + got.stderr).count(NOTE) == 1 and STEP in got.stderr


def test_a_recording_imported_for_six_speakers_is_analysed_reported_and_says_the_next_step(isolated_home, cli,
                                                                                        tmp_path):
    audio, _ = make_dialogue(tmp_path)
    assert cli("vault", "init").returncode == 0
    couple = cli("couple", "add", "--name", "Lee", "--partner", "Jo", "--partner", "Kim").stdout.strip()
    assert cli("consent", "record", "--couple", couple).returncode == 0
    assert cli("import", "--couple", couple, str(audio), "--no-process").returncode == 0
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault, vault.transaction():
        vault.execute("UPDATE recordings SET speaker_count = 6")  # as an import before round 34 could store it
    analysed = cli("analyze", "1")
    assert analysed.returncode == 0, analysed.stderr
    assert "Traceback" not in analysed.stderr and "must be between" not in analysed.stderr
    assert f"imported for 6 speakers, more than the {MAX_SPEAKERS}" in analysed.stderr and said_once(analysed)
    assert "These observations support clinical judgement" in analysed.stdout
    as_json = cli("--json", "analyze", "1")
    assert as_json.returncode == 0 and json.loads(as_json.stdout)["speakers"], as_json.stderr  # stdout stays JSON
    report = cli("report", "1", "-o", str(tmp_path / "r.pdf"))
    assert report.returncode == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF"), report.stderr
    assert said_once(report)
    shown = cli("recording", "show", "1")
    assert shown.returncode == 0 and said_once(shown) and "Jo" not in shown.stderr
    found = cli("diarize", "1")
    assert found.returncode == 0 and said_once(found), (found.stdout, found.stderr)
    assert said_once(cli("analyze", "1"))  # analysed again after the speakers were found again: still once
    given = cli("diarize", "1", "--speakers", "2")  # the way out it names works, and then it is not said again
    assert given.returncode == 0 and STEP not in given.stderr, given.stderr
    assert STEP not in cli("recording", "show", "1").stderr  # the number given is kept with the recording
    assert cli("diarize", "1", "--speakers", "6").returncode == 2  # a number given now still has the limit
