"""Round 52 (issue 13): the speech model's process maps the recording's 16-bit samples from the caller's shared buffer
(a memfd, no name on disk) instead of receiving its own copy over the pipe: an hour is 115 MB held once, not twice,
during the transcription and the second listen. Measured by benchmarks/memory.py (benchmarks/measured/memory_round52.txt)."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys

import numpy as np
import pytest

import tt_shared_samples
from talktogether_desktop.audio import shared_pcm
from talktogether_desktop.pipeline.file_run import read_audio_file
from talktogether_desktop.pipeline.runner import ModelProcess
from talktogether_desktop.transcription.models import resolve_model
from tt_speech import make_dialogue, normalised_words

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="memfd: Linux only (elsewhere the pipe)")


@pytest.fixture(scope="module")
def dialogue(tmp_path_factory):
    path, _spans = make_dialogue(tmp_path_factory.mktemp("shared"))
    return path


@linux_only
def test_decoded_samples_lie_in_a_shared_buffer_that_goes_with_its_last_view(dialogue):
    samples = read_audio_file(dialogue).pcm16()
    handle = shared_pcm.handle_of(samples)
    assert handle is not None  # was: a plain numpy array, sent to the model process over the pipe
    fd, offset = handle
    assert offset == 0 and os.readlink(f"/proc/self/fd/{fd}").startswith("/memfd:talktogether-pcm")
    inner = shared_pcm.handle_of(samples[1000:2000])
    assert inner == (fd, 2000)
    assert shared_pcm.handle_of(samples.copy()) is None  # plain memory: travels over the pipe
    assert shared_pcm.handle_of(samples[::2]) is None  # not contiguous
    del samples
    gc.collect()
    assert not os.path.exists(f"/proc/self/fd/{fd}") or not os.readlink(f"/proc/self/fd/{fd}").startswith("/memfd:")


@linux_only
def test_a_mapped_copy_reads_the_same_samples_read_only():
    samples = shared_pcm.pcm16_buffer(50_000)
    samples[:] = np.arange(50_000) % 3000 - 1500
    fd, offset = shared_pcm.handle_of(samples[12_345:])
    mapped = shared_pcm.map_pcm16(os.dup(fd), offset, 50_000 - 12_345)
    assert np.array_equal(mapped, samples[12_345:])
    assert not mapped.flags.writeable
    samples[20_000] = 7  # the same pages, not a copy
    assert mapped[20_000 - 12_345] == 7


class _TracedModelProcess(ModelProcess):
    """runner.ModelProcess (its real submit and wait) started on tt_shared_samples' traced worker."""

    def __init__(self, model, trace):
        context = multiprocessing.get_context("spawn")
        self._conn, child_conn = context.Pipe(duplex=True)
        self.key = (str(model.path), 1)
        self.process = context.Process(target=tt_shared_samples.model_process_traced, daemon=True,
                                       args=(child_conn, {"model": model, "threads": 1}, str(trace)))
        self.process.start()
        child_conn.close()
        self.stats, self.jobs_done = {}, 0


@pytest.mark.slow
@linux_only
def test_the_model_process_maps_the_samples_instead_of_copying_them_and_hears_the_same_words(dialogue, tmp_path):
    samples = read_audio_file(dialogue).pcm16()
    trace = tmp_path / "trace"
    process = _TracedModelProcess(resolve_model("tiny.en"), trace)
    try:
        process.submit(samples)  # shared: the descriptor goes over the pipe
        shared = process.wait()
        process.submit(samples.copy())  # plain memory: the samples go over the pipe, into the child's own array
        piped = process.wait()
    finally:
        process.close()
    lines = trace.read_text().splitlines()
    # was: "int16 writeable=True owndata=True memfd=False" for both (the child's own copy, received over the pipe)
    assert lines == ["int16 writeable=False owndata=False memfd=True", "int16 writeable=True owndata=True memfd=False"]
    assert shared["segments"] == piped["segments"]
    assert {"weekend", "sunday"} <= set(normalised_words(" ".join(seg["text"] for seg in shared["segments"])))


def _maps_memfd(pid: int) -> bool:
    with open(f"/proc/{pid}/maps", encoding="ascii", errors="replace") as maps:
        return "memfd:talktogether-pcm" in maps.read()


@pytest.mark.slow
@linux_only
def test_a_warm_model_process_lets_go_of_the_shared_samples_once_its_job_is_done(dialogue):
    samples = read_audio_file(dialogue).pcm16()
    process = ModelProcess(resolve_model("tiny.en"), threads=1)
    try:
        process.submit(samples)
        seen_during = []
        transcript = process.wait(on_idle=lambda: seen_during.append(_maps_memfd(process.pid)))
        assert transcript["segments"]
        assert process.is_alive()  # kept warm for the next job...
        assert not _maps_memfd(process.pid)  # ...without the pages of this one (they would outlive the caller's)
        assert any(seen_during)  # it did map them while it worked
    finally:
        process.close()
