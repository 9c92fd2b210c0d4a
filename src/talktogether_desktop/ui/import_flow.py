"""Importing recording files from the couple page (a mixin of CoupleFlow: it uses its window, reload_couple,
refresh_couples and process).

Files go one after another, in the order chosen: one question at a time, never stacked. A file is asked
about (its recording date) only once it is known to be importable: a file of silence only, or a damaged
one, is refused before anything is asked. A file cut short is offered as the command line offers it
(`talktogether import --accept-cut-short`): imported with a warning kept with it, or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtWidgets import QDialog, QMessageBox

from ..errors import Cancelled, DuplicateRecording
from ..pipeline import ops_recordings
from ..storage.settings import load_settings
from . import page_data
from .errors import plain_words
from .long_work import LongWork

SHOW_AFTER_MS = 700  # a file decoded quicker than this shows no progress box


def reading_box(window, label: str) -> LongWork:
    """The whole file is decoded (about a second an hour of sound): how far along, and Cancel."""
    return LongWork(window, f"Reading “{label}”", f"Reading “{label}”…",
                    "Cancel stops reading the file; nothing is imported.", show_after_ms=SHOW_AFTER_MS,
                    behind_lock="Finishing the import of a recording…")  # (its name is not said on the lock screen)


def import_file(vault, couple_id: int, path: str, source: str = "import", process: bool = False,
                recorded_at: Optional[str] = None,
                accept_cut_short: bool = False, progress=None,
                cancel=None) -> tuple[int, Optional[ops_recordings.AnalysisAudio]]:
    """Read the file into memory and store it in the vault: (recording id, the audio the import decoded for its
    processing, or None). With `process`, its processing job is stored with it (so a crash before it starts loses
    nothing). A file imported before raises DuplicateRecording naming whose recording it is: nothing is added, and
    nothing is processed (it said "Imported" and processed the other couple's recording)."""
    try:
        result = ops_recordings.import_file(vault, load_settings(vault), couple_id, path, source=source,
                                            queue_processing=process, recorded_at=recorded_at,
                                            accept_cut_short=accept_cut_short, progress=progress, cancel=cancel)
    except DuplicateRecording as dup:
        raise ops_recordings.explain_duplicate(vault, couple_id, Path(path).name, dup) from None
    return int(result.id), result.audio


def date_in_file(path: str) -> tuple[bool, Optional[str], Optional[float]]:
    """(readable as audio, the recording date its metadata gives or None, the file's modification time).

    Only the headers are read. A file that cannot be read goes on to the import, which says why.
    """
    return ops_recordings.recorded_date_in_file(path)


def ask_import_cut_short(parent, name: str, exc: BaseException) -> Optional[bool]:
    """The file's end is missing: import what is there (with the warning kept), or not. Asked, never assumed (None: a
    lock closed the question unanswered)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "This recording is cut short", "", parent=parent)
    box.setText(f"“{name}” is cut short: the end of the conversation is missing.")
    box.setInformativeText(
        f"{plain_words(exc)}\n\nIf you import it, the part that is there is kept and processed, and the "
        "recording is marked “cut short” in the couple's list of recordings.")
    keep = box.addButton("Import what is there", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Don't import", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return None if box.property("closed_by_lock") else box.clickedButton() is keep


class ImportFlow:
    # --- import ------------------------------------------------------------------------------------
    def pick_and_import(self) -> None:
        """File > Import recording: into the couple open (a recording belongs to a couple's file), or say so."""
        if self.w.couple_page.couple_id is None:
            self._choose_a_couple_first()
        else:
            self.w.couple_page.import_btn.click()

    def _choose_a_couple_first(self) -> None:
        QMessageBox.information(self.w, "Choose a couple first",
                                "A recording is kept in a couple's file. Open the couple (or add a new one) in the "
                                "Couples list, then import the recording there.")

    def _say_refused(self, exc: BaseException) -> None:
        """Why a file was not imported. One already there whose processing was never finished (its import was
        stopped part-way, or it was imported without processing) is offered for processing, as its page offers it."""
        if isinstance(exc, DuplicateRecording) and exc.other_couple_id is not None and not exc.unprocessed:
            # another couple's recording: the way there, beside the words saying whose it is
            self.w.errors.show(exc, action=("Open it", lambda: self._open_elsewhere(exc.other_couple_id,
                                                                                   exc.recording_id)))
            return
        if not (isinstance(exc, DuplicateRecording) and exc.unprocessed):
            self.w.tasks._default_error(exc)
            return
        rid = int(exc.recording_id)
        self.w.errors.show(exc, action=("Process it now", lambda: self._process_kept(rid)),
                           more="Its processing was not finished; it can be finished now.")

    def _open_elsewhere(self, couple_id: int, recording_id: int) -> None:
        """The recording of another couple a file turned out to be, on its page, that couple chosen in the list."""
        if self.w.unlocked:
            self.open_couple(couple_id, show_page=False)
            self.refresh_couples(select_id=couple_id)
            self.open_recording(int(recording_id))

    def _process_kept(self, recording_id: int) -> None:
        self.w.tasks.run(lambda v: page_data.job_label(v, recording_id),
                         lambda label: self.process(recording_id, label))

    def import_files(self, files: list, process: bool = True) -> None:
        couple_id = self.w.couple_page.couple_id
        if couple_id is None:  # (the couple was closed or deleted while the file was being chosen)
            self._choose_a_couple_first()
            return
        queue = list(files)

        def step() -> None:
            if queue:
                self._import_one(couple_id, queue.pop(0), process, step)

        step()

    def _import_one(self, couple_id: int, path: str, process: bool, next_file) -> None:
        """Already in the vault? → (only when the date must be asked) importable? → the date → the import.
        A file cut short stops at the step that found it, is offered, and that step runs again accepting it."""
        label = Path(path).name
        state = {"accept_cut_short": False}

        def refused(exc, again) -> None:
            state.pop("box").finish()
            answered(exc, again)

        def answered(exc, again) -> None:
            if isinstance(exc, Cancelled):
                self.w.statusBar().showMessage(f"{label} was not imported (stopped while it was read).", 8000)
            elif isinstance(exc, ops_recordings.CutShort) and not state["accept_cut_short"]:
                keep = ask_import_cut_short(self.w, label, exc)
                if keep is None:  # the lock closed it (the file was dropped, "not imported" on the lock screen):
                    self.w.drafts.later(lambda: answered(exc, again) if self.w.couple_page.couple_id == couple_id
                                        else next_file())  # asked again after unlocking
                    return
                if keep:
                    state["accept_cut_short"] = True
                    again()
                    return
                self.w.statusBar().showMessage(f"{label} was not imported.", 6000)
            else:
                self._say_refused(exc)
            next_file()

        def imported(result) -> None:
            state.pop("box").finish()
            recording_id, audio = result
            cut = " (cut short: the end is missing)" if state["accept_cut_short"] else ""
            self.w.statusBar().showMessage(f"Imported {label}{cut}.", 5000)
            self.reload_couple()
            self.refresh_couples(select_id=couple_id)
            if process:  # without consent the job makes only the transcript
                from .couple_flow import process_job

                title = self.w.couple_page.title.text()
                # The import's decoding rides along only to a job that starts at once: a queue of
                # long recordings must not hold all their audio in memory while it waits.
                handed = audio if not self.w.jobs.active() else None
                self.process(recording_id, f"{title} · {label}" if title else label,
                             process_job(recording_id, speech=self.w.jobs.speech, audio=handed))
            next_file()

        def store(recorded_at: Optional[str]) -> None:
            accept, box = state["accept_cut_short"], state.setdefault("box", reading_box(self.w, label))
            self.w.tasks.run(lambda v: import_file(v, couple_id, path, process=process, recorded_at=recorded_at,
                                                   accept_cut_short=accept, progress=box.report, cancel=box.flag),
                             imported, lambda exc: refused(exc, lambda: store(recorded_at)), across_lock=True)

        def ask_date(mtime, kept=None) -> None:
            from .couple_dialogs import RecordedDateDialog

            dialog = RecordedDateDialog(label, mtime, self.w)
            if kept is not None:
                dialog.when.setDateTime(kept)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                if dialog.property("closed_by_lock"):  # asked again after unlocking, with the date as set (the file
                    typed = dialog.when.dateTime()  # was dropped without a word); the files after it wait for it
                    self.w.drafts.later(lambda: ask_date(mtime, typed) if self.w.couple_page.couple_id == couple_id
                                        else next_file())
                    return
                next_file()
                return
            store(dialog.value())

        def check_then_ask(mtime) -> None:
            # the whole file is decoded first (about a second an hour): silence or damage is said before the date is asked
            accept, box = state["accept_cut_short"], state.setdefault("box", reading_box(self.w, label))
            self.w.tasks.run(lambda v: ops_recordings.check_file(v, load_settings(v), path, accept_cut_short=accept,
                                                                 progress=box.report, cancel=box.flag),
                             lambda _warning: (state.pop("box").finish(), ask_date(mtime)),
                             lambda exc: refused(exc, lambda: check_then_ask(mtime)), across_lock=True)

        def dated(found) -> None:
            readable, when, mtime = found
            if readable and when is None:  # the file's own date is usually the day it was copied: ask
                check_then_ask(mtime)
            else:
                store(None)

        # a file already in the vault is said so before anything is asked. Each step runs `across_lock`: a lock
        # (auto-lock) lets it finish, and the import goes on from its answer after the unlock (nothing is lost)
        self.w.tasks.run(lambda v: (ops_recordings.already_imported(v, couple_id, path), date_in_file(path))[1],
                         dated, lambda exc: (self._say_refused(exc), next_file()), across_lock=True)
