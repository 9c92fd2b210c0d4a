"""Restoring the vault from a backup file, from Settings, from the create screen or from the locked screen (when the
vault here cannot be opened: its key file missing or damaged, the file damaged).

The backup is checked first (whole, and the secret opens it), then the therapist is told which vault it was made from
and what is here now (storage.vault_here) before anything is replaced; only then the window is locked for the swap.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ..errors import Cancelled
from ..pipeline import ops_vault
from ..storage import vault_here


STOP_NOTE = ("Cancel stops before anything is replaced: the vault here stays as it was. Only the last step, putting "
             "the backup in place, is not stopped (it takes a moment).")


def restore_dialog(page, first_run: bool) -> None:
    """`page`: the settings page (its data_dir, tasks, window). `first_run`: no vault is open (the create or the
    locked screen); the question is then asked whenever anything is in the vault folder."""
    from .settings_page import SecretDialog

    source, _ = QFileDialog.getOpenFileName(page, "Restore from a backup", "", "TalkTogether backup (*.ttbackup);;All files (*)")
    if not source:
        return
    dialog = SecretDialog(page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    secret, is_code = dialog.values()
    data_dir, window = page.data_dir, page.window()
    keys = {"passphrase": None if is_code else secret, "recovery_code": secret if is_code else None}
    if not first_run and getattr(window, "jobs", None) is not None and window.jobs.active():
        QMessageBox.information(page, "Processing is running", "A recording is being processed. Let it finish, or "
                                "stop it in the Processing panel, then restore the backup.")
        return

    def done(info):
        page.end_long_work()
        if hasattr(window, "vault_flow"):
            window.vault_flow.start()
            window.unlock_page.status.setText(ops_vault.restored_text(info, source) + " Unlock with the passphrase "
                                              "the vault had when the backup was made.")

    def failed(exc):  # nothing was changed: back to the unlock screen of the same vault, saying why
        page.end_long_work()
        if hasattr(window, "vault_flow"):
            if not first_run:  # locked for the restore; a locked or create screen is still where it was
                window.vault_flow.start()
            window.unlock_page.status.setText(("Restore stopped" if isinstance(exc, Cancelled) else
                                               "The backup was not restored") + "; nothing was changed." +
                                              ("" if first_run else " Unlock to continue."))
        if not isinstance(exc, Cancelled):
            page.tasks._default_error(exc)

    def checked(info):
        # the backup is whole and opens: only now is the case file replaced, and the window locked for it
        page.end_long_work()
        other = bool(info.get("other_vault"))  # as `vault restore` needs --accept-other-vault: asked, always
        ask = other or not first_run or info.get("vault_here") != vault_here.NONE
        if ask and QMessageBox.question(page, "Replace the vault with the backup?",
                                        ops_vault.restore_question(info, data_dir)) != QMessageBox.StandardButton.Yes:
            return
        if not first_run and hasattr(window, "vault_flow"):
            window.vault_flow.lock(reason="Restoring from the backup…")
        keys["accept_other_vault"] = other
        work = page.start_long_work("Restoring from the backup", "Checking the backup file…", STOP_NOTE)
        page.tasks.run_without_vault(lambda: ops_vault.restore_vault(data_dir, source, **keys, progress=work.report,
                                                                     cancel=work.flag), done, failed)

    def not_checked(exc):
        page.end_long_work()
        if not isinstance(exc, Cancelled):
            page.tasks._default_error(exc)

    work = page.start_long_work("Checking the backup", "Checking the backup file…", STOP_NOTE)
    page.tasks.run_without_vault(lambda: ops_vault.check_backup(source, data_dir=data_dir, **keys, progress=work.report,
                                                                cancel=work.flag), checked, not_checked)
