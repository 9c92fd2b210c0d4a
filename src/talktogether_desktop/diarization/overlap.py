"""Where both partners speak at once, as far as the evidence allows.

Mono: when the speaker changes with no pause at all between the two voices, the next speaker
has usually started before the first one finished (speech continuing under the other's), so
the stretch around that change is marked; so is the stretch around a change inside a window
whose embedding sits close to both voices at once (a mixture looks like both). On the phone
call this finds about 60% of the overlapped speech at about 36% precision (see the benchmark);
a short "yeah" said entirely under the other's speech is not found in mono.
With the transcript's words (the usual case), word_change_overlaps replaces that guess: the sound
itself says whether the two voices left a pause between them (below). Each span carries a confidence.
Stereo: see stereo.py (both microphones carry their own partner at once), which is far better.
"""

from __future__ import annotations

from typing import Dict, List, Sequence

import numpy as np

from .stereo import frame_db
from .vad import FRAME_S, runs

MIXED_SECOND_SIM = 0.72  # the runner-up voice matches this well ...
MIXED_MARGIN = 0.06  # ... and within this of the best voice
AROUND_CHANGE_FRAMES = 25  # +-0.25 s around a change of speaker without a pause
AROUND_MIXED_FRAMES = 40
MIN_OVERLAP_FRAMES = 10


def mono_overlap(spans: np.ndarray, sims: np.ndarray, labels: np.ndarray, total: int) -> np.ndarray:
    out = np.zeros(total, dtype=bool)
    if sims.shape[1] < 2 or len(sims) == 0:
        return out
    speech = labels >= 0
    # changes between two speech frames: no pause at all between the voices
    changes = np.flatnonzero(speech[1:] & speech[:-1] & (labels[1:] != labels[:-1])) + 1
    for c in changes:
        out[max(0, c - AROUND_CHANGE_FRAMES) : c + AROUND_CHANGE_FRAMES] = True
    top2 = np.sort(sims, axis=1)[:, -2:]
    mixed = (top2[:, 0] >= MIXED_SECOND_SIM) & (top2[:, 1] - top2[:, 0] <= MIXED_MARGIN)
    for (a, b) in spans[mixed]:
        for c in changes[(changes > a) & (changes < b)]:
            out[max(a, c - AROUND_MIXED_FRAMES) : min(b, c + AROUND_MIXED_FRAMES)] = True
    return out & speech


def overlap_regions(mask: np.ndarray, labels: np.ndarray, order: Sequence[int], confidence: float = 0.5) -> List[Dict]:
    regions = []
    for a, b in runs(mask):
        if b - a < MIN_OVERLAP_FRAMES:
            continue
        lo, hi = max(0, a - 100), min(len(labels), b + 100)
        near = labels[lo:hi]
        counts = np.bincount(near[near >= 0], minlength=len(order))
        pair = sorted(np.argsort(counts)[-2:].tolist(), key=lambda c: order[c])
        regions.append({"start": round(a * FRAME_S, 2), "end": round(b * FRAME_S, 2),
                        "speakers": [f"S{order[c] + 1}" for c in pair], "confidence": confidence})
    return regions


# --- With the words: a change of speaker with no pause in the sound --------------------------------
# Between two partners' turns there is nearly always a moment of quiet: the next speaker waits for the
# first to stop (gaps of 0-200 ms are the norm, and even a 100 ms gap sinks the level to the room's
# floor). Where the last word of one voice runs into the first word of the other with no such dip, the
# two were speaking at once (an overlap, or a latched cut-off). Measured on the development set's word
# level speaker changes (benchmarks/accuracy.py, 16 conversations, word edges already moved out of the
# pauses by transcription.word_edges): the planted interruptions and cut-offs whose change the words
# show kept the level within 16 dB of the speech level (all but two whose change whisper misplaced);
# every change with a real pause sank 19.7 dB or more below it.
LEVEL_SMOOTH_FRAMES = 3  # 30 ms: a single quiet frame inside a word is not a pause
SPEECH_LEVEL_PERCENTILE = 90
NO_DIP_DB = -17.0  # the quietest moment between the two voices stays above this (dB re speech level)
SURE_DIP_DB = -6.0  # ... and at this level or above the overlap is as sure as it gets
# Or this far above the recording's own pause floor: the median dip of its changes of speaker (most are real pauses).
# A noisier recording's pauses sink less: holiday_rp_f1_gb_f4's to -22.6 dB, bedtime_slt_m1's to -33.7. Development
# set (round 49, 239 changes of speaker within 0.6 s): garden_sc_m2_nyc_m4's cut-in at 35.93 s (the first voice's
# "and you" under "Fine.", lost by the recogniser) kept -19.3 dB, 12.0 dB over its floor; every change with no overlap
# planted rose at most 8.2 dB over its own floor, and every cut-in found by NO_DIP_DB stood 10.9 dB or more over it.
ABOVE_FLOOR_DB = 10.0
FLOOR_MIN_CHANGES = 5  # the floor is read from at least this many changes of speaker
AROUND_WORD_EDGE_S = 0.05  # look this far inside the two words for the pause (word times are a little loose)
MAX_CHANGE_GAP_S = 0.6  # words further apart than this have a pause between them anyway
OVERLAP_BACK_S = 0.5  # the newcomer usually came in this far before the first voice stopped (0.3-1 s)
OVERLAP_BACK_MAX_S = 1.0
LAST_WORD_LEAD_S = 0.15
MIN_WORD_S = 0.1  # a word timed at zero length is judged over its first 0.1 s (as diarization.words does)
OVERLAP_AFTER_S = 0.15


