"""Sec 48 in the window (real offscreen widgets, a real PDF, a real printer object): printing on paper says first, in
plain words, that the print service keeps a copy outside the vault.

README "Privacy, in short": printing on paper hands the report to the computer's print service, outside the vault; CUPS
writes it to its spool and by default keeps printed files for a day. The README said so, but the window printed the
couple's report (and the recovery code, the key to the whole vault) at one click with no word of it. Now a box says it
before anything goes to the print service: Cancel sends nothing, Print prints. A print to a file is an export and is
not asked about (tests/ui/test_sec47_print_to_file.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from .uihelp import click_message_button, when_modal

pytestmark = pytest.mark.gui


def _one_page_pdf() -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(200, 200, "Session prep: Rivera–Okafor")
    painter.end()
    buffer.close()
    return bytes(buffer.data())


def _paper_printer(tmp_path) -> QPrinter:
    """A printer that is no file: what the print dialog gives for a printer on paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName("")
    assert printer.outputFileName() == ""
    return printer


def _answer(button: str, seen: list[str]) -> None:
    def act(box):
        seen.append(box.text())
        click_message_button(box, button)

    when_modal(QMessageBox, act)


def test_printing_the_report_on_paper_says_the_print_service_keeps_a_copy_first(qtbot, tmp_path):
    from talktogether_desktop.ui.report_preview import ReportPreview

    preview = ReportPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(_one_page_pdf(), report_id=7)
    printed: list[bool] = []
    preview.printed.connect(lambda: printed.append(True))

    seen: list[str] = []
    _answer("Cancel", seen)
    assert preview.print_to(_paper_printer(tmp_path)) == 0
    assert printed == []  # nothing went to the print service, nothing is audited as printed
    assert len(seen) == 1
    said = seen[0]
    assert "print service" in said and "outside the encrypted vault" in said and "keep a copy" in said, said
    assert "Export PDF…" in said, said

    seen.clear()
    _answer("Print", seen)
    assert preview.print_to(_paper_printer(tmp_path)) == preview.page_count == 1
    assert printed == [True] and len(seen) == 1


def test_printing_the_recovery_code_on_paper_says_so_first(qtbot, tmp_path):
    from talktogether_desktop.ui.vault_pages import RecoveryCodeDialog

    dialog = RecoveryCodeDialog("6XGD-RMMY-SZ9R-Y5FP-TVNT-PZDB")
    qtbot.addWidget(dialog)
    seen: list[str] = []
    _answer("Cancel", seen)
    assert dialog.print_to(_paper_printer(tmp_path)) is False
    assert len(seen) == 1 and "print service" in seen[0] and "by hand leaves no copy" in seen[0], seen
    seen.clear()
    _answer("Print", seen)
    assert dialog.print_to(_paper_printer(tmp_path)) is True
    assert len(seen) == 1
