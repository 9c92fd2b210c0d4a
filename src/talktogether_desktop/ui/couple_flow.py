"""Couples, consent, import and processing: the window's requests turned into core calls."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtWidgets import QDialog, QMessageBox

from ..errors import DuplicateRecording
from ..storage import couples as couples_store
from . import page_data
from .couple_dialogs import DeleteCoupleDialog, SessionDialog
from .couple_page import ConsentDialog
from .couples_list import NewCoupleDialog



def import_file(vault, couple_id: int, path: str, source: str = "import") -> int:
    """Read the file into memory and store it in the vault (storage.recordings); returns the recording id."""
    from ..storage import recordings

    try:
        return int(recordings.import_file(vault, couple_id, path, source=source).id)
    except DuplicateRecording as dup:
        return int(dup.recording_id)


def processing_options(vault) -> dict:
    """The therapist's model and thread settings, as the pipeline takes them."""
    values = page_data.settings(vault)
    model = values.get("model") or "tiny.en"
    if model == "folder":
        model = values.get("model_dir") or "tiny.en"
    threads = int(values.get("cpu_threads") or 0)
    return {"model": model, "threads": threads or None}


def process_job(recording_id: int):
    """The job function for the runner: the core pipeline, which runs the model in a child process.

    Without both partners' consent only the transcript is made; the analysis waits for consent.
    """

    def run(vault, progress, cancel):
        from ..pipeline import process

        options = processing_options(vault)
        if not _consent_for_recording(vault, recording_id):
            options["steps"] = ("transcribe",)
        return process.process_recording(vault, recording_id, progress=progress, cancel=cancel, **options)

    return run


def demo_job(couple_id: int, recording_id: int):
    """Process the demo, then name its two voices after the demo partners."""
    run_process = process_job(recording_id)

    def run(vault, progress, cancel):
        from .demo_vault import name_demo_voices

        result = run_process(vault, progress, cancel)
        name_demo_voices(vault, couple_id, recording_id)
        return result

    return run


def resume_job(vault, progress, cancel):
    """Jobs a crash or quit interrupted start again from their first unfinished step."""
    from ..pipeline import process

    return process.resume_jobs(vault, progress=progress, cancel=cancel)


def _consent_for_recording(vault, recording_id: int) -> bool:
    row = vault.one("SELECT couple_id FROM recordings WHERE id = ?", (recording_id,))
    return row is not None and couples_store.has_consent(vault, row[0])


