"""Round 37: the command line's word correction over a span of several words, and the shareable report's caution."""

from __future__ import annotations

import json

from talktogether_desktop.pipeline import ops_transcript
from talktogether_desktop.storage import transcripts
from talktogether_desktop.storage.vault import create_vault, open_vault
from tt_overlap import ana_and_ben
from talktogether_desktop.timefmt import clock
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


def test_the_shareable_reports_caution_says_what_was_left_out_why_and_where_it_is(vault_factory, isolated_home, cli,
                                                                                 tmp_path):
    """The caution was "This recording has safety language. The shareable version leaves it out, but consider…": not
    which lines, nor why, nor that the clinician's version has them. Exit 0 as before; --json now carries it too."""
    from talktogether_desktop.analysis import analyze
    from talktogether_desktop.quote_times import retimed

    from analysis.timeline import conversation, end_of, say
    from tt_testing import analysed_recording

    a = say("S1", 0.0, "We should plan the market trip on Saturday morning.")
    b = say("S2", end_of(a) + 0.6, "If you go to that market I will hurt you.")
    analysis = analyze(conversation(a, b), names={"S1": "Alex", "S2": "Sam"})
    (flag,) = retimed(analysis)["safety_flags"]  # (said at the second its line begins, as the report says it: rep49)
    vault = vault_factory(isolated_home.name)
    _, rec_id = analysed_recording(vault, "Lee", ["Alex", "Sam"], analysis)
    vault.close()
    made = cli("report", str(rec_id), "-o", str(tmp_path / "shared.pdf"), "--mode", "shareable")
    assert made.returncode == 0, made.stderr
    caution = made.stderr.strip().splitlines()[0]
    assert caution.startswith("Caution: this shareable version leaves out the safety language heard in this "
                              f"recording (1 line: threat or intimidation at {clock(flag['t'])}) and any sign that it was heard"), caution
    assert "a partner can be put at risk" in caution  # why
    assert "The clinician's version (`--mode clinician`, the default) has it in full." in caution
    assert "hurt" not in caution  # never the words themselves
    as_json = cli("--json", "report", str(rec_id), "-o", str(tmp_path / "again.pdf"), "--mode", "shareable")
    assert as_json.returncode == 0 and json.loads(as_json.stdout)["caution"] == caution
    clinician = cli("--json", "report", str(rec_id), "-o", str(tmp_path / "clinician.pdf"))
    assert clinician.returncode == 0 and "caution" not in json.loads(clinician.stdout), clinician.stdout
