"""Report preview: the PDF's pages rendered in memory with pypdfium2; export to a chosen file; print."""

from __future__ import annotations

from typing import Optional

import pypdfium2 as pdfium
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# Who the report is for: everything for the clinician, or a version the couple may see.
MODES = [("For the clinician", "clinician"), ("Shareable with the couple", "shareable")]
PREVIEW_DPI = 110
PRINT_DPI = 200
PAGES_LEAST_HEIGHT = 160  # at 900x600 with nothing extra said the page still fits without scrolling


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page as a QImage, from bytes in memory (no file, no plaintext copy)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(doc)):
            page = doc[index]
            bitmap = page.render(scale=dpi / 72.0)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
            images.append(image)
            page.close()
        return images
    finally:
        doc.close()


GENERATE_TIP = "A fresh report from the current analysis, names and settings"
GENERATE_WAITS = ("Wait: a change to this recording is being processed. A report made now would be built on the reading "
                  "before it; it is made again once the change is done.")


class ReportPreview(QWidget):
    generate_requested = Signal()
    exported = Signal(str)
    printed = Signal()  # on paper (a print to a file is an export)
    export_failed = Signal(object)  # the typed error, for the window's one place that turns errors into messages

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pdf: Optional[bytes] = None
        self._images: list[QImage] = []
        self._suggested = "session-prep.pdf"
        self.generate_btn = QPushButton("Make a new report")
        self.generate_btn.setToolTip(GENERATE_TIP)
        self.mode_box = QComboBox()
        for label, key in MODES:
            self.mode_box.addItem(label, key)
        self.mode_box.setAccessibleName("Report version")
        self.mode_box.setToolTip("The shareable version leaves out safety details, raw disclosures and "
                                 "per-partner scores")
        self.export_btn = QPushButton("Export PDF…")
        self.print_btn = QPushButton("Print…")
        self.info = QLabel("")
        self.info.setProperty("role", "hint")
        self.info.setWordWrap(True)  # wraps on a narrow window instead of widening every tab of the page
        # Said before anything is exported or printed for the couple: its own full-width line, never squeezed.
        self.caution = QLabel("")
        self.caution.setWordWrap(True)
        self.caution.setProperty("role", "banner-warn")
        self.caution.setVisible(False)
        tools = QHBoxLayout()
        tools.addWidget(self.generate_btn)
        tools.addWidget(self.mode_box)
        tools.addStretch(1)
        tools.addWidget(self.export_btn)
        tools.addWidget(self.print_btn)
        self.pages = QVBoxLayout()
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        holder = QWidget()
        holder.setLayout(self.pages)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(holder)
        self.scroll.setAccessibleName("Report pages")
        # At 900x600 with the caution and a status message shown the pages kept a 91 px strip: the recording page
        # scrolls instead (its tabs ask for this least height), so a good part of a page is always readable.
        self.scroll.setMinimumHeight(PAGES_LEAST_HEIGHT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caution)
        layout.addLayout(tools)
        layout.addWidget(self.info)  # its own line: a narrow window wraps it across, not down a column
        layout.addWidget(self.scroll, 1)
        self.generate_btn.clicked.connect(lambda: self.generate_requested.emit())
        self.mode_box.currentIndexChanged.connect(lambda _i: self.generate_requested.emit())
        self.export_btn.clicked.connect(self.export_dialog)
        self.print_btn.clicked.connect(self.print_dialog)
        self.clear()

    @property
    def page_count(self) -> int:
        return self.pages.count()

    @property
    def mode(self) -> str:
        return self.mode_box.currentData() or "clinician"

    def set_pdf(self, pdf: bytes, suggested_name: str = "session-prep.pdf", images: Optional[list[QImage]] = None,
                mode: str = "clinician", report_id: Optional[int] = None) -> None:
        self.clear()
        self._pdf = pdf
        self.report_id = report_id  # the stored report shown: what the audit log names when it is exported or printed
        self._suggested = suggested_name
        self._images = list(images if images is not None else render_pages(pdf))
        for _image in self._images:
            label = QLabel()
            label.setFrameShape(QLabel.Shape.Box)
            self.pages.addWidget(label)
        self._fit_pages()
        version = "shareable version, " if mode == "shareable" else ""
        self.info.setText(f"{version}{self.page_count} page{'s' if self.page_count != 1 else ''}, "
                          "kept only in the vault until you export it")
        self.export_btn.setEnabled(True)
        self.print_btn.setEnabled(True)
        self.export_btn.setToolTip("Save this report as a PDF file where you choose (readable by you only)")
        self.print_btn.setToolTip("Print this report")

    def _fit_pages(self) -> None:
        """Pages as wide as the window allows (never wider: no sideways scrolling)."""
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = max(320, self.scroll.viewport().width() - bar - 24)
        for i, image in enumerate(self._images):
            label = self.pages.itemAt(i).widget() if i < self.pages.count() else None
            if label is None:
                continue
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._images:
            self._fit_pages()

    def show_caution(self, text: str, gentle: bool = False) -> None:
        """`gentle`: a note (lines only to listen to were left out, nothing heard as safety language), not a warning."""
        role = "banner-note" if gentle else "banner-warn"
        if self.caution.property("role") != role:
            self.caution.setProperty("role", role)
            self.caution.style().unpolish(self.caution)
            self.caution.style().polish(self.caution)
        self.caution.setText(text)
        self.caution.setVisible(bool(text))

    def allow_generate(self, reportable: bool, waiting: bool = False) -> None:
        """`waiting`: a change to the recording is under way; a report made now would be built on the reading before it."""
        for control in (self.generate_btn, self.mode_box):
            control.setEnabled(reportable and not waiting)
        self.generate_btn.setToolTip(GENERATE_WAITS if reportable and waiting else GENERATE_TIP)

    def set_unavailable(self, text: str) -> None:
        self.clear()
        self.info.setText(text)

    def clear(self) -> None:
        self._pdf = None
        self.report_id: Optional[int] = None
        self._images: list[QImage] = []
        while self.pages.count():
            w = self.pages.takeAt(0).widget()
            if w is not None:
                w.hide()  # gone from the screen now, not when the event loop gets to deleting it
                w.deleteLater()
        self.info.setText("")
        self.show_caution("")
        self.export_btn.setEnabled(False)
        self.print_btn.setEnabled(False)
        for button in (self.export_btn, self.print_btn):
            button.setToolTip("There is no report here yet: it can be exported and printed once it is shown")

    # --- export and print -------------------------------------------------------------------------
    def export_to(self, path: str, data: Optional[bytes] = None) -> bool:
        """Writes only where the therapist chose; nothing else ever leaves the vault. True once written."""
        if self._pdf is None:
            return False
        from ..errors import ExportFailed
        from ..pipeline.ops_reports import write_private

        try:
            write_private(path, self._pdf if data is None else data)
        except ExportFailed as exc:
            self.export_failed.emit(exc)
            return False
        self.exported.emit(path)
        return True

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export report", self._suggested, "PDF (*.pdf)")
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.export_to(path)

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self._pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer) -> int:
        """Paint every page, scaled to the printable area; returns the number of pages sent (0 when a file could not
        be written, or printing on paper was not agreed to once told the print service keeps a copy). Printed to a file (the print dialog's "Print to File (PDF)") it is painted in memory and written
        as an export is (print_file.py), and audited as one."""
        from .print_file import PAPER_REPORT, file_asked_for, paint_pdf, paper_agreed

        if self._pdf is None:
            return 0
        path = file_asked_for(printer)
        if path is None:
            if not paper_agreed(self, PAPER_REPORT):  # the print service keeps a copy outside the vault
                return 0
            pages = self._paint(printer)
            if pages:
                self.printed.emit()
            return pages
        pages, data = paint_pdf(printer, self._paint)
        return pages if self.export_to(path, data) else 0

    def _paint(self, device) -> int:
        painter = QPainter(device)
        pages = 0
        try:
            for i, image in enumerate(render_pages(self._pdf, PRINT_DPI)):
                if i:
                    device.newPage()
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(area.x(), area.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
                pages += 1
        finally:
            painter.end()
        return pages
