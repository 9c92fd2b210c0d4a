"""A model process target for tests/pipeline/test_shared_samples.py ('spawn' imports this module in the child): the real
worker, with what the speech engine was handed written to a trace file the test reads."""

from __future__ import annotations

from tt_model_start import _trace


def model_process_traced(conn, options: dict, trace: str) -> None:
    """worker.model_process; each job's samples, as transcribe_samples gets them, traced as
    'int16 writeable=B owndata=B memfd=B' (memfd: this process maps a talktogether-pcm buffer then)."""
    from talktogether_desktop.pipeline import worker
    from talktogether_desktop.transcription import engine

    real = engine.transcribe_samples

    def traced(samples, **kwargs):
        with open("/proc/self/maps", encoding="ascii", errors="replace") as maps:
            mapped = "memfd:talktogether-pcm" in maps.read()
        _trace(trace, f"{samples.dtype} writeable={samples.flags.writeable} owndata={samples.flags.owndata} "
                      f"memfd={mapped}")
        return real(samples, **kwargs)

    engine.transcribe_samples = traced  # (the worker imports it from the module when the model process starts)
    worker.model_process(conn, options)
