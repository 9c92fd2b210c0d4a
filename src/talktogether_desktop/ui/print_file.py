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


def file_asked_for(printer: QPrinter) -> Optional[str]:
    """The file the print dialog was told to print to, or None for paper."""
    path = printer.outputFileName()
    return path if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and path else None


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
