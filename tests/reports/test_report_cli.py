"""`talktogether report` from a real vault, and `talktogether demo` end to end.

The report command must store the PDF encrypted in the vault, write it only to -o, and audit the
export; the demo runs the real pipeline (speech model included) on the bundled conversation.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pypdf
import pytest

from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.storage import couples
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage import reports as reports_store
from talktogether_desktop.storage.vault import now_iso

FIXTURE = Path(__file__).parent / "fixtures" / "analysis_demo.json"
REPO = Path(__file__).resolve().parents[2]


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _add_recording(vault, couple_id: int, recorded_at: str, sha: str, assignment_id=None) -> int:
    # A recording row and its analysis, as the pipeline leaves them (no audio needed for a report).
    with vault.transaction():
        cur = vault.execute(
            "INSERT INTO recordings (couple_id, assignment_id, sha256, size_bytes, duration_s, channels, sample_rate,"
            " recorded_at, imported_at, status) VALUES (?, ?, ?, 1, 75.0, 1, 16000, ?, ?, 'analysed')",
            (couple_id, assignment_id, sha, recorded_at, now_iso()))
        return int(cur.lastrowid)


def _add_analysis(vault, recording_id: int, analysis: dict) -> None:
    with vault.transaction():
        vault.execute("INSERT INTO analyses (recording_id, schema_version, params, result, created_at) "
                      "VALUES (?, '1.0', '{}', ?, ?)", (recording_id, json.dumps(analysis), now_iso()))


def _name_speakers(vault, recording_id: int, couple_id: int) -> None:
    partners = couples.list_partners(vault, couple_id)
    with vault.transaction():
        for label, partner in zip(("S1", "S2"), partners):
            vault.execute("INSERT INTO recording_speakers (recording_id, label, partner_id) VALUES (?, ?, ?)",
                          (recording_id, label, partner["id"]))


@pytest.fixture
def case_file(vault_factory, isolated_home):
    """A vault in the CLI's home with one couple, a practice assignment and two analysed recordings."""
    vault = vault_factory(isolated_home.name)
    assert Path(vault.data_dir) == isolated_home
    couple_id = couples.add_couple(vault, "Nowak-Martin", ["Zoë", "Łukasz"])
    assignment_id = ops_practice.assign_practice(vault, load_settings(vault), couple_id, build_assignment(
        title="One calm 10-minute conversation about the weekend", behaviour="Each of you reflects back first.",
        anchor="after Sunday dinner", minutes=10, times_per_week=1, start_date="2026-11-20"))["id"]  # (its week holds 22 Nov)
    analysis = json.loads(FIXTURE.read_text(encoding="utf-8"))
    earlier = json.loads(json.dumps(analysis))
    earlier["speakers"][1]["interruptions_made"] = 4
    old_id = _add_recording(vault, couple_id, "2026-11-15T19:00:00", "a" * 64)
    _add_analysis(vault, old_id, earlier)
    _name_speakers(vault, old_id, couple_id)
    rec_id = _add_recording(vault, couple_id, "2026-11-22T19:40:00", "b" * 64, assignment_id)
    _add_analysis(vault, rec_id, analysis)
    _name_speakers(vault, rec_id, couple_id)
    vault.close()
    return {"recording_id": rec_id, "couple_id": couple_id, "home": isolated_home}


