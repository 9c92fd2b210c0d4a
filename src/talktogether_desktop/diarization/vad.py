"""Speech / no-speech on a 10 ms grid, from the Silero VAD model that faster-whisper ships.

The model (`faster_whisper/assets/silero_vad_v6.onnx`) gives one speech probability per 32 ms.
We turn it into a 10 ms mask with hysteresis, so that the short pauses at turn changes stay
visible (diarization needs them, unlike transcription, which pads them away).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Tuple

import numpy as np

from ..errors import ModelUnavailable
from ..jobs import CancelToken, check

SAMPLE_RATE = 16000
FRAME_S = 0.01
FRAME_SAMPLES = 160
_VAD_WINDOW = 512  # samples per Silero probability
_CONTEXT = 64
_BATCH = 1000  # windows per run: larger batches only grow the model's scratch memory
_CHUNK_SAMPLES = 512 * 1875  # a minute at a time (a whole number of windows) keeps the copies small


def n_frames(n_samples: int) -> int:
    return int(np.ceil(n_samples / FRAME_SAMPLES))


@lru_cache(maxsize=1)
def _silero():
    """The Silero VAD model file inside faster-whisper's package, opened without importing
    faster_whisper itself (that would load CTranslate2 and the tokenizer: ~100 MB for nothing)."""
    import onnxruntime as ort

    spec = importlib.util.find_spec("faster_whisper")
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable("faster-whisper is not installed, so the voice activity model is missing.")
    path = Path(list(spec.submodule_search_locations)[0]) / "assets" / "silero_vad_v6.onnx"
    if not path.is_file():
        raise ModelUnavailable(f"The voice activity model is missing ({path}); reinstall TalkTogether.")
    opts = ort.SessionOptions()
    opts.inter_op_num_threads = 1
    opts.intra_op_num_threads = 1
    opts.enable_cpu_mem_arena = False
    opts.log_severity_level = 4
    return ort.InferenceSession(str(path), providers=["CPUExecutionProvider"], sess_options=opts)


def _run_silero(audio: np.ndarray, state: dict) -> np.ndarray:
    """As faster_whisper.vad.SileroVADModel: 512-sample windows, each with the 64 samples before
    it as context. The recurrent state and the context carry over from the previous piece, so
    cutting the recording into pieces (to bound memory) changes nothing."""
    session = _silero()
    batched = audio.reshape(-1, _VAD_WINDOW)
    context = np.empty((len(batched), _CONTEXT), dtype=np.float32)
    context[0] = state["context"]
    context[1:] = batched[:-1, -_CONTEXT:]
    state["context"] = batched[-1, -_CONTEXT:].copy()
    batched = np.concatenate([context, batched], 1)
    outputs = []
    for i in range(0, batched.shape[0], _BATCH):  # the state carries over, so any batch size gives the same
        output, state["h"], state["c"] = session.run(
            None, {"input": batched[i : i + _BATCH], "h": state["h"], "c": state["c"]}
        )
        outputs.append(output)
    return np.concatenate(outputs, axis=0).reshape(-1)


def speech_probabilities(samples: np.ndarray, cancel: Optional[CancelToken] = None) -> np.ndarray:
    """One probability per 512 samples (32 ms) over the whole recording."""
    out: List[np.ndarray] = []
    state = {"h": np.zeros((1, 1, 128), dtype=np.float32), "c": np.zeros((1, 1, 128), dtype=np.float32),
             "context": np.zeros(_CONTEXT, dtype=np.float32)}
    for start in range(0, len(samples), _CHUNK_SAMPLES):
        check(cancel)
        piece = np.asarray(samples[start : start + _CHUNK_SAMPLES], dtype=np.float32)
        pad = (-len(piece)) % _VAD_WINDOW
        if pad:
            piece = np.pad(piece, (0, pad))
        out.append(np.asarray(_run_silero(piece, state), dtype=np.float32))
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
    pad_s: float = 0.0,
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
    pad = int(round(pad_s / FRAME_S))
    if pad:
        padded = mask.copy()
        for a, b in runs(mask):
            padded[max(0, a - pad) : b + pad] = True
        mask = padded
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
