"""Checking the whole vault file from Settings (as `talktogether vault check`): every page is read back on the vault
thread while the page shows that it is busy, then the answer is said plainly (a mixin of SettingsPage: it uses its
tasks, errors and restore_dialog)."""

from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QMessageBox, QProgressBar, QPushButton, QSizePolicy, QSpacerItem

from ..errors import VaultDamaged
from ..pipeline import ops_vault
from .errors import message_for

CHECK_TEXT = "Check the vault…"
RESTORE_TEXT = "Restore from a backup…"


def checked_line(result: dict) -> str:
    """"The vault is whole (checked 31.4 MB in 0.2 s)"."""
    seconds = float(result.get("seconds") or 0)
    took = "under 0.1 s" if seconds < 0.1 else f"{seconds:.1f} s"
    return f"The vault is whole (checked {result.get('size_bytes', 0) / 1e6:.1f} MB in {took})"


class VaultCheck:
    check_box: Optional[QMessageBox] = None  # the last answer shown, while it is open

    def add_check_row(self, form: QFormLayout) -> None:
        """The button and its busy bar, on a row of their own under the backup's (a third button there is cut
        short in the smallest window)."""
        row = QHBoxLayout()
        self.check_btn = QPushButton(CHECK_TEXT)
        self.check_btn.setToolTip("Read back every page of the vault file and check it, so damage is found before "
                                  "the damaged part is needed. Nothing is changed; a large vault takes a while.")
        self.check_busy = QProgressBar()
        self.check_busy.setRange(0, 0)  # a moving bar: how far along cannot be known
        self.check_busy.setTextVisible(False)
        self.check_busy.setMaximumWidth(90)
        self.check_busy.setAccessibleName("Checking the vault")
        self.check_busy.hide()
        row.addWidget(self.check_btn)
        row.addWidget(self.check_busy)
        row.addStretch(1)
        form.addRow("Check", row)
        self.check_btn.clicked.connect(self.check_vault)

    def check_vault(self) -> None:
        self._checking(True)
        self.tasks.run(ops_vault.check_vault, self._vault_whole, self._vault_not_checked)

    def _checking(self, busy: bool) -> None:
        self.check_btn.setEnabled(not busy)
        self.check_btn.setText("Checking the vault…" if busy else CHECK_TEXT)
        self.check_busy.setVisible(busy)
        self.status.setText("Reading back every page of the vault file…" if busy else "")

    def _vault_whole(self, result: dict) -> None:
        self._checking(False)
        self.status.setText(checked_line(result) + ".")
        box = self._say(QMessageBox.Icon.Information, checked_line(result),
                        "Every page of the vault file was read back and checked. Nothing was changed.")
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Ok))
        box.open()  # window-modal and not blocking: the vault thread's answers keep arriving

    def _vault_not_checked(self, exc: BaseException) -> None:
        self._checking(False)
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
        """On lock: an open answer goes, and a check whose answer is dropped leaves nothing busy behind."""
        if self.check_box is not None:
            self.check_box.close()
        self._checking(False)
