"""Settings: speech model, CPU threads, paper, names on reports, auto-lock, vault location, backup, restore, check."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import Cancelled
from ..pipeline import ops_vault
from ..storage.settings import load_settings
from . import page_data, theme, vault_check_flow
from .elided_label import ElidedLabel
from .model_choice import ModelChoice, available_models  # noqa: F401 - available_models: its old home


def plural_suffix(spin: QSpinBox, one: str, many: str) -> None:
    """ "1 minute", "2 minutes": the suffix follows the number."""
    def update(value: int) -> None:
        spin.setSuffix(f" {one if value == 1 else many}")

    spin.valueChanged.connect(update)
    update(spin.value())


class SettingsPage(vault_check_flow.VaultCheck, QWidget):
    saved = Signal(dict)

    def __init__(self, tasks, errors, data_dir: Path, parent=None):
        super().__init__(parent)
        self.tasks, self.errors, self.data_dir = tasks, errors, Path(data_dir)
        self._shown: dict | None = None  # the values as loaded or last saved
        title = QLabel("Settings")
        title.setFont(theme.title_font(1.6))
        self.model = ModelChoice()
        self.model_dir = QLineEdit(placeholderText="The folder of a Whisper speech model someone prepared for this app")
        self.model_dir.setAccessibleName("Speech model folder")  # (its row's label names a row, not the field)
        browse = QPushButton("Choose…")
        browse.setAccessibleName("Choose the speech model folder")
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_dir, 1)
        model_row.addWidget(browse)
        self.threads = QSpinBox(minimum=0, maximum=max(1, os.cpu_count() or 1))
        self.threads.setSpecialValueText("Automatic (recommended)")
        self.threads.setToolTip("How many of this computer's processor cores processing may use; "
                                "fewer keeps other programs responsive, more finishes sooner.")
        plural_suffix(self.threads, "core", "cores")
        self.listen = QCheckBox("Listen again where the built-in model is unsure")
        self._base_installed = any(value == "base" for value, _ in available_models())
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.names = QComboBox()
        self.names.addItem("Names", False)
        self.names.addItem("Initials only", True)
        self.autolock = QSpinBox(minimum=1, maximum=120)
        plural_suffix(self.autolock, "minute without use", "minutes without use")
        processing = QGroupBox("Processing")
        pf = QFormLayout(processing)
        pf.addRow("Speech model", self.model)
        pf.addRow("", self.model.note)
        pf.addRow("Speech model folder", model_row)
        pf.addRow("Processor cores to use", self.threads)
        pf.addRow("Second listen", self.listen)
        reports = QGroupBox("Reports")
        rf = QFormLayout(reports)
        rf.addRow("Paper size", self.paper)
        rf.addRow("Names on reports", self.names)
        privacy = QGroupBox("Privacy and the vault")
        vf = QFormLayout(privacy)
        vf.addRow("Lock after", self.autolock)
        # a long folder path (no spaces to wrap at) made the page wider than a 900 px window: shortened in the middle,
        # the whole path in its tooltip and for a screen reader
        self.location = ElidedLabel(str(self.data_dir), mode=Qt.TextElideMode.ElideMiddle)
        loc_hint = QLabel("To use another folder, start the app with --data-dir FOLDER or set TALKTOGETHER_HOME.")
        self.location.setProperty("role", "")
        loc_hint.setProperty("role", "hint")
        loc_hint.setWordWrap(True)
        vf.addRow("Vault folder", self.location)
        vf.addRow("", loc_hint)
        self.passphrase_btn = QPushButton("Change passphrase…")
        vf.addRow("Passphrase", self.passphrase_btn)
        self.backup_btn = QPushButton("Back up the vault…")
        self.restore_btn = QPushButton("Restore from a backup…")
        brow = QHBoxLayout()
        brow.addWidget(self.backup_btn)
        brow.addWidget(self.restore_btn)
        brow.addStretch(1)
        vf.addRow("Backup", brow)
        self.add_check_row(vf)
        self.save_btn = QPushButton("Save settings")
        self.save_btn.setProperty("primary", True)
        self.status = QLabel("")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)  # a backup's place, a new key's advice: cut off beside the button at 900x600
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_btn)
        column = QWidget()
        column.setMaximumWidth(760)  # forms stay readable on a wide window
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(title)
        for box in (processing, reports, privacy):
            inner.addWidget(box)
        inner.addStretch(1)
        for box in column.findChildren(QComboBox):  # a long entry (a model's name) never widens the form
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(18)
        # A small window scrolls the form instead of squashing its controls; Save stays in view below it.
        holder = QWidget()
        across = QHBoxLayout(holder)
        across.setContentsMargins(16, 12, 16, 0)
        across.addWidget(column, 1)
        across.addStretch(0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own, with nothing to say (as scrolled())
        self.scroll.setWidget(holder)
        foot = QWidget()
        foot.setMaximumWidth(760 + 32)
        foot_row = QVBoxLayout(foot)
        foot_row.setContentsMargins(16, 4, 16, 12)
        foot_row.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(foot)

        browse.clicked.connect(self._browse)
        self.model_dir.textChanged.connect(self.model.folder_changed)
        self.model.currentIndexChanged.connect(self._model_changed)
        self.save_btn.clicked.connect(self.save)
        self.backup_btn.clicked.connect(self._backup)
        self.passphrase_btn.clicked.connect(self._change_passphrase)
        self.restore_btn.clicked.connect(lambda: self.restore_dialog(first_run=False))
        self._model_changed()

    def _model_changed(self) -> None:
        self.model_dir.setEnabled(self.model.currentData() == "folder")
        usable = self._base_installed and self.model.currentData() == "tiny.en"
        self.listen.setEnabled(usable)
        self.listen.setToolTip(
            "Stretches the built-in model heard with little confidence (at most a quarter of a recording) are "
            "heard again by the 'base' model, and its words kept where it is surer. More accurate; processing "
            "takes longer." if usable else
            "Only for the built-in model, and only when the 'base' model is installed." if not self._base_installed
            else "Only for the built-in model: the other models are used as they are.")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Choose a model folder")
        if folder:
            self.model_dir.setText(folder)
            self.model.setCurrentIndex(self.model.findData("folder"))

    # --- values -----------------------------------------------------------------------------------
    def reload(self) -> None:
        self.tasks.run(page_data.settings, self.show_values)

    def show_values(self, values: dict) -> None:
        self.model_dir.setText(values.get("model_dir") or "")
        self.model.show_stored(values.get("model") or "tiny.en", values.get("model_dir") or "")
        # a value saved on another computer (a backup restored here: 8 cores on this 4-core laptop, a lock after 4 hours)
        # is shown as it is, not as the field's end, which Save then wrote over it unsaid
        threads, autolock = int(values.get("cpu_threads") or 0), int(values.get("autolock_minutes") or 10)
        self.threads.setMaximum(max(os.cpu_count() or 1, 1, threads))
        self.autolock.setMaximum(max(120, autolock))
        self.threads.setValue(threads)
        self.paper.setCurrentIndex(max(0, self.paper.findData(values.get("paper") or "a4")))
        self.names.setCurrentIndex(1 if values.get("initials_only") else 0)
        self.listen.setChecked(bool(values.get("second_listen", True)))
        self.autolock.setValue(autolock)
        self.status.setText("")
        self._shown = self.values()

    def show_changed(self, values: dict) -> None:
        """Changes kept across a lock, shown again over the stored settings: still unsaved, so leaving asks."""
        stored = self._shown
        self.show_values(values)
        self._shown = stored

    def values(self) -> dict:
        return {
            "model": self.model.currentData(),
            "model_dir": self.model_dir.text().strip(),
            "cpu_threads": self.threads.value(),
            "paper": self.paper.currentData(),
            "initials_only": bool(self.names.currentData()),
            "second_listen": self.listen.isChecked(),
            "autolock_minutes": self.autolock.value(),
        }

    def has_unsaved_changes(self) -> bool:
        return self._shown is not None and self.values() != self._shown

    def save(self) -> None:
        values, before = self.values(), self._shown
        self._shown = dict(values)

        def refused(exc) -> None:  # nothing was saved: the changes stay unsaved, so leaving still asks
            self._shown = before
            self.status.setText("Not saved.")
            self.tasks._default_error(exc)

        self.tasks.run(lambda v: ops_vault.change_settings(v, values),
                       lambda _r: (self.status.setText("Saved."), self.saved.emit(values)), refused)

    def confirm_leave(self) -> bool:
        """Leaving with changes asks: save them, throw them away, or stay."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self, "Save the changed settings?", "You changed settings without saving them.",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            self._shown = None
        return answer != QMessageBox.StandardButton.Cancel

    def _change_passphrase(self) -> None:
        dialog = PassphraseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new, rekey = dialog.passphrase.text(), dialog.rekey.isChecked()
        dialog.passphrase.clear()
        dialog.repeat.clear()

        def done(new_code) -> None:
            if not new_code:
                self.status.setText("Passphrase changed. Your recovery code still works.")
                return
            self.status.setText("Passphrase and encryption key changed. Keep the new recovery code; the old one no "
                                "longer works.")
            from .vault_pages import RecoveryCodeDialog

            if RecoveryCodeDialog(new_code, self).exec() == QDialog.DialogCode.Accepted:
                self.tasks.run(ops_vault.recovery_code_shown, lambda _r: None)

        self.tasks.run(lambda v: v.change_passphrase(new, rekey=rekey), done)

    # --- backup and restore ------------------------------------------------------------------------
    def _backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Back up the vault", "talktogether-backup.ttbackup",
                                              "TalkTogether backup (*.ttbackup);;All files (*)")
        if not path:
            return
        if not path.lower().endswith(".ttbackup"):  # the restore picker lists *.ttbackup
            path += ".ttbackup"
        self.status.setText("Backing up…")
        work = self.start_long_work("Backing up the vault", "Copying the vault (encrypted)…",
                                    "Cancel stops the backup and removes what it had written; a file already "
                                    "there under that name is kept as it was.",
                                    behind_lock="Finishing the backup…")

        def done(info):
            self.end_long_work(work)
            where = Path(info["file"])  # the file and its folder apart, so that a long path wraps between them
            line = f"Backed up to {where.name} in {where.parent} ({info['size_bytes'] // 1024} KiB)."
            self.status.setText(line)
            self.window().statusBar().showMessage(line, 20000)  # also after an unlock, on whatever page is open

        def failed(exc):
            self.end_long_work(work)
            self.status.setText("Backup stopped: no backup file was written." if isinstance(exc, Cancelled) else "")
            if not isinstance(exc, Cancelled):
                self.errors.show(exc)

        # a lock meanwhile (auto-lock) lets the backup finish before the vault closes; the unlock says how it ended
        self.tasks.run(lambda v: ops_vault.backup_vault(v, load_settings(v), path, work.report, work.flag), done, failed,
                       across_lock=True)

    def restore_dialog(self, first_run: bool) -> None:
        from .restore_flow import restore_dialog

        restore_dialog(self, first_run)

    def clear(self) -> None:
        self.forget_check()
        self._shown = None


class SecretDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Unlock the backup")
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText="Passphrase (or recovery code)")
        self.secret.setAccessibleName("The backup's passphrase or recovery code")  # (its row has no label)
        self.kind = QComboBox()
        self.kind.addItem("Passphrase", False)
        self.kind.addItem("Recovery code", True)
        form = QFormLayout()
        form.addRow("Unlock with", self.kind)
        form.addRow("", self.secret)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Enter the passphrase or recovery code that was current when the backup was made."))
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def values(self) -> tuple[str, bool]:
        return self.secret.text(), bool(self.kind.currentData())


class PassphraseDialog(QDialog):
    """A new passphrase, typed twice, with the same strength hint as on first run."""

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # Wrapped lines (the intro, the hint) get the height they need at this width: fields never squashed.
        self.setMinimumHeight(self.layout().totalHeightForWidth(self.width()))

    def __init__(self, parent=None, title: str = "Change passphrase", intro: str = "", ok_text: str = "Change passphrase"):
        super().__init__(parent)
        from .vault_pages import strength_hint

        self.setWindowTitle(title)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText="New passphrase")
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText="The same again")
        self.hint = QLabel(strength_hint("")[1], wordWrap=True)
        self.hint.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setEnabled(False)
        form = QFormLayout()
        form.addRow("New", self.passphrase)
        form.addRow("Repeat", self.repeat)
        form.addRow("", self.hint)
        self.rekey = QCheckBox("Also replace the encryption key and the recovery code")
        self.rekey.setToolTip("The vault is re-encrypted with a new key, so an old copy of the key file opens "
                              "nothing, even with the old passphrase. You get a new recovery code to keep.")
        form.addRow("", self.rekey)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Wrapped lines (the intro, the hint) get the height they need; the fields are never squashed.
        self.setMinimumWidth(520)

        from .vault_pages import _set_role, passphrase_problem

        def update(explain: bool = False) -> None:
            problem = passphrase_problem(self.passphrase.text(), self.repeat.text())
            show_error = bool(problem) and (explain or bool(self.repeat.text()))
            self.hint.setText(problem if show_error else strength_hint(self.passphrase.text())[1])
            _set_role(self.hint, "error" if show_error else "hint")
            self.ok.setEnabled(not problem)
            self.ok.setToolTip(problem)

        def enter() -> None:  # Enter on a passphrase that cannot be used says why
            if self.ok.isEnabled():
                self.accept()
            else:
                update(explain=True)

        self.passphrase.textChanged.connect(lambda _t: update())
        self.repeat.textChanged.connect(lambda _t: update())
        self.passphrase.returnPressed.connect(lambda: self.repeat.setFocus() if not self.repeat.text() else enter())
        self.repeat.returnPressed.connect(enter)
        update()  # greyed at first, with the reason in its tooltip
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(460, 180)
