"""A second opinion for very short speech: the voice's pitch.

The speaker encoder needs about a second of speech; on a 0.2 s "no" it can confidently pick the
wrong voice. Pitch (Praat's autocorrelation method via parselmouth) is measurable on a few
voiced frames, and partners often differ by several semitones. When they do, a short stretch
whose pitch clearly belongs to the other voice is given to that voice.
"""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

import numpy as np

from .vad import FRAME_S, runs

MODEL_FRAMES = 6000  # a minute of each voice is plenty for its pitch range
MIN_SEPARATION_ST = 4.0  # voices closer than this in median pitch are not told apart by pitch
MIN_VOICED_FRAMES = 5
SHORT_FRAMES = 120  # stretches up to 1.2 s get the pitch check
FLOOR_STD_ST = 1.5


class PitchTrack:
    """Pitch per 10 ms frame in semitones re 100 Hz (NaN where unvoiced), measured only where
    asked: a minute of each voice and the short stretches, not the whole hour."""

    def __init__(self, samples: np.ndarray, total_frames: int, rate: int = 16000):
        self.samples = samples
        self.rate = rate
        self.values = np.full(total_frames, np.nan)
        self.done = np.zeros(total_frames, dtype=bool)

    def span(self, a: int, b: int) -> np.ndarray:
        if not self.done[a:b].all():
            self._measure(a, b)
        return self.values[a:b]

    def _measure(self, a: int, b: int) -> None:
        import parselmouth

        pad = 10  # frames of context each side, so the edges get a pitch too
        lo, hi = max(0, a - pad), min(len(self.values), b + pad)
        step = int(FRAME_S * self.rate)
        piece = np.asarray(self.samples[lo * step : hi * step], dtype=np.float64)
        self.done[a:b] = True
        if len(piece) < self.rate // 10:
            return
        pitch = parselmouth.Sound(piece, self.rate).to_pitch(time_step=FRAME_S, pitch_floor=60.0, pitch_ceiling=500.0)
        hz = pitch.selected_array["frequency"]
        idx = lo + np.round(pitch.xs() / FRAME_S - 0.5).astype(int)
        ok = (idx >= a) & (idx < b) & (hz > 0)
        self.values[idx[ok]] = 12.0 * np.log2(hz[ok] / 100.0)


def voice_models(f0: "PitchTrack", labels: np.ndarray, k: int) -> Optional[List[Tuple[float, float]]]:
    """(median, spread) of each voice's pitch on up to a minute of its longer stretches, spread
    over the recording, or None when the voices' pitches are too close (or unknown) to decide."""
    models = []
    for c in range(k):
        long_runs = [(a, b) for a, b in runs(labels == c) if b - a > SHORT_FRAMES]
        total = sum(b - a for a, b in long_runs)
        stride = max(1, int(np.ceil(total / MODEL_FRAMES)))
        picked = long_runs[::stride] if stride > 1 else long_runs
        values = np.concatenate([f0.span(a, b) for a, b in picked]) if picked else np.zeros(0)
        values = values[~np.isnan(values)]
        if len(values) < 50:
            return None
        q1, med, q3 = np.percentile(values, [25, 50, 75])
        models.append((float(med), max(FLOOR_STD_ST, float(q3 - q1) / 1.35)))
    meds = sorted(m for m, _ in models)
    if min(b - a for a, b in zip(meds, meds[1:])) < MIN_SEPARATION_ST:
        return None
    return models


def pitch_choice(f0: "PitchTrack", a: int, b: int, current: int, models: Sequence[Tuple[float, float]]) -> int:
    """The voice for frames [a, b): `current` unless the pitch says clearly otherwise."""
    values = f0.span(a, b)
    values = values[~np.isnan(values)]
    if len(values) < MIN_VOICED_FRAMES:
        return current
    med = float(np.median(values))
    z = [abs(med - m) / s for m, s in models]
    best = int(np.argmin(z))
    if best != current and z[current] > 2.5 and z[best] < 1.5:
        return best
    return current


def recheck_short_stretches(labels: np.ndarray, f0: "PitchTrack", k: int, spans: Optional[Sequence[Tuple[int, int]]] = None) -> np.ndarray:
    """Relabel short one-voice stretches (islands of speech, or given spans) whose pitch belongs
    to another voice. Returns new labels."""
    models = voice_models(f0, labels, k)
    if models is None:
        return labels
    labels = labels.copy()
    if spans is None:
        spans = [(a, b) for a, b in runs(labels >= 0) if b - a <= SHORT_FRAMES]
    for a, b in spans:
        seg = labels[a:b]
        voiced = seg[seg >= 0]
        if len(voiced) == 0:
            continue
        current = int(np.bincount(voiced, minlength=k).argmax())
        choice = pitch_choice(f0, a, b, current, models)
        if choice != current:
            seg[seg >= 0] = choice
    return labels


def window_pitch(f0: "PitchTrack", islands: Sequence[Tuple[int, int]], spans: np.ndarray) -> np.ndarray:
    """Median pitch (semitones re 100 Hz) of each embedding window, NaN where too little is voiced.
    Pitch is measured once over every speech island."""
    for a, b in islands:
        f0.span(a, b)
    out = np.full(len(spans), np.nan)
    for i, (a, b) in enumerate(spans):
        values = f0.values[a:b]
        values = values[~np.isnan(values)]
        if len(values) >= MIN_VOICED_FRAMES * 2:
            out[i] = float(np.median(values))
    return out
