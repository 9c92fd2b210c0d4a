"""Partners, not "S1": voice samples, matching a recording's voices to them, and excerpts to name.

A voice sample (20-30 s of one partner) becomes one embedding. A recording's voices are matched
to the couple's partners by the best one-to-one assignment of cosine similarities; each match
carries a confidence that falls when the voice is not much closer to its partner than to the
alternative, or not close to any partner at all (a therapist or guest in the room).
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from scipy.optimize import linear_sum_assignment

from . import vad
from .encoder import embed_audio, loudness_gain

SAMPLE_RATE = 16000
MIN_SAMPLE_SPEECH_S = 3.0
SAMPLE_TARGET_S = 25.0
SAME_VOICE_FLOOR = 0.62  # below this cosine a voice is nobody we know
CONFIDENT = 0.6  # matches at or above this confidence are applied automatically


def speech_only(samples: np.ndarray) -> np.ndarray:
    """The voiced parts of a recording, silences removed (what the encoder should hear)."""
    total = vad.n_frames(len(samples))
    mask = vad.speech_mask(vad.speech_probabilities(samples), total)
    parts = [samples[a * vad.FRAME_SAMPLES : b * vad.FRAME_SAMPLES] for a, b in vad.runs(mask)]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)


def embed_voice_sample(samples: np.ndarray) -> np.ndarray:
    """One unit embedding for a partner's voice sample (16 kHz mono)."""
    from ..errors import BadAudio

    speech = speech_only(np.asarray(samples, dtype=np.float32))
    if len(speech) < MIN_SAMPLE_SPEECH_S * SAMPLE_RATE:
        raise BadAudio(
            f"The voice sample holds {len(speech) / SAMPLE_RATE:.1f} s of speech; at least "
            f"{MIN_SAMPLE_SPEECH_S:.0f} s is needed (20-30 s is best)."
        )
    return embed_audio(speech, loudness_gain(speech)).astype(np.float32)


def match_speakers(
    speaker_embeddings: Dict[str, Sequence[float]], partner_embeddings: Dict[int, Sequence[float]]
) -> Dict[str, Dict]:
    """{label: {"partner_id", "similarity", "confidence"}} for the labels that match a partner."""
    labels = [l for l, v in speaker_embeddings.items() if v is not None and len(v)]
    partners = list(partner_embeddings)
    if not labels or not partners:
        return {}
    s = _unit(np.array([speaker_embeddings[l] for l in labels])) @ _unit(np.array([partner_embeddings[p] for p in partners])).T
    rows, cols = linear_sum_assignment(-s)
    best_total = float(s[rows, cols].sum())
    out: Dict[str, Dict] = {}
    for r, c in zip(rows, cols):
        sim = float(s[r, c])
        if sim < SAME_VOICE_FLOOR:
            continue
        # how much worse the best naming of all voices is without this pairing (for a couple:
        # the two names swapped), so a clear match of one voice also settles the other
        if min(s.shape) > 1:
            blocked = s.copy()
            blocked[r, c] = -10.0
            alt_rows, alt_cols = linear_sum_assignment(-blocked)
            margin = best_total - float(np.maximum(blocked[alt_rows, alt_cols], 0.0).sum())
        else:  # one voice or one partner: how much closer than the runner-up
            others = [float(s[r, j]) for j in range(s.shape[1]) if j != c] + [float(s[i, c]) for i in range(s.shape[0]) if i != r]
            margin = sim - max(others) if others else 0.3
        closeness = float(np.clip((sim - SAME_VOICE_FLOOR) / 0.15, 0.0, 1.0))
        confidence = float(np.clip(0.5 + margin / 0.15 * 0.5, 0.0, 1.0)) * (0.5 + 0.5 * closeness)
        out[labels[r]] = {"partner_id": partners[c], "similarity": round(sim, 4), "confidence": round(confidence, 3)}
    return out


def clean_excerpt(diarization: Dict, label: str, length_s: float = 3.0) -> Optional[Tuple[float, float]]:
    """(start, end) of a stretch where only `label` speaks, `length_s` long when possible."""
    overlaps = diarization.get("overlaps", [])
    best, best_len = None, 0.0
    for a, b in speech_spans(diarization, label, overlaps):
        if b - a > best_len:
            best, best_len = (a, b), b - a
    if best is None:
        return None
    a, b = best
    if b - a <= length_s:
        return round(a, 2), round(b, 2)
    mid = (a + b) / 2
    return round(mid - length_s / 2, 2), round(mid + length_s / 2, 2)


def speech_spans(diarization: Dict, label: str, overlaps: Sequence[Dict] = ()) -> List[Tuple[float, float]]:
    """The label's turns with overlapped stretches cut out, longest turns first (for samples)."""
    spans: List[Tuple[float, float]] = []
    for t in diarization.get("turns", []):
        if t["speaker"] != label:
            continue
        pieces = [(float(t["start"]), float(t["end"]))]
        for o in overlaps:
            nxt = []
            for a, b in pieces:
                if o["end"] <= a or o["start"] >= b:
                    nxt.append((a, b))
                    continue
                if o["start"] > a:
                    nxt.append((a, float(o["start"])))
                if o["end"] < b:
                    nxt.append((float(o["end"]), b))
            pieces = nxt
        spans += [(a, b) for a, b in pieces if b - a >= 0.5]
    return sorted(spans, key=lambda s: s[0] - s[1])


def sample_from_recording(samples: np.ndarray, diarization: Dict, label: str, target_s: float = SAMPLE_TARGET_S) -> np.ndarray:
    """Up to `target_s` of one voice's clean speech from a recording, longest turns first."""
    parts, total = [], 0
    for a, b in speech_spans(diarization, label, diarization.get("overlaps", [])):
        take = min(b - a, target_s - total / SAMPLE_RATE)
        if take <= 0.3:
            break
        piece = samples[int(a * SAMPLE_RATE) : int((a + take) * SAMPLE_RATE)]
        parts.append(piece)
        total += len(piece)
    return np.concatenate(parts).astype(np.float32) if parts else np.zeros(0, dtype=np.float32)


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
