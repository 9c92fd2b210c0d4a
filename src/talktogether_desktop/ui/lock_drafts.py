"""What the therapist typed when the vault locked (a note not yet added, settings not yet saved, a dialog half filled
in), kept across the lock and put back once it is unlocked again.

Kept in this process's memory only: nothing of it is written anywhere (an automatic lock must never write plaintext),
and the widgets that showed it are cleared like every other client detail while the vault is locked."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer

KEPT_WORDS = " What you had typed and not yet saved is kept and put back after unlocking."


class LockDrafts:
    def __init__(self, window):
        self.w = window
        self._kept: list[Callable[[], None]] = []  # each puts one draft back, on the page the unlock returns to

    def take(self) -> bool:
        """Before the window forgets the client details: keep what is typed on its pages; True when anything is."""
        page, settings = self.w.recording_page, self.w.settings_page
        note, rid = page.note_edit.toPlainText(), page.recording_id
        if note.strip() and rid is not None:
            self._kept.append(lambda: page.note_edit.setPlainText(note) if page.recording_id == rid else None)
        if settings.has_unsaved_changes():
            values = settings.values()
            self._kept.append(lambda: settings.show_changed(values) if self.w.content.currentWidget() is settings
                              else None)
        return bool(self._kept)

    def later(self, put_back: Callable[[], None]) -> None:
        """A dialog the lock closed: `put_back` opens it again as it was (its flow knows how)."""
        self._kept.append(put_back)

    def give_back(self) -> None:
        """After unlocking: once the page returned to is filled (the vault thread answers in order), put them back."""
        kept, self._kept = self._kept, []
        if kept:
            # (a dialog opened again runs its own event loop: not inside the vault thread's answer)
            self.w.tasks.run(lambda _vault: 0, lambda _r: QTimer.singleShot(0, lambda: [back() for back in kept]))

    @property
    def kept(self) -> bool:
        return bool(self._kept)

    def quit_anyway(self) -> bool:
        """Quitting on the lock screen with something kept asks first (without saying what: the vault is locked)."""
        if not self._kept:
            return True
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "Quit and lose what you typed?", QUIT_LOSES_DRAFTS,
                          QMessageBox.StandardButton.NoButton, self.w)
        quit_btn = box.addButton("Quit and lose it", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton("Stay", QMessageBox.ButtonRole.RejectRole))
        box.exec()
        if box.clickedButton() is not quit_btn:
            return False
        self._kept = []
        return True


QUIT_LOSES_DRAFTS = ("Before the vault was locked you had typed something that was not saved yet (a note, changed "
                     "settings or a form being filled in). It is kept only until the app closes, and is put back when "
                     "you unlock. Unlock first to keep it, or quit now and lose it.")
