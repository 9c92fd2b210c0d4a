"""A stopped step's next step is worded by each face (JobFailed.advice): the window keeps its own words (its
Settings, restarting the app), which the command line no longer gets (tests/cli/test_cli_second_pass34.py)."""

from __future__ import annotations

import pickle

from talktogether_desktop.errors import JobFailed
from talktogether_desktop.pipeline.failures import model_stopped, step_failed
from talktogether_desktop.ui.errors import message_for

AGAIN = "Start it again. If it stops at the same step again, restart the app and try once more."
SMALLER = "choose a smaller speech model in Settings."


def test_the_window_words_each_kind_of_next_step_as_before():
    said = {step: message_for(step_failed(step, ValueError("x"))).text for step in ("transcribe", "diarize", "report")}
    assert said["transcribe"].endswith("Start it again. If it stops again, close other programs to free memory, or "
                                       + SMALLER)
    assert said["diarize"].endswith("the recording and its transcript are kept. " + AGAIN)
    assert said["report"].endswith("Try again. If it stops again, restart the app and try once more.")
    memory = message_for(step_failed("analyse", MemoryError())).text
    assert memory.endswith("speakers are kept. Close other programs, then start it again.")
    crashed = message_for(model_stopped("exit code -9")).text
    assert crashed.endswith("Start it again. If this happens again, the computer may be short of memory: close other "
                            "programs, or " + SMALLER)
    plain = message_for(JobFailed("Processing this recording stopped 3 times.")).text  # no kind of advice
    assert plain.endswith("Nothing was lost; you can start it again from the couple page.")
    given = message_for(JobFailed("It stopped.", "analyse", "Do this instead.", advice="again")).text
    assert given == "It stopped. Do this instead."  # words it came with win
    for failed in (step_failed("transcribe", ValueError("x")), model_stopped("d")):
        assert "Settings" not in str(failed) and "restart" not in str(failed)  # the pipeline's own words are neutral
    assert pickle.loads(pickle.dumps(model_stopped("d"))).advice == "model"  # its kind crosses the model's pipe
