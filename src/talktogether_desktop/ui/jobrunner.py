"""Long work (processing a recording) off the GUI thread, one job at a time, with progress, ETA and cancel.

A job is `fn(vault, progress, cancel)` from the core (e.g. `pipeline.process.process_recording`);
processing jobs share the runner's warm speech model (`speech`, a `pipeline.speech_host.SpeechHost`).
It runs on its own thread with its own connection to the vault (SQLCipher in WAL mode lets the
vault thread keep answering the screens meanwhile), so the window never waits on a job. The
speech model itself runs in a child process inside the pipeline, so cancel is prompt.
"""

from __future__ import annotations

import itertools
import queue
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, Signal

from ..errors import Cancelled
from ..jobs import CancelFlag, EtaClock
from ..pipeline.speech_host import SpeechHost

JobFn = Callable[[Any, Callable[[float, str], None], CancelFlag], Any]


@dataclass
class Job:
    uid: int
    label: str
    fn: JobFn
    recording_id: Optional[int] = None
    cancel: CancelFlag = field(default_factory=CancelFlag)
    state: str = "queued"  # queued | running | done | failed | cancelled
    fraction: float = 0.0
    message: str = ""
    stopped: str = ""  # what to say when it is stopped, where "start it again from the couple page" is not the way


def second_connection(vault):
    """A separate connection to the same vault with the same key, for a job's own thread."""
    return vault.second_connection()


