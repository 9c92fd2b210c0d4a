"""Fonts, paper sizes, paragraph styles and the few greys and patterns the report uses.

The report is printed, often in black and white, and read in two minutes: one sans family shipped
in `resources/fonts/` (so Zoë, Łukasz and José render on any machine), nothing under 8 pt, and
partners told apart by lane, label and pattern as well as by tone.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..errors import UsageError
from ..paths import resource

FONT = "TTSans"
FONT_BOLD = "TTSans-Bold"
FONT_ITALIC = "TTSans-Italic"
MIN_FONT_PT = 8.0

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm  # room for the two footer lines

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
FAINT = colors.HexColor("#e6e6e6")
# Partner tones differ in lightness, so they stay distinct as greys on a black-and-white printer.
PARTNER_FILL = (colors.HexColor("#2f5f7a"), colors.HexColor("#e0a458"))
PARTNER_HATCH = (None, colors.HexColor("#7a4f12"))  # second partner also gets diagonal lines
SAFETY = colors.HexColor("#8b1e1e")
SAFETY_BG = colors.HexColor("#f6e3e3")


def page_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.lower()]
    except (KeyError, AttributeError):
        raise UsageError(f"Unknown paper size {paper!r}: choose a4 or letter.") from None


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the bundled TTFs once per process; reportlab embeds the glyphs used (subset)."""
    folder = resource("fonts")
    for name, file in ((FONT, "LiberationSans-Regular.ttf"), (FONT_BOLD, "LiberationSans-Bold.ttf"),
                       (FONT_ITALIC, "LiberationSans-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK, alignment=TA_LEFT,
                          bulletFontName=FONT, bulletFontSize=9.5)

    def derive(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": derive("title", fontName=FONT_BOLD, fontSize=16, leading=19, spaceAfter=2),
        "subtitle": derive("subtitle", fontSize=10, leading=13, textColor=MUTED),
        "h1": derive("h1", fontName=FONT_BOLD, fontSize=12.5, leading=15, spaceBefore=8, spaceAfter=4),
        "h2": derive("h2", fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2),
        "small": derive("small", fontSize=8, leading=10, textColor=MUTED),
        "label": derive("label", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=MUTED),
        "quote": derive("quote", fontName=FONT_ITALIC, fontSize=9.5, leading=12.5, leftIndent=8),
        "context": derive("context", fontSize=8.5, leading=11, textColor=MUTED, leftIndent=8),
        "context_hit": derive("context_hit", fontSize=9, leading=11.5, leftIndent=8),
        "bullet": derive("bullet", leftIndent=14, bulletIndent=2, spaceAfter=3),
        "safety": derive("safety", fontName=FONT_BOLD, fontSize=10, leading=13, textColor=SAFETY),
        "cell": derive("cell", fontSize=9, leading=11),
        "cell_bold": derive("cell_bold", fontName=FONT_BOLD, fontSize=9, leading=11),
    }
