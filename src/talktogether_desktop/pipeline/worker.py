"""The child process that runs the speech model. It never opens the vault.

It loads the model as soon as it starts (receiving the first job's samples meanwhile, and having the
voice detector read them), then for each job receives the decoded samples over the pipe, or maps the
parent's shared buffer of them read-only (audio.shared_pcm; never a temporary file), reports progress back over the same pipe and sends the transcript (or the error); then it waits
for the next job until the parent closes the pipe (a warm model between jobs), and ends at once. It dies
with its parent, so a killed app never leaves a model running on.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

import numpy as np


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            PR_SET_PDEATHSIG = 1
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except OSError:
            pass


def _receive_samples(conn, n_samples: int, shared_offset=None) -> np.ndarray:
    """The job's samples, as they came: 16-bit PCM (the engine makes floats of a block at a time). Shared ones
    (`shared_offset` given) are the parent's own pages, mapped read-only from the descriptor it sends."""
    if shared_offset is not None:
        from multiprocessing import reduction

        from ..audio.shared_pcm import map_pcm16

        return map_pcm16(reduction.recv_handle(conn), shared_offset, n_samples)
    samples = np.empty(n_samples, dtype=np.int16)
    view = memoryview(samples).cast("B")
    received = 0
    while received < view.nbytes:
        received += conn.recv_bytes_into(view, received)
    return samples


def _portable(exc: BaseException):
    """The exception itself when it can cross the pipe as one of ours, else a JobFailed in plain words (its text only in the detail)."""
    import pickle

    from ..errors import TalkTogetherError
    from .failures import step_failed

    if isinstance(exc, TalkTogetherError):
        try:
            pickle.loads(pickle.dumps(exc))
            return exc
        except Exception:  # noqa: BLE001 - fall through to a plain JobFailed
            pass
    return step_failed("transcribe", exc)


def _give_back_memory() -> None:
    """Return the freed heap of the last job to the system (glibc keeps it otherwise)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):
            pass


def _peak_rss_mb() -> float:
    """This process's own peak. On Linux ru_maxrss is not: the high-water mark of the parent's memory, held before
    the spawn's exec, carries over (a model process started from a 1.5 GB window reported 1.5 GB)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024.0
    except (OSError, StopIteration, ValueError, IndexError):
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 1024.0 if sys.platform != "darwin" else peak / (1024.0 * 1024.0)
    except ImportError:  # Windows
        return float("nan")


def transcription_worker(conn, options: dict) -> bool:
    """Entry point of the child (multiprocessing 'spawn'): load the model at once, then run every job
    the parent sends ("job", {n_samples, language, beam_size}, then the samples) until the pipe closes.
    True when it ended that way (the parent closed the pipe), False on an error or a broken pipe."""
    from ..process_guard import harden_process

    ended = False
    harden_process("speech model")
    _die_with_parent()
    # Ctrl-C in a terminal reaches the whole process group; the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from ..transcription.engine import load_model, transcribe_samples
        from ..transcription.models import ModelSpec, resolve_model

        model = options["model"] if isinstance(options["model"], ModelSpec) else resolve_model(options["model"])
        threads = options.get("threads")
        first = _FirstJob(conn)  # received, and read by Silero, while the model loads
        load_model(model, threads)  # while the parent is still decoding the audio

        def progress(fraction: float, message: str) -> None:
            conn.send(("progress", fraction, message))

        while True:
            try:
                job, samples = first.take() if first is not None else _next_job(conn)
            except EOFError:
                ended = True  # the parent closed the pipe: no more jobs
                break
            first = None
            transcript = transcribe_samples(
                samples,
                model=model,
                language=job.get("language"),
                threads=threads,
                beam_size=job.get("beam_size") or 5,
                progress=progress,
                second_listen=job.get("second_listen", True),
            )
            del samples
            _give_back_memory()  # a warm process waits between jobs: it should not sit on a job's memory
            conn.send(("result", transcript, {"peak_rss_mb": round(_peak_rss_mb(), 1), "cpu_s": round(time.process_time(), 2)}))
    except (BrokenPipeError, EOFError):
        pass  # the parent is gone or cancelled us: nobody to tell
    except BaseException as exc:  # noqa: BLE001 - everything must reach the parent as a message
        try:
            conn.send(("error", _portable(exc)))
        except (BrokenPipeError, EOFError, OSError):
            pass
    finally:
        conn.close()
    return ended


def model_process(conn, options: dict) -> None:
    """The model process's target (runner.ModelProcess): the jobs, then, once the parent has closed the pipe, the
    process ends at once (_end_now)."""
    if transcription_worker(conn, options):
        _end_now()


def _next_job(conn):
    """(the job's options, its samples) of the next job the parent sends; EOFError once it closes the pipe."""
    while True:
        kind, job = conn.recv()
        if kind == "job":
            return job, _receive_samples(conn, job["n_samples"], job.get("shared_offset"))


class _FirstJob:
    """The first job, received on a thread of its own while the model loads, and its first block read by Silero there.

    A model process is started as a job begins (the CLI's commands, the window's first job); the parent sends the
    samples as soon as it has decoded them, and then only waits. Reading them after the model had loaded put the
    voice detector's start (onnxruntime's import and session, ~0.15 s) and its pass over the block (~0.1 s for 30 s)
    after the load, one after the other, on one core of two; here they run beside it."""

    def __init__(self, conn):
        self._conn = conn
        self._job = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._receive, name="talktogether-first-job", daemon=True)
        self._thread.start()

    def _receive(self) -> None:
        try:
            self._job = _next_job(self._conn)
        except BaseException as exc:  # noqa: BLE001 - EOFError (no job came) and the rest: the main thread's to raise
            self._error = exc
            return
        try:
            from ..transcription.engine import read_speech_ahead

            read_speech_ahead(self._job[1])
        except Exception:  # noqa: BLE001 - only a head start: the transcription reads the block itself and says what fails
            pass

    def take(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._job


def _end_now() -> None:
    """End the process once the parent has closed the pipe: the at-exit handlers run (the network guard's count is
    logged, the log flushed), the interpreter's teardown does not: freeing the loaded models and modules one object at
    a time took 0.1-0.25 s that a one-job run's caller waited for (it joins the process), with nothing left to do."""
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    os._exit(0)
