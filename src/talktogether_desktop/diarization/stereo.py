"""Stereo recordings with one microphone per partner: who speaks is which channel is louder.

Each microphone also picks up the other partner, more quietly (cross-talk). The typical level
difference between the channels during speech measures that leak; when both channels are
about equally loud while speech goes on, both partners are speaking into their own microphones.
"""

from __future__ import annotations

from typing import Optional, Tuple

import numpy as np
from scipy.ndimage import median_filter

from ..jobs import CancelToken, check
from .vad import FRAME_SAMPLES

SEPARABLE_DB = 6.0  # median |L - R| during speech above this: one partner per channel
MIN_SIDE_SHARE = 0.05  # each channel must lead some of the time
SMOOTH_FRAMES = 21
OVERLAP_SMOOTH_FRAMES = 7
OVERLAP_MARGIN_DB = 6.0


def frame_db(x: np.ndarray, total: int, frame_samples: int = FRAME_SAMPLES) -> np.ndarray:
    """Level per 10 ms frame in dB, computed a block at a time (no copy of a long channel)."""
    power = np.zeros(total, dtype=np.float64)
    block = 60_000  # frames (10 minutes)
    for first in range(0, total, block):
        last = min(total, first + block)
        piece = x[first * frame_samples : last * frame_samples]
        full = len(piece) // frame_samples
        if full:
            power[first : first + full] = np.mean(
                np.square(piece[: full * frame_samples].reshape(full, frame_samples), dtype=np.float64), axis=1)
        if full < last - first and len(piece) > full * frame_samples:
            power[first + full] = float(np.mean(np.square(piece[full * frame_samples :], dtype=np.float64)))
    return 10.0 * np.log10(power + 1e-10)


def channel_levels(channels: np.ndarray, total: int) -> np.ndarray:
    """(2, frames) level of each channel in dB: all the stereo path needs (kilobytes, where the
    channels of an hour are 460 MB), so a caller can let go of the samples early."""
    return np.stack([frame_db(channels[0], total), frame_db(channels[1], total)])


def channel_labels(db: np.ndarray, mask: np.ndarray, cancel: Optional[CancelToken] = None) -> Tuple[Optional[np.ndarray], np.ndarray]:
    """(labels per frame: 0 left, 1 right, -1 silence; overlap mask) from the channel levels, or
    (None, ...) when the channels do not separate the partners."""
    total = len(mask)
    check(cancel)
    diff = median_filter(db[0] - db[1], size=SMOOTH_FRAMES, mode="nearest")
    speech = diff[mask]
    none = np.zeros(total, dtype=bool)
    if len(speech) == 0:
        return None, none
    leak = float(np.median(np.abs(speech)))
    left_share = float(np.mean(speech > 3.0))
    right_share = float(np.mean(speech < -3.0))
    if leak < SEPARABLE_DB or min(left_share, right_share) < MIN_SIDE_SHARE:
        return None, none
    labels = np.where(mask, np.where(diff > 0, 0, 1), -1)
    floor = [np.percentile(db[c], 10) for c in (0, 1)]
    both_loud = (db[0] > floor[0] + 15) & (db[1] > floor[1] + 15)
    # one partner alone leaves the other channel about `leak` dB down; a channel well above
    # that carries its own partner too
    quick = median_filter(db[0] - db[1], size=OVERLAP_SMOOTH_FRAMES, mode="nearest")
    overlapped = mask & both_loud & (np.abs(quick) < leak - OVERLAP_MARGIN_DB)
    return labels, overlapped
