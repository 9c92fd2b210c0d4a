"""The speaker encoder: Resemblyzer's GE2E LSTM run with onnxruntime on our numpy mel front end."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import List, Sequence

import numpy as np

from .. import paths
from ..errors import ModelUnavailable
from .mel import mel_spectrogram

MODEL_FILE = "voice_encoder.onnx"
EMBEDDING_DIM = 256
_LENGTH_QUANTUM = 10  # frames; equal lengths batch together (an LSTM cannot be padded)
_BATCH = 64
_TARGET_DBFS = -30.0  # Resemblyzer's volume normalisation


@lru_cache(maxsize=1)
def _session():
    import onnxruntime as ort

    path = paths.resource("models", MODEL_FILE)
    if not path.is_file():
        raise ModelUnavailable(f"The speaker model is missing ({path}); reinstall TalkTogether.")
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = min(4, os.cpu_count() or 1)
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])


def loudness_gain(speech_samples: np.ndarray) -> float:
    """Gain that brings speech up to -30 dBFS, never down (as Resemblyzer's preprocess_wav)."""
    if speech_samples.size == 0:
        return 1.0
    rms = float(np.sqrt(np.mean(np.square(speech_samples, dtype=np.float64))))
    if rms <= 1e-8:
        return 1.0
    change_db = _TARGET_DBFS - 20.0 * np.log10(rms)
    return float(10 ** (change_db / 20.0)) if change_db > 0 else 1.0


def mel_level(mel: np.ndarray) -> float:
    """How loud a stretch is on the mel scale: the mean power of its louder half of frames (so the
    pauses inside a window do not count)."""
    if len(mel) == 0:
        return 0.0
    energy = mel.sum(axis=1)
    loud = energy[energy >= np.median(energy)]
    return float(loud.mean()) if len(loud) else 0.0


def level_matched(mel: np.ndarray, reference: float | None) -> np.ndarray:
    """The mel stretch scaled to the reference level. The encoder reads power mels, so a raised
    voice (+6 dB) would otherwise look like another speaker; every window is heard at one level."""
    if not reference:
        return mel
    level = mel_level(mel)
    if level <= 1e-12:
        return mel
    return mel * np.float32(reference / level)


def embed_mels(mels: Sequence[np.ndarray]) -> np.ndarray:
    """(len(mels), 256) L2-normalised embeddings of mel segments (frames, 40), any length >= 10."""
    out = np.zeros((len(mels), EMBEDDING_DIM), dtype=np.float32)
    if not mels:
        return out
    session = _session()
    by_length: dict = {}
    mels = [tile_short(m) for m in mels]
    for i, mel in enumerate(mels):
        length = max(_LENGTH_QUANTUM, (len(mel) // _LENGTH_QUANTUM) * _LENGTH_QUANTUM)
        by_length.setdefault(length, []).append(i)
    for length, idx in by_length.items():
        for b in range(0, len(idx), _BATCH):
            batch_idx = idx[b : b + _BATCH]
            batch = np.stack([_centre_crop(mels[i], length) for i in batch_idx]).astype(np.float32)
            out[batch_idx] = session.run(None, {"mels": batch})[0]
    return out


def embed_audio(samples: np.ndarray, gain: float | None = None, reference_level: float | None = None) -> np.ndarray:
    """One embedding for a stretch of 16 kHz speech: the normalised mean of 1.6 s partials
    (heard at `reference_level` when given, see level_matched)."""
    if gain is None:
        gain = loudness_gain(samples)
    mel = level_matched(mel_spectrogram(np.asarray(samples, dtype=np.float32) * gain), reference_level)
    parts: List[np.ndarray] = []
    if len(mel) <= 160:
        parts.append(mel)
    else:
        for start in range(0, len(mel) - 160 + 1, 80):
            parts.append(mel[start : start + 160])
    emb = embed_mels(parts).mean(axis=0)
    return emb / max(1e-9, float(np.linalg.norm(emb)))


def tile_short(mel: np.ndarray, min_frames: int = 80) -> np.ndarray:
    """A very short stretch ("no", "yeah") repeated end to end: the LSTM's state settles on a
    voice only after some frames, and repeating the same voice is better than silence padding."""
    if len(mel) == 0 or len(mel) >= min_frames:
        return mel
    reps = int(np.ceil(min_frames / len(mel)))
    return np.concatenate([mel] * reps)[:min_frames]


def _centre_crop(mel: np.ndarray, length: int) -> np.ndarray:
    if len(mel) < length:
        return np.pad(mel, ((0, length - len(mel)), (0, 0)))
    start = (len(mel) - length) // 2
    return mel[start : start + length]
