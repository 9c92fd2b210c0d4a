"""The recording page's Notes tab: the therapist's own notes on the recording, each at a time in it, and the box to
add one. Empty, it says what goes there and how to add one, instead of showing a blank list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .player_bar import clock

ADD_NOTE = "Add note at the current time"
NO_NOTES = ("No notes on this recording yet. To add one, type it in the box below and click “" + ADD_NOTE + "”: "
            "the note keeps the time the playhead is at, so you can come back to that moment. Notes are for you "
            "alone: they are kept encrypted in the vault and are not printed in the reports.")


TimeRole = Qt.ItemDataRole.UserRole + 1
AT_ITS_TIME = "Click to move the playhead to this moment; double-click (or Enter) to hear it"


class NotesTab(QWidget):
    # A note keeps the playhead's time "so you can come back to that moment": as a transcript line, a click moves the
    # playhead there and a double-click or Enter plays from there (a click on a note's time did nothing).
    time_chosen = Signal(float)
    play_from = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName("Notes")
        self.list.setWordWrap(True)  # a long note is read whole
        self.list.itemClicked.connect(lambda item: self._at(item, self.time_chosen))
        self.list.itemActivated.connect(lambda item: self._at(item, self.play_from))
        self.empty = QLabel(NO_NOTES, wordWrap=True)
        self.empty.setProperty("role", "hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.edit = QPlainTextEdit(placeholderText="A note for yourself about this recording (kept encrypted in the vault)")
        self.edit.setMaximumHeight(90)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 2 + 12)  # two lines to type in
        self.edit.setAccessibleName("Note about this recording")
        self.edit.setTabChangesFocus(True)  # Tab goes on to the button; a note needs no tab characters
        self.add_btn = QPushButton(ADD_NOTE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_btn)
        layout.addLayout(row)
        self.show_notes([], loaded=False)

    def show_notes(self, notes: list[dict], loaded: bool = True) -> None:
        """The notes, oldest first ("0:12  text"); none: the words saying what goes here (once a recording is open)."""
        self.list.clear()
        for note in notes:
            at = f"{clock(note['t'])}  " if note.get("t") is not None else ""
            item = QListWidgetItem(f"{at}{note['text']}")
            if note.get("t") is not None:
                item.setData(TimeRole, float(note["t"]))
                item.setToolTip(AT_ITS_TIME)
            self.list.addItem(item)
        self.list.setVisible(bool(notes) or not loaded)
        self.empty.setVisible(loaded and not notes)

    @staticmethod
    def _at(item: QListWidgetItem, signal) -> None:
        if item.data(TimeRole) is not None:
            signal.emit(float(item.data(TimeRole)))

    def confirm_leave(self, add) -> bool:
        """Leaving with a note typed but not added asks: add it (`add`), throw it away, or stay. It was dropped
        without a word when the therapist went back to the couple or quit."""
        if not self.edit.toPlainText().strip():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, "Add the note you typed?",
                          "You typed a note on this recording but have not added it yet.", parent=self.window())
        keep = box.addButton("Add the note", QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton("Discard it", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            add()
        elif box.clickedButton() is drop:
            self.edit.clear()
        return box.clickedButton() in (keep, drop)
