"""`import --speakers` took up to 8 voices while the speaker finder tells apart 4 (round 34): a recording imported
with 6 failed only later, at processing. One limit (`diarization.limits.MAX_SPEAKERS`) for every --speakers, said in
the error, before any audio is decoded."""

from __future__ import annotations

import json

from talktogether_desktop.diarization.limits import MAX_SPEAKERS
from talktogether_desktop.storage.vault import create_vault, open_vault
from tt_overlap import ana_and_ben, tone_wav
from tt_testing import PASSPHRASE

LIMIT = f"The number of speakers must be between 1 and {MAX_SPEAKERS}"


def test_every_speakers_option_has_the_finders_limit_and_says_it(isolated_home, cli, tmp_path):
    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    rec = str(ana_and_ben(vault))
    couple = str(vault.one("SELECT couple_id FROM recordings")[0])
    vault.close()
    audio = tmp_path / "talk.wav"
    audio.write_bytes(tone_wav(2.0))
    too_many = str(MAX_SPEAKERS + 1)
    for command in (("import", "--couple", couple, str(audio), "--no-process", "--speakers", too_many),
                    ("diarize", rec, "--speakers", too_many),
                    ("diarize-file", str(audio), "--speakers", too_many),
                    ("analyze-file", str(audio), "--speakers", "0")):
        got = cli(*command)
        assert got.returncode == 2, (command, got.returncode, got.stderr)
        assert "Traceback" not in got.stderr and LIMIT in got.stderr and f"at most {MAX_SPEAKERS} voices" in got.stderr
        as_json = cli("--json", *command)
        assert json.loads(as_json.stdout)["kind"] == "UsageError", command
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert vault.one("SELECT count(*) FROM recordings")[0] == 1  # nothing imported
    most = cli("--json", "import", "--couple", couple, str(audio), "--no-process", "--speakers", str(MAX_SPEAKERS))
    assert most.returncode == 0, most.stderr
    assert f"1 to {MAX_SPEAKERS}" in cli("import", "--help").stdout
