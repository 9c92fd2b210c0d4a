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

_CHUNK_S = 300
MIN_SEPARATION_ST = 4.0  # voices closer than this in median pitch are not told apart by pitch
MIN_VOICED_FRAMES = 5
SHORT_FRAMES = 120  # stretches up to 1.2 s get the pitch check
FLOOR_STD_ST = 1.5


def f0_semitones(samples: np.ndarray, total_frames: int, rate: int = 16000) -> np.ndarray:
    """Pitch per 10 ms frame in semitones re 100 Hz (NaN where unvoiced)."""
    import parselmouth

    out = np.full(total_frames, np.nan)
    step = _CHUNK_S * rate
    for start in range(0, len(samples), step):
        piece = np.asarray(samples[start : start + step], dtype=np.float64)
        if len(piece) < rate // 10:
            continue
        pitch = parselmouth.Sound(piece, rate).to_pitch(time_step=FRAME_S, pitch_floor=60.0, pitch_ceiling=500.0)
        hz = pitch.selected_array["frequency"]
        times = pitch.xs() + start / rate
        idx = np.round(times / FRAME_S - 0.5).astype(int)
        ok = (idx >= 0) & (idx < total_frames) & (hz > 0)
        out[idx[ok]] = 12.0 * np.log2(hz[ok] / 100.0)
    return out


def voice_models(f0: np.ndarray, labels: np.ndarray, k: int) -> Optional[List[Tuple[float, float]]]:
    """(median, spread) of each voice's pitch on its longer stretches, or None when the voices'
    pitches are too close (or unknown) to decide anything."""
    models = []
    for c in range(k):
        long_runs = [(a, b) for a, b in runs(labels == c) if b - a > SHORT_FRAMES]
        values = np.concatenate([f0[a:b] for a, b in long_runs]) if long_runs else np.zeros(0)
        values = values[~np.isnan(values)]
        if len(values) < 50:
            return None
        q1, med, q3 = np.percentile(values, [25, 50, 75])
        models.append((float(med), max(FLOOR_STD_ST, float(q3 - q1) / 1.35)))
    meds = sorted(m for m, _ in models)
    if min(b - a for a, b in zip(meds, meds[1:])) < MIN_SEPARATION_ST:
        return None
    return models


def pitch_choice(f0: np.ndarray, a: int, b: int, current: int, models: Sequence[Tuple[float, float]]) -> int:
    """The voice for frames [a, b): `current` unless the pitch says clearly otherwise."""
    values = f0[a:b]
    values = values[~np.isnan(values)]
    if len(values) < MIN_VOICED_FRAMES:
        return current
    med = float(np.median(values))
    z = [abs(med - m) / s for m, s in models]
    best = int(np.argmin(z))
    if best != current and z[current] > 2.5 and z[best] < 1.5:
        return best
    return current


def recheck_short_stretches(labels: np.ndarray, f0: np.ndarray, k: int, spans: Optional[Sequence[Tuple[int, int]]] = None) -> np.ndarray:
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
