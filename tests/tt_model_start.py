"""Targets for model processes the tests start themselves (multiprocessing 'spawn' imports this module in the child):
the real worker, with a trace of what happened in the child written to a file the test reads."""

from __future__ import annotations

import atexit
import os
import time


def _trace(path: str, line: str, _open=os.open, _write=os.write, _close=os.close,
           _flags=os.O_WRONLY | os.O_APPEND | os.O_CREAT) -> None:
    # (everything it uses is bound here: at the interpreter's teardown the module's globals are gone)
    fd = _open(path, _flags, 0o600)
    try:
        _write(fd, (line + "\n").encode())
    finally:
        _close(fd)


class _AtTeardown:
    """Kept in a module global: the interpreter's teardown deletes it (and so writes its line); os._exit does not."""

    def __init__(self, path: str):
        self.path = path

    def __del__(self, _trace=_trace):
        _trace(self.path, "teardown")


_kept = None


def model_process_traced(conn, options: dict, trace: str) -> None:
    """worker.model_process, with 'atexit; Silero read N time(s)' written by an at-exit handler, 'teardown' by the
    interpreter's teardown, and 'read before loaded' when Silero had read the first job's samples by the time the
    model had loaded."""
    global _kept
    from faster_whisper import vad

    from talktogether_desktop.pipeline import worker
    from talktogether_desktop.transcription import engine, regions

    _kept = _AtTeardown(trace)
    runs = []
    atexit.register(lambda: _trace(trace, f"atexit; Silero read {len(runs)} time(s)"))
    regions.remember_vad_readings()
    reading = vad.get_vad_model()
    real_model, real_load = reading.model, engine.load_model

    def counting_model(*args, **kwargs):
        runs.append(1)
        return real_model(*args, **kwargs)

    def load_and_look(*args, **kwargs):
        loaded = real_load(*args, **kwargs)
        # the first job's reading is made beside the load, so give it the time a loaded machine may need
        for _ in range(600):
            if runs:
                break
            time.sleep(0.05)
        _trace(trace, "read before loaded" if runs else "not read before loaded")
        return loaded

    reading.model = counting_model
    engine.load_model = load_and_look
    worker.model_process(conn, options)
