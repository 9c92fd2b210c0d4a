"""Single words of one transcript line: move some to the other speaker, or edit one.

The line's words are shown as they read, each one clickable; a word's time is in its tooltip and in
the summary under the words. The dialogs only choose; the recording page runs the change as a job
through the operations (`ops_speakers.reassign_speaker`, `ops_transcript.correct_transcript`).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from ..pipeline.ops_transcript import describe_runs
from .. import timefmt

WordRole = Qt.ItemDataRole.UserRole + 2
KEPT_NOTE = ("Kept with the recording (and in the audit log); it stays when the recording is processed again. "
             "The analysis and the report are made again.")


def word_time(seconds: float) -> str:
    """m:ss.t: words are a few tenths of a second long, so the tenth tells neighbours apart (99.84 s is 1:39.8, the
    moment said 1:40 elsewhere)."""
    tenths = int(round(max(0.0, float(seconds)) * 10))
    return f"{timefmt.clock(tenths // 10, pad_minutes=False)}.{tenths % 10}"


def _quote(words: list[dict]) -> str:
    return "“" + " ".join(w["word"] for w in words) + "”"


class WordPicker(QListWidget):
    """The line's words flowing like text; a click chooses a word (and, with `several`, a second
    click leaves it)."""

    def __init__(self, words: list[dict], several: bool, parent=None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(3)
        self.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection if several
                              else QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName("The words of the line")
        for w in words:
            item = QListWidgetItem(w["word"])
            item.setData(WordRole, w)
            item.setToolTip(f"Said at {word_time(w['start'])}")
            self.addItem(item)
        self.setMinimumSize(460, 120)

    def chosen(self) -> list[tuple[int, dict]]:
        """(position in the line, word) of the chosen words, in the order they were said."""
        return sorted((self.row(i), i.data(WordRole)) for i in self.selectedItems())


class _TallEnough:
    """A dialog that opens as tall as its contents need at its width: Qt does not grow a window for wrapped labels
    and a wrapping word list ("Edit a word" opened at 560x300 needing 410 px, its field drawn over the words)."""

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        needed = self.layout().heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)


class MoveWordsDialog(_TallEnough, QDialog):
    """Choose the words of a line that the other partner said."""

    def __init__(self, words: list[dict], said_by: Optional[str], others: dict[str, str], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Move words to the other speaker")
        self.others = dict(others)
        shown = f"This line is shown as {said_by}'s." if said_by else "Nobody is named for this line yet."
        if len(self.others) == 1:
            other = next(iter(self.others.values()))
            intro = f"{shown} Click each word that {other} said. Click a word again to leave it."
        else:
            intro = f"{shown} Click each word that someone else said, then say who."
        self.intro = QLabel(intro, wordWrap=True)
        self.picker = WordPicker(words, several=True)
        self.speaker = QComboBox()
        self.speaker.setAccessibleName("Said by")
        for label, name in self.others.items():
            self.speaker.addItem(name, label)
        self.summary, note, buttons = _summary_note_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.picker, 1)
        if len(self.others) > 1:  # with one other speaker there is nothing to choose: no dead control
            form = QFormLayout()
            form.addRow("Said by", self.speaker)
            layout.addLayout(form)
        else:
            self.speaker.hide()
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.picker.itemSelectionChanged.connect(self._update)
        self.speaker.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(560, 320)

    def target(self) -> str:
        return self.speaker.currentData()

    def runs(self) -> list[tuple[float, float]]:
        """The chosen words as stretches of consecutive words: (start of the first, end of the last)."""
        out: list[list] = []
        last = None
        for row, w in self.picker.chosen():
            if out and row == last + 1:
                out[-1][1] = w["end"]
            else:
                out.append([w["start"], w["end"]])
            last = row
        return [(float(a), float(b)) for a, b in out]

    def _update(self) -> None:
        chosen = [w for _row, w in self.picker.chosen()]
        name = self.speaker.currentText()
        self.ok.setText(f"Move to {name}")
        self.ok.setEnabled(bool(chosen))
        self.ok.setToolTip("" if chosen else "Click at least one word first.")
        if not chosen:
            self.summary.setText("No words chosen yet.")
            return
        places = len(self.runs())
        where = (f"from {word_time(chosen[0]['start'])} to {word_time(chosen[-1]['end'])}" if places == 1
                 else f"in {places} places")
        count = "1 word" if len(chosen) == 1 else f"{len(chosen)} words"
        self.summary.setText(f"{count} for {name}: {_quote(chosen)}, {where}.")


def _summary_note_buttons(dialog: QDialog) -> tuple[QLabel, QLabel, QDialogButtonBox]:
    """What both word dialogs end with: a line saying what is chosen, the "kept" note, OK and Cancel
    (OK is `dialog.ok`, so each dialog can name and enable it)."""
    summary = QLabel(wordWrap=True)
    summary.setTextFormat(Qt.TextFormat.PlainText)
    note = QLabel(KEPT_NOTE, wordWrap=True)
    note.setProperty("role", "hint")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    dialog.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return summary, note, buttons


class EditWordDialog(_TallEnough, QDialog):
    """Choose one word of a line and write what was really said (empty removes it)."""

    def __init__(self, words: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Edit a word")
        intro = QLabel("Click the word to change, then write what was really said. "
                       "Leave it empty to remove a word that was not said.", wordWrap=True)
        self.picker = WordPicker(words, several=False)
        self.edit = QLineEdit()
        self.edit.setAccessibleName("What was said")
        self.edit.setPlaceholderText("What was said (empty removes the word)")
        self.summary, note, buttons = _summary_note_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker, 1)
        form = QFormLayout()
        form.addRow("What was said", self.edit)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.picker.itemSelectionChanged.connect(self._word_chosen)
        self.edit.textChanged.connect(self._update)
        self._update()
        self.resize(560, 300)

    def word(self) -> Optional[dict]:
        chosen = self.picker.chosen()
        return chosen[0][1] if chosen else None

    def text(self) -> str:
        return " ".join(self.edit.text().split())

    def _word_chosen(self) -> None:
        w = self.word()
        if w is not None:
            self.edit.setText(w["word"])
            self.edit.selectAll()
            self.edit.setFocus()
        self._update()

    def _update(self) -> None:
        w = self.word()
        self.edit.setEnabled(w is not None)
        self.edit.setToolTip("" if w is not None else "Click a word above first.")
        if w is None:
            self.ok.setText("Change the word")
            self.ok.setEnabled(False)
            self.ok.setToolTip("Click a word above first.")
            self.summary.setText("No word chosen yet.")
            return
        text = self.text()
        self.ok.setText("Remove the word" if not text else "Change the word")
        same = text == w["word"]
        self.ok.setEnabled(not same)
        self.ok.setToolTip("Write what was really said first." if same else "")
        self.summary.setText(f"{_quote([w])} at {word_time(w['start'])}"
                             + ("" if same else (" will be removed." if not text else f" becomes “{text}”.")))


class CorrectLineDialog(_TallEnough, QDialog):
    def __init__(self, text: str, parent=None, typed: Optional[str] = None):
        super().__init__(parent)
        self.setWindowTitle("Correct the transcript")
        # the line as heard, whole: the field alone showed its end ("…t we could visit my parents") in a narrow box
        self.heard = QLabel(f"Heard: “{text}”", wordWrap=True)
        self.heard.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit = QLineEdit(text if typed is None else typed)  # (typed: what was being written when the vault locked)
        self.edit.setAccessibleName("What was said")
        self.edit.setMinimumWidth(520)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        # an empty line would silently do nothing: say what is needed instead (a word is removed with "Edit a word…")
        self.edit.textChanged.connect(lambda t: (self.ok.setEnabled(bool(t.strip())), self.ok.setToolTip(
            "" if t.strip() else "Type what was said; to take out a single word, use “Edit a word…”")))
        hint = QLabel("Kept with the recording (and in the audit log); it stays when the recording is processed "
                      "again. The analysis is made again on the corrected words.", wordWrap=True)
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heard)
        layout.addWidget(QLabel("What was said:"))
        layout.addWidget(self.edit)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        if typed is None:
            self.edit.setSelection(len(text), -len(text))  # all chosen, to type over, its start in view

    def text(self) -> str:
        return " ".join(self.edit.text().split())


def replacing_other_words_confirmed(parent, preview: dict) -> bool:
    """A corrected line whose time also holds words the other partner said (`ops_transcript.preview_correction`):
    which words, and whose, are named and the therapist decides (Cancel is the default), as the command line
    refuses them without --replace-other-speaker. True when nothing of the other partner's goes, or they agreed."""
    others = [r for r in preview["replaced"] if r["other_speaker"]]
    if not others:
        return True
    whose = " and ".join(dict.fromkeys(r["name"] or "the other partner" for r in others))
    name = preview.get("speaker_name") or "one partner"
    box = QMessageBox(QMessageBox.Icon.Warning, "Words the other partner said",
                      f"The time of this line also holds {describe_runs(others)}, said by {whose}. Correcting it as "
                      f"{name}'s line replaces those words too, so they are no longer in the transcript or the "
                      f"analysis as {whose}'s.", parent=parent)
    box.setInformativeText(f"To keep them, cancel and change {name}'s words one at a time with “Edit a word…”.")
    replace = box.addButton("Replace their words too", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is replace
