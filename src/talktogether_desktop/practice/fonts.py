"""Fonts for the couple handout: a TrueType family that can write Zoë, Łukasz and José.

Prefers the fonts shipped in `resources/fonts/` (embedded in the PDF with their licence), then
the system's DejaVu or Liberation, and only then reportlab's built-in Helvetica, which covers
Latin-1 (Zoë, José) but not, for example, the Ł of Łukasz.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional, Tuple

from .. import paths

# (regular, bold) file names in order of preference.
FAMILIES: List[Tuple[str, str]] = [
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
]
SYSTEM_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
]
REGULAR, BOLD = "TTHandout", "TTHandout-Bold"


def _find_family(folders: List[Path]) -> Optional[Tuple[Path, Path]]:
    for folder in folders:  # the shipped folder first: its fonts come with their licence
        for regular, bold in FAMILIES:
            r, b = folder / regular, folder / bold
            if r.is_file() and b.is_file():
                return r, b
    return None


def handout_fonts(folder: Optional[Path] = None) -> Tuple[str, str]:
    """Register and return (regular, bold) font names; falls back to Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = pdfmetrics.getRegisteredFontNames()
    if REGULAR in registered and BOLD in registered:
        return REGULAR, BOLD
    folders = [folder] if folder else [paths.resource("fonts")]
    found = _find_family(folders + ([] if folder else SYSTEM_DIRS))
    if found is None:
        return "Helvetica", "Helvetica-Bold"
    try:
        pdfmetrics.registerFont(TTFont(REGULAR, str(found[0])))
        pdfmetrics.registerFont(TTFont(BOLD, str(found[1])))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    except Exception:  # a damaged font file must not stop the handout
        return "Helvetica", "Helvetica-Bold"
    return REGULAR, BOLD
