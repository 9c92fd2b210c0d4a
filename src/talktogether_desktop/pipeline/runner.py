"""Run the speech model in a child process: instant cancel, and a crash cannot take the caller down.

Like Buzz: the model runs in a `multiprocessing` process ('spawn', the same on every platform)
that reports progress over a pipe; cancelling kills the process, there is nothing to unwind.
"""

from __future__ import annotations

import multiprocessing
from typing import Callable, Optional

import numpy as np

from ..errors import Cancelled, JobFailed
from ..jobs import CancelToken, ProgressFn
from ..transcription.models import ModelSpec
from . import worker

_CHUNK_BYTES = 4 << 20


class ChildTranscription:
    """Starts the child and hands it the samples; `wait()` relays progress and returns the transcript."""

    def __init__(
        self,
        samples: np.ndarray,
        model: ModelSpec,
        language: Optional[str] = None,
        threads: Optional[int] = None,
        beam_size: Optional[int] = None,
    ):
        samples = np.ascontiguousarray(samples, dtype=np.float32)
        context = multiprocessing.get_context("spawn")
        self._conn, child_conn = context.Pipe(duplex=True)
        options = {
            "n_samples": int(samples.shape[0]),
            "model": model,
            "language": language,
            "threads": threads,
            "beam_size": beam_size,
        }
        self.process = context.Process(
            target=worker.transcription_worker, args=(child_conn, options), name="talktogether-transcribe", daemon=True
        )
        self.process.start()
        child_conn.close()
        self.stats: dict = {}
        try:
            view = memoryview(samples).cast("B")
            for start in range(0, view.nbytes, _CHUNK_BYTES):
                self._conn.send_bytes(view[start : start + _CHUNK_BYTES])
        except (BrokenPipeError, OSError) as exc:
            self.kill()
            raise JobFailed("The speech model process stopped before it received the audio.") from exc

    @property
    def pid(self) -> Optional[int]:
        return self.process.pid

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=10)
        self._conn.close()

    def wait(
        self,
        progress: Optional[ProgressFn] = None,
        cancel: Optional[CancelToken] = None,
        on_idle: Optional[Callable[[], None]] = None,
        poll_s: float = 0.1,
    ) -> dict:
        try:
            while True:
                if cancel is not None and cancel.is_cancelled():
                    raise Cancelled("Transcription stopped at your request; nothing was saved from this run.")
                try:
                    ready = self._conn.poll(poll_s)
                except (EOFError, OSError):
                    raise self._died() from None
                if ready:
                    try:
                        message = self._conn.recv()
                    except (EOFError, OSError):  # the child is gone (closed or reset pipe)
                        raise self._died() from None
                    kind = message[0]
                    if kind == "progress":
                        if progress is not None:
                            progress(message[1], message[2])
                    elif kind == "result":
                        self.stats = message[2] if len(message) > 2 else {}
                        self.process.join(timeout=5)  # let it exit on its own before kill() tidies up
                        return message[1]
                    elif kind == "error":
                        raise message[1]
                elif not self.process.is_alive():
                    try:
                        if self._conn.poll(0):
                            continue  # its last words are still in the pipe
                    except (EOFError, OSError):
                        pass
                    raise self._died()
                elif on_idle is not None:
                    on_idle()
        finally:
            self.kill()

    def _died(self) -> JobFailed:
        self.process.join(timeout=5)
        code = self.process.exitcode
        return JobFailed(
            f"The speech model process stopped unexpectedly (exit code {code}); nothing was saved. "
            "If this repeats, the computer may be short of memory."
        )
