"""A model process started for a job: it receives the job's samples and has the voice detector read them while its
model loads (not one after the other), and once the parent closes the pipe it ends without the interpreter's teardown
(which the caller waited for, 0.1-0.25 s a run). Measured by benchmarks/speed.py (benchmarks/measured/speed_round52.txt)."""

from __future__ import annotations

import multiprocessing

import pytest

import tt_model_start
from talktogether_desktop.pipeline.file_run import read_audio_file
from talktogether_desktop.pipeline.runner import _pcm16_chunks
from talktogether_desktop.transcription.models import resolve_model
from tt_speech import make_dialogue, normalised_words

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    dialogue, _spans = make_dialogue(tmp_path_factory.mktemp("start"))
    return read_audio_file(dialogue).pcm16()


def _one_job(samples, trace):
    """A traced model process (tt_model_start), one job sent as runner.ModelProcess sends it, then the pipe closed:
    (the last message, the exit code, the trace's lines)."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe(duplex=True)
    process = context.Process(target=tt_model_start.model_process_traced, daemon=True,
                              args=(child, {"model": resolve_model("tiny.en"), "threads": 1}, str(trace)))
    process.start()
    child.close()
    try:
        parent.send(("job", {"n_samples": len(samples), "language": None, "beam_size": None, "second_listen": True}))
        for chunk in _pcm16_chunks(samples):
            parent.send_bytes(chunk)
        message = parent.recv()
        while message[0] == "progress":
            message = parent.recv()
    finally:
        parent.close()
        process.join(60)
        if process.is_alive():
            process.kill()
    return message, process.exitcode, trace.read_text().splitlines()


def test_a_started_model_process_reads_its_first_job_for_speech_while_the_model_loads(samples, tmp_path):
    message, code, trace = _one_job(samples, tmp_path / "trace")
    assert message[0] == "result", message
    assert {"weekend", "sunday"} <= set(normalised_words(" ".join(seg["text"] for seg in message[1]["segments"])))
    assert "read before loaded" in trace  # was: the samples were read from the pipe only once the model had loaded
    assert "atexit; Silero read 1 time(s)" in trace  # the transcription used that reading: no second pass
    assert code == 0


def test_a_model_process_ends_without_the_interpreters_teardown_once_its_pipe_closes(samples, tmp_path):
    message, code, trace = _one_job(samples, tmp_path / "trace")
    assert message[0] == "result"
    assert code == 0
    assert any(line.startswith("atexit") for line in trace)  # the at-exit handlers ran (the network guard's count)
    assert "teardown" not in trace  # was: written as the interpreter freed its modules and the loaded model
