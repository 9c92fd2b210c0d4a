"""A second hearing of whole sentences, each at one pitch and one loudness (two voices, one microphone).

The 1 s windows decide who speaks; a partner's raised line (louder, higher, faster) can still sit
nearer the other partner's voice there, and then the whole line goes to the wrong speaker (the
cut-in of a heated exchange given to the one it cut off). A whole sentence is a longer, surer
sample of one voice than any window: each sentence the words give (2-4 s) is heard again moved
to the recording's middle pitch and brought to one loudness (as voices.py hears windows), and
compared with the other sentences each voice was given, heard the same way. A sentence that is
clearly nearer the other voice's sentences (by FLIP_MARGIN in cosine) than its own goes to that voice.

Measured on the development set's true lines (21 one-phone conversations): heard this way, every
line the windows gave to the wrong partner with a margin over 0.1 (three)
went back to its speaker, and no line they gave to the right partner moved away by that much (the
largest wrong pull was 0.06). Without the pitch move, loudness alone moved right lines away.
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

import numpy as np

from .encoder import embed_mels, level_matched, mel_level
from .mel import mel_spectrogram
from .pitch import PitchTrack
from .vad import FRAME_S
from .windows import shifted_down

SENTENCE_ENDS = (".", "?", "!")
MIN_SENTENCE_S = 1.0  # shorter talk is too little to hear a voice in (interjections are judged apart)
MIN_SENTENCE_WORDS = 3
SENTENCE_GAP_S = 0.5  # a pause this long ends a sentence too
MIN_SENTENCES_PER_VOICE = 3  # each voice needs this many other sentences to stand for it
FLIP_MARGIN = 0.1
MAX_SHIFT_ST = 12.0
MIN_VOICED_FRAMES = 10
PITCH_FRAMES = 120
PARTIAL_FRAMES = 160  # the encoder's 1.6 s partials, every 0.8 s
RATE = 16000


def sentence_spans(words: Sequence[dict], total: int) -> List[Tuple[int, int]]:
    """[a, b) frame spans of the sentences in `words` (time order): split at sentence-final
    punctuation and at pauses of SENTENCE_GAP_S, kept when MIN_SENTENCE_S and MIN_SENTENCE_WORDS long."""
    spans: List[Tuple[int, int]] = []
    first = 0
    for i, w in enumerate(words):
        last = i == len(words) - 1
        ends = str(w.get("word", "")).strip().endswith(SENTENCE_ENDS)
        gap = not last and float(words[i + 1]["start"]) - float(w["end"]) >= SENTENCE_GAP_S
        if ends or gap or last:
            a = max(0, int(np.floor(float(words[first]["start"]) / FRAME_S)))
            b = min(total, int(np.ceil(float(w["end"]) / FRAME_S)))
            if i + 1 - first >= MIN_SENTENCE_WORDS and (b - a) * FRAME_S >= MIN_SENTENCE_S:
                spans.append((a, b))
            first = i + 1
    return spans


def rejudge_sentences(words: Sequence[dict], labels: np.ndarray, conf: np.ndarray, samples: np.ndarray,
                      gain: float, f0: PitchTrack) -> Tuple[np.ndarray, np.ndarray]:
    """(labels, conf) with each sentence clearly nearer the other voice's sentences given to that voice
    (two voices only). `words` in time order with their times; `labels` one voice (0/1) per speech frame."""
    spans, owners = [], []
    for a, b in sentence_spans(words, len(labels)):
        voiced = labels[a:b][labels[a:b] >= 0]
        if len(voiced):
            counts = np.bincount(voiced, minlength=2)
            if counts.max() == len(voiced):  # one voice all through: a turn change inside is not ours to move
                spans.append((a, b))
                owners.append(int(counts.argmax()))
    owners = np.asarray(owners, dtype=int)
    if len(spans) < 2 * MIN_SENTENCES_PER_VOICE + 1 or min(np.bincount(owners, minlength=2)) < MIN_SENTENCES_PER_VOICE:
        return labels, conf
    heard = _heard_alike(spans, samples, gain, f0)
    labels, conf = labels.copy(), conf.copy()
    sums = np.stack([heard[owners == c].sum(axis=0) for c in (0, 1)])
    counts = np.bincount(owners, minlength=2).astype(float)
    for i, (a, b) in enumerate(spans):
        own = owners[i]
        cents = sums.copy()
        cents[own] -= heard[i]  # leave the sentence out of its own voice
        n = counts.copy()
        n[own] -= 1
        cents /= n[:, None]
        cents /= np.maximum(1e-9, np.linalg.norm(cents, axis=1, keepdims=True))
        sims = cents @ heard[i]
        margin = float(sims[1 - own] - sims[own])
        if margin >= FLIP_MARGIN:
            sel = labels[a:b] >= 0
            labels[a:b][sel] = 1 - own
            conf[a:b][sel] = float(np.clip(0.5 + margin / 0.2 * 0.5, 0.5, 1.0))
    return labels, conf


def _heard_alike(spans, samples: np.ndarray, gain: float, f0: PitchTrack) -> np.ndarray:
    """One embedding per span, each heard at the spans' middle pitch and middle loudness."""
    medians = []
    for a, b in spans:
        mid = (a + b) // 2  # the middle of the sentence tells its pitch (measuring all of it costs twice the time)
        values = f0.span(max(a, mid - PITCH_FRAMES // 2), min(b, mid + PITCH_FRAMES // 2))
        values = values[~np.isnan(values)]
        medians.append(float(np.median(values)) if len(values) >= MIN_VOICED_FRAMES else np.nan)
    medians = np.asarray(medians)
    centre = float(np.nanmedian(medians)) if np.isfinite(medians).any() else 0.0
    step = int(round(FRAME_S * RATE))
    mels = []
    for (a, b), med in zip(spans, medians):
        audio = samples[a * step : b * step] * gain
        shift = float(np.clip(med - centre, -MAX_SHIFT_ST, MAX_SHIFT_ST)) if np.isfinite(med) else 0.0
        mels.append(mel_spectrogram(shifted_down(audio, shift) if abs(shift) >= 0.5 else audio))
    reference = float(np.median([mel_level(m) for m in mels]))
    out = np.zeros((len(spans), 256))
    for i, mel in enumerate(mels):
        mel = level_matched(mel, reference)
        parts = [mel] if len(mel) <= PARTIAL_FRAMES else [mel[s : s + PARTIAL_FRAMES]
                                                          for s in range(0, len(mel) - PARTIAL_FRAMES + 1, PARTIAL_FRAMES // 2)]
        emb = embed_mels(parts).mean(axis=0)
        out[i] = emb / max(1e-9, float(np.linalg.norm(emb)))
    return out
