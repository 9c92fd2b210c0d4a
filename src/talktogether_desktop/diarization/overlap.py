"""Where both partners speak at once, as far as the evidence allows.

Mono: when the speaker changes with no pause at all between the two voices, the next speaker
has usually started before the first one finished (speech continuing under the other's), so
the stretch around that change is marked; so is the stretch around a change inside a window
whose embedding sits close to both voices at once (a mixture looks like both). On the phone
call this finds about 60% of the overlapped speech at about 36% precision (see the benchmark);
a short "yeah" said entirely under the other's speech is not found in mono.
Stereo: see stereo.py (both microphones carry their own partner at once), which is far better.
"""

from __future__ import annotations

from typing import Dict, List, Sequence

import numpy as np

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


def overlap_regions(mask: np.ndarray, labels: np.ndarray, order: Sequence[int]) -> List[Dict]:
    regions = []
    for a, b in runs(mask):
        if b - a < MIN_OVERLAP_FRAMES:
            continue
        lo, hi = max(0, a - 100), min(len(labels), b + 100)
        near = labels[lo:hi]
        counts = np.bincount(near[near >= 0], minlength=len(order))
        pair = sorted(np.argsort(counts)[-2:].tolist(), key=lambda c: order[c])
        regions.append({"start": round(a * FRAME_S, 2), "end": round(b * FRAME_S, 2),
                        "speakers": [f"S{order[c] + 1}" for c in pair]})
    return regions
