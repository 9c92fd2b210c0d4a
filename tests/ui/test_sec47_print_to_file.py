"""Sec 47 in the window (real offscreen widgets, real PDF, real printer object): the print dialog's "Print to File
(PDF)" writes the report as an export does.

The report's Export refuses the vault's own folder (named vault.keys.json it replaced the key file and the vault opened
with neither secret), never writes through a link left at the name and is written whole or not at all. Printing to a
file did none of it: Qt's printer wrote the file itself, in place, through any link and into the vault's folder. Now
the pages are painted in memory and written by the same export."""

from __future__ import annotations

import os

import pytest
from PySide6.QtPrintSupport import QPrinter

from talktogether_desktop.pipeline.ops_practice import draft_assignment
from talktogether_desktop.practice.handout import render_handout
from talktogether_desktop.ui.report_preview import ReportPreview

pytestmark = pytest.mark.gui


def _preview(qtbot) -> ReportPreview:
    preview = ReportPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(render_handout(draft_assignment("reflect_back"), ["Ana", "Bo"]))
    return preview


def _file_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # what "Print to File (PDF)" sets
    printer.setOutputFileName(str(path))
    return printer


def test_printing_to_a_file_in_the_vaults_folder_is_refused(qtbot, tmp_path):
    vault_dir = tmp_path / "vault"
    vault_dir.mkdir()
    keys = vault_dir / "vault.keys.json"
    keys.write_text('{"wrapped": "the data key"}')
    preview = _preview(qtbot)
    failed = []
    preview.export_failed.connect(failed.append)
    assert preview.print_to(_file_printer(keys)) == 0
    assert keys.read_text() == '{"wrapped": "the data key"}' and failed
    assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.keys.json"]


def test_printing_to_a_file_never_writes_through_a_link_and_is_private(qtbot, tmp_path):
    elsewhere = tmp_path / "someone-elses.txt"
    elsewhere.write_text("not yours")
    out = tmp_path / "out"
    out.mkdir()
    link = out / "printed.pdf"
    link.symlink_to(elsewhere)
    preview = _preview(qtbot)
    assert preview.print_to(_file_printer(link)) == preview.page_count == 1
    assert elsewhere.read_text() == "not yours"
    assert not link.is_symlink() and link.read_bytes().startswith(b"%PDF")
    assert os.stat(link).st_mode & 0o777 == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["printed.pdf"]  # no work file left beside it


def test_the_recovery_code_is_never_printed_to_a_file_beside_the_vault(qtbot, tmp_path):
    from talktogether_desktop.ui.vault_pages import RecoveryCodeDialog

    code = "6XGD-RMMY-SZ9R-Y5FP-TVNT-PZDB"
    vault_dir = tmp_path / "vault"
    vault_dir.mkdir()
    (vault_dir / "vault.db").write_bytes(b"encrypted")
    dialog = RecoveryCodeDialog(code)
    qtbot.addWidget(dialog)
    assert not dialog.print_to(_file_printer(vault_dir / "recovery.pdf"))
    assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.db"]
    assert "not saved" in dialog.nudge.text() and "away from this computer" in dialog.nudge.text()
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    assert dialog.print_to(_file_printer(elsewhere / "recovery.pdf"))
    printed = elsewhere / "recovery.pdf"
    assert printed.read_bytes().startswith(b"%PDF") and os.stat(printed).st_mode & 0o777 == 0o600
