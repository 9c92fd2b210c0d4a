"""The frame of every page: size and margins, a discreet running header, and the footer.

The footer says, on every page, that this is confidential client information, that it was
generated on this computer, page x of y, and that the observations support clinical judgement and
are not a diagnosis (a page found alone on a desk must still say all of that).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from .styles import FONT, FONT_BOLD, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, RULE

CONFIDENTIAL = "Confidential client information"
NOT_A_DIAGNOSIS = ("These observations support clinical judgement; they are not a diagnosis. "
                   "Check each one against the recording.")
# the couple's version: no instruction meant for the therapist
NOT_A_DIAGNOSIS_SHARED = "These observations support your therapist's judgement; they are not a diagnosis."


def numbered_canvas(header: str, generated: str, footnote: str = NOT_A_DIAGNOSIS):
    """A canvas class that knows the page count before it draws the footers (two passes in memory)."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            # Our own font from the first operator on, so no unembedded Helvetica is referenced.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 9
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._frame(total)
                super().showPage()
            super().save()

        def _frame(self, total: int) -> None:
            width, height = self._pagesize
            page = self._pageNumber
            self.saveState()
            self.setFillColor(MUTED)
            if page > 1:
                text, size = fit_header(header, width - 2 * MARGIN_X)
                self.setFont(FONT, size)
                self.drawString(MARGIN_X, height - MARGIN_TOP + 12, text)
            y = MARGIN_BOTTOM - 10
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y + 9, width - MARGIN_X, y + 9)
            self.setFont(FONT_BOLD, 8)
            self.drawString(MARGIN_X, y, CONFIDENTIAL)
            self.setFont(FONT, 8)
            self.drawCentredString(width / 2, y, f"Generated on this computer, {generated}")
            self.drawRightString(width - MARGIN_X, y, f"Page {page} of {total}")
            self.drawString(MARGIN_X, y - 10, footnote)
            self.restoreState()

    return NumberedCanvas


def fit_header(header: str, room: float, size: float = 8.0) -> tuple[str, float]:
    """The running header within the page's margins. With the clinician-only note before it, it ran past the right edge
    of A4 ("… recording of 1 Dec 2026, 19:40 UTC" cut at "19:40 UT", rep48): the report's title goes first (the note and
    the recording's date stay), then the type is made smaller."""
    parts = header.split(" \u00b7 ")
    if stringWidth(header, FONT, size) > room and len(parts) > 2:
        header = " \u00b7 ".join(parts[:1] + parts[2:])
    width = stringWidth(header, FONT, size)
    return header, size if width <= room else max(5.0, size * room / width)