class CoupleFlow:
    def __init__(self, window):
        self.w = window
        w = window
        w.couples.couple_selected.connect(self.open_couple)
        w.couples.add_requested.connect(self.add_couple)
        w.couple_page.consent_requested.connect(self.record_consent)
        w.couple_page.import_requested.connect(self.import_files)
        w.couple_page.process_requested.connect(self.process)
        w.couple_page.open_recording.connect(self.open_recording)
        w.couple_page.record_requested.connect(self.open_room)
        w.couple_page.add_session_requested.connect(self.add_session)
        w.couple_page.withdraw_consent_requested.connect(self.withdraw_consent)
        w.couple_page.assign_practice_requested.connect(self.assign_practice)
        w.couple_page.delete_requested.connect(self.delete_couple)
        w.room_page.saved.connect(self._room_saved)
        w.jobs.finished.connect(self._job_finished)
        w.recording_page.back_requested.connect(lambda: self.open_couple(w.couple_page.couple_id))

    # --- couples ---------------------------------------------------------------------------------
    def refresh_couples(self, select_id: Optional[int] = None) -> None:
        self.w.tasks.run(lambda v: page_data.couples_list(v), lambda rows: self.w.couples.set_rows(rows, select_id))

    def open_couple(self, couple_id: Optional[int]) -> None:
        if couple_id is None:
            self.w.show_couples()
            return

        def show(data):
            self._show_couple(data)
            self.w.show_content(self.w.couple_page)

        self.w.tasks.run(lambda v: page_data.couple_page(v, couple_id), show)

    def reload_couple(self) -> None:
        if self.w.couple_page.couple_id is not None:
            cid = self.w.couple_page.couple_id
            self.w.tasks.run(lambda v: page_data.couple_page(v, cid), self._show_couple)

    def _show_couple(self, data: dict) -> None:
        busy = {job.recording_id for job in self.w.jobs.active()}
        for rec in data["recordings"]:
            if rec["id"] in busy:
                rec["status"], rec["status_text"] = "running", page_data.STATUS_TEXT["running"]
        self.w.couple_page.show_data(data)

    def add_couple(self) -> None:
        dialog = NewCoupleDialog(self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, partners = dialog.values()

        def done(couple_id):
            self.refresh_couples(select_id=couple_id)
            self.open_couple(couple_id)

        self.w.tasks.run(lambda v: couples_store.add_couple(v, name, partners), done)

    # --- consent ---------------------------------------------------------------------------------
    def record_consent(self) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is None:
            return
        self.w.tasks.run(lambda v: couples_store.list_partners(v, couple_id), lambda partners: self._ask_consent(couple_id, partners))

    def _ask_consent(self, couple_id: int, partners: list) -> None:
        dialog = ConsentDialog(partners, self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self.w.tasks.run(
            lambda v: couples_store.record_consent(v, couple_id, retention=values["retention"], note=values["note"]),
            lambda _ids: (self.reload_couple(), self.w.statusBar().showMessage("Consent recorded.", 5000)),
        )

    def withdraw_consent(self) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is None:
            return
        answer = QMessageBox.question(
            self.w, "Withdraw consent?",
            "Recordings stay in the vault, but no new analysis is made until consent is recorded again.")
        if answer == QMessageBox.StandardButton.Yes:
            self.w.tasks.run(lambda v: couples_store.withdraw_consent(v, couple_id),
                             lambda _n: (self.reload_couple(), self.w.statusBar().showMessage("Consent withdrawn.", 5000)))

    # --- sessions and deleting ----------------------------------------------------------------------
    def add_session(self) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is None:
            return
        dialog = SessionDialog(self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        when, minutes = dialog.values()
        self.w.tasks.run(lambda v: couples_store.add_session(v, couple_id, when, minutes), lambda _id: self.reload_couple())

    def assign_practice(self) -> None:
        from .practice_dialog import PracticeDialog

        couple_id = self.w.couple_page.couple_id
        if couple_id is None:
            return
        dialog = PracticeDialog(self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._give_practice(couple_id, dialog.assignment(), None)

    def _give_practice(self, couple_id: int, assignment, reason) -> None:
        """Through the one operation; recent safety flags make it ask the therapist for a reason first."""
        from ..errors import SafetyConfirmationNeeded
        from ..pipeline.practice_ops import assign_practice
        from .practice_dialog import SafetyConfirmDialog

        def failed(exc):
            if isinstance(exc, SafetyConfirmationNeeded) and reason is None:
                ask = SafetyConfirmDialog(str(exc), self.w)
                if ask.exec() == QDialog.DialogCode.Accepted:
                    self._give_practice(couple_id, assignment, ask.value())
                return
            self.w.errors.show(exc)

        self.w.tasks.run(lambda v: assign_practice(v, couple_id, assignment, confirm_safety=reason),
                         lambda _r: self.reload_couple(), failed)

    def delete_couple(self) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is None:
            return
        dialog = DeleteCoupleDialog(self.w.couple_page.title.text(), self.w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return

        def done(_r):
            self.w.couple_page.clear()
            self.w.show_content(self.w.welcome)
            self.refresh_couples()
            self.w.statusBar().showMessage("The couple and everything about them was erased.", 8000)

        self.w.tasks.run(lambda v: couples_store.delete_couple(v, couple_id), done)

    # --- import and processing -----------------------------------------------------------------------
    def import_files(self, files: list, process: bool = True) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is None:
            return
        for path in files:
            label = Path(path).name

            def done(recording_id, label=label):
                self.w.statusBar().showMessage(f"Imported {label}.", 5000)
                self.reload_couple()
                self.refresh_couples(select_id=couple_id)
                if process:  # without consent the job makes only the transcript
                    self.process(recording_id)

            self.w.tasks.run(lambda v, p=path: import_file(v, couple_id, p), done)

    def process(self, recording_id: int, label: Optional[str] = None, job=None) -> None:
        if self.w.jobs.is_busy_with(recording_id):
            return
        label = label or self.w.couple_page.recording_name(recording_id) or f"Recording {recording_id}"
        self.w.jobs.submit(label, job or process_job(recording_id), recording_id)
        self.w.jobs_dock.setVisible(True)
        self.reload_couple()

    def _job_finished(self, _uid: int, state: str, outcome) -> None:
        _result, error = outcome
        if not self.w.unlocked:
            return
        if state == "failed" and error is not None:
            self.w.errors.show(error)
        elif state == "cancelled":
            self.w.statusBar().showMessage("Processing stopped; you can start it again from the couple page.", 8000)
        self.reload_couple()
        self.w.recording_page.job_finished(_result if state == "done" else None)

    def open_recording(self, recording_id: int) -> None:
        self.w.recording_page.load(recording_id)
        self.w.show_content(self.w.recording_page)

    # --- recording in the room ----------------------------------------------------------------------
    def open_room(self) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is not None:
            self.w.room_page.start_for(couple_id, self.w.couple_page.title.text())
            self.w.show_content(self.w.room_page)

    def _room_saved(self, recording_id: int) -> None:
        self.open_couple(self.w.couple_page.couple_id)
        self.refresh_couples(select_id=self.w.couple_page.couple_id)
        self.process(recording_id)  # without consent the job makes only the transcript

    # --- the demo couple -------------------------------------------------------------------------------
    def add_demo_couple(self, process: bool = True) -> None:
        from .demo_vault import seed_demo_couple

        def work(vault):
            return seed_demo_couple(vault)

        def done(ids):
            couple_id, recording_id = ids
            self.refresh_couples(select_id=couple_id)
            self.open_couple(couple_id)
            if process:
                self.process(recording_id, "Demo conversation", demo_job(couple_id, recording_id))

        self.w.tasks.run(work, done)