def test_report_command_stores_encrypted_and_writes_only_the_export(case_file, cli, tmp_path, vault_factory):
    out = tmp_path / "export" / "prep.pdf"
    before = {p for p in case_file["home"].rglob("*") if p.is_file()}
    result = cli("report", str(case_file["recording_id"]), "-o", str(out), "--paper", "letter", "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["file"] == str(out) and info["paper"] == "letter" and info["pages"] >= 3
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF") and oct(out.stat().st_mode & 0o777) == "0o600"
    text = _text(pdf)
    assert "Nowak-Martin" in text and "Zoë" in text and "Łukasz" in text
    # linking the recording is not "done" on its own: the report says whether the practice was in it
    assert ("One calm 10-minute conversation about the weekend — practised in this recording: not found; "
            "done 1 of 1 planned times") in text
    assert "Practised in the recording" in text
    assert "(−3)" in text  # Łukasz's interruptions since the previous recording: 4 -> 1
    assert "What to review together" in text
    # Nothing else appeared in the data folder but the vault's own files.
    after = {p for p in case_file["home"].rglob("*") if p.is_file()}
    assert {p.name for p in after - before} <= {"vault.db-wal", "vault.db-shm", "vault.db-journal"}
    # The PDF is in the vault, whose file does not contain it in the clear.
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import PASSPHRASE

    vault = open_vault(case_file["home"], passphrase=PASSPHRASE, use_keychain=False)
    try:
        stored = reports_store.get_report(vault, info["report_id"])
        assert stored["pdf"] == pdf and stored["kind"] == "session_prep" and stored["paper"] == "letter"
        actions = [tuple(r) for r in vault.all("SELECT action, entity, entity_id FROM audit_log ORDER BY id")]
        assert ("export", "report", info["report_id"]) in actions
    finally:
        vault.close()
    for path in after:
        assert b"Session prep" not in path.read_bytes()


def test_report_command_names_initials_only_when_the_setting_says_so(case_file, cli, tmp_path):
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import PASSPHRASE

    vault = open_vault(case_file["home"], passphrase=PASSPHRASE, use_keychain=False)
    vault.set_setting("initials_only", True)
    vault.close()
    out = tmp_path / "initials.pdf"
    result = cli("report", str(case_file["recording_id"]), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = _text(out.read_bytes())
    assert "Z. & Ł." in text and "Zoë" not in text and "Łukasz" not in text


def test_report_command_errors(case_file, cli, tmp_path):
    missing = cli("report", "999", "-o", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "There is no recording with id 999." in missing.stderr  # not "no analysis yet"
    assert not (tmp_path / "x.pdf").exists()
    locked = cli("report", str(case_file["recording_id"]), "-o", str(tmp_path / "y.pdf"),
                 env={"TALKTOGETHER_PASSPHRASE": "wrong passphrase here"})
    assert locked.returncode == 3 and not (tmp_path / "y.pdf").exists()


@pytest.mark.slow
def test_demo_runs_the_whole_pipeline_without_a_vault(cli, tmp_path, isolated_home):
    out = tmp_path / "demo"
    result = cli("demo", "--out", str(out), "--json", timeout=600)
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert not isolated_home.exists() or not any(isolated_home.iterdir())  # no vault was made
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    truth = json.loads((REPO / "resources" / "demo" / "demo_conversation.json").read_text(encoding="utf-8"))
    assert abs(analysis["duration_s"] - truth["duration_s"]) < 1.0
    assert sorted(info["speakers"]) == ["José", "Zoë"]
    # The planted rise in tension is found where it was placed, and the repair eased it.
    points = analysis["escalation_points"]
    assert points and any(p["start"] <= truth["tension"]["end"] and p["end"] >= truth["tension"]["start"]
                          for p in points)
    # The planted interruption (José cuts Zoë off mid-sentence) is found by the whole chain.
    planted = truth["interruptions"][0]
    by_name = {s["id"]: s["name"] for s in analysis["speakers"]}
    assert any(abs(i["t"] - planted["t"]) < 0.5 and by_name[i["by"]] == truth["speakers"][planted["by"]]
               for i in analysis["interruptions"])
    text = _text((out / "report.pdf").read_bytes())
    for heading in ("What stood out", "Key moments", "What each partner was reaching for", "Figures per partner",
                    "Practice", "Notes for the session"):
        assert heading in text
    assert "I hear you" in text and "Zoë" in text and "José" in text
    assert os.path.getsize(REPO / "resources" / "demo" / truth["audio"]) < 1_000_000


def test_report_mode_clinician_by_default_and_shareable_leaves_safety_out(case_file, cli, tmp_path):
    from talktogether_desktop.analysis import analyze
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import PASSPHRASE

    from ..analysis.timeline import conversation, end_of, say

    a = say("S1", 0.0, "Give me your bank card. You get an allowance from now on.")
    b = say("S2", end_of(a) + 2.0, "I'm sorry. Forget I said anything.")
    vault = open_vault(case_file["home"], passphrase=PASSPHRASE, use_keychain=False)
    try:
        rec_id = _add_recording(vault, case_file["couple_id"], "2026-11-29T19:00:00", "c" * 64)
        _add_analysis(vault, rec_id, analyze(conversation(a, b)))
        _name_speakers(vault, rec_id, case_file["couple_id"])
    finally:
        vault.close()
    clinician, shared = tmp_path / "clinician.pdf", tmp_path / "shared.pdf"
    first = cli("report", str(rec_id), "-o", str(clinician), "--json")
    second = cli("report", str(rec_id), "-o", str(shared), "--mode", "shareable", "--json")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert json.loads(first.stdout)["mode"] == "clinician" and json.loads(second.stdout)["mode"] == "shareable"
    # writing the couple's version of a recording with safety language says so first (the clinician's call)
    assert "consider whether giving the couple anything from it is safe" in second.stderr
    assert "consider whether" not in first.stderr
    assert "CLINICIAN ONLY" in _text(clinician.read_bytes()) and "bank card" in _text(clinician.read_bytes())
    shared_text = _text(shared.read_bytes())
    assert "bank card" not in shared_text and "afety" not in shared_text and "CLINICIAN" not in shared_text
    vault = open_vault(case_file["home"], passphrase=PASSPHRASE, use_keychain=False)
    try:
        stored = reports_store.get_report(vault, json.loads(second.stdout)["report_id"])
        assert stored["params"]["mode"] == "shareable"
    finally:
        vault.close()
    bad = cli("report", str(rec_id), "-o", str(tmp_path / "z.pdf"), "--mode", "public")
    assert bad.returncode == 2 and not (tmp_path / "z.pdf").exists()