def frame_levels(samples: np.ndarray, total: int) -> np.ndarray:
    """The level of each 10 ms frame in dB, smoothed over LEVEL_SMOOTH_FRAMES (a block at a time)."""
    power = 10.0 ** (frame_db(samples, total) / 10.0)
    power = np.convolve(power, np.ones(LEVEL_SMOOTH_FRAMES) / LEVEL_SMOOTH_FRAMES, mode="same")
    return 10.0 * np.log10(power + 1e-12)


def word_change_overlaps(words: Sequence[dict], labels: np.ndarray, levels: np.ndarray,
                         speech: np.ndarray) -> List[Dict]:
    """Overlap spans at changes of speaker between words with no pause in the sound.

    `words` in time order; `labels` the final speaker label per 10 ms frame (each word takes the
    label most of its frames carry); `levels` frame_levels of the recording; `speech` the VAD mask.
    Returns [{"start", "end", "labels": (first voice, second voice), "confidence"}] (seconds)."""
    if not len(words) or not speech.any():
        return []
    speech_level = float(np.percentile(levels[speech], SPEECH_LEVEL_PERCENTILE))
    owners = [word_owner(w, labels) for w in words]
    changes = []
    for i in range(len(words) - 1):
        x, y = owners[i], owners[i + 1]
        if x < 0 or y < 0 or x == y:
            continue
        end, start = float(words[i]["end"]), float(words[i + 1]["start"])
        if start - end > MAX_CHANGE_GAP_S:
            continue
        a = int(np.floor((min(end, start) - AROUND_WORD_EDGE_S) / FRAME_S))
        b = int(np.ceil((max(end, start) + AROUND_WORD_EDGE_S) / FRAME_S))
        between = levels[max(0, a) : min(len(levels), b + 1)]
        if len(between):
            changes.append((i, float(between.min()) - speech_level))
    floor = float(np.median([d for _i, d in changes])) if len(changes) >= FLOOR_MIN_CHANGES else None
    out: List[Dict] = []
    for i, dip in changes:
        if dip <= NO_DIP_DB and (floor is None or dip - floor < ABOVE_FLOOR_DB):
            continue
        x, y = owners[i], owners[i + 1]
        last, first = words[i], words[i + 1]
        end, start = float(last["end"]), float(first["start"])
        change = (end + start) / 2.0
        # from before the first voice's last word: it was still starting words while the other came in
        begin = max(change - OVERLAP_BACK_MAX_S, min(change - OVERLAP_BACK_S, float(last["start"]) - LAST_WORD_LEAD_S))
        confidence = 0.5 + 0.45 * min(1.0, max(0.0, dip - NO_DIP_DB) / (SURE_DIP_DB - NO_DIP_DB))
        out.append({"start": round(max(0.0, begin), 2), "end": round(change + OVERLAP_AFTER_S, 2),
                    "labels": (x, y), "confidence": round(confidence, 3)})
    return out


def word_owner(word: dict, labels: np.ndarray) -> int:
    """The label most of the word's frames carry (-1: none)."""
    a = max(0, int(np.floor(float(word["start"]) / FRAME_S)))
    b = min(len(labels), int(np.ceil(max(float(word["end"]), float(word["start"]) + MIN_WORD_S) / FRAME_S)))
    seg = labels[a:b]
    seg = seg[seg >= 0]
    return int(np.bincount(seg).argmax()) if len(seg) else -1
