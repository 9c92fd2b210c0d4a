"""The child process that runs the speech model. It never opens the vault.

It loads the model as soon as it starts, then for each job receives the decoded samples over the
pipe (no temporary file), reports progress back over the same pipe and sends the transcript (or the
error); then it waits for the next job until the parent closes the pipe (a warm model between
jobs). It dies with its parent, so a killed app never leaves a model running on.
"""

from __future__ import annotations

import signal
import sys
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


def _receive_samples(conn, n_samples: int) -> np.ndarray:
    """The job's samples, as they came: 16-bit PCM (the engine makes floats of a block at a time)."""
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


def transcription_worker(conn, options: dict) -> None:
    """Entry point of the child (multiprocessing 'spawn'): load the model at once, then run every job
    the parent sends ("job", {n_samples, language, beam_size}, then the samples) until the pipe closes."""
    from ..process_guard import harden_process

    harden_process("speech model")
    _die_with_parent()
    # Ctrl-C in a terminal reaches the whole process group; the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from ..transcription.engine import load_model, transcribe_samples
        from ..transcription.models import ModelSpec, resolve_model

        model = options["model"] if isinstance(options["model"], ModelSpec) else resolve_model(options["model"])
        threads = options.get("threads")
        load_model(model, threads)  # while the parent is still decoding the audio

        def progress(fraction: float, message: str) -> None:
            conn.send(("progress", fraction, message))

        while True:
            try:
                kind, job = conn.recv()
            except EOFError:
                return  # the parent closed the pipe: no more jobs
            if kind != "job":
                continue
            samples = _receive_samples(conn, job["n_samples"])
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
