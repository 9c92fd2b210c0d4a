"""Checking the whole vault file from Settings (as `talktogether vault check`): every page is read back on the vault
thread while a box says which step it is on, with Cancel; then the answer is said plainly (a mixin of SettingsPage:
it uses its tasks, errors and restore_dialog)."""

from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QMessageBox, QPushButton, QSizePolicy, QSpacerItem

from ..errors import Cancelled, VaultDamaged
from ..pipeline import ops_vault
from .errors import message_for
from .long_work import LongWork, finish

CHECK_TEXT = "Check the vault…"
RESTORE_TEXT = "Restore from a backup…"


def checked_line(result: dict) -> str:
    """"The vault is whole (checked 31.4 MB in 0.2 s)"."""
    seconds = float(result.get("seconds") or 0)
    took = "under 0.1 s" if seconds < 0.1 else f"{seconds:.1f} s"
    return f"The vault is whole (checked {result.get('size_bytes', 0) / 1e6:.1f} MB in {took})"


class VaultCheck:
    check_box: Optional[QMessageBox] = None  # the last answer shown, while it is open
    long_work: Optional[LongWork] = None  # the check, backup or restore under way, with its Cancel

    def add_check_row(self, form: QFormLayout) -> None:
        """The button on a row of its own under the backup's (a third button there is cut short in the smallest
        window)."""
        row = QHBoxLayout()
        self.check_btn = QPushButton(CHECK_TEXT)
        self.check_btn.setToolTip("Read back every page of the vault file and check it, so damage is found before "
                                  "the damaged part is needed. Nothing is changed; a large vault takes a while.")
        row.addWidget(self.check_btn)
        row.addStretch(1)
        form.addRow("Check", row)
        self.check_btn.clicked.connect(self.check_vault)

    def start_long_work(self, title: str, first_step: str, cancel_note: str,
                        behind_lock: str = "") -> LongWork:
        self.end_long_work()
        self.long_work = LongWork(self.window(), title, first_step, cancel_note,
                                  behind_lock=behind_lock)
        return self.long_work

    def end_long_work(self, work: Optional[LongWork] = None) -> None:
        """The work under way is over (or only `work`, when given: its answer may come after a lock and unlock)."""
        if work is not None and work is not self.long_work:
            finish(work)
            return
        finish(self.long_work)
        self.long_work = None

    def check_vault(self) -> None:
        self._checking(True)
        work = self.start_long_work("Checking the vault", "Reading back every page of the vault file…",
                                    "Cancel stops the check; it only reads, so nothing is changed.")
        self.tasks.run(lambda v: ops_vault.check_vault(v, work.report, work.flag), self._vault_whole,
                       self._vault_not_checked)

    def _checking(self, busy: bool) -> None:
        self.check_btn.setEnabled(not busy)
        self.check_btn.setText("Checking the vault…" if busy else CHECK_TEXT)
        self.status.setText("Reading back every page of the vault file…" if busy else "")
        if not busy:
            self.end_long_work()

    def _vault_whole(self, result: dict) -> None:
        self._checking(False)
        self.status.setText(checked_line(result) + ".")
        box = self._say(QMessageBox.Icon.Information, checked_line(result),
                        "Every page of the vault file was read back and checked. Nothing was changed.")
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Ok))
        box.open()  # window-modal and not blocking: the vault thread's answers keep arriving

    def _vault_not_checked(self, exc: BaseException) -> None:
        self._checking(False)
        if isinstance(exc, Cancelled):
            self.status.setText("The check was stopped before the end; nothing was changed.")
            return
        if not isinstance(exc, VaultDamaged):
            self.errors.show(exc)
            return
        msg = message_for(exc)  # the words `vault check` says, less its command line
        self.status.setText(msg.title + ".")
        box = self._say(QMessageBox.Icon.Warning, msg.title,
                        f"{msg.text} Restoring sets the damaged file aside; it is not erased. A backup made now "
                        "would be refused, so restore one made before.")
        restore = box.addButton(RESTORE_TEXT, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(restore)
        restore.clicked.connect(lambda: self.restore_dialog(first_run=False))
        box.open()

    def _say(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """The answer's box, its buttons still to add (a box shown with none gets an OK of its own)."""
        box = QMessageBox(icon, title, title, QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.RichText)  # some platforms show no title bar: the title leads, in bold
        box.setText(f"<b>{html.escape(title)}</b>")
        box.setInformativeText(text)
        grid = box.layout()  # a readable width: QMessageBox ignores resize(), not a spacer
        grid.addItem(QSpacerItem(440, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
                     grid.rowCount(), 0, 1, grid.columnCount())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: setattr(self, "check_box", None))
        self.check_box = box
        return box

    def forget_check(self) -> None:
        """On lock: an open answer goes, and a check whose answer is dropped is cancelled and leaves nothing busy
        behind (a backup finishes first; it is said after the unlock)."""
        if self.check_box is not None:
            self.check_box.close()
        if self.long_work is not None and self.long_work.goes_on_behind_lock:
            self.long_work = None  # a backup: it finishes behind the lock screen, and its answer ends its box
        self._checking(False)
