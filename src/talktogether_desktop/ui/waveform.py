"""The waveform: one lane per speaker, a playhead, click or arrow keys to move through the recording."""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from . import theme

BINS = 3000
LANE_H = 34


def envelope(samples: np.ndarray, bins: int = BINS) -> np.ndarray:
    """Peak level per bin (0..1), computed once; painting then costs nothing with an hour of audio."""
    samples = np.asarray(samples)
    if samples.size == 0:
        return np.zeros(0, dtype=np.float32)
    bins = min(bins, samples.size)
    cut = samples[: samples.size - samples.size % bins].reshape(bins, -1)
    # max and -min rather than abs(): abs of int16 -32768 overflows, and no full-size copy is made
    peaks = np.maximum(cut.max(axis=1).astype(np.float32), -cut.min(axis=1).astype(np.float32))
    top = float(peaks.max()) or 1.0
    return (peaks / top).astype(np.float32)


class WaveformWidget(QWidget):
    seek_requested = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Waveform, one lane per speaker")
        self._env = np.zeros(0, dtype=np.float32)
        self._duration = 0.0
        self._lanes: list[tuple[str, str]] = []  # (label, name)
        self._owner = np.zeros(0, dtype=np.int16)  # lane index per bin, -1 = nobody
        self._position = 0.0
        self._marks: list[float] = []
        self._update_height()

    # --- data ---------------------------------------------------------------------------------
    def set_audio(self, samples: np.ndarray, sample_rate: int) -> None:
        self._env = envelope(samples)
        self._duration = len(samples) / sample_rate if sample_rate else 0.0
        self._owner = np.full(self._env.size, -1, dtype=np.int16)
        self.update()

    def set_speakers(self, lanes: Sequence[tuple[str, str]], turns: Sequence[dict]) -> None:
        """lanes: (label, display name); turns: {"speaker", "start", "end"}."""
        self._lanes = list(lanes)
        self._owner = np.full(self._env.size, -1, dtype=np.int16)
        index = {label: i for i, (label, _n) in enumerate(self._lanes)}
        if self._duration > 0 and self._env.size:
            per_bin = self._duration / self._env.size
            for turn in turns:
                lane = index.get(turn.get("speaker"))
                if lane is None:
                    continue
                a = int(turn["start"] / per_bin)
                b = max(a + 1, int(np.ceil(turn["end"] / per_bin)))
                self._owner[a:b] = lane
        self._update_height()
        self.update()

    def set_marks(self, times: Sequence[float]) -> None:
        self._marks = list(times)
        self.update()

    def set_position(self, seconds: float) -> None:
        self._position = seconds
        self.update()

    def clear(self) -> None:
        self._env = np.zeros(0, dtype=np.float32)
        self._owner = np.zeros(0, dtype=np.int16)
        self._lanes, self._marks, self._duration, self._position = [], [], 0.0, 0.0
        self._update_height()
        self.update()

    def _update_height(self) -> None:
        self.setFixedHeight(max(1, len(self._lanes)) * LANE_H + 12)

    # --- painting -------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        width = self.width() - 100
        left = 96
        lanes = self._lanes or [("", "")]
        dark = theme.is_dark()
        for i, (label, name) in enumerate(lanes):
            top = 6 + i * LANE_H
            colour = theme.speaker_color(theme.speaker_index(label), dark) if label else pal.color(QPalette.ColorRole.Mid)
            p.setPen(colour)
            p.drawText(QRectF(4, top, left - 8, LANE_H), Qt.AlignmentFlag.AlignVCenter, self.lane_name_shown(i))
            self._paint_lane(p, i if label else -2, QRectF(left, top, width, LANE_H - 4), colour)
        if self._duration > 0:
            for mark in self._marks:
                x = left + width * mark / self._duration
                p.setPen(QPen(theme.safety_color(), 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x, 2), QPointF(x, self.height() - 2))
            x = left + width * min(self._position / self._duration, 1.0)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        if self.hasFocus():
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        p.end()

    def _paint_lane(self, p: QPainter, lane: int, box: QRectF, colour: QColor) -> None:
        n = self._env.size
        if n == 0 or box.width() <= 0:
            return
        cols = int(box.width())
        idx = (np.arange(cols) * n / cols).astype(np.int64)
        levels = self._env[idx]
        owners = self._owner[idx] if self._owner.size == n else np.full(cols, -1)
        mid = box.center().y()
        half = box.height() / 2
        faint = QColor(colour)
        faint.setAlpha(45)
        path, quiet = QPainterPath(), QPainterPath()
        for x in range(cols):
            h = max(0.5, float(levels[x]) * half)
            target = path if (lane == -2 or owners[x] == lane) else quiet
            target.moveTo(box.left() + x, mid - h)
            target.lineTo(box.left() + x, mid + h)
        p.setPen(QPen(faint, 1))
        p.drawPath(quiet)
        p.setPen(QPen(colour, 1))
        p.drawPath(path)

    def lane_name_shown(self, lane: int) -> str:
        """The lane's name as painted in its 88 pixels: a long one ends with "…" (the whole of it is its tooltip);
        it was cut mid-letter ("Bartholome")."""
        label, name = self._lanes[lane] if 0 <= lane < len(self._lanes) else ("", "")
        return self.fontMetrics().elidedText(name or label or "Audio", Qt.TextElideMode.ElideRight, 88)

    def event(self, event) -> bool:  # noqa: D401 - Qt API
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()
            lane = int((pos.y() - 6) // LANE_H)
            if pos.x() < 96 and 0 <= lane < len(self._lanes) and self.lane_name_shown(lane).endswith("\u2026"):
                QToolTip.showText(event.globalPos(), self._lanes[lane][1] or self._lanes[lane][0], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # --- input ------------------------------------------------------------------------------------
    def _time_at(self, x: float) -> Optional[float]:
        width = self.width() - 100
        if self._duration <= 0 or width <= 0:
            return None
        return min(max((x - 96) / width, 0.0), 1.0) * self._duration

    def mousePressEvent(self, event) -> None:  # noqa: N802
        t = self._time_at(event.position().x())
        if t is not None:
            self.seek_requested.emit(t)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        step = {Qt.Key.Key_Left: -5.0, Qt.Key.Key_Right: 5.0, Qt.Key.Key_PageUp: -30.0, Qt.Key.Key_PageDown: 30.0}
        if event.key() in step and self._duration > 0:
            self.seek_requested.emit(min(max(self._position + step[event.key()], 0.0), self._duration))
        elif event.key() == Qt.Key.Key_Home:
            self.seek_requested.emit(0.0)
        else:
            super().keyPressEvent(event)
