"""Word times that respect the pauses: a word's end (or the next word's start) moved out of a silence.

Whisper's word timestamps come from attention over the decoded tokens; when a sentence ends and
the next one starts after a pause, it often stretches the last word to the next word's start
(or starts the next word early), so the words touch across a silence of 0.3 s. For a conversation
that silence is the message: a turn ending with a dangling word and followed at once by the other
partner reads as a cut-off ("... while we" | "One second"), and floor-transfer gaps shrink to zero.
So every pause that the sound shows between two consecutive words, inside the time the recogniser
gave them, is given back: the first word now ends where the quiet begins and the next starts where
it ends. Only edges move, never by more than the words' own span, and only over a real pause
(the level sinks well below the recording's speech level for a tenth of a second or more), so a
word run into by another voice (overlap: no pause at all) keeps its times.
Pure functions on plain word dicts and samples; times in seconds.
"""

from __future__ import annotations

from typing import List, Sequence

import numpy as np

SAMPLE_RATE = 16000
FRAME = 160  # 10 ms
SMOOTH_FRAMES = 3
BLOCK_FRAMES = 60_000  # 10 minutes
SPEECH_LEVEL_PERCENTILE = 90
QUIET_DB = -18.0  # a frame this far under the speech level is quiet (pauses measured 20-30 dB under)
MIN_PAUSE_S = 0.12  # stop consonants close for less than this inside a word
WORD_KEEP_S = 0.05  # each word keeps at least this much of its own time


def quiet_frames(samples: np.ndarray) -> np.ndarray:
    """Per 10 ms frame: True where the (30 ms smoothed) level is QUIET_DB under the speech level."""
    n = len(samples) // FRAME
    if n == 0:
        return np.zeros(0, dtype=bool)
    power = np.zeros(n, dtype=np.float64)
    for first in range(0, n, BLOCK_FRAMES):  # a block at a time: no float64 copy of an hour of audio
        last = min(n, first + BLOCK_FRAMES)
        piece = np.asarray(samples[first * FRAME : last * FRAME]).reshape(last - first, FRAME)
        power[first:last] = np.mean(np.square(piece, dtype=np.float64), axis=1)
    if getattr(samples, "dtype", None) == np.int16:  # 16-bit PCM: the power of the same samples as floats in [-1, 1]
        power /= 32768.0 ** 2
    power = np.convolve(power, np.ones(SMOOTH_FRAMES) / SMOOTH_FRAMES, mode="same")
    level = 10.0 * np.log10(power + 1e-12)
    speech_level = float(np.percentile(level, SPEECH_LEVEL_PERCENTILE))
    return level < speech_level + QUIET_DB


def snap_to_pauses(words: Sequence[dict], quiet: np.ndarray) -> int:
    """Move the edges of consecutive words (in place, time order) out of the longest pause between
    their middles that the sound shows; returns how many word pairs were moved apart."""
    moved = 0
    min_frames = int(round(MIN_PAUSE_S * SAMPLE_RATE / FRAME))
    for prev, nxt in zip(words, words[1:]):
        # between the two words' middles: a pause nearer a word's far edge is inside that word's time
        a = max(float(prev["start"]) + WORD_KEEP_S, (float(prev["start"]) + float(prev["end"])) / 2)
        b = min(float(nxt["end"]) - WORD_KEEP_S, (float(nxt["start"]) + float(nxt["end"])) / 2)
        if float(nxt["start"]) - float(prev["end"]) >= MIN_PAUSE_S or b - a < MIN_PAUSE_S:
            continue  # already apart (or too short to hold a pause)
        lo, hi = max(0, int(np.ceil(a * 100))), min(len(quiet), int(np.floor(b * 100)))
        run = _longest_run(quiet[lo:hi])
        if run is None or run[1] - run[0] < min_frames:
            continue
        pause_start, pause_end = (lo + run[0]) / 100.0, (lo + run[1]) / 100.0
        if pause_start < float(prev["end"]):
            prev["end"] = round(max(pause_start, float(prev["start"]) + WORD_KEEP_S), 3)
        if pause_end > float(nxt["start"]):
            nxt["start"] = round(min(pause_end, float(nxt["end"]) - WORD_KEEP_S), 3)
        moved += 1
    return moved


def snap_transcript(segments: List[dict], samples: np.ndarray) -> int:
    """snap_to_pauses over every word of the transcript segments (in place)."""
    words = sorted((w for seg in segments for w in seg.get("words") or []), key=lambda w: float(w["start"]))
    if len(words) < 2:
        return 0
    return snap_to_pauses(words, quiet_frames(samples))


def _longest_run(flags: np.ndarray):
    if not len(flags) or not flags.any():
        return None
    padded = np.concatenate([[False], flags, [False]])
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    starts, ends = edges[::2], edges[1::2]
    k = int(np.argmax(ends - starts))
    return int(starts[k]), int(ends[k])
