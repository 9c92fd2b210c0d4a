"""The print dialog's "Print to File (PDF)", written as an export is.

Qt's printer writes that file itself: in place (a kill leaves half of it), through a link left at the name, and into
any folder, the vault's own included (over vault.keys.json, or the recovery code left beside the vault it opens). Here
the pages are painted in memory and the caller writes the file as an export (`paths.write_private_whole`): whole or
not at all, 0600, never through a link, never into a folder that holds a vault.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPagedPaintDevice, QPdfWriter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

# Printing on paper is the one way a report (or the recovery code) leaves the vault that the app cannot make whole or
# private: the print service (CUPS on Linux and macOS) writes what it prints to its spool and by default keeps those
# files for a day after printing (`PreserveJobFiles`). Said before each print on paper, never after.
PAPER_TITLE = "Print on paper?"
PAPER_REPORT = (
    "Printing hands this report to the computer's print service, outside the encrypted vault. The print service "
    "may keep a copy after printing (on Linux and macOS it usually keeps printed files for a day, unless it is set "
    "not to). To keep the report only in a file you choose, use Export PDF… instead.")
PAPER_RECOVERY_CODE = (
    "Printing hands the recovery code to the computer's print service, outside the encrypted vault. The print "
    "service may keep a copy after printing (on Linux and macOS it usually keeps printed files for a day, unless it "
    "is set not to). Writing the code down by hand leaves no copy on this computer.")


def file_asked_for(printer: QPrinter) -> Optional[str]:
    """The file the print dialog was told to print to, or None for paper."""
    path = printer.outputFileName()
    return path if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and path else None


def paper_agreed(parent: Optional[QWidget], words: str) -> bool:
    """Asks before anything goes to the print service (`words`: PAPER_REPORT or PAPER_RECOVERY_CODE); True to print."""
    box = QMessageBox(QMessageBox.Icon.Information, PAPER_TITLE, words, QMessageBox.StandardButton.NoButton, parent)
    print_btn = box.addButton("Print", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(print_btn)
    box.exec()
    return box.clickedButton() is print_btn


def paint_pdf(printer: QPrinter, paint: Callable[[QPagedPaintDevice], int]) -> tuple[int, bytes]:
    """Paint with `paint` into a PDF in memory at the printer's page layout: (pages painted, the PDF's bytes), for
    the caller to write to the file asked for as an export."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(printer.pageLayout())
    writer.setResolution(printer.resolution())
    pages = paint(writer)
    buffer.close()
    return pages, bytes(buffer.data())
