"""The escalation timeline: the curve over the conversation, key moments and safety flags as markers.

Reached by Tab as well as the mouse: the arrow keys (Home, End) move between the key moments, Enter or Space
does what a click on one does, a frame marks the chosen moment while the chart has the focus, and the
accessible description says which moment is chosen and where it sits in the conversation."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QBrush, QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import theme
from .player_bar import clock, whole_length


HEATED_DEFAULT = 1.5  # analysis.settings.escalation_threshold when the analysis does not say
SCALE_OVER_HEATED = 2.0  # the chart's top is twice the "heated" line (higher only when a score is)


class EscalationTimeline(QWidget):
    moment_clicked = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(170)
        self.setAccessibleName("Escalation over the conversation")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; the arrow keys choose a moment
        self._curve: list[tuple[float, float]] = []
        self._moments: list[tuple[float, float, float]] = []  # start, end, peak
        self._flags: list[float] = []
        self._unsure: list[bool] = []  # each key moment read with low confidence or not
        self._duration = 0.0
        self._position = 0.0
        self._threshold = HEATED_DEFAULT
        self._chosen: int | None = None  # the key moment the keyboard is on
        self._describe()

    def set_analysis(self, analysis: dict) -> None:
        self._duration = float(analysis.get("duration_s") or 0.0)
        params = analysis.get("params") or {}
        self._threshold = float(params.get("escalation_threshold") or HEATED_DEFAULT)
        self._curve = [((c["t"] + c.get("end", c["t"])) / 2, float(c.get("score") or 0.0)) for c in analysis.get("escalation_curve") or []]
        points = sorted(analysis.get("escalation_points") or [], key=lambda p: p["start"])
        self._moments = [(p["start"], p["end"], p.get("peak_t", p["start"])) for p in points]
        self._unsure = [p.get("confidence") == "low" for p in points]  # said as the Key moments list says it
        self._flags = [f["t"] for f in analysis.get("safety_flags") or []]
        self._chosen = None
        self._describe()
        self.update()

    def scale_top(self) -> float:
        """A fixed height: each partner's arousal is already measured against their own calm
        baseline, so the same score draws at the same height in every recording and a calm talk
        stays low instead of being stretched to fill the chart. Only a conversation that goes
        past the top raises it (a flat line at the top would hide how far it went)."""
        peak = max((s for _t, s in self._curve), default=0.0)
        return max(self._threshold * SCALE_OVER_HEATED, peak * 1.05)

    def height_of(self, score: float) -> float:
        """0..1: where a score sits on the chart (for tests and the accessible description)."""
        return min(max(0.0, score), self.scale_top()) / self.scale_top()

    def set_position(self, seconds: float) -> None:
        self._position = seconds
        self.update()

    def clear(self) -> None:
        self._curve, self._moments, self._flags, self._duration, self._unsure = [], [], [], 0.0, []
        self._chosen = None
        self._describe()
        self.update()

    def _plot(self) -> QRectF:
        return QRectF(62, 10, max(10, self.width() - 74), self.height() - 36)

    def _x(self, t: float, box: QRectF) -> float:
        return box.left() + box.width() * (t / self._duration if self._duration else 0.0)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        box = self._plot()
        text = pal.color(QPalette.ColorRole.Text)
        hint = pal.color(QPalette.ColorRole.PlaceholderText)
        p.setPen(QPen(hint, 1))
        p.drawLine(box.bottomLeft(), box.bottomRight())
        top = self.scale_top()
        heated_y = box.bottom() - box.height() * self._threshold / top
        p.drawText(QRectF(0, heated_y - 9, 56, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "heated")
        if box.bottom() - heated_y >= 18:  # after a very heated talk the line sits low: "heated" says enough
            p.drawText(QRectF(0, box.bottom() - 16, 56, 20), Qt.AlignmentFlag.AlignRight, "calm")
        p.setPen(QPen(hint, 1, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(box.left(), heated_y), QPointF(box.right(), heated_y))
        p.setPen(QPen(hint, 1))
        if self._duration <= 0:
            p.setPen(text)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, "No analysis yet")
            p.end()
            return
        for i in range(5):  # time ticks
            t = self._duration * i / 4
            x = min(self._x(t, box), self.width() - 32.0)  # keep the last label inside the widget
            p.drawText(QRectF(x - 30, box.bottom() + 4, 60, 18), Qt.AlignmentFlag.AlignCenter, clock(t))
        key = QColor(theme.speaker_color(1))
        key.setAlpha(50)
        for start, end, _peak in self._moments:
            p.fillRect(QRectF(self._x(start, box), box.top(), max(3.0, self._x(end, box) - self._x(start, box)), box.height()), QBrush(key))
        path = QPainterPath()
        for i, (t, s) in enumerate(self._curve):
            pt = QPointF(self._x(t, box), box.bottom() - box.height() * min(max(0.0, s), top) / top)
            path.moveTo(pt) if i == 0 else path.lineTo(pt)
        p.setPen(QPen(theme.speaker_color(1), 2))
        p.drawPath(path)
        safety = theme.safety_color()
        for t in self._flags:
            x = self._x(t, box)
            p.setPen(QPen(safety, 2))
            p.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()))
            p.setBrush(safety)
            p.drawEllipse(QPointF(x, box.top() + 4), 4, 4)
        if self.hasFocus():  # the focus mark: a frame round the chart, a bold one round the chosen moment
            focus = pal.color(QPalette.ColorRole.Highlight)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(focus, 1, Qt.PenStyle.DotLine))
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
            if self._chosen is not None:
                start, end, _peak = self._moments[self._chosen]
                p.setPen(QPen(focus, 3))
                p.drawRect(QRectF(self._x(start, box) - 2, box.top() - 2,
                                  max(3.0, self._x(end, box) - self._x(start, box)) + 4, box.height() + 4))
        x = self._x(self._position, box)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()))
        p.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self._duration <= 0:
            return
        box = self._plot()
        t = (event.position().x() - box.left()) / box.width() * self._duration
        for i, (start, end, _peak) in enumerate(self._moments):
            if start - 1.0 <= t <= end + 1.0:
                self.choose(i)  # the keyboard goes on from the moment clicked
                self.moment_clicked.emit(float(start))
                return
        self.moment_clicked.emit(float(min(max(t, 0.0), self._duration)))

    # --- the keyboard ------------------------------------------------------------------------------
    def choose(self, index: int) -> None:
        """Choose key moment `index` (clamped to the first and last): framed, and said to a screen reader."""
        if not self._moments:
            return
        self._chosen = min(max(0, index), len(self._moments) - 1)
        self._describe()
        self.update()

    def chosen(self) -> int | None:
        return self._chosen

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._chosen is None and self._moments:
            self.choose(0)  # Enter at once hears the first moment
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        key, last = event.key(), len(self._moments) - 1
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        now = -1 if self._chosen is None else self._chosen
        moves = {Qt.Key.Key_Right: now + 1, Qt.Key.Key_Down: now + 1, Qt.Key.Key_Left: now - 1,
                 Qt.Key.Key_Up: now - 1, Qt.Key.Key_Home: 0, Qt.Key.Key_End: last}
        if plain and self._moments and key in moves:
            self.choose(max(0, moves[key]))
        elif plain and self._chosen is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.moment_clicked.emit(float(self._moments[self._chosen][0]))  # what a click on it does
        else:
            super().keyPressEvent(event)

    def _describe(self) -> None:
        """Where the chosen moment is, in words (the chart says it only by drawing)."""
        if self._duration <= 0:
            text = "No analysis yet."
        elif not self._moments:
            text = "No moments where the conversation clearly heated up."
        elif self._chosen is None:
            many = len(self._moments)
            text = (f"{many} key moment{'s' if many != 1 else ''} where the conversation heated up. "
                    "Use the arrow keys to choose one, Enter or Space to hear it.")
        else:
            start, end, peak = self._moments[self._chosen]
            at = 100 * start / self._duration
            unsure = "Low confidence: check the recording. " if self._unsure[self._chosen] else ""
            text = (f"Key moment {self._chosen + 1} of {len(self._moments)}: {clock(start)} to {clock(end)}, "
                    f"at its height at {clock(peak)} ({at:.0f}% into the conversation of {whole_length(self._duration)}). "
                    f"{unsure}Enter or Space plays it; the arrow keys move to another moment.")
        self.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def moments(self) -> Sequence[tuple[float, float, float]]:
        return list(self._moments)
