"""Two voices whose style (a quarrel rising and calming) moves them apart more than they differ
from each other: the drift both share over time is projected out (diarization.voices)."""

from __future__ import annotations

import numpy as np

from talktogether_desktop.diarization import clustering, voices

DIM = 256


def _conversation(style_amount: float, seed: int = 3):
    """Window embeddings of a 72 s conversation: the partners alternate every 3 s (12 windows at
    0.25 s), the middle third is heated. Returns (embeddings, spans in 10 ms frames, who, the style direction)."""
    rng = np.random.default_rng(seed)
    basis = np.linalg.qr(rng.standard_normal((DIM, 4)))[0].T
    common, apart, style = basis[0], basis[1], basis[2]
    # two similar voices (cosine ~0.9 between their centres, like two men on espeak)
    centres = [common + 0.23 * apart, common - 0.23 * apart]
    n = 288
    starts = np.arange(n) * 25
    spans = np.stack([starts, starts + 100], axis=1)
    who = (np.arange(n) // 12) % 2
    heated = (starts >= 2400) & (starts < 4800)
    emb = np.stack([centres[w] for w in who]) + style_amount * heated[:, None] * style
    emb += 0.06 * rng.standard_normal((n, DIM))
    return clustering.normalise(emb), spans, who, style


def _agreement(labels, who) -> float:
    same = float(np.mean(labels == who))
    return max(same, 1.0 - same)


def _plain_sims(emb):
    _, cents = clustering.cluster(emb, 2)
    return emb @ cents.T


def test_a_rising_quarrel_is_not_taken_for_a_second_voice():
    emb, spans, who, style = _conversation(style_amount=0.6)
    plain = _plain_sims(emb)
    # the plain clustering splits the talk into calm and heated, not into the two partners
    assert _agreement(np.argmax(plain, axis=1), who) < 0.75
    free, evidence = voices.drift_free_voices(emb, spans, plain)
    assert free is not None, evidence
    assert evidence["drift_along_plain_split"] > voices.DRIFT_ALONG_SPLIT
    assert _agreement(np.argmax(free.sims, axis=1), who) >= 0.97
    # the main drift found is the style
    assert abs(float(free.directions[0] @ style)) > 0.9
    assert free.cents.shape == (2, DIM)


def test_voices_with_no_shared_drift_keep_the_plain_clustering():
    emb, spans, who, style = _conversation(style_amount=0.0)
    plain = _plain_sims(emb)
    assert _agreement(np.argmax(plain, axis=1), who) >= 0.97
    free, evidence = voices.drift_free_voices(emb, spans, plain)
    assert free is None
    assert evidence["drift_along_plain_split"] <= voices.DRIFT_ALONG_SPLIT


def test_one_partner_raising_their_voice_alone_keeps_the_plain_clustering():
    """When only one partner's voice changes, the change is theirs, not shared: the plain split
    (which already separates the partners) stands."""
    emb, spans, who, style = _conversation(style_amount=0.0)
    rng = np.random.default_rng(5)
    louder = clustering.normalise(rng.standard_normal(DIM))
    emb = clustering.normalise(emb + 0.15 * ((who == 0) & (spans[:, 0] >= 2400))[:, None] * louder)
    plain = _plain_sims(emb)
    free, _ = voices.drift_free_voices(emb, spans, plain)
    labels = np.argmax(plain if free is None else free.sims, axis=1)
    assert _agreement(labels, who) >= 0.97