class JobRunner(QObject):
    """Signals carry tuples: PySide6 mis-counts references of a bare None in `object` arguments."""

    added = Signal(int, str)  # uid, label
    _progressed = Signal(object)  # (uid, fraction, message, eta seconds or None)
    _finished = Signal(object)  # (uid, state, result, error)
    progressed = Signal(int, float, str, float)  # eta -1 when not known yet
    finished = Signal(int, str, object)  # uid, state, (result, error)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._queue: "queue.Queue[Optional[Job]]" = queue.Queue()
        self._jobs: dict[int, Job] = {}
        self._ids = itertools.count(1)
        self._vault_source = None  # the unlocked Vault whose key the jobs borrow
        self._quitting = False
        self._progressed.connect(lambda a: self.progressed.emit(a[0], a[1], a[2], -1.0 if a[3] is None else a[3]))
        self._finished.connect(lambda a: self.finished.emit(a[0], a[1], (a[2], a[3])))
        # The speech model stays loaded between jobs (a short recording's wait is mostly its start-up);
        # ended when the vault locks and when the app quits.
        self.speech = SpeechHost()
        self._thread = threading.Thread(target=self._loop, name="jobs", daemon=True)
        self._thread.start()

    def set_vault(self, vault) -> None:
        self._vault_source = vault
        if vault is None:  # locked: no model process is kept (a running job ends it when done)
            self.speech.close()

    def submit(self, label: str, fn: JobFn, recording_id: Optional[int] = None, stopped: str = "") -> int:
        job = Job(next(self._ids), label, fn, recording_id, stopped=stopped)
        self._jobs[job.uid] = job
        self.added.emit(job.uid, label)
        self._queue.put(job)
        return job.uid

    def cancel(self, uid: int) -> None:
        job = self._jobs.get(uid)
        if job is not None:
            job.cancel.cancel()

    def cancel_all(self) -> None:
        for job in self._jobs.values():
            if job.state in ("queued", "running"):
                job.cancel.cancel()

    def active(self) -> list[Job]:
        return [j for j in self._jobs.values() if j.state in ("queued", "running")]

    def recording_of(self, uid: int) -> Optional[int]:
        """The recording a job works on (None for one on no recording, or a job not known)."""
        job = self._jobs.get(uid)
        return job.recording_id if job is not None else None

    def stopped_words(self, uid: int) -> str:
        """What its row and the status line say once the job is stopped ("": the way for processing)."""
        job = self._jobs.get(uid)
        return job.stopped if job is not None else ""

    def is_busy_with(self, recording_id: int) -> bool:
        return any(j.recording_id == recording_id for j in self.active())

    def state_of(self, recording_id: int) -> Optional[str]:
        """'running' when a job works on the recording now, 'queued' when one waits its turn, else None."""
        states = {j.state for j in self.active() if j.recording_id == recording_id}
        return "running" if "running" in states else "queued" if states else None

    def stop_for_quit(self) -> None:
        """On quit: ask what runs and waits to stop, and record it as interrupted, so the next unlock starts it again.
        A step stops at its next check, which can be seconds away (the speakers of a long recording): `stopped` says
        when it has."""
        if not self._quitting:
            self._quitting = True
            self.cancel_all()
            self._queue.put(None)

    @property
    def quitting(self) -> bool:
        return self._quitting

    def stopped(self) -> bool:
        return not self._thread.is_alive()

    def shutdown(self, timeout: float = 30.0) -> None:
        """On quit: stop what runs (see stop_for_quit) and wait for it, at most `timeout` seconds."""
        self.stop_for_quit()
        self._thread.join(timeout)
        if self._thread.is_alive():  # not waited for ("Quit now"): its model process ends now, not when it is done
            self.speech.end_now()
        else:
            self.speech.close()

    def _emit(self, signal, args: tuple) -> None:
        try:
            signal.emit(args)
        except RuntimeError:  # the window is gone (ended from outside before a step stopped): nobody to tell
            pass

    # --- the job thread ---------------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            self._run(job)

    def _run(self, job: Job) -> None:
        if job.cancel.is_cancelled():
            job.state = "cancelled"
            if not self._quitting and self._vault_source is not None and job.recording_id is not None:
                # stopped by the therapist while waiting: stored as stopped, so it does not start again by itself
                vault = second_connection(self._vault_source)
                try:
                    _mark_stopped(vault, job.recording_id)
                finally:
                    vault.close()
            self._emit(self._finished, (job.uid, "cancelled", None, Cancelled("Stopped before it started.")))
            return
        job.state = "running"
        clock = EtaClock()
        vault = None

        def progress(fraction: float, message: str = "") -> None:
            job.fraction, job.message = fraction, message
            self._emit(self._progressed, (job.uid, float(fraction), message, clock.eta_s(fraction)))

        try:
            if self._vault_source is None:
                raise Cancelled("The vault was locked before this job started.")
            vault = second_connection(self._vault_source)
            progress(0.0, "Starting…")
            result = job.fn(vault, progress, job.cancel)
        except Cancelled as exc:
            job.state = "cancelled"
            if self._quitting and vault is not None and job.recording_id is not None:
                _mark_interrupted(vault, job.recording_id)
            self._emit(self._finished, (job.uid, "cancelled", None, exc))
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the one presenter
            job.state = "failed"
            self._emit(self._finished, (job.uid, "failed", None, exc))
        else:
            job.state = "done"
            self._emit(self._finished, (job.uid, "done", result, None))
        finally:
            if vault is not None:
                vault.close()


def _mark_stopped(vault, recording_id: int) -> None:
    """A waiting job the therapist stopped: its stored job is cancelled (the couple page offers to start it again)."""
    from ..storage import jobs as jobs_store

    for row in jobs_store.list_jobs(vault, states=["queued"], recording_id=recording_id):
        jobs_store.finish_job(vault, row["id"], "cancelled", message="Stopped before it started.")


def _mark_interrupted(vault, recording_id: int) -> None:
    """A job stopped by quitting (not by the therapist) is left to resume, like one a crash stopped."""
    from ..storage import jobs as jobs_store

    for row in jobs_store.list_jobs(vault, states=["cancelled"], recording_id=recording_id, limit=1):
        jobs_store.finish_job(vault, row["id"], "interrupted",
                              message="Stopped when the app closed; it will start again.")
