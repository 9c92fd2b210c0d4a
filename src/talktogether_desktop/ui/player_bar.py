"""Play, pause, seek and speed over the player of `pipeline.ops_sound` (sounddevice, audio decoded in memory)."""

from __future__ import annotations

from typing import Optional

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from .. import timefmt
from ..pipeline.ops_sound import PLAYBACK_SPEEDS, Player, can_play, player_for


def clock(seconds: float) -> str:
    """The app's m:ss of a moment, rounded to the nearest second by the one rule of `timefmt.clock` that the report,
    the analysis's sentences and the command line follow: a moment the PDF gives as 01:40 (99.8 s) reads 1:40 here,
    in the transcript, the analysis and the player's counter alike (the window floored it to 1:39)."""
    return timefmt.clock(seconds, pad_minutes=False)


def whole_length(seconds: float) -> str:
    """A whole recording's length in the app's m:ss, by the rule every other place says it (`timefmt.whole_length`:
    rounded), so the player's total is the second the couple's list shows."""
    return timefmt.whole_length(seconds, pad_minutes=False)


def counter(position: float, total: float) -> str:
    """"0:12 / 1:16": the position as every moment is said, and at the end the total itself."""
    return f"{whole_length(total) if position >= total else clock(position)} / {whole_length(total)}"


class PlayerBar(QWidget):
    position_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.player: Optional[Player] = None
        self.play_btn = QPushButton("Play")
        self.play_btn.setToolTip("Play or pause (Space or Ctrl+Space)")  # the page owns the shortcut
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setAccessibleName("Position in the recording")
        self.time = QLabel("0:00 / 0:00")
        self.speed = QComboBox()
        self.speed.setAccessibleName("Playback speed")
        for s in PLAYBACK_SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(PLAYBACK_SPEEDS.index(1.0))
        self.silent = QLabel("")
        self.silent.setProperty("role", "hint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play_btn)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time)
        layout.addWidget(QLabel("Speed"))
        layout.addWidget(self.speed)
        layout.addWidget(self.silent)
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._tick)
        self.play_btn.clicked.connect(self.toggle)
        self.slider.sliderMoved.connect(lambda ms: self.seek(ms / 1000))
        self.speed.currentIndexChanged.connect(lambda _i: self.player and self.player.set_speed(self.speed.currentData()))
        self._set_enabled(False)

    def set_audio(self, samples: np.ndarray, rate: int) -> None:
        self.clear()
        self.player = player_for(samples, rate)
        self.player.set_speed(self.speed.currentData())
        self.slider.setRange(0, int(self.player.duration_s * 1000))
        if not can_play():
            self.silent.setText("(silent: no sound output)")
        self._set_enabled(True)
        self._tick()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.play_btn, self.slider, self.speed):
            w.setEnabled(on)

    def toggle(self) -> None:
        if self.player is None:
            return
        if self.player.playing:
            self.pause()
        else:
            self.play()

    def play(self, start_s: Optional[float] = None, stop_s: Optional[float] = None) -> None:
        if self.player is None:
            return
        self.player.play(start_s, stop_s)
        self.play_btn.setText("Pause")
        self._timer.start()

    def pause(self) -> None:
        if self.player is not None:
            self.player.pause()
        self.play_btn.setText("Play")
        self._tick()
        self._timer.stop()

    def seek(self, seconds: float) -> None:
        if self.player is not None:
            self.player.seek(seconds)
            self._tick()

    def position(self) -> float:
        return self.player.position_s if self.player else 0.0

    def _tick(self) -> None:
        if self.player is None:
            return
        pos = self.player.position_s
        if not self.slider.isSliderDown():
            self.slider.setValue(int(pos * 1000))
        self.time.setText(counter(pos, self.player.duration_s))
        if not self.player.playing and self._timer.isActive():
            self.play_btn.setText("Play")
            self._timer.stop()
        self.position_changed.emit(pos)

    def clear(self) -> None:
        self._timer.stop()
        if self.player is not None:
            self.player.close()  # also drops the decoded samples
        self.player = None
        self.slider.setRange(0, 0)
        self.time.setText("0:00 / 0:00")
        self.play_btn.setText("Play")
        self._set_enabled(False)
