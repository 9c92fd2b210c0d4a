"""Consent withdrawn: no new report is made from the analysis made before (the CLI's `report` and the window's
Report tab alike), until consent is recorded again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talktogether_desktop.errors import ConsentMissing
from talktogether_desktop.pipeline import ops_case, ops_reports
from talktogether_desktop.storage import couples
from talktogether_desktop.storage.settings import load_settings
from tt_testing import analysed_recording

ANALYSIS = Path(__file__).resolve().parents[1] / "reports" / "fixtures" / "analysis_demo.json"


def _analysed_recording(vault) -> tuple[int, int]:
    return analysed_recording(vault, "Okafor", ["Ada", "Ike"], json.loads(ANALYSIS.read_text(encoding="utf-8")))


def test_no_report_after_consent_is_withdrawn(vault):
    couple_id, rid = _analysed_recording(vault)
    settings = load_settings(vault)
    assert ops_reports.make_session_prep(vault, settings, rid)["pdf"].startswith(b"%PDF")
    ops_case.withdraw_consent(vault, settings, couple_id)
    with pytest.raises(ConsentMissing, match="withdrawn"):
        ops_reports.make_session_prep(vault, settings, rid)
    with pytest.raises(ConsentMissing):  # not the one stored before either
        ops_reports.current_session_prep(vault, settings, rid)
    couples.record_consent(vault, couple_id)
    assert ops_reports.make_session_prep(vault, settings, rid)["pdf"].startswith(b"%PDF")


def test_cli_report_after_withdrawal_exits_1_and_writes_nothing(vault_factory, isolated_home, cli, tmp_path):
    vault = vault_factory(isolated_home.name)
    try:
        couple_id, rid = _analysed_recording(vault)
    finally:
        vault.close()
    out = tmp_path / "prep.pdf"
    assert cli("report", str(rid), "-o", str(out)).returncode == 0
    out.unlink()
    assert cli("consent", "withdraw", "--couple", str(couple_id)).returncode == 0
    refused = cli("report", str(rid), "-o", str(out), "--json")
    assert refused.returncode == 1
    assert json.loads(refused.stdout)["kind"] == "ConsentMissing"
    assert "Consent to analyse was withdrawn" in refused.stderr and "consent record" in refused.stderr
    assert not out.exists()
