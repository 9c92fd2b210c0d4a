"""Couples, consent, import and processing: the window's requests turned into core calls."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from ..pipeline import ops_case, ops_demo, ops_practice, ops_recordings
from ..pipeline.speech_host import SpeechHost
from ..storage.settings import load_settings
from . import page_data
from .couple_dialogs import DeleteCoupleDialog, SessionDialog
from .consent_flow import ConsentFlow
from .couple_edit import EditCoupleFlow
from .couple_notes import open_notes
from .import_flow import ImportFlow
from .couples_list import NewCoupleDialog


def process_job(recording_id: int, again: bool = False, speech: Optional[SpeechHost] = None,
                audio: Optional[ops_recordings.AnalysisAudio] = None):
    """The job function for the runner: the pipeline with the vault's settings (model in a child process,
    `speech`: the runner's warm one; `audio`: the recording as its import just decoded it).

    Without both partners' consent only the transcript is made; the analysis waits for consent.
    `again` runs every step anew with the current settings (after a change of speech model).
    """
    handed = [audio]

    def run(vault, progress, cancel):
        decoded, handed[0] = handed[0], None  # used once; not held by the job after it
        return ops_recordings.process_recording(vault, load_settings(vault), recording_id, progress=progress,
                                                cancel=cancel, stop_for_consent=True, force=again,
                                                audio=decoded, speech=speech)

    return run


def demo_job(couple_id: int, recording_id: int, speech: Optional[SpeechHost] = None):
    """Process the demo, then name its two voices after the demo partners."""

    def run(vault, progress, cancel):
        return ops_demo.process_demo(vault, load_settings(vault), couple_id, recording_id, progress, cancel,
                                     speech=speech)

    return run


def resume_job(job_id: int, speech: Optional[SpeechHost] = None):
    """A job a crash or quit interrupted starts again from its first unfinished step."""

    def run(vault, progress, cancel):
        return ops_recordings.resume_jobs(vault, load_settings(vault), progress=progress, cancel=cancel,
                                          only_job_ids=[job_id], speech=speech, raise_failures=True)

    return run


class CoupleFlow(ConsentFlow, EditCoupleFlow, ImportFlow):
    def __init__(self, window):
        self.w = window
        w = window
        w.couples.couple_selected.connect(self.open_couple)
        w.couples.add_requested.connect(self.add_couple)
        w.couple_page.consent_requested.connect(self.record_consent)
        w.couple_page.import_requested.connect(self.import_files)
        w.couple_page.process_requested.connect(self.process)
        w.couple_page.reprocess_requested.connect(
            lambda rid: self.process(rid, job=process_job(rid, again=True, speech=w.jobs.speech)))
        w.couple_page.open_recording.connect(self.open_recording)
        w.couple_page.record_requested.connect(self.open_room)
        w.couple_page.add_session_requested.connect(self.add_session)
        # activated: a double-click, and Enter from the keyboard (double-click alone left a session out of reach of
        # anyone working by keyboard: it could not be moved, marked cancelled or missed, nor removed)
        w.couple_page.sessions.itemActivated.connect(
            lambda item: item.data(Qt.ItemDataRole.UserRole) and self.edit_session(item.data(Qt.ItemDataRole.UserRole)))
        w.couple_page.notes_btn.clicked.connect(lambda _c=False: open_notes(w))
        w.couple_page.withdraw_consent_requested.connect(self.withdraw_consent)
        w.couple_page.assign_practice_requested.connect(self.assign_practice)
        w.couple_page.delete_requested.connect(self.delete_couple)
        w.couple_page.edit_requested.connect(self.edit_couple)
        w.couple_page.delete_recording_requested.connect(self.delete_recording)
        w.room_page.saved.connect(self._room_saved)
        w.room_page.back_requested.connect(lambda: self.open_couple(w.room_page.couple_id or w.couple_page.couple_id))
        w.jobs.finished.connect(self._job_finished)
        w.recording_page.back_requested.connect(lambda: self.open_couple(w.couple_page.couple_id))
        w.recording_page.gone.connect(self._recording_gone)
        from .practice_flow import PracticeFlow

        self.practice = PracticeFlow(w, self.reload_couple)
        from .follow_up_flow import FollowUpFlow

        self.follow_up = FollowUpFlow(w, self.reload_couple)

    # --- couples ---------------------------------------------------------------------------------
    def refresh_couples(self, select_id: Optional[int] = None) -> None:
        self.w.tasks.run(lambda v: page_data.couples_list(v), lambda rows: self.w.couples.set_rows(rows, select_id))

    def open_couple(self, couple_id: Optional[int], show_page: bool = True) -> None:
        """Fill the couple page (and show it, unless a recording of theirs is being reopened)."""
        if couple_id is None:
            self.w.show_couples()
            return

        def show(data):
            self._show_couple(data)
            if show_page:
                self.w.show_content(self.w.couple_page)

        self.w.tasks.run(lambda v: page_data.couple_page(v, couple_id), show)

    def reload_couple(self) -> None:
        if self.w.couple_page.couple_id is not None:
            cid = self.w.couple_page.couple_id
            self.w.tasks.run(lambda v: page_data.couple_page(v, cid), self._show_couple)

    def _show_couple(self, data: dict) -> None:
        for rec in data["recordings"]:
            state = self.w.jobs.state_of(rec["id"])
            if state is not None:  # a job waiting its turn is not said to be processing
                rec["status"], rec["status_text"] = state, page_data.STATUS_TEXT[state]
        self.w.couple_page.show_data(data)

    def add_couple(self, typed: Optional[list[str]] = None) -> None:
        dialog = NewCoupleDialog(self.w, existing=self.w.couples.model.rows(), typed=typed)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if dialog.property("closed_by_lock") and any(t.strip() for t in dialog.typed()):
                self.w.drafts.later(lambda names=dialog.typed(): self.add_couple(names))  # opened again after unlocking
            return
        name, partners = dialog.values()

        def done(couple_id):
            self.refresh_couples(select_id=couple_id)
            self.open_couple(couple_id)

        self.w.tasks.run(lambda v: ops_case.add_couple(v, load_settings(v), name, partners), done)

    # --- sessions and deleting ----------------------------------------------------------------------
    def add_session(self, kept: Optional[dict] = None) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is None:
            return
        dialog = SessionDialog(self.w, kept=kept)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._keep_session(dialog, couple_id, lambda kept: self.add_session(kept))
            return
        when, minutes = dialog.values()
        self.w.tasks.run(lambda v: ops_case.add_session(v, load_settings(v), couple_id, when, minutes),
                         lambda _id: (self.reload_couple(), self.w.statusBar().showMessage(
                             f"Session planned for {when.replace('T', ' ')}.", 6000)))

    def edit_session(self, session: dict, kept: Optional[dict] = None) -> None:
        """Double-click a session: move it, change its length, mark how it went, or remove it."""
        couple_id = self.w.couple_page.couple_id  # (before the dialog: a lock forgets it)
        dialog = SessionDialog(self.w, session, couple_name=self.w.couple_page.title.text(), kept=kept)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._keep_session(dialog, couple_id, lambda kept: self.edit_session(session, kept))
            return
        sid = int(session["id"])
        if dialog.removed:
            self.w.tasks.run(lambda v: ops_case.delete_session(v, load_settings(v), sid),
                             lambda _r: (self.reload_couple(), self.w.statusBar().showMessage("Session removed.", 6000)))
            return
        when, minutes = dialog.values()
        status = dialog.status.currentData()
        self.w.tasks.run(lambda v: ops_case.update_session(v, load_settings(v), sid, when, minutes, status),
                         lambda _s: (self.reload_couple(), self.w.statusBar().showMessage("Session saved.", 6000)))

    def _keep_session(self, dialog, couple_id, again) -> None:
        """The vault locked with the session dialog open: opened again as it was after unlocking, on the same couple."""
        if dialog.property("closed_by_lock"):
            kept = dialog.kept()
            self.w.drafts.later(lambda: again(kept) if self.w.couple_page.couple_id == couple_id else None)

    def assign_practice(self, initial: Optional[dict] = None) -> None:
        from .practice_dialog import PracticeDialog

        couple_id = self.w.couple_page.couple_id
        if couple_id is None:
            return
        dialog = PracticeDialog(self.w, initial)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if dialog.property("closed_by_lock"):  # the vault locked meanwhile: opened again as it was, after unlocking
                choices = dialog.choices()
                self.w.drafts.later(lambda: self.assign_practice(choices) if self.w.couple_page.couple_id == couple_id
                                    else None)
            return
        self._give_practice(couple_id, dialog.assignment(), None, dialog.choices())

    def _give_practice(self, couple_id: int, assignment, reason, choices: Optional[dict] = None,
                       typed: str = "") -> None:
        """Through the one operation; recent safety flags make it ask the therapist for a reason first (`typed`: the
        reason as typed when a lock closed that question; it is asked again after unlocking, nothing stored before)."""
        from ..errors import SafetyConfirmationNeeded
        from .practice_dialog import SafetyConfirmDialog

        def failed(exc):
            if isinstance(exc, SafetyConfirmationNeeded) and reason is None:
                ask = SafetyConfirmDialog(str(exc), self.w)
                ask.reason.setPlainText(typed)
                if ask.exec() == QDialog.DialogCode.Accepted:
                    self._give_practice(couple_id, assignment, ask.value())
                elif ask.property("closed_by_lock"):  # the practice and the reason typed are kept, in memory only
                    kept = ask.reason.toPlainText()
                    self.w.drafts.later(lambda: self._give_practice(couple_id, assignment, None, choices, kept)
                                        if self.w.couple_page.couple_id == couple_id else None)
                elif choices is not None:  # back to the practice as filled in, to choose one not recorded
                    self.assign_practice(choices)
                return
            self.w.errors.show(exc)

        self.w.tasks.run(lambda v: ops_practice.assign_practice(v, load_settings(v), couple_id, assignment,
                                                                confirm_safety=reason),
                         lambda _saved: (self.reload_couple(), self.w.statusBar().showMessage(
                             f"Practice assigned: {ops_practice.title_shown(assignment)}.", 6000)), failed)

    def delete_couple(self) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is None:
            return
        page = self.w.couple_page
        ids = {int(page.table.item(row, 0).data(Qt.ItemDataRole.UserRole)) for row in range(page.table.rowCount())}
        busy = [rid for rid in ids if self.w.jobs.is_busy_with(rid)]
        if busy:  # erased under a running job, it said "Not found" and "start it again from the couple page"
            QMessageBox.information(self.w, "Being processed", f"{page.recording_name(busy[0])} of {page.title.text()} "
                                    "is being processed. Stop it in the Processing panel (Ctrl+J) or let it finish, "
                                    "then delete the couple.")
            return
        if self.w.room_page.recording and self.w.room_page.couple_id == couple_id:  # (saving it then found no couple)
            QMessageBox.information(self.w, "Recording in the room", f"A recording of {page.title.text()} is under way "
                                    "in the room. Stop and save it, or discard it, then delete the couple.")
            return
        dialog = DeleteCoupleDialog(page.title.text(), self.w, partners=page.partner_names, recordings=page.table.rowCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return

        def done(_r):
            self.w.couple_page.clear()
            if ((self.w.recording_page.data or {}).get("couple") or {}).get("id") == couple_id:
                self.w.recording_page.clear()  # their recording's sound and words are not kept in the window
            self.w.jobs_panel.forget_recordings(ids)
            self.w.show_content(self.w.welcome)
            self.refresh_couples()
            self.w.statusBar().showMessage("The couple and everything about them was erased.", 8000)

        self.w.tasks.run(lambda v: ops_case.delete_couple(v, load_settings(v), couple_id), done)

    def delete_recording(self, recording_id: int) -> None:
        """Erase one recording (imported into the wrong couple, or a partner asks): asked first, never mid-processing."""
        name = self.w.couple_page.recording_name(recording_id) or "The recording"
        if (self.w.couple_page.selected_recording() or (None, ""))[1] == "elsewhere":  # the vault would refuse it
            QMessageBox.information(self.w, "Being processed", f"{name} is being processed now by a command or another "
                                    "window on this computer. Let it finish, then delete it.")
            return
        if self.w.jobs.is_busy_with(recording_id):
            QMessageBox.information(self.w, "Being processed", f"{name} is being processed. Stop it in the Processing "
                                    "panel (Ctrl+J) or let it finish, then delete it.")
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "Delete this recording?",
                          f"Erase {name} from this computer? Its audio, transcript, analyses, reports and notes, and any "
                          "voice sample taken from it, are erased. This cannot be undone.", parent=self.w)
        erase = box.addButton("Erase the recording", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return

        def done(_r):
            if self.w.recording_page.recording_id == recording_id:
                self.w.recording_page.clear()
            self.w.jobs_panel.forget_recordings({recording_id})
            self.reload_couple()
            self.refresh_couples(select_id=self.w.couple_page.couple_id)
            self.w.statusBar().showMessage(f"{name} and everything made from it were erased.", 8000)

        self.w.tasks.run(lambda v: ops_recordings.delete_recording(v, load_settings(v), recording_id), done)

    # --- processing ------------------------------------------------------------------------------------
    def process(self, recording_id: int, label: Optional[str] = None, job=None) -> None:
        if self.w.jobs.is_busy_with(recording_id):
            return
        if label is None:  # the jobs panel names the couple and the file
            name = self.w.couple_page.recording_name(recording_id) or "A recording"
            label = f"{self.w.couple_page.title.text()} · {name}" if self.w.couple_page.title.text() else name
        self.w.jobs.submit(label, job or process_job(recording_id, speech=self.w.jobs.speech), recording_id)
        self.w.jobs_dock.setVisible(True)
        self.reload_couple()

    def _job_finished(self, _uid: int, state: str, outcome) -> None:
        _result, error = outcome
        if not self.w.unlocked:
            return
        if state == "failed" and error is not None:
            self.w.errors.show(error)
        elif state == "cancelled":
            said = self.w.jobs.stopped_words(_uid)  # a change's job: not started again from the couple page
            self.w.statusBar().showMessage(f"{said}." if said else
                                           "Processing stopped; you can start it again from the couple page.", 8000)
        self.reload_couple()
        self.w.recording_page.job_finished(_result if state == "done" else None)

    def _recording_gone(self, recording_id: int) -> None:
        self.w.jobs_panel.forget_recordings({recording_id})
        if self.w.couple_page.couple_id is not None:
            self.open_couple(self.w.couple_page.couple_id)
        else:
            self.w.show_couples()
        self.refresh_couples(select_id=self.w.couple_page.couple_id)
        self.w.statusBar().showMessage("That recording is no longer in the vault: it was erased (by a command or "
                                       "another window).", 10000)

    def open_recording(self, recording_id: int, look_first: bool = True) -> None:
        """`look_first`: a recording with lines to listen to first opens on them (not when an unlock returns to it)."""
        self.w.recording_page.load(recording_id, look_first)
        self.w.show_content(self.w.recording_page)

    # --- recording in the room ----------------------------------------------------------------------
    def open_room(self) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is not None:
            self.w.room_page.start_for(couple_id, self.w.couple_page.title.text(), self.w.couple_page.partner_list)
            self.w.show_content(self.w.room_page)

    def _room_saved(self, recording_id: int) -> None:
        self.room_recording_saved(self.w.room_page.couple_id or self.w.couple_page.couple_id, recording_id)

    def room_recording_saved(self, couple_id: int, recording_id: int) -> None:
        """The recording's own couple (the therapist may have looked at another meanwhile) is shown, and its job named
        as the jobs panel names any (couple · file). Also for a take cut off by a crash, saved after the unlock."""
        self.open_couple(couple_id)
        self.refresh_couples(select_id=couple_id)
        # without consent the job makes only the transcript
        self.w.tasks.run(lambda v: page_data.job_label(v, recording_id), lambda label: self.process(recording_id, label))

    # --- the demo couple -------------------------------------------------------------------------------
    def add_demo_couple(self, process: bool = True) -> None:
        def work(vault):
            return ops_demo.seed_demo_couple(vault, load_settings(vault))

        def done(ids):
            couple_id, recording_id = ids
            self.refresh_couples(select_id=couple_id)
            self.open_couple(couple_id)
            if process:
                self.process(recording_id, "Demo couple · demo conversation", demo_job(couple_id, recording_id, self.w.jobs.speech))

        self.w.tasks.run(work, done)
