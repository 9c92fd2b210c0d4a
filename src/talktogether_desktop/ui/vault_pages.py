"""First screens: create the vault (with a strength hint and the recovery code shown once) and unlock it."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..storage.passphrase import MIN_LENGTH as MIN_LEN
from ..storage.passphrase import MIN_SCORE, estimate
from . import theme


def strength_hint(passphrase: str) -> tuple[int, str]:
    """The vault's own 0..4 score (storage.passphrase: zxcvbn) and a plain hint, so the hint never calls "Strong" a
    passphrase the vault then refuses ("Password2024!"), nor "Fair" one it accepts."""
    if not passphrase:
        return 0, f"Use at least {MIN_LEN} characters; a few unrelated words work well."
    if len(passphrase) < MIN_LEN:
        return 0, f"Too short: use at least {MIN_LEN} characters."
    score, warning = estimate(passphrase)
    if score < MIN_SCORE:
        why = f" ({warning.rstrip('.')})" if warning else ""
        return score, f"Too easy to guess{why}. Try a few unrelated words, e.g. 'lantern river cello oats'."
    return score, "Good." if score == MIN_SCORE else "Strong."


def passphrase_problem(passphrase: str, repeat: str) -> str:
    """Why a new passphrase cannot be used yet, in plain words ("" when it can)."""
    if not passphrase:
        return f"Type a passphrase of at least {MIN_LEN} characters."
    if len(passphrase) < MIN_LEN:
        return f"The passphrase is too short: {len(passphrase)} of at least {MIN_LEN} characters."
    if estimate(passphrase)[0] < MIN_SCORE:
        return strength_hint(passphrase)[1]
    if not repeat:
        return "Type the same passphrase again in the second field."
    if repeat != passphrase:
        return "The two entries differ: type the same passphrase in both fields."
    return ""


def _set_role(label: QLabel, role: str) -> None:
    if label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)


class CreateVaultPage(QWidget):
    create_requested = Signal(str)  # passphrase
    restore_requested = Signal()

    def __init__(self, data_dir_text: str, parent=None):
        super().__init__(parent)
        title = QLabel("Welcome to TalkTogether")
        title.setFont(theme.title_font(1.8))
        intro = QLabel(
            "Everything you keep here (couples, recordings, notes and reports) stays on this computer, "
            "encrypted with a passphrase only you know. Choose it now; you will also get a recovery code "
            "to print and keep somewhere safe."
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText="Passphrase")
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText="The same again")
        self.meter = QProgressBar(maximum=4, textVisible=False, maximumHeight=8)
        self.hint = QLabel(strength_hint("")[1], wordWrap=True)
        self.hint.setProperty("role", "hint")
        self.create_btn = QPushButton("Create vault", enabled=False)
        self.create_btn.setProperty("primary", True)
        self.create_btn.setDefault(True)
        restore = QPushButton("Restore from a backup…")
        where = QLabel(f"Vault folder: {data_dir_text}")
        where.setProperty("role", "hint")
        where.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Passphrase", self.passphrase)
        form.addRow("Repeat", self.repeat)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        buttons = QHBoxLayout()
        buttons.addWidget(restore)
        buttons.addStretch(1)
        buttons.addWidget(self.create_btn)
        _center(self, [title, intro, form, buttons, where])

        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.create_btn.clicked.connect(self._create)
        self.repeat.returnPressed.connect(self._create)
        self.passphrase.returnPressed.connect(lambda: self.repeat.setFocus() if not self.repeat.text() else self._create())
        self._update()
        restore.clicked.connect(self.restore_requested)

    def _update(self, explain: bool = False) -> None:
        score, hint = strength_hint(self.passphrase.text())
        problem = passphrase_problem(self.passphrase.text(), self.repeat.text())
        if self.repeat.text() and self.repeat.text() != self.passphrase.text():
            hint += " The two entries differ."
        self.meter.setValue(score)
        self.hint.setText(hint if not (explain and problem) else problem)
        # Say what is wrong in plain words once the second entry is typed or Enter was pressed.
        show_error = bool(problem) and (explain or bool(self.repeat.text()))
        _set_role(self.hint, "error" if show_error else "hint")
        self.create_btn.setEnabled(not problem)
        self.create_btn.setToolTip(problem or "Create the encrypted vault with this passphrase")

    def _create(self) -> None:
        if self.create_btn.isEnabled():
            self.create_btn.setEnabled(False)
            self.create_requested.emit(self.passphrase.text())
        else:
            self._update(explain=True)

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self._update()


PASSPHRASE_INTRO = "Enter your passphrase to open your case file."
RECOVERY_INTRO = ("Enter your recovery code, as printed when the vault was made, to open your case file. "
                  "You will then choose a new passphrase.")


class UnlockPage(QWidget):
    unlock_requested = Signal(str, bool, bool)  # secret, is_recovery_code, remember
    restore_requested = Signal()  # offered only when the vault here cannot be opened (offer_restore)

    def __init__(self, keychain_secure: bool, parent=None):
        super().__init__(parent)
        title = QLabel("TalkTogether is locked")
        title.setFont(theme.title_font(1.8))
        self.intro = intro = QLabel(PASSPHRASE_INTRO)
        intro.setWordWrap(True)
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText="Passphrase")
        self.secret.setAccessibleName("Passphrase")
        self.use_recovery = QCheckBox("I forgot it: use my recovery code instead")
        self.remember = QCheckBox("Remember on this computer")
        self.remember_note = QLabel()
        self.remember_note.setProperty("role", "hint")
        self.remember_note.setWordWrap(True)
        if not keychain_secure:
            self.remember.setEnabled(False)
            self.remember_note.setText(
                "Remembering is unavailable: this computer has no secure keychain, "
                "so you will be asked for your passphrase each time."
            )
        self.status = QLabel(wordWrap=True)
        self.unlock_btn = QPushButton("Unlock")
        self.unlock_btn.setProperty("primary", True)
        self.unlock_btn.setDefault(True)
        self.restore_btn = QPushButton("Restore from a backup…")
        self.restore_btn.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.restore_btn)
        row.addStretch(1)
        row.addWidget(self.unlock_btn)
        _center(self, [title, intro, self.secret, self.use_recovery, self.remember, self.remember_note, self.status, row])
        self.restore_btn.clicked.connect(self.restore_requested)

        self.use_recovery.toggled.connect(self._mode)
        self.secret.returnPressed.connect(self._unlock)
        self.unlock_btn.clicked.connect(self._unlock)

    def _mode(self, recovery: bool) -> None:
        self.secret.clear()
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("Recovery code" if recovery else "Passphrase")
        self.secret.setAccessibleName("Recovery code" if recovery else "Passphrase")
        self.intro.setText(RECOVERY_INTRO if recovery else PASSPHRASE_INTRO)
        self.status.clear()
        self.secret.setFocus()

    def _unlock(self) -> None:
        if not self.secret.text():
            self.status.setText("Please type your recovery code first." if self.use_recovery.isChecked()
                                else "Please type your passphrase first.")
            return
        self.set_busy(True)
        self.unlock_requested.emit(self.secret.text(), self.use_recovery.isChecked(), self.remember.isChecked())

    def is_busy(self) -> bool:
        """Unlocking is under way (asked, not answered yet)."""
        return not self.unlock_btn.isEnabled()

    def show_waiting(self, words: str, fraction: Optional[float]) -> None:
        """Unlocking waits for work the lock let finish (a backup, an import): what it is, and how far it is."""
        done = "" if fraction is None else f" ({round(fraction * 100)}% done)."
        self.status.setText(f"{words}{done} The vault opens when it is done.")

    def set_busy(self, busy: bool) -> None:
        self.unlock_btn.setEnabled(not busy)
        self.secret.setEnabled(not busy)
        self.status.setText("Unlocking…" if busy else "")
        _set_role(self.status, "")

    def offer_restore(self, offer: bool) -> None:
        """The vault here cannot be opened (its key file missing or damaged, the file damaged): restoring is the way."""
        self.restore_btn.setVisible(offer)

    def show_failure(self, text: str) -> None:
        self.set_busy(False)
        self.status.setText(text)
        _set_role(self.status, "error")
        self.secret.selectAll()
        self.secret.setFocus()

    def clear(self) -> None:
        self.secret.clear()
        self.status.clear()
        self.set_busy(False)
        self.use_recovery.setChecked(False)


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown exactly once; the app never stores it."""

    def __init__(self, code: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Your recovery code")
        self._code = code
        text = QLabel(
            "If you ever forget your passphrase, this code is the only way back into your vault. "
            "Print it or write it down and keep it somewhere safe, away from this computer. "
            "It will not be shown again."
        )
        text.setWordWrap(True)
        self.code_label = QLabel(code)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(theme.title_font(1.3).pointSizeF())
        self.code_label.setFont(mono)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confirm = QCheckBox("I have printed or written down this code")
        print_btn = QPushButton("Print…")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Continue")
        self.ok.setEnabled(False)
        self.ok.setToolTip("Tick “I have printed or written down this code” first: it is not shown again.")
        buttons.addButton(print_btn, QDialogButtonBox.ButtonRole.ActionRole)
        self.nudge = QLabel("")
        self.nudge.setProperty("role", "hint")
        self.nudge.setWordWrap(True)
        layout = QVBoxLayout(self)
        for w in (text, self.code_label, self.confirm, self.nudge, buttons):
            layout.addWidget(w)
        self.confirm.toggled.connect(self._confirmed)
        buttons.accepted.connect(self.accept)
        print_btn.clicked.connect(self._print)
        self.resize(560, 260)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer) -> bool:
        """On paper, or to the file the print dialog was given, written whole and never through a link or into the
        vault's folder (print_file.py): the code kept beside the vault it opens would be no recovery code. False (and
        said in the dialog) when that file is refused."""
        from .. import paths
        from .print_file import PAPER_RECOVERY_CODE, file_asked_for, paint_pdf, paper_agreed

        path = file_asked_for(printer)
        if path is None:
            if not paper_agreed(self, PAPER_RECOVERY_CODE):  # the print service keeps a copy outside the vault
                return False
            self._paint(printer)
            return True
        _pages, data = paint_pdf(printer, self._paint)
        try:
            paths.write_private_whole(path, data)
        except OSError as exc:
            self.nudge.setText(f"The code was not saved to {path}: {(exc.strerror or 'a file error').rstrip('.')}. "
                               "Keep it away from this computer: print it on paper or write it down.")
            return False
        return True

    def _paint(self, device) -> int:
        doc = QTextDocument()
        doc.setHtml(
            "<h2>TalkTogether recovery code</h2><p>Keep this somewhere safe, away from the computer.</p>"
            f"<p style='font-family: monospace; font-size: 18pt'>{self._code}</p>"
        )
        painter = QPainter(device)
        doc.drawContents(painter)
        painter.end()
        return 1

    def _confirmed(self, on: bool) -> None:
        self.ok.setEnabled(on)
        self.ok.setToolTip("" if on else "Tick “I have printed or written down this code” first: it is not shown again.")
        if on:
            self.nudge.clear()

    # Escape and the close box would lose the code for good: the dialog stays until it is confirmed.
    def reject(self) -> None:
        if not self.confirm.isChecked():
            self.nudge.setText("This code is shown only once. Write it down or print it, tick the box, then Continue.")
            self.confirm.setFocus()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.confirm.isChecked() and self._code:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted and not self.confirm.isChecked() and self._code:
            return self.reject()
        from .clipboard_guard import forget_if_copied

        forget_if_copied(self._code)  # a recovery code copied out stays on no clipboard once the dialog is done
        self._code = ""
        self.code_label.clear()
        super().done(result)


def _center(widget: QWidget, items: list) -> None:
    """A narrow centred column, so forms stay readable on wide screens."""
    column = QVBoxLayout()
    column.setSpacing(12)
    for item in items:
        if isinstance(item, QWidget):
            column.addWidget(item)
        else:
            column.addLayout(item)
    box = QWidget()
    box.setLayout(column)
    box.setMaximumWidth(560)
    outer = QVBoxLayout(widget)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(box, 3)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
