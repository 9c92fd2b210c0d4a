"""Where both partners speak at once, as far as the evidence allows.

Mono: a window whose embedding sits close to two voices at once (a mixture looks like both)
and that straddles a change of speaker is taken as overlapped speech around that change.
Stereo: see stereo.py (both microphones carry their own partner at once).
"""

from __future__ import annotations

from typing import Dict, List, Sequence

import numpy as np

from .vad import FRAME_S, runs

MIXED_SECOND_SIM = 0.72  # the runner-up voice matches this well ...
MIXED_MARGIN = 0.06  # ... and within this of the best voice
AROUND_CHANGE_FRAMES = 40  # overlap is looked for within 0.4 s of a speaker change
MIN_OVERLAP_FRAMES = 10


def mono_overlap(spans: np.ndarray, sims: np.ndarray, labels: np.ndarray, total: int) -> np.ndarray:
    out = np.zeros(total, dtype=bool)
    if sims.shape[1] < 2 or len(sims) == 0:
        return out
    top2 = np.sort(sims, axis=1)[:, -2:]
    mixed = (top2[:, 0] >= MIXED_SECOND_SIM) & (top2[:, 1] - top2[:, 0] <= MIXED_MARGIN)
    speech = labels >= 0
    changes = np.flatnonzero(speech[1:] & speech[:-1] & (labels[1:] != labels[:-1])) + 1
    for (a, b) in spans[mixed]:
        inside = changes[(changes > a) & (changes < b)]
        for c in inside:
            out[max(a, c - AROUND_CHANGE_FRAMES) : min(b, c + AROUND_CHANGE_FRAMES)] = True
    return out


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
