"""Run the speech model in a child process: instant cancel, and a crash cannot take the caller down.

Like Buzz: the model runs in a `multiprocessing` process ('spawn', the same on every platform)
that reports progress over a pipe; cancelling kills the process, there is nothing to unwind.
A `ModelProcess` loads its model as soon as it starts (while the caller is still decoding the
audio) and then transcribes job after job, so the window can keep one warm between jobs
(`speech_host.SpeechHost`); `ChildTranscription` is the one-job form the CLI and tests use.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing import reduction
from typing import Callable, Optional

import numpy as np

from ..audio import shared_pcm
from ..audio.analysis_audio import float_to_pcm16
from ..errors import Cancelled
from ..jobs import CancelToken, ProgressFn
from ..transcription.models import ModelSpec
from . import worker
from .failures import model_stopped, technical

_CHUNK_BYTES = 4 << 20


class ModelProcess:
    """One speech-model process for one (model, threads): `submit` a job, then `wait` for its transcript.

    The process stays up after a job for the next one; it is killed on cancel, on an error, or by `kill`.
    """

    def __init__(self, model: ModelSpec, threads: Optional[int] = None):
        context = multiprocessing.get_context("spawn")
        self._conn, child_conn = context.Pipe(duplex=True)
        self.key = model_key(model, threads)
        self.process = context.Process(
            target=worker.model_process, args=(child_conn, {"model": model, "threads": threads}),
            name="talktogether-transcribe", daemon=True,
        )
        self.process.start()
        child_conn.close()
        self.stats: dict = {}
        self.jobs_done = 0

    @property
    def pid(self) -> Optional[int]:
        return self.process.pid

    def is_alive(self) -> bool:
        return self.process.is_alive()

    def submit(self, samples: np.ndarray, language: Optional[str] = None, beam_size: Optional[int] = None,
               second_listen: bool = True) -> None:
        """Hand the child one job: its options, then the samples (no temporary file).

        16-bit samples in a shared buffer (audio.shared_pcm: how the recording is decoded where the system
        has memfd) are not sent: the buffer's descriptor is, and the child maps the same pages read-only.
        Others travel over the pipe as 16-bit PCM (int16 as given, float32 converted a chunk at a time),
        and the child holds its own copy of them."""
        shared = shared_pcm.handle_of(samples)
        try:
            self._conn.send(("job", {"n_samples": int(samples.shape[0]), "language": language, "beam_size": beam_size,
                                     "second_listen": second_listen,
                                     "shared_offset": None if shared is None else shared[1]}))
            if shared is not None:
                reduction.send_handle(self._conn, shared[0], self.process.pid)
            else:
                for chunk in _pcm16_chunks(samples):
                    self._conn.send_bytes(chunk)
        except (BrokenPipeError, OSError) as exc:
            said = self._last_error()
            self.kill()
            if said is not None:  # it could not even load the model, and said why
                raise said from exc
            raise model_stopped(technical(exc), before_audio=True) from exc

    def _last_error(self) -> Optional[BaseException]:
        try:
            while self._conn.poll(0):
                message = self._conn.recv()
                if message[0] == "error":
                    return message[1]
        except (EOFError, OSError):
            pass
        return None

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=10)
        self._conn.close()

    def close(self) -> None:
        """Let the child end on its own (it sees the pipe close), killing it if it does not at once."""
        self._conn.close()
        self.process.join(timeout=1)
        self.kill()

    def wait(
        self,
        progress: Optional[ProgressFn] = None,
        cancel: Optional[CancelToken] = None,
        on_idle: Optional[Callable[[], None]] = None,
        poll_s: float = 0.1,
    ) -> dict:
        """The transcript of the job submitted; on cancel, error or death the process is killed."""
        try:
            while True:
                _check_cancel(cancel)
                try:
                    ready = self._conn.poll(poll_s)
                except (EOFError, OSError):
                    raise self._died(cancel) from None
                if ready:
                    try:
                        message = self._conn.recv()
                    except (EOFError, OSError):  # the child is gone (closed or reset pipe)
                        raise self._died(cancel) from None
                    kind = message[0]
                    if kind == "progress":
                        if progress is not None:
                            progress(message[1], message[2])
                    elif kind == "result":
                        self.stats = message[2] if len(message) > 2 else {}
                        self.jobs_done += 1
                        return message[1]
                    elif kind == "error":
                        raise message[1]
                elif not self.process.is_alive():
                    try:
                        if self._conn.poll(0):
                            continue  # its last words are still in the pipe
                    except (EOFError, OSError):
                        pass
                    raise self._died(cancel)
                elif on_idle is not None:
                    on_idle()
        except BaseException:
            self.kill()
            raise

    def _died(self, cancel: Optional[CancelToken]) -> Exception:
        self.process.join(timeout=5)
        if cancel is not None and cancel.is_cancelled():  # killed because the job was stopped (lock, quit)
            return Cancelled("Transcription stopped at your request; nothing was saved from this run.")
        code = self.process.exitcode
        return model_stopped(f"The speech model process ended with exit code {code}.")


def _pcm16_chunks(samples: np.ndarray):
    """The samples as 16-bit PCM bytes, _CHUNK_BYTES at a time (never a full-length copy)."""
    step = _CHUNK_BYTES // 2
    for start in range(0, len(samples), step):
        piece = samples[start : start + step]
        if piece.dtype != np.int16:
            piece = float_to_pcm16(piece)
        yield memoryview(np.ascontiguousarray(piece)).cast("B")


def _check_cancel(cancel: Optional[CancelToken]) -> None:
    if cancel is not None and cancel.is_cancelled():
        raise Cancelled("Transcription stopped at your request; nothing was saved from this run.")


def model_key(model: ModelSpec, threads: Optional[int]) -> tuple:
    """What makes a loaded model reusable: the same model folder and the same thread count."""
    return (str(model.path), threads)


class ChildTranscription(ModelProcess):
    """One job in a process of its own: started with the samples, gone once `wait()` returns or raises."""

    def __init__(
        self,
        samples: np.ndarray,
        model: ModelSpec,
        language: Optional[str] = None,
        threads: Optional[int] = None,
        beam_size: Optional[int] = None,
        second_listen: bool = True,
    ):
        super().__init__(model, threads)
        self.submit(samples, language, beam_size, second_listen)

    def wait(self, progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None,
             on_idle: Optional[Callable[[], None]] = None, poll_s: float = 0.1) -> dict:
        try:
            return super().wait(progress, cancel, on_idle, poll_s)
        finally:
            self.close()
