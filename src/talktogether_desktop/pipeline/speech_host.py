"""The speech model kept warm between jobs: one model process the window's jobs share.

Starting the model's process and loading the model costs 2-4 s before a word is heard; for a short
recording that is most of the wait. The window therefore keeps one `ModelProcess` between jobs:

- it is started (and loads its model) as soon as a job knows it will transcribe, while the job is
  still decoding the audio (`warm_up`);
- a job with another model or thread count replaces it; one that crashed is started again;
- cancel still kills it at once (the next job starts a fresh one), and it dies with the app;
- `close()` ends it when the vault locks or the app closes; a job running then keeps it until it
  ends, and it is not kept after that.

A host used for a single run (the CLI, `process_recording` without one) is simply closed at its end.
Only one job uses the warm process at a time; a second one meanwhile gets a process of its own.
"""

from __future__ import annotations

import threading
from typing import Callable, Optional

import numpy as np

from ..jobs import CancelToken, ProgressFn
from ..transcription.models import ModelSpec
from .runner import ChildTranscription, ModelProcess, model_key


class SpeechHost:
    def __init__(self):
        self._state = threading.Lock()  # guards the fields below; never held while waiting on the model
        self._process: Optional[ModelProcess] = None
        self._busy = False
        self._retire = False  # close() came while a job used the process: end it with that job

    @property
    def pid(self) -> Optional[int]:
        """The warm process's id (None when there is none): for the tests and the diagnostics."""
        with self._state:
            process = self._process
        return process.pid if process is not None and process.is_alive() else None

    def warm_up(self, model: ModelSpec, threads: Optional[int]) -> None:
        """Have a process with this model loading now, unless a job is using the warm one."""
        with self._state:
            if not self._busy:
                self._retire = False
                self._ready(model, threads)

    def transcribe(
        self,
        samples: np.ndarray,
        model: ModelSpec,
        language: Optional[str] = None,
        threads: Optional[int] = None,
        progress: Optional[ProgressFn] = None,
        cancel: Optional[CancelToken] = None,
        on_idle: Optional[Callable[[], None]] = None,
        second_listen: bool = True,
    ) -> tuple[dict, dict]:
        """(transcript, the model process's figures) of the samples, on the warm process when free."""
        with self._state:
            borrowed = not self._busy
            if borrowed:
                self._busy, self._retire = True, False
                process = self._ready(model, threads)
        if not borrowed:  # another job holds the warm process: this one runs in a process of its own
            child = ChildTranscription(samples, model, language=language, threads=threads, second_listen=second_listen)
            return child.wait(progress, cancel, on_idle), child.stats
        try:
            process.submit(samples, language, second_listen=second_listen)
            transcript = process.wait(progress, cancel, on_idle)  # killed there on cancel, error or crash
            return transcript, dict(process.stats, jobs_in_process=process.jobs_done)
        finally:
            with self._state:
                self._busy = False
                if self._retire:
                    self._end_process()

    def close(self) -> None:
        """End the warm process now, or (when a job is using it) as soon as that job is done."""
        with self._state:
            if self._busy:
                self._retire = True
            else:
                self._end_process()

    def end_now(self) -> None:
        """End the process even while a job uses it (quitting without waiting: that job fails, as on a crash)."""
        with self._state:
            process, self._process = self._process, None
        if process is not None:
            process.kill()  # (its pipe is the job's: a job reading it is told the process died)

    def _ready(self, model: ModelSpec, threads: Optional[int]) -> ModelProcess:
        process = self._process
        if process is not None and process.is_alive() and process.key == model_key(model, threads):
            return process
        self._end_process()  # crashed, killed by a cancel, or set up for another model or thread count
        self._process = ModelProcess(model, threads)
        return self._process

    def _end_process(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.close()

    def __enter__(self) -> "SpeechHost":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
