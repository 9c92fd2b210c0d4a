"""Sec 47 in the window (real vault, real offscreen window, real PDF, real printer object): a report that leaves the
vault from the window is in the audit log, as `talktogether report -o` puts it there.

HIPAA's audit controls (DOMAIN.md §8; README: "Audit log of opens, exports and deletions"): the command line audited
every report it wrote (`export`, `report`, id), but the window's Export PDF… and Print… wrote or printed the couple's
report and left no line in the audit log, so `talktogether audit` showed nothing of the window's disclosures. Now an
export (and a print to a file) is `export`, a print on paper `print`, each with the report's id."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter

from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import settle

pytestmark = pytest.mark.gui


def _audited(data_dir) -> list[tuple]:
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        return [tuple(r) for r in vault.all("SELECT action, entity, entity_id FROM audit_log "
                                            "WHERE action IN ('export', 'print')")]


def test_a_report_exported_or_printed_from_the_window_is_audited(qtbot, demo_window, demo_vault_dir, tmp_path):
    window, ids = demo_window
    data_dir, _ids = demo_vault_dir
    page = window.recording_page
    page.make_report()
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=60000)
    settle(qtbot, window)
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        report_id = vault.one("SELECT max(id) FROM reports WHERE recording_id = ?", (ids.recording_id,))[0]
    assert _audited(data_dir) == []

    page.report.export_to(str(tmp_path / "prep.pdf"))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: _audited(data_dir) == [("export", "report", report_id)], timeout=10000)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the print dialog's "Print to File (PDF)"
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.report.print_to(printer) == page.report.page_count
    settle(qtbot, window)
    qtbot.waitUntil(lambda: _audited(data_dir) == [("export", "report", report_id)] * 2, timeout=10000)
