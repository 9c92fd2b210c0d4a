"""The therapist's changes to a transcript, listed: each word or line corrected and each speaker fix, when it
was made and what it changed. A word or line correction can be taken back from here (as `talktogether
transcript undo RECORDING --correction ID` does); a speaker fix is corrected by making it again."""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from .player_bar import clock
from .voice_words import voice, who

IdRole = Qt.ItemDataRole.UserRole + 1


def local_time(stamp: Optional[str]) -> str:
    """A stored UTC time as this computer's clock shows it ("2026-12-04 14:05")."""
    try:
        return datetime.fromisoformat(str(stamp)).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return str(stamp or "")


def _span(start, end) -> str:
    if start is None:
        return ""
    return clock(float(start)) if end is None or float(end) - float(start) < 1.0 else \
        f"{clock(float(start))}–{clock(float(end))}"


def describe_changes(corrections: list[dict], fixes: list[dict], names: dict[str, str],
                     partners: list[dict]) -> list[dict]:
    """[{"when", "at", "what", "correction_id"}], oldest first. `correction_id` is set for a word or line
    correction (it can be taken back), None for a speaker fix. Qt-free."""
    rows = []
    for c in corrections:
        text = (c.get("text") or "").strip()
        if c["kind"] == "word":
            what = f"Word changed to “{text}”" if text else "Word taken out"
        else:
            speaker = c.get("speaker")
            what = f"Line rewritten: “{text}”" + (f" ({who(speaker, names)})" if speaker else "")
        rows.append({"when": c.get("created_at"), "at": _span(c.get("start"), c.get("end")), "what": what,
                     "correction_id": c.get("id"), "order": (0, c.get("id") or 0)})
    partner_names = {p["id"]: p.get("display_name") or p.get("name") for p in partners}
    for f in fixes:
        p = f.get("params") or {}
        # in the transcript's words: a voice is "the first voice (S1)" until it is named, then its name
        if f["kind"] == "reassign":
            said_by = who(p.get("speaker"), names) if p.get("speaker") else "the other voice"
            what, at = f"Marked as spoken by {said_by}", _span(p.get("start"), p.get("end"))
        elif f["kind"] == "swap":
            what, at = f"The names of {voice(p.get('a', 'S1'))} and {voice(p.get('b', 'S2'))} were swapped", ""
        elif f["kind"] == "rename":
            given = partner_names.get(p.get("partner_id")) or p.get("name") or "someone not named"
            what, at = f"{voice(p.get('label'), capital=True)} was named {given}", ""
        else:
            what, at = "Who spoke was corrected", ""
        rows.append({"when": f.get("created_at"), "at": at, "what": what, "correction_id": None,
                     "order": (1, f.get("id") or 0)})
    rows.sort(key=lambda r: (str(r["when"] or ""), r["order"]))
    for row in rows:
        del row["order"]
    return rows


class CorrectionsDialog(QDialog):
    """Read the list; choose a word or line correction and take it back (the dialog closes with its id)."""

    def __init__(self, rows: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Your corrections to this transcript")
        self.chosen_id: Optional[int] = None
        intro = QLabel("Each change you made to the words or to who said them, oldest first. They are kept with the "
                       "recording and stay when it is processed again.", wordWrap=True)
        self.list = QListWidget()
        self.list.setAccessibleName("Corrections")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)  # a rewritten line is read whole, not cut to "…"
        self.list.setSpacing(2)
        for row in rows:
            at = f"  ·  at {row['at']}" if row["at"] else ""
            item = QListWidgetItem(f"{local_time(row['when'])}{at}\n{row['what']}")
            item.setData(IdRole, row["correction_id"])
            self.list.addItem(item)
        self.empty = QLabel("No corrections yet: select a line in the transcript to correct it or to say who spoke it.",
                            wordWrap=True)
        self.empty.setProperty("role", "hint")
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))
        self.why = QLabel("", wordWrap=True)
        self.why.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.take_back = QPushButton("Take back this correction")
        buttons.addButton(self.take_back, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter closes the list: as the default button, "Take back" took the first correction back on an Enter pressed
        # to close it (the list's first row is chosen as it takes the focus); it is clicked, or reached with Tab
        self.take_back.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.rejected.connect(self.reject)
        self.take_back.clicked.connect(self._take_back)
        self.list.currentItemChanged.connect(lambda item, _old: self._explain(item))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.why)
        layout.addWidget(buttons)
        self._explain(None)
        self.resize(620, 360)

    def _explain(self, item: Optional[QListWidgetItem]) -> None:
        """Taking back works on a word or line correction; for anything else the reason is shown, not a dead button."""
        cid = item.data(IdRole) if item is not None else None
        self.take_back.setEnabled(cid is not None)
        if item is None:
            why = "Choose a word or line correction to take it back." if self.list.count() else ""
        elif cid is None:
            why = ("A change of speaker cannot be taken back from here: make it again the right way with "
                   "“Selected lines are…”, “Swap speakers” or “Rename speakers…”.")
        else:
            why = "Taking it back shows the words as they were heard, and the analysis is made again."
        self.why.setText(why)
        self.take_back.setToolTip(why)

    def _take_back(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(IdRole) is not None:
            self.chosen_id = int(item.data(IdRole))
            self.accept()
