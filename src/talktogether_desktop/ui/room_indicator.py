"""While a room recording goes on and the therapist looks at another page: a mark in the status bar that says so,
with the time so far, a way back to it and "Stop and save" (it recorded on, unseen, behind every other page)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .player_bar import clock


class RecordingIndicator(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.label = QLabel()
        # (its text, whose and how long, is its accessible name: a name set here hid both from a screen reader)
        self.label.setProperty("role", "error")  # the theme's red and bold: a recording light
        self.show_btn = QPushButton("Show")
        self.show_btn.setToolTip("Back to the room recording")
        self.show_btn.setAccessibleName("Show the room recording")
        self.stop_btn = QPushButton("Stop and save")
        self.stop_btn.setToolTip("Stop the room recording and save it into the vault")
        self.stop_btn.setAccessibleName("Stop and save the room recording")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for widget in (self.label, self.show_btn, self.stop_btn):
            layout.addWidget(widget)
        self.show_btn.clicked.connect(self._show_room)
        self.stop_btn.clicked.connect(self._stop)
        self._placed = False
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.setVisible(False)

    def refresh(self) -> None:
        room = self.w.room_page
        away = self.w.content.currentWidget() is not room or self.w.root.currentWidget() is not self.w.workspace
        visible = room.recorder is not None and away
        if visible:
            state = ("Microphone lost" if room.recorder.lost else "Paused" if room.recorder.paused
                     else "Recording…")
            couple = room.who.text().removeprefix("For: ")  # whose it is, while another couple's page is open
            self.label.setText(f"● {state} in the room: {couple} · {clock(room.recorder.elapsed_s)}")
        if visible and self._placed is False:  # the status bar is made only when first needed: at 900x600 its line
            self.w.statusBar().addPermanentWidget(self)  # is taken from the page (a report preview, a transcript)
            self._placed = True
        if visible != self.isVisible():
            self.setVisible(visible)

    def _show_room(self) -> None:
        self.w.show_content(self.w.room_page)
        self.refresh()

    def _stop(self) -> None:
        self.w.statusBar().showMessage("Saving the room recording into the vault…", 8000)
        self.w.room_page.stop_and_save()  # saved: the couple's page opens with it, as from the room page
        self.refresh()
