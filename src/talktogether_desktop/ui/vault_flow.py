"""Creating, unlocking and locking the vault, on the vault thread; the window only reacts."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from ..errors import (
    InsecureKeyring,
    KeychainOutOfDate,
    NotAVault,
    SidecarDamaged,
    SidecarMissing,
    VaultDamaged,
    VaultLocked,
    VaultMismatch,
)
from ..pipeline import ops_room, ops_vault
from ..storage import vault as vault_store
from . import page_data
from .errors import message_for
from .lock_drafts import KEPT_WORDS
from .long_work import going_on_behind_lock
from .room_takes_offer import offer_cut_off_takes
from .vault_pages import RecoveryCodeDialog


def _needs_restore(exc: BaseException) -> bool:
    """The vault here cannot be opened whatever the passphrase: only a backup brings it back."""
    exc = vault_store.damage_error(exc) or exc
    return isinstance(exc, (SidecarMissing, SidecarDamaged, VaultMismatch, VaultDamaged, NotAVault))


class VaultFlow:
    def __init__(self, window):
        self.w = window
        self.remember_note: Optional[str] = None
        self.resume_at: Optional[tuple] = None  # the page shown when the vault was locked
        self.notice_box: Optional[QMessageBox] = None
        self.damaged_box: Optional[QMessageBox] = None  # the damage the check at open found (ops_vault.open_notices)
        self.waiting_for: Optional[tuple[str, Optional[float]]] = None  # work a lock let go on: (words, how far)
        w = window
        w.create_page.create_requested.connect(self.create)
        w.create_page.restore_requested.connect(lambda: w.settings_page.restore_dialog(first_run=True))
        w.unlock_page.unlock_requested.connect(self.unlock)
        w.tasks.across_lock_done.connect(self._behind_lock_done)
        w.unlock_page.restore_requested.connect(lambda: w.settings_page.restore_dialog(first_run=True))

    # --- start ----------------------------------------------------------------------------------
    def start(self) -> None:
        """Open with a remembered key when there is one, else ask; or offer to create a vault."""
        if not vault_store.vault_exists(self.w.data_dir):
            self.w.show_screen(self.w.create_page)
            self.w.create_page.passphrase.setFocus()
            return
        self.w.show_screen(self.w.unlock_page)
        self.w.unlock_page.offer_restore(False)
        self.w.unlock_page.secret.setFocus()

        def try_keychain():
            vault = vault_store.open_vault(self.w.data_dir, use_keychain=True)
            return self._after_open(vault)

        def not_opened(exc):
            if isinstance(exc, KeychainOutOfDate):  # say why the passphrase is asked after all
                self.w.unlock_page.status.setText(str(exc))
            elif not isinstance(exc, VaultLocked):
                self.w.unlock_page.offer_restore(_needs_restore(exc))
                self.w.errors.show(exc)

        self.w.tasks.run_without_vault(try_keychain, self._opened, not_opened)

    # --- create ---------------------------------------------------------------------------------
    def create(self, passphrase: str) -> None:
        def work():
            vault, code = vault_store.create_vault(self.w.data_dir, passphrase)
            settings = self._after_open(vault)
            settings["notices"] = []  # the code is shown next
            return settings, code

        def done(result):
            settings, code = result
            self._show_recovery_code(code)
            self._opened(settings)
            self.offer_demo()

        def failed(exc):
            self.w.create_page.create_btn.setEnabled(True)
            self.w.errors.show(exc)

        self.w.tasks.run_without_vault(work, done, failed)

    def offer_demo(self) -> None:
        answer = QMessageBox.question(
            self.w,
            "Add a demo couple?",
            "Would you like a demo couple with a short practice conversation (invented people, synthetic "
            "voices)? It is processed on this computer in about a minute, in the background, and then "
            "shows a full transcript, analysis and report. You can delete it at any time.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.w.couple_flow.add_demo_couple()

    # --- unlock ---------------------------------------------------------------------------------
    def unlock(self, secret: str, is_recovery: bool, remember: bool) -> None:
        def work():
            vault = vault_store.open_vault(
                self.w.data_dir,
                passphrase=None if is_recovery else secret,
                recovery_code=secret if is_recovery else None,
                use_keychain=False,
            )
            note = None
            if remember:
                try:
                    vault.remember_on_this_computer()
                except InsecureKeyring as exc:
                    note = str(exc)
            settings = self._after_open(vault)
            settings["remember_note"] = note
            return settings

        def failed(exc):
            msg = message_for(exc)
            self.w.unlock_page.show_failure(f"{msg.title}. {msg.text}")
            self.w.unlock_page.offer_restore(_needs_restore(exc))

        def opened(settings):
            self._opened(settings)
            if is_recovery:  # the passphrase is forgotten: offer a new one while the code is at hand
                self.offer_new_passphrase()

        if self.waiting_for is not None and self.w.tasks.work_across_lock():  # it opens after that work: say so
            self.w.unlock_page.show_waiting(*self.waiting_for)
        self.w.tasks.run_without_vault(work, opened, failed)

    def _behind_lock_progress(self, words: str, fraction: float) -> None:
        self.waiting_for = (words, fraction)
        if self.w.unlock_page.is_busy():
            self.w.unlock_page.show_waiting(words, fraction)

    def _behind_lock_done(self) -> None:
        self.waiting_for = None
        if not self.w.unlocked and self.w.unlock_page.is_busy():
            self.w.unlock_page.set_busy(True)  # "Unlocking…": what it waited for is done

    def offer_new_passphrase(self) -> None:
        from PySide6.QtWidgets import QDialog

        from .settings_page import PassphraseDialog

        dialog = PassphraseDialog(
            self.w, title="Set a new passphrase",
            intro="You unlocked with your recovery code. Choose a new passphrase now, so you can unlock "
                  "with it next time. Your recovery code keeps working.",
            ok_text="Set new passphrase")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.w.statusBar().showMessage("You can set a new passphrase at any time in Settings.", 15000)
            return
        new = dialog.passphrase.text()
        dialog.passphrase.clear()
        dialog.repeat.clear()
        self.w.tasks.run(lambda v: v.change_passphrase(new),
                         lambda _r: self.w.statusBar().showMessage("New passphrase set. Your recovery code still works.", 15000))

    # --- the recovery code -----------------------------------------------------------------------------
    def _show_recovery_code(self, code: str) -> None:
        """The code once; it counts as shown only when the therapist confirmed writing it down."""
        if RecoveryCodeDialog(code, self.w).exec() == QDialog.DialogCode.Accepted:
            self.w.tasks.run(ops_vault.recovery_code_shown, lambda _r: None)

    def make_new_recovery_code(self) -> None:
        self.w.tasks.run(ops_vault.new_recovery_code, self._show_recovery_code)

    def _show_notice(self, text: str) -> None:
        """Something the therapist must act on now (a recovery code that was never shown): non-modal, with the fix."""
        self.notice_box = self._act_now_box("Make a new recovery code now", text, "Make a new recovery code",
                                            self.make_new_recovery_code)

    def _show_damaged(self, text: str) -> None:
        """Damage the check at open found: the vault stays open (the rest of the case file can still be read), and the
        way out, a restore, is one click away."""
        self.damaged_box = self._act_now_box("The vault file is damaged", text, "Restore from a backup…",
                                             lambda: self.w.settings_page.restore_dialog(first_run=False))

    def _act_now_box(self, title: str, text: str, action: str, act) -> QMessageBox:
        """A non-modal warning with one way out (`action`, which runs `act`) and "Later"; shown, and returned."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self.w)
        button_of_action = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: act() if button is button_of_action else None)
        box.show()
        return box

    def _after_open(self, vault) -> dict:
        """On the vault thread: hand the vault to the worker and the jobs, read what the window needs."""
        self.w.tasks.set_vault(vault)
        self.w.jobs.set_vault(vault)
        from ..storage import jobs as jobs_store

        jobs_store.recover_interrupted(vault)  # jobs a crash or quit left 'running' are marked
        settings = page_data.settings(vault)
        settings["resumable"] = page_data.resumable_jobs(vault)
        settings["notices"] = ops_vault.open_notices(vault)
        settings["cut_off_takes"] = ops_room.cut_off(vault)  # recordings in the room a crash stopped
        return settings

    def _opened(self, settings: dict) -> None:
        self.w.unlock_page.clear()
        self.w.create_page.clear()
        self.w.idle.set_minutes(settings.get("autolock_minutes") or 10)
        self.w.set_locked(False)
        self.w.show_content(self.w.welcome)
        self.w.couple_flow.refresh_couples()
        self.w.jobs_panel.name_rows_again()  # a job that went on behind the lock
        self._return_to_where_you_were()
        self.w.drafts.give_back()
        from .couple_flow import resume_job

        # One job per recording, tied to it: its row says "Processing…" and it cannot be started twice.
        for job in settings.get("resumable") or []:
            self.w.jobs.submit(job["label"], resume_job(job["job_id"], self.w.jobs.speech), job["recording_id"])
        note = settings.get("remember_note")
        if note:
            self.w.statusBar().showMessage(note, 15000)
        self.w.tasks.answer_after_unlock()  # a backup or an import that finished behind the lock screen
        for notice in settings.get("notices") or []:
            if notice == ops_vault.VAULT_DAMAGED:
                self._show_damaged(notice)
            else:
                self._show_notice(notice)
        self.cut_off_boxes = offer_cut_off_takes(self.w, settings.get("cut_off_takes") or [])
        self.w.couples.search.setFocus()

    def _return_to_where_you_were(self) -> None:
        where, self.resume_at = self.resume_at, None
        if where is None:
            return
        kind, couple_id, recording_id = where
        if couple_id is not None:
            self.w.couple_flow.open_couple(couple_id, show_page=kind == "couple")
            self.w.couple_flow.refresh_couples(select_id=couple_id)
        if kind == "recording":
            self.w.couple_flow.open_recording(recording_id, look_first=False)  # on the tab it was left on
        elif kind == "settings":
            self.w.show_settings()

    # --- lock -----------------------------------------------------------------------------------
    def lock(self, reason: str = "Locked.") -> None:
        if not self.w.unlocked:
            return
        self.resume_at = self.w.where_you_are()
        if self.w.tasks.work_across_lock():
            reason += (" A backup or an import under way finishes first, so nothing is lost; unlocking waits for it "
                       "and then says how it ended.")
        if self.w.room_page.recording:  # stopped and saved by the page as it forgets the couple (never thrown away)
            reason += (" The recording under way in the room was stopped and saved in the vault; process it from the "
                       "couple's page.")
        if self.w.drafts.take():
            reason += KEPT_WORDS
        self.w.clear_client_details()
        self.w.tasks.close_vault()
        self.w.jobs.set_vault(None)
        self.w.set_locked(True)
        self.waiting_for = None
        for work in going_on_behind_lock():  # (run one after the other on the vault thread: the first is under way)
            work.behind_lock_progress.connect(self._behind_lock_progress)
            self.waiting_for = self.waiting_for or (work.behind_lock, work.fraction)
        self.w.show_screen(self.w.unlock_page)
        self.w.unlock_page.clear()
        self.w.unlock_page.status.setText(reason)
        self.w.unlock_page.secret.setFocus()
