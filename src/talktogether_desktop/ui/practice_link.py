"""Which practice a recording answers, on the recording page: shown, and changed with "Link to practice…".

The same operation as `talktogether practice link` (pipeline.ops_practice.link_recording): the report's practice line
and the review's "practised in the recording: yes / partly / not found" read the link, so a couple's homework recorded
and imported without one can still be reviewed.
"""

from __future__ import annotations

import re
from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .elided_label import ElidedLabel
from .player_bar import clock

QUOTE_CHARS = 140  # a quote longer than this ends with "…" (listen at its time for the rest)
SHOWN_QUOTES = 2
CHECKED = ("yes", "partly", "not found")  # fidelity's verdicts; "not checked" is the fourth
NOT_PRACTICE = -1  # the choice "not practice" (a bare None in item data is mis-counted by this PySide)


def describe(assignment: dict) -> str:
    period = assignment.get("period") or ()
    when = f" ({period[0]} to {period[1]})" if len(period) == 2 else ""
    return f"{assignment.get('title') or 'Practice'}{when}"


def practised_text(practised: dict, most: int = 4) -> str:
    """The review's sentence, then its evidence one per line (`most` of them): "0:12 Zoë: “what was said”", as the
    report's "Practised" row says them: in the order they were said (each behaviour's evidence came in its own run,
    0:22 before 0:20, and the first two shown were not the first two said), and words not heard clearly are not quoted
    as if they were ("(words uncertain: check the recording)", never “… …”)."""
    lines = [practised.get("summary") or f"Practised in the recording: {practised.get('verdict')}."]
    evidence = sorted((e for e in practised.get("evidence") or [] if isinstance(e, dict)),
                      key=lambda e: float(e.get("t") if e.get("t") is not None else float("inf")))
    for ev in evidence[:most]:
        quote = str(ev.get("quote") or "")
        quote = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
        said = f"“{quote}”" if re.search(r"[^\W\d_]", quote) else "(words uncertain: check the recording)"
        lines.append(f"{clock(float(ev.get('t') or 0))} {ev.get('name') or ev.get('speaker') or ''}: {said}")
    return "\n".join(lines)


class LinkDialog(QDialog):
    """The couple's practices, and "Not practice"; the current link chosen."""

    def __init__(self, assignments: list[dict], current: Optional[int], parent=None, made: str = ""):
        super().__init__(parent)
        self.setWindowTitle("Link to practice")
        self.choice = QComboBox()
        self.choice.setAccessibleName("Practice this recording answers")
        self.choice.addItem("Not practice (no link)", NOT_PRACTICE)
        for a in assignments:
            self.choice.addItem(describe(a), int(a["id"]))
            begins = str((a.get("period") or [""])[0])
            if made and begins and made < begins:  # refused by the link ("Recording 7 was made on …"): not offered
                self.choice.setItemText(self.choice.count() - 1, f"{describe(a)}: begins after this recording was made")
                self.choice.model().item(self.choice.count() - 1).setEnabled(False)
        index = self.choice.findData(current if current is not None else NOT_PRACTICE)
        self.choice.setCurrentIndex(max(0, index))
        intro = QLabel("Which practice does this recording answer? The report and the practice review then look for "
                       "the practised behaviour in it.", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Link")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.choice)
        layout.addWidget(buttons)
        self.resize(480, 160)

    def chosen(self) -> Optional[int]:
        value = self.choice.currentData()
        return None if value in (None, NOT_PRACTICE) else int(value)


class PracticeLink(QWidget):
    """ "Practice: <title>" or "Not linked to a practice", and the button to change it."""

    link_requested = Signal(int)  # an assignment id, or NOT_PRACTICE

    def __init__(self, parent=None):
        super().__init__(parent)
        self.assignments: list[dict] = []
        self.current: Optional[int] = None
        self.label = ElidedLabel()  # a long title and its dates end with "…", whole in the tooltip
        self.label.setProperty("role", "hint")
        self.button = QPushButton("Link to practice…")
        # a recording made after the practice's days: linked, but no day of it counts as done (the pipeline's words)
        self.outside = QLabel(wordWrap=True)
        self.outside.setProperty("role", "hint")
        self.outside.hide()
        # linking alone is not "done": whether the practised behaviour is in it, with its evidence (time, who, quote)
        self.found = QLabel(wordWrap=True)
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        # (its text is its accessible name: one set here hid what was found from a screen reader)
        self.found.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.outside)
        column.addWidget(self.found)
        self.button.clicked.connect(lambda _checked=False: self.choose())

    def show_link(self, current: Optional[int], assignments: list[dict], outside: Optional[str] = None,
                  practised: Optional[dict] = None, made: str = "") -> None:
        self.current, self.assignments, self.made = current, list(assignments), made  # (made: this computer's day)
        linked = next((a for a in self.assignments if a["id"] == current), None)
        self.label.setText(f"Practice: {describe(linked)}" if linked else "Not linked to a practice")
        self.outside.setText(outside or "")
        self.outside.setVisible(bool(linked and outside))
        # two quotes on the page (at 900x600 the transcript keeps its room), every one in the tooltip; a practice not
        # checked automatically (the demo's weekly check-in) takes no line: the review and the report say so
        checked = bool(linked and practised and practised.get("verdict") in CHECKED)
        self.found.setText(practised_text(practised, SHOWN_QUOTES) if checked else "")
        self.found.setToolTip(practised_text(practised) if checked else "")
        self.found.setVisible(bool(self.found.text()))
        self.button.setEnabled(bool(self.assignments))
        self.button.setToolTip("Choose the practice this recording answers" if self.assignments
                               else "This couple has no practice assigned yet (couple page › More… › Assign practice…)")

    def choose(self) -> None:
        dialog = LinkDialog(self.assignments, self.current, self, made=getattr(self, "made", ""))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen != self.current:
            self.link_requested.emit(NOT_PRACTICE if chosen is None else chosen)
