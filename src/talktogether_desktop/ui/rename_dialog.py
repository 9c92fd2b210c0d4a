"""Who is each voice of a recording: one of the partners, or someone else by name (the recording page's
Rename speakers…)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from .voice_words import voice


class RenameDialog(QDialog):
    """Who is each voice: one of the partners, or someone else (a therapist, a guest) by name."""

    def __init__(self, speakers: dict[str, str], partners: list[dict], parent=None,
                 excerpts: Optional[dict] = None, play=None):
        super().__init__(parent)
        self.setWindowTitle("Who is speaking?")
        self._partners = {p["display_name"]: p["id"] for p in partners}
        form = QFormLayout()
        self.fields: dict[str, QComboBox] = {}
        self.play_buttons: dict[str, QPushButton] = {}
        for label, name in speakers.items():  # S1, S2: the labels the transcript shows
            box = QComboBox()
            box.setEditable(True)
            box.addItems(list(self._partners))
            index = box.findText(name)
            if index >= 0:  # the list's own entry, so the arrow keys start from it
                box.setCurrentIndex(index)
            elif name == label:  # not named yet: an empty field that asks, not "S2" as if it were a name
                box.setCurrentIndex(-1)
                box.lineEdit().setPlaceholderText("Choose a partner or type a name")
            else:
                box.setCurrentText(name)
            box.setAccessibleName(f"Name of {voice(label)}")
            if box.lineEdit() is not None:  # where the typing goes, and what a screen reader is on
                box.lineEdit().setAccessibleName(f"Name of {voice(label)}")
            self.fields[label] = box
            row = QHBoxLayout()
            row.addWidget(box, 1)
            span = (excerpts or {}).get(label)
            hear = QPushButton("Play a sample")
            hear.setAccessibleName(f"Play a sample of {voice(label)}")
            if span and play is not None:
                hear.setToolTip(f"Hear {span[1] - span[0]:.0f} s of this voice alone")
                hear.clicked.connect(lambda _c=False, a=span[0], b=span[1]: play(float(a), float(b)))
            else:
                hear.setEnabled(False)
                hear.setToolTip("No stretch where only this voice speaks was found")
            self.play_buttons[label] = hear
            row.addWidget(hear)
            form.addRow(voice(label, capital=True), row)  # "The first voice (S1)", as the corrections say
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        intro = QLabel("Choose the partner for each voice, or type another name; play a sample to hear who it is. "
                       "The transcript, analysis and report use these names.")
        intro.setWordWrap(True)
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "banner-warn")
        self.warning.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(520, 220)

    def accept(self) -> None:  # noqa: D102 - two voices given one name would merge two people in every count
        names = [box.currentText().strip() for box in self.fields.values() if box.currentText().strip()]
        if not names:  # OK closed the box and named nobody, silently
            self._warn("No voice has a name yet: choose a partner or type a name for at least one voice (Cancel leaves "
                       "the voices as they are).")
            return
        twice = next((n for n in names if sum(m.casefold() == n.casefold() for m in names) > 1), None)
        if twice:
            self._warn(f"Two voices are both named “{twice}”. Each voice is one person: choose another name for one "
                       "of them (or use Swap speakers if the names are the wrong way round).")
            return
        super().accept()

    def _warn(self, text: str) -> None:
        """The sentence under the fields; the box grows to hold it (its rows were squashed, their buttons cut)."""
        self.warning.setText(text)
        self.warning.setVisible(True)
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def values(self) -> dict[str, tuple[Optional[int], str]]:
        out = {}
        for label, box in self.fields.items():
            name = box.currentText().strip()
            if name:
                out[label] = (self._partners.get(name), name)
        return out


def rename_voices(page, kept: Optional[dict[str, str]] = None) -> None:
    """Rename speakers… on a recording's page. `kept`: the names as chosen or typed when a lock closed the dialog (kept
    in memory only, by the window's `keep_draft`); it opens again with them after unlocking, on the same recording."""
    from . import speaker_fixes

    if not page.data:
        return
    rid, speakers = page.recording_id, page.data["speakers"]
    dialog = RenameDialog(speakers, page.data["couple"]["partners"], page,
                          excerpts=page.data.get("excerpts") or {}, play=page.player.play)
    for label, text in (kept or {}).items():
        if label in dialog.fields:
            dialog.fields[label].setCurrentText(text)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        if dialog.property("closed_by_lock") and getattr(page, "keep_draft", None) is not None:
            typed = {label: box.currentText() for label, box in dialog.fields.items()}
            page.keep_draft(lambda: rename_voices(page, typed) if page.recording_id == rid and page.data else None)
        return
    changed = {label: given for label, given in dialog.values().items() if speakers.get(label) != given[1]}
    if changed:
        page._submit_fix("Naming the voices" if len(changed) > 1 else "Naming a voice",
                         speaker_fixes.rename_job(rid, changed))
