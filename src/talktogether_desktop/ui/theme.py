"""Look and feel: follow the system's light or dark scheme, readable sizes, speaker colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

MIN_POINT_SIZE = 11

# Colour-blind-safe pairs (Okabe-Ito), one per speaker lane; darker for light backgrounds.
_SPEAKERS_LIGHT = ["#0b6fa4", "#b85c00", "#137d5b", "#8e3f8a", "#5e5e5e"]
_SPEAKERS_DARK = ["#56b4e9", "#e69f00", "#2fc29a", "#cc79a7", "#b0b0b0"]

SAFETY_LIGHT, SAFETY_DARK = "#b3261e", "#ff8a80"


def is_dark(app: QApplication | None = None) -> bool:
    app = app or QApplication.instance()
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication) -> None:
    """Fusion everywhere (crisp at any DPI); palette from the system scheme; a readable base font."""
    app.setStyle("Fusion")
    _apply_palette(app)
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(_STYLE)
    app.styleHints().colorSchemeChanged.connect(lambda _s: _apply_palette(app))


def _apply_palette(app: QApplication) -> None:
    dark = is_dark(app)
    p = QPalette()
    if dark:
        base, window, text = QColor("#1e2126"), QColor("#272b31"), QColor("#e8e8e8")
        p.setColor(QPalette.ColorRole.Highlight, QColor("#3d7bd9"))
        p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
        p.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    else:
        base, window, text = QColor("#ffffff"), QColor("#f4f5f7"), QColor("#1f2328")
        p.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fce"))
        p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b7280"))
        p.setColor(QPalette.ColorRole.Link, QColor("#1a5fb4"))
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, window)
    p.setColor(QPalette.ColorRole.Button, window)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(role, text)
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    # A disabled control must look disabled: muted text, flat button face.
    muted = QColor("#7d838b") if dark else QColor("#a3a8b0")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, muted)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, window.darker(104) if not dark else window)
    p.setColor(QPalette.ColorRole.ToolTipBase, base)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    app.setPalette(p)


def speaker_color(index: int, dark: bool | None = None) -> QColor:
    dark = is_dark() if dark is None else dark
    colours = _SPEAKERS_DARK if dark else _SPEAKERS_LIGHT
    return QColor(colours[index % len(colours)])


def speaker_index(label: str) -> int:
    """'S1' -> 0, 'S2' -> 1; anything else after the partners."""
    if label and label[0] == "S" and label[1:].isdigit():
        return max(0, int(label[1:]) - 1)
    return 4


def safety_color() -> QColor:
    return QColor(SAFETY_DARK if is_dark() else SAFETY_LIGHT)


def title_font(scale: float = 1.5, bold: bool = True) -> QFont:
    font = QFont(QApplication.instance().font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


_STYLE = """
QPushButton { padding: 6px 14px; }
QPushButton[primary="true"] { font-weight: bold; }
QPushButton[primary="true"]:enabled { background: palette(highlight); color: palette(highlighted-text);
                                      border: 1px solid palette(highlight); border-radius: 4px; }
QPushButton:disabled { color: palette(placeholder-text); }
QListView:focus, QTreeView:focus, QTableView:focus, QListWidget:focus, QTableWidget:focus,
QScrollArea:focus { border: 2px solid palette(highlight); }
QLabel[role="error"] { color: #b3261e; font-weight: bold; }
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel[role="banner-warn"] { background: #fff4ce; color: #4d3800; border: 1px solid #e0c060;
                             border-radius: 6px; padding: 8px; }
QLabel[role="banner-note"] { background: #e8f0fb; color: #0d2a4d; border: 1px solid #9bb8e0;
                             border-radius: 6px; padding: 8px; }
QLabel[role="banner-ok"] { background: #e3f4e8; color: #0f3d1f; border: 1px solid #8cc9a0;
                           border-radius: 6px; padding: 8px; }
QLabel[role="safety"] { background: #fde7e7; color: #5c0f0a; border: 2px solid #b3261e;
                        border-radius: 6px; padding: 8px; }
QLabel[role="disclaimer"] { color: palette(placeholder-text); font-style: italic; }
"""
# A message box's text is at least this wide: Qt sizes a box to its text's minimum, and a wrapped text's minimum is
# a narrow column (a 282 px box, five words a line). Set here, the rule holds for every box, the error presenter's
# and the questions asked with QMessageBox.question alike.
MESSAGE_TEXT_WIDTH = 420
_STYLE += ("QMessageBox QLabel#qt_msgbox_label, QMessageBox QLabel#qt_msgbox_informativelabel "
           f"{{ min-width: {MESSAGE_TEXT_WIDTH}px; }}\n")
