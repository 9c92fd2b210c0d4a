"""Round 37: the command line's word correction over a span of several words, and the shareable report's caution."""

from __future__ import annotations

import json

from talktogether_desktop.pipeline import ops_transcript
from talktogether_desktop.storage import transcripts
from talktogether_desktop.storage.vault import create_vault, open_vault
from tt_overlap import ana_and_ben
from tt_testing import PASSPHRASE


def _recording(home) -> int:
    vault, _ = create_vault(home, PASSPHRASE)
    vault.recovery_code_shown()
    rec_id = ana_and_ben(vault, overlap=False)
    vault.close()
    return rec_id


def test_a_word_correction_over_several_words_is_refused_naming_them(isolated_home, cli):
    """`transcript correct --start 1 --end 2.5 --text 'you always'` (no --line) replaced the one word that overlapped
    the span most ("listen") and kept the others: "you never you always". README: a word correction corrects "the
    word said between S and E"; times holding several are now a usage error (exit 2) naming them, and nothing is kept."""
    rec_id = _recording(isolated_home)
    refused = cli("transcript", "correct", str(rec_id), "--start", "1", "--end", "2.5", "--text", "you always")
    assert refused.returncode == 2, (refused.returncode, refused.stderr)
    assert "3 words were said between 1 and 2.5 s (“you never listen”)" in refused.stderr, refused.stderr
    assert "add --line" in refused.stderr and "Traceback" not in refused.stderr
    as_json = cli("--json", "transcript", "correct", str(rec_id), "--start", "1", "--end", "2.5", "--text", "x")
    assert as_json.returncode == 2 and json.loads(as_json.stdout)["kind"] == "UsageError"
    vault = open_vault(isolated_home, PASSPHRASE)
    try:
        assert transcripts.list_corrections(vault, rec_id) == []
        assert [w["word"] for w in ops_transcript.corrected_words(vault, rec_id)][:3] == ["you", "never", "listen"]
    finally:
        vault.close()
    # one word's own times (and a little either side) still correct that word; --line replaces them all
    one = cli("transcript", "correct", str(rec_id), "--start", "1.45", "--end", "1.95", "--text", "always")
    assert one.returncode == 0, one.stderr
    line = cli("transcript", "correct", str(rec_id), "--start", "1", "--end", "2.5", "--text", "you always", "--line")
    assert line.returncode == 0, line.stderr
    shown = cli("recording", "show", str(rec_id))
    assert "you always to me" in shown.stdout, shown.stdout
