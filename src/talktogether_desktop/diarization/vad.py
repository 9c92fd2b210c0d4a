"""Speech / no-speech on a 10 ms grid, from the Silero VAD model that faster-whisper ships.

The model (`faster_whisper/assets/silero_vad_v6.onnx`) gives one speech probability per 32 ms.
We turn it into a 10 ms mask with hysteresis, so that the short pauses at turn changes stay
visible (diarization needs them, unlike transcription, which pads them away).
"""

from __future__ import annotations

from typing import List, Optional, Tuple

import numpy as np

from ..jobs import CancelToken, check

SAMPLE_RATE = 16000
FRAME_S = 0.01
FRAME_SAMPLES = 160
_VAD_WINDOW = 512  # samples per Silero probability
_CHUNK_SAMPLES = SAMPLE_RATE * 600  # ten minutes at a time keeps the model's copies small


def n_frames(n_samples: int) -> int:
    return int(np.ceil(n_samples / FRAME_SAMPLES))


def speech_probabilities(samples: np.ndarray, cancel: Optional[CancelToken] = None) -> np.ndarray:
    """One probability per 512 samples (32 ms) over the whole recording."""
    from faster_whisper.vad import get_vad_model

    model = get_vad_model()
    out: List[np.ndarray] = []
    for start in range(0, len(samples), _CHUNK_SAMPLES):
        check(cancel)
        piece = np.asarray(samples[start : start + _CHUNK_SAMPLES], dtype=np.float32)
        pad = (-len(piece)) % _VAD_WINDOW
        if pad:
            piece = np.pad(piece, (0, pad))
        out.append(np.asarray(model(piece), dtype=np.float32).reshape(-1))
    if not out:
        return np.zeros(0, dtype=np.float32)
    return np.concatenate(out)


def speech_mask(
    probs: np.ndarray,
    total_frames: int,
    on: float = 0.5,
    off: float = 0.35,
    min_speech_s: float = 0.12,
    min_silence_s: float = 0.1,
) -> np.ndarray:
    """Boolean speech mask on the 10 ms grid, with hysteresis and tiny islands and holes removed."""
    active = np.zeros(len(probs), dtype=bool)
    state = False
    for i, p in enumerate(probs):
        if state:
            state = p >= off
        else:
            state = p >= on
        active[i] = state
    # 32 ms probability frames onto 10 ms frames
    centres = (np.arange(total_frames) * FRAME_SAMPLES + FRAME_SAMPLES // 2) // _VAD_WINDOW
    mask = active[np.minimum(centres, len(active) - 1)] if len(active) else np.zeros(total_frames, bool)
    mask = fill_short_runs(mask, value=False, max_len=int(round(min_silence_s / FRAME_S)))
    mask = fill_short_runs(mask, value=True, max_len=int(round(min_speech_s / FRAME_S)))
    return mask


def runs(mask: np.ndarray) -> List[Tuple[int, int]]:
    """[start, end) frame ranges where `mask` is True."""
    if len(mask) == 0:
        return []
    padded = np.concatenate([[False], mask.astype(bool), [False]])
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]


def fill_short_runs(mask: np.ndarray, value: bool, max_len: int) -> np.ndarray:
    """Flip runs equal to `value` that are at most `max_len` frames long (not at the edges for gaps)."""
    mask = mask.copy()
    target = mask if value else ~mask
    for a, b in runs(target):
        if b - a > max_len:
            continue
        if not value and (a == 0 or b == len(mask)):
            continue  # leading/trailing silence is real silence
        mask[a:b] = not value
    return mask
