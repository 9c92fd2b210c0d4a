"""A page that scrolls in a small window (900x600) instead of squashing its parts over each other."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QStyle, QTabWidget, QVBoxLayout, QWidget


class ScrolledBody(QWidget):
    """The page inside its scroll area: as high as its parts' least heights at this width (a table three rows, a
    list a few lines), so the page scrolls only when those do not fit, never for their preferred heights."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self.layout().minimumHeightForWidth(width)


def scrolled(page: QWidget) -> tuple[QVBoxLayout, QScrollArea]:
    """Give `page` a scroll area filling it; returns the layout to put the page's parts in, and the scroll area."""
    body = ScrolledBody()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(16, 12, 16, 12)
    scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # not a Tab stop of its own (Shift+Tab stopped on it, with nothing to say); it still scrolls to each control
    # Tab reaches, and with the wheel
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return layout, scroll


class LeastTabs(QTabWidget):
    """Tabs that ask a scrolled page for the least height the most demanding tab needs at this width (its buttons
    whole, its list a few lines), not the shown tab's preferred height: the page scrolls only when a tab could not
    be used, and its scroll range stays the same from tab to tab."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        frame = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) + 4
        need = 0
        for index in range(self.count()):
            page = self.widget(index)
            layout = page.layout()
            least = layout.minimumHeightForWidth(width - frame) if layout is not None else -1
            need = max(need, least if least > 0 else page.minimumSizeHint().height())
        return self.tabBar().sizeHint().height() + need + frame

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))
