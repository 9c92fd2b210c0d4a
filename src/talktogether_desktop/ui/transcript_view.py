"""The transcript: one line per speaker turn in the speaker's colour; click to play; search; fix speakers."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..pipeline.formats import said_together, unrecognised_note
from . import list_place, theme
from .flow_layout import FlowLayout
from .couples_list import search_key  # (accents, case and dashes set aside: "jose" finds José)
from .player_bar import clock
from .voice_words import voice
from .line_correction import correct_selected_line, edit_selected_word, move_selected_words
from .word_dialogs import CorrectLineDialog, EditWordDialog, MoveWordsDialog  # noqa: F401

LineRole = Qt.ItemDataRole.UserRole + 1


class TranscriptView(QWidget):
    play_from = Signal(float, float)  # start, end of the line
    line_chosen = Signal(float)  # a single click: the line's start (select, do not play)
    rename_requested = Signal()
    swap_requested = Signal()
    reassign_requested = Signal(float, float, str)  # start, end, to speaker label
    correct_requested = Signal(float, float, str)  # start, end, what was really said
    word_edit_requested = Signal(float, float, str)  # one word's start, end, what was said ("" removes it)
    words_move_requested = Signal(str, object)  # to speaker label, [(start, end)] of runs of words
    undo_requested = Signal()  # take back the latest correction
    corrections_requested = Signal()  # list the therapist's corrections

    def __init__(self, parent=None):
        super().__init__(parent)
        self.speakers: dict[str, str] = {}
        self._playing_row = -1
        self._asking = False  # "Select a line first" is shown
        self.keep_draft = None  # set by the window: keeps a dialog the lock closed, to open it again after unlocking
        self.search = QLineEdit(placeholderText="Search the transcript (Enter for the next match)", clearButtonEnabled=True)
        self.search.setAccessibleName("Search the transcript")
        self.matches = QLabel("")
        self.matches.setProperty("role", "hint")
        self.rename_btn = QPushButton("Rename speakers…")
        self.swap_btn = QPushButton("Swap speakers")
        self.reassign_btn = QPushButton("Selected lines are…")
        self.reassign_btn.setToolTip("Say who spoke the selected line or range of lines, or edit or move "
                                     "single words of one line")
        self.correct_btn = QPushButton("Correct line…")
        self.correct_btn.setToolTip("Write what was really said in the selected line; the analysis is made again")
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.matches)
        self.undo_btn = QPushButton("Undo correction")
        self.undo_btn.setEnabled(False)
        self.corrections_btn = QPushButton("Corrections…")
        self.corrections_btn.setEnabled(False)
        # The fixes wrap onto a second row when the window is narrow (900 pixels): every button stays whole.
        self.tools = QWidget()
        tools = FlowLayout(self.tools)
        for button in (self.rename_btn, self.swap_btn, self.reassign_btn, self.correct_btn, self.undo_btn,
                       self.corrections_btn):
            tools.addWidget(button)
        self.names_note = QLabel("")
        self.names_note.setWordWrap(True)
        self.names_note.setTextFormat(Qt.TextFormat.PlainText)
        self.check_btn = QPushButton("Check the names…")
        self.check_btn.setToolTip("Hear each voice and confirm or correct its name")
        names_row = QHBoxLayout()
        names_row.addWidget(self.names_note, 1)
        names_row.addWidget(self.check_btn)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 4 + 12)  # a few lines, however small the window
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName("Transcript")
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setSpacing(1)
        self.empty = QLabel("")
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.tools)
        layout.addLayout(names_row)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)

        # Select on click; play on double-click or Enter (client audio must not start by accident).
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._activated)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.search.textChanged.connect(self._highlight)
        self.search.returnPressed.connect(self._next_match)
        self.rename_btn.clicked.connect(self.rename_requested)
        self.check_btn.clicked.connect(self.rename_requested)
        self.set_name_sources({})
        self.swap_btn.clicked.connect(self.swap_requested)
        self.reassign_btn.clicked.connect(lambda: self._menu(None))
        self.correct_btn.clicked.connect(self._correct)
        self.undo_btn.clicked.connect(self.undo_requested)
        self.corrections_btn.clicked.connect(self.corrections_requested)
        self._set_tools(False)

    def _set_tools(self, on: bool) -> None:
        for w in (self.rename_btn, self.swap_btn, self.reassign_btn, self.correct_btn, self.search):
            w.setEnabled(on)

    def set_corrections(self, corrections: list[dict], speaker_fixes: int = 0, listed: int = 0) -> None:
        """The therapist's corrections so far: the latest can be taken back (Ctrl+Z); all are listed, with the voices
        named (`listed` speaker changes in all, namings included; they are not counted as corrections)."""
        changes = len(corrections) + speaker_fixes
        self.corrections_btn.setText(f"Corrections ({changes})…" if changes else "Corrections…")
        self.corrections_btn.setEnabled(bool(changes or listed))
        self.corrections_btn.setToolTip("See each change you made to the words and to who said them, and take one "
                                        "back" if changes else "No corrections yet")
        last = corrections[-1] if corrections else None
        self.undo_btn.setEnabled(last is not None)
        fixes = (f"No correction of the words to take back here; the {speaker_fixes} speaker "  # (taken back only there)
                 f"{'fix is' if speaker_fixes == 1 else 'fixes are'} taken back from “Corrections ({changes})…”")
        self.undo_btn.setToolTip(f"Take back the latest correction ({clock(float(last['start']))}: “{last.get('text', '')}”, "
                                 "Ctrl+Z); the analysis is made again" if last else fixes if speaker_fixes
                                 else "No corrections to take back")

    def hold_undo(self) -> None:
        """A change under way on this recording: Undo waits for it (it would take back a correction not shown yet)."""
        self.undo_btn.setEnabled(False)
        self.undo_btn.setToolTip("Wait until the change under way on this recording is done")

    def set_lines(self, lines: list[dict], speakers: dict[str, str], empty_text: str = "",
                  keep_place: bool = False, partners: Optional[list[str]] = None) -> None:
        """lines: {"start", "end", "speaker", "text"}; speakers: label -> display name. `keep_place` (the same
        recording filled anew after a correction): the line the therapist was on stays selected and in view.
        `partners`: the couple's names, for whose consent the speakers wait ("Ana, Ben and Chris", never "both")."""
        place = list_place.place_of(self.list, LineRole) if keep_place else None
        self.speakers = dict(speakers)
        self._playing_row = -1
        self.list.clear()
        dark = theme.is_dark()
        for line in lines:
            if line.get("unrecognised"):
                self.list.addItem(self._unrecognised_item(line))
                continue
            label = line.get("speaker") or "?"
            name = self.speakers.get(label, label)
            unsure = line.get("speaker_unsure")
            item = QListWidgetItem(f"{clock(line['start'])}  {name}{' (speaker unsure)' if unsure else ''}:  {line['text']}")
            item.setData(LineRole, line)
            item.setForeground(QBrush(theme.speaker_color(theme.speaker_index(label), dark)))
            item.setToolTip("Double-click (or Enter) to play from here")
            if unsure:  # the voices were hard to tell apart here: said so, not shown as sure
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setToolTip("The two voices were hard to tell apart here. Double-click to listen; if the other "
                                "partner said it, right-click → Spoken by…, or confirm who said it the same way.")
            self.list.addItem(item)
        self._asking = False
        self.empty.setText(empty_text)
        self.empty.setVisible(bool(empty_text) and not lines)
        self._set_tools(bool(lines))
        # naming, swapping and moving words need the voices told apart (a recording only transcribed has none)
        voices = len([label for label in self.speakers if label])
        for button, needed, tip in ((self.rename_btn, 1, "Give each voice a partner's name"),
                                    (self.swap_btn, 2, "Swap the two voices' names")):
            button.setEnabled(bool(lines) and voices >= needed)
            button.setToolTip(tip if voices >= needed else
                              "The voices have not been told apart yet: they are once the recording is processed "
                              + (f"with the consent of {said_together(partners)}." if partners else
                                 "with every partner's consent."))
        self._highlight(self.search.text())
        if place is not None:
            list_place.go_back_to(self.list, LineRole, place)

    def set_name_sources(self, sources: dict) -> None:
        """Say where automatic names came from; ask for a check when a match is not clear."""
        auto = {label: src for label, src in sources.items() if src.get("source") == "voice sample"}
        if not auto:
            self.names_note.clear()
            self.names_note.setVisible(False)
            self.check_btn.setVisible(False)
            return
        parts = []
        for label, src in sorted(auto.items()):  # in the words of the naming dialog and the corrections list
            name = self.speakers.get(label, label)
            how = "a clear match" if src["clear"] else "an unclear match"
            parts.append(f"{voice(label)} is {name} ({how}, {round(src['confidence'] * 100)}%)")
        unclear = any(not src["clear"] for src in auto.values())
        text = "Named from the partners' voice samples: " + "; ".join(parts) + "."
        if unclear:
            text += " Please listen and check before relying on who said what."
        self.names_note.setText(text)
        self.names_note.setProperty("role", "banner-warn" if unclear else "hint")
        self.names_note.style().unpolish(self.names_note)
        self.names_note.style().polish(self.names_note)
        self.names_note.setVisible(True)
        self.check_btn.setVisible(True)
        self.check_btn.setProperty("primary", unclear)

    def _unrecognised_item(self, line: dict) -> QListWidgetItem:
        """Speech the recogniser could not make out: shown, never dropped, so the gap is not read as silence."""
        item = QListWidgetItem(f"{clock(line['start'])}  {unrecognised_note(line)}")
        item.setData(LineRole, line)
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
        item.setForeground(QBrush(self.palette().placeholderText()))
        item.setToolTip("Speech was heard here but no words were recognised. Double-click (or Enter) to listen.")
        return item

    def clear(self) -> None:
        self._playing_row = -1
        self.set_name_sources({})
        self.list.clear()
        self.speakers = {}
        self.search.clear()
        self.empty.clear()
        self._set_tools(False)

    def line_texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def playing_row(self) -> int:
        return self._playing_row

    def mark_playing(self, seconds: Optional[float]) -> None:
        """Highlight the line being heard and keep it in view, without touching the selection."""
        row = -1
        if seconds is not None:
            for i in range(self.list.count()):
                line = self.list.item(i).data(LineRole)
                if line["start"] <= seconds < line["end"] + 0.3:
                    row = i
                    break
        if row == self._playing_row:
            return
        for i, bold in ((self._playing_row, False), (row, True)):
            item = self.list.item(i) if 0 <= i < self.list.count() else None
            if item is not None:
                font = item.font()
                font.setBold(bold)
                item.setFont(font)
        self._playing_row = row
        self._highlight(self.search.text())
        if row >= 0:
            self.list.scrollToItem(self.list.item(row), QAbstractItemView.ScrollHint.EnsureVisible)

    select_at = mark_playing  # older name

    # --- interaction --------------------------------------------------------------------------------
    def _chosen(self, item: QListWidgetItem) -> None:
        if len(self.list.selectedItems()) <= 1:
            self.line_chosen.emit(float(item.data(LineRole)["start"]))

    def _activated(self, item: QListWidgetItem) -> None:
        line = item.data(LineRole)
        self.play_from.emit(float(line["start"]), float(line["end"]))

    def _ask_to_select(self, text: str) -> None:
        """Say that a line must be chosen first; said until one is (not left standing once it is)."""
        self._asking = True
        self.empty.setText(text)
        self.empty.setVisible(True)

    def _selection_changed(self) -> None:
        if self._asking and self.list.selectedItems():
            self._asking = False
            self.empty.clear()
            self.empty.setVisible(False)

    def selected_range(self) -> Optional[tuple[float, float]]:
        lines = [i.data(LineRole) for i in self.list.selectedItems()]
        if not lines:
            return None
        return min(l["start"] for l in lines), max(l["end"] for l in lines)

    def _menu(self, pos) -> None:
        span = self.selected_range()
        if span is None:
            self._ask_to_select("Select a line (or several, with Shift) first.")
            return
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # a greyed item says why
        self._add_word_actions(menu)
        menu.addSeparator()
        for label, name in self.speakers.items():
            act = menu.addAction(f"Spoken by {name}")
            act.triggered.connect(lambda _c=False, l=label: self.reassign_requested.emit(span[0], span[1], l))
        where = self.list.viewport().mapToGlobal(pos) if pos is not None else self.reassign_btn.mapToGlobal(self.reassign_btn.rect().bottomLeft())
        menu.popup(where)
        self._last_menu = menu

    def _add_word_actions(self, menu: QMenu) -> None:
        """Correct the line, edit one word, move words: each greyed, with the reason, where it cannot be done."""
        items = self.list.selectedItems()
        line = items[0].data(LineRole) if len(items) == 1 else None
        words = (line or {}).get("words") or []
        why = ("Select one line (not several) to change its words." if line is None
               else "" if words else "No words were recognised in this line; double-click it to listen.")
        label = (line or {}).get("speaker")
        others = {l: n for l, n in self.speakers.items() if l != label}
        entries = (("Correct the whole line…", self._correct, why),
                   ("Edit a word…", self._edit_word, why),
                   ("Move words to the other speaker…", self._move_words,
                    why or self._why_no_move(others)))
        for text, slot, reason in entries:
            act = menu.addAction(text)
            act.setEnabled(not reason)
            act.setToolTip(reason)
            act.triggered.connect(lambda _c=False, f=slot: f())

    def _why_no_move(self, others: dict) -> str:
        if others:
            return ""
        if not self.speakers:
            return "Who said what is not known yet: the speakers are found when the recording is processed."
        return "Only one voice was found in this recording, so there is no other speaker to move words to."

    def _one_line(self) -> Optional[dict]:
        items = self.list.selectedItems()
        line = items[0].data(LineRole) if len(items) == 1 else None
        if not line or not line.get("words"):
            self._ask_to_select("Select the one line whose words you want to change first.")
            return None
        return line

    def _edit_word(self) -> None:
        """The therapist picks one word of the line and writes what was really said."""
        edit_selected_word(self)

    def _move_words(self) -> None:
        """The therapist picks the words of the line that the other partner said."""
        move_selected_words(self)

    def _highlight(self, text: str) -> None:
        needle = search_key(text)
        hits = 0
        base = QColor(theme.speaker_color(1))
        base.setAlpha(40)
        playing = QColor(theme.speaker_color(0))
        playing.setAlpha(55)
        for i in range(self.list.count()):
            item = self.list.item(i)
            found = bool(needle) and needle in search_key(item.text())
            if i == self._playing_row:
                item.setBackground(QBrush(playing))
            else:
                item.setBackground(QBrush(base) if found else QBrush())
            hits += found
        self.matches.setText(f"{hits} found" if needle else "")

    def _next_match(self) -> None:
        needle = search_key(self.search.text())
        if not needle or self.list.count() == 0:
            return
        start = self.list.currentRow() + 1
        for k in range(self.list.count()):
            i = (start + k) % self.list.count()
            if needle in search_key(self.list.item(i).text()):
                self.list.setCurrentRow(i)
                self.list.scrollToItem(self.list.item(i))
                return

    def _correct(self) -> None:
        """The therapist writes what was really said in the selected line."""
        correct_selected_line(self)
