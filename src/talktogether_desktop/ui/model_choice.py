"""The Settings page's speech model: the models this computer has, and the one saved in the settings when it is not
one of them (a backup restored from a computer with 'base', the 'base' extra removed, a model folder moved)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel

from ..pipeline import ops_vault

LABELS = {"tiny.en": "Quick: built in, English (tiny.en)",
          "base": "More accurate: slower, English and other languages (base)",
          "folder": "Another speech model from a folder…"}


def available_models() -> list[tuple[str, str]]:
    """(value, label): the bundled tiny.en always; base when its parts are installed."""
    return [(value, LABELS[value]) for value in ops_vault.speech_model_choices()]


class ModelChoice(QComboBox):
    """The models installed here; a saved one that is not is shown as saved, with a note, never as tiny.en (which Save
    then wrote over it unsaid)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        for value, label in available_models():
            self.addItem(label, value)
        self._installed = self.count()
        self._folder = ""
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "banner-warn")
        self.note.setVisible(False)
        self.currentIndexChanged.connect(lambda _i: self._say())

    def show_stored(self, value: str, folder: str) -> None:
        while self.count() > self._installed:  # an earlier vault's saved model that is not installed here
            self.removeItem(self.count() - 1)
        index = self.findData(value)
        if index < 0:
            # short, so that "not installed" is not what a narrow window cuts off
            self.addItem(f"{value}: saved, not installed on this computer", value)
            index = self.count() - 1
        self._folder = folder or ""
        self.setCurrentIndex(index)
        self._say()

    def folder_changed(self, folder: str) -> None:
        self._folder = folder.strip()
        self._say()

    def _say(self) -> None:
        value = self.currentData()
        if self.currentIndex() >= self._installed:
            name = LABELS.get(value, value).split(": ")[0]
            text = (f"The speech model saved in these settings, {name} ({value}), is not installed on this computer: "
                    "recordings cannot be transcribed here with it. Choose a model installed here and save, or "
                    "install it (make installs 'base').")
        elif value == "folder" and self._folder and not Path(self._folder).expanduser().is_dir():
            text = ("The speech model folder saved in these settings is not found on this computer: recordings "
                    "cannot be transcribed here with it. Choose the folder again, or another model, and save.")
        else:
            text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))
