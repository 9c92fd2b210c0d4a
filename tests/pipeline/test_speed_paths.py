"""Speed without shortcuts: one decoding per import and processing, and a warm model process that is
reused between jobs, replaced when the model or threads change, killed on cancel, restarted after a
crash and ended on close (the window's lock and quit)."""

from __future__ import annotations

import os
import signal
import time
import tracemalloc

import av
import numpy as np
import pytest

from talktogether_desktop.errors import Cancelled
from talktogether_desktop.jobs import CancelFlag
from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.pipeline.file_run import read_audio_file
from talktogether_desktop.pipeline.runner import ModelProcess
from talktogether_desktop.pipeline.speech_host import SpeechHost
from talktogether_desktop.storage import couples, recordings
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.transcription.models import resolve_model
from tt_speech import make_dialogue, normalised_words, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    folder = tmp_path_factory.mktemp("speed")
    dialogue, _spans = make_dialogue(folder)
    m4a = folder / "dialogue.m4a"  # a phone's format: AAC in MP4, decoded by FFmpeg like any import
    run("ffmpeg", "-y", "-loglevel", "error", "-i", str(dialogue), "-c:a", "aac", "-b:a", "64k", str(m4a))
    return {"dialogue": m4a, "samples": read_audio_file(dialogue).samples}


@pytest.fixture
def decodings(monkeypatch):
    """How often a recording is opened for decoding in this process (every decoder opens it with av.open)."""
    opened = []
    real_open = av.open

    def counting_open(*args, **kwargs):
        opened.append(args[0] if args else kwargs.get("file"))
        return real_open(*args, **kwargs)

    monkeypatch.setattr(av, "open", counting_open)
    return opened


def test_an_import_and_its_processing_decode_the_file_once(vault, speech, decodings):
    couple = couples.add_couple(vault, "Okafor", ["Chi", "Dee"])
    couples.record_consent(vault, couple)
    settings = load_settings(vault).replace(cpu_threads=1)
    imported = ops_recordings.import_file(vault, settings, couple, speech["dialogue"], queue_processing=True)
    summary = ops_recordings.process_recording(vault, settings, imported.id, audio=imported.audio)
    assert summary["steps"] == {"transcribe": "done", "diarize": "done", "analyse": "done"}
    assert len(decodings) == 1  # the import's check; transcription, speakers and analysis reuse it
    assert recordings.get_recording(vault, imported.id)["status"] == "analysed"

    # Processed again on its own (a resumed or repeated job): the steps share one decoding.
    decodings.clear()
    ops_recordings.process_recording(vault, settings, imported.id, force=True)
    assert len(decodings) == 1


def test_while_the_model_process_transcribes_the_caller_holds_no_float_copy_of_the_audio(vault, speech, monkeypatch):
    """The model's process has its own copy of the samples; the caller keeping a float32 one as well
    put an hour's chain over its memory limit (230 MB twice). Measured from numpy's own allocations."""
    couple = couples.add_couple(vault, "Moss", ["Ann", "Ben"])
    settings = load_settings(vault).replace(cpu_threads=1)
    seen = []
    real_wait = ModelProcess.wait

    def measuring_wait(self, *args, **kwargs):  # the child is transcribing while the caller waits here
        held = tracemalloc.take_snapshot().filter_traces([tracemalloc.DomainFilter(True, np.lib.tracemalloc_domain)])
        seen.append(sum(stat.size for stat in held.statistics("filename")))
        return real_wait(self, *args, **kwargs)

    monkeypatch.setattr(ModelProcess, "wait", measuring_wait)
    tracemalloc.start()
    try:
        imported = ops_recordings.import_file(vault, settings, couple, speech["dialogue"], queue_processing=True)
        n_samples = round(imported.audio.duration_s * imported.audio.sample_rate)
        summary = ops_recordings.process_recording(vault, settings, imported.id, steps=("transcribe",),
                                                   audio=imported.audio)
    finally:
        tracemalloc.stop()
    assert summary["steps"] == {"transcribe": "done"} and seen
    # 16-bit samples are 2 bytes each; a float32 copy alone would be 4
    assert max(seen) < 3 * n_samples, f"{max(seen)} bytes of arrays held for {n_samples} samples"
    assert imported.audio.samples.dtype == np.float32 and len(imported.audio.samples) == n_samples  # floats again for the speakers


def test_the_warm_model_process_serves_jobs_until_settings_change_and_ends_on_close(speech):
    model = resolve_model("tiny.en")
    with SpeechHost() as host:
        first, stats = host.transcribe(speech["samples"], model, threads=1)
        warm = host.pid
        again, stats_again = host.transcribe(speech["samples"], model, threads=1)
        assert host.pid == warm  # the same process, the model already loaded
        assert stats["jobs_in_process"] == 1 and stats_again["jobs_in_process"] == 2
        assert first["segments"] == again["segments"]
        heard = [t for s in again["segments"] for w in s["words"] for t in normalised_words(w["word"])]
        assert "weekend" in heard and "sunday" in heard

        host.transcribe(speech["samples"], model, threads=2)  # the threads setting changed
        assert host.pid not in (None, warm) and not _alive(warm)

        replaced = host.pid
        host.close()  # the vault locked
        assert host.pid is None and not _alive(replaced)


def test_cancel_kills_the_warm_process_at_once_and_a_crash_is_recovered(speech):
    model = resolve_model("tiny.en")
    with SpeechHost() as host:
        host.warm_up(model, 1)
        loaded = host.pid
        flag = CancelFlag()
        stopped_at = []

        def progress(_fraction, _message):
            if not flag.is_cancelled():  # the warm model has started on this job
                flag.cancel()
                stopped_at.append(time.monotonic())

        with pytest.raises(Cancelled):
            host.transcribe(speech["samples"], model, threads=1, progress=progress, cancel=flag)
        assert time.monotonic() - stopped_at[0] < 1.5
        assert host.pid is None and not _alive(loaded)

        transcript, _stats = host.transcribe(speech["samples"], model, threads=1)  # a fresh process
        assert transcript["segments"]
        crashed = host.pid
        os.kill(crashed, signal.SIGKILL)
        time.sleep(0.2)
        transcript, stats = host.transcribe(speech["samples"], model, threads=1)
        assert transcript["segments"] and stats["jobs_in_process"] == 1 and host.pid != crashed


def _alive(pid) -> bool:
    """Whether the process still runs (a zombie left for its parent to reap counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def test_the_model_process_reports_its_own_peak_memory_not_the_callers(speech):
    """The model process's peak is what the speed benchmarks print. Started from a large caller (a window that has
    held 1.5 GB), it reported the caller's size: Linux carries the caller's high-water mark over the spawn's exec."""
    held = bytearray(1536 * 1024**2)
    held[:: 4096] = b"\x01" * len(range(0, len(held), 4096))  # touched: resident, not just reserved
    with SpeechHost() as host:
        _transcript, stats = host.transcribe(speech["samples"][: 16000 * 5], resolve_model("tiny.en"), threads=1)
    del held
    assert 50 < stats["peak_rss_mb"] < 1000, stats
