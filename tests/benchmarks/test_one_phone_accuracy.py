"""A slice of the one-phone development set through the whole chain, with floors just under what
it measured, so a change that loses utterances or mixes up the speakers fails here.

Two conversations are rendered from their scripts (benchmarks/devset), as a phone on the table
would record them (mono, reverb, noise, AAC), and run through transcription, speakers and
analysis exactly as `talktogether analyze-file` does; benchmarks/accuracy.py runs the whole set.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tt_speech import need

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "devset"))

import accuracy  # noqa: E402
import generate  # noqa: E402
import scoring  # noqa: E402

# A female and a male Festival voice whose heated lines are louder, faster and higher (the case
# where the speakers used to split into "calm" and "heated"), and two espeak-ng men whose raised
# lines differ more from their calm ones than the two men differ from each other.
CONVERSATIONS = ("dishes_slt_kal", "party_f4_m3")
# Measured on these two (benchmarks/accuracy.py): all 30 lines heard, 93.7% of words on the right
# speaker, DER 10.3% (9.9% and 10.8%). The rendering is repeatable now (sox -R: its reverb used to
# dither at random, and the words on the right speaker moved between 88.9% and 94.7% from one
# rendering to the next; a clean-clone CI run once fell under the floor); this rendering: 94.7%. Before the shared drift was projected out (diarization.voices):
# 78.1% and DER 25.7% (the two men split into calm and heated: 47.6% of party's words right, DER 45%).
# Before the style-robust speakers: dishes 60.7% of words right, DER 50.5%.
# Round 46 (a cut-in's first words heard inside the sentence it cut into judged as the head of its turn,
# diarization.sentences.cut_in_heads): 95.3% of words right (282 of 296, was 280), DER 8.5% (was 8.8%) on this
# rendering in benchmarks/accuracy.py; the floors move up to 0.93 and 0.11, still leaving room for the threads' noise.
UTTERANCES = 0.95
WORDS_RIGHT_SPEAKER = 0.93
DER = 0.11
# The three planted interruptions of these two (0.6-0.8 s of overlap on one microphone): two found
# (the two men's cut-in is heard as one voice), none reported falsely, since overlaps are heard as a
# change of speaker with no pause in the sound (diarization.overlap); before, 1 of 3 (the interrupter's first words were given to the other
# voice, or whisper dropped them, so the words showed neither overlap nor cut-off).
# The false count moves between runs of the same code on a loaded machine (0 alone, 2 once in a
# clean-clone CI run beside other work: the recogniser's and the speaker encoder's threads do not
# always sum in the same order), so its floor leaves one for that noise.
INTERRUPTIONS_FOUND = 2
FALSE_INTERRUPTIONS = 2


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    need("espeak-ng", "text2wave", "sox", "ffmpeg")
    folder = tmp_path_factory.mktemp("devset")
    generate.main(["--out", str(folder), "--only", *CONVERSATIONS])
    rows = []
    was = os.environ.get("TALKTOGETHER_SECOND_LISTEN")
    os.environ["TALKTOGETHER_SECOND_LISTEN"] = "1"  # the product's default (conftest turns it off elsewhere)
    try:
        for name in CONVERSATIONS:
            truth = json.loads((folder / f"{name}.truth.json").read_text())
            result, words, segments, _secs, _dur = accuracy.run_file(folder / f"{name}.m4a", 2, folder, reuse=False)
            rows.append(scoring.score(truth, result, words, segments, accuracy.read_rttm(folder / f"{name}.rttm")))
            rows[-1]["heard_again"] = json.loads((folder / f"{name}.words.json").read_text())["transcript"]["heard_again"]
    finally:
        if was is None:
            del os.environ["TALKTOGETHER_SECOND_LISTEN"]
        else:
            os.environ["TALKTOGETHER_SECOND_LISTEN"] = was
    return rows


def _share(rows, key):
    done, total = scoring.total(rows, key)
    return done / total


def test_the_unsure_stretches_were_heard_again(measured):
    assert all(r["heard_again"] and r["heard_again"]["model"] == "base" and r["heard_again"]["stretches"] >= 1
               for r in measured), [r["heard_again"] for r in measured]


def test_every_utterance_is_heard(measured):
    assert _share(measured, "utterances") >= UTTERANCES, [r["lost"] for r in measured]


def test_words_are_on_the_right_speaker(measured):
    assert _share(measured, "words_right_speaker") >= WORDS_RIGHT_SPEAKER
    assert _share(measured, "der") <= DER


def test_repairs_are_found_and_never_denied(measured):
    assert sum(r["repairs"][0] for r in measured) >= 1  # 1 of 2: tiny.en times "Sorry" 4 s early in one
    assert sum(r["false_no_repair"] for r in measured) == 0
    assert sum(r["backchannel_as_interruption"] for r in measured) == 0


def test_interruptions_on_one_microphone_are_found(measured):
    found = sum(r["interruptions"][0] for r in measured)
    reported = sum(r["interruptions"][2] for r in measured)
    assert found >= INTERRUPTIONS_FOUND, [r["interruptions"] for r in measured]
    assert reported - found <= FALSE_INTERRUPTIONS, [r["interruptions"] for r in measured]
