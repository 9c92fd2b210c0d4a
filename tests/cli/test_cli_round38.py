"""Round 38: the couple's report of a recording whose only safety lines are lines to listen to (read by meaning, low,
nothing heard as safety language) said nothing of what it left out."""

from __future__ import annotations

import io
import json

import pypdf

from talktogether_desktop.timefmt import clock
from tt_testing import analysed_recording

LISTEN_QUOTE = "Why are you talking to me like that?"


def listen_only_analysis() -> dict:
    """A calm conversation whose one safety line is only to listen to (built here, not read by the rules: the rules
    change between rounds, what the report does with such a line should not)."""
    from talktogether_desktop.analysis import analyze

    from analysis.timeline import conversation, end_of, say

    a = say("S1", 0.0, "Can we plan the market trip on Saturday morning?")
    b = say("S2", end_of(a) + 0.6, "Yes, I would like that. Let us leave early.")
    c = say("S1", end_of(b) + 20.0, LISTEN_QUOTE)
    d = say("S2", end_of(c) + 0.6, "Sorry. I am tired. I do want to go with you.")
    analysis = analyze(conversation(a, b, c, d), names={"S1": "Alex", "S2": "Sam"})
    assert not analysis["safety_flags"], analysis["safety_flags"]
    t = float(c[0]["start"]) if isinstance(c, list) else float(c["start"])
    analysis["safety_flags"] = [{"t": t, "start": t, "end": t + 2.0, "speaker": "S1", "quote": LISTEN_QUOTE,
                                 "category": "blaming", "group": "coercive control: blaming", "confidence": "low",
                                 "listen_only": True, "source": "meaning"}]
    return analysis


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_a_couples_report_with_only_lines_to_listen_to_says_gently_what_it_left_out(vault_factory, isolated_home, cli,
                                                                                    tmp_path):
    """`report --mode shareable` for such a recording printed no caution at all (the caution was only for lines heard),
    so nothing told the therapist a line was kept back for them. Now a note (exit 0, stderr, --json's "caution"): what
    was left out by time and possible kind, never the words, that nothing was heard as safety language, and that the
    clinician's version has it. The couple's PDF itself holds nothing of it, not even that something was left out."""
    from talktogether_desktop.quote_times import retimed

    analysis = listen_only_analysis()
    (flag,) = retimed(analysis)["safety_flags"]  # (said at the second its line begins, as the report says it: rep49)
    vault = vault_factory(isolated_home.name)
    _, rec_id = analysed_recording(vault, "Lee", ["Alex", "Sam"], analysis)
    vault.close()
    out = tmp_path / "shared.pdf"
    made = cli("report", str(rec_id), "-o", str(out), "--mode", "shareable")
    assert made.returncode == 0, made.stderr
    note = made.stderr.strip().splitlines()[0]
    assert note.startswith(f"Note: this shareable version leaves out 1 line kept for you to listen to first "
                           f"(at {clock(flag['t'])}; read by its meaning as possibly about coercive control: blaming)"), note
    assert "Nothing in this recording was heard as safety language" in note
    assert "The clinician's version (`--mode clinician`, the default) has it" in note
    assert "safety flag" not in note.lower() and "Caution" not in note and "talking to me" not in note
    shared = _text(out.read_bytes())
    assert "talking to me" not in shared.lower() and "safety" not in shared.lower(), shared
    assert "listen" not in shared.lower() and "left out" not in shared.lower(), shared
    as_json = cli("--json", "report", str(rec_id), "-o", str(tmp_path / "again.pdf"), "--mode", "shareable")
    assert as_json.returncode == 0 and json.loads(as_json.stdout)["caution"] == note, as_json.stdout
    clinician = cli("--json", "report", str(rec_id), "-o", str(tmp_path / "clinician.pdf"))
    assert clinician.returncode == 0 and "caution" not in json.loads(clinician.stdout), clinician.stdout
    assert "talking to me like that" in _text((tmp_path / "clinician.pdf").read_bytes())


def test_a_voice_sample_for_another_couples_partner_is_refused(isolated_home, cli):
    """`speakers sample --partner P --recording R --label S1` kept a voice sample for a partner of another couple, cut
    from this couple's recording (only `speakers name` checked the partner): that partner's next recordings would have
    been named from a stranger's voice. Now exit 2, as `speakers name` does, and nothing is kept."""
    from talktogether_desktop.storage import couples, speakers
    from talktogether_desktop.storage.vault import create_vault, open_vault
    from tt_overlap import ana_and_ben
    from tt_testing import PASSPHRASE

    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    rec_id = ana_and_ben(vault)
    other = couples.add_couple(vault, "Ng", ["Jo", "Kim"])
    jo = couples.list_partners(vault, other)[0]["id"]
    vault.close()
    for extra in ((), ("--json",)):
        refused = cli(*extra, "speakers", "sample", "--partner", str(jo), "--recording", str(rec_id), "--label", "S1")
        assert refused.returncode == 2, (refused.returncode, refused.stdout, refused.stderr)
        assert f"Partner {jo} does not belong to this recording's couple." in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
        if extra:
            assert json.loads(refused.stdout)["kind"] == "UsageError"
    vault = open_vault(isolated_home, PASSPHRASE)
    try:
        assert speakers.list_voice_samples(vault, jo) == []
    finally:
        vault.close()
