"""Telling two voices apart on one microphone when one of them rises (louder, faster, higher).

The speaker encoder hears loudness, pitch and tempo as well as the voice: on a phone on the table
a partner's raised lines can look less like their own calm lines than like the other partner's,
and a plain clustering then splits the talk into "calm" and "heated" instead of into the two
people (both partners' heated lines given to one speaker). A style-robust second clustering hears
every window at one loudness and one pitch (encoder.level_matched, windows.shifted_down) and keeps
each window's pitch as a separate coordinate. On real far-field or telephone speech, though,
loudness and pitch are part of who is speaking, and the robust version does worse there.

So the plain clustering and two robust ones (the plain embedding with the pitch coordinate; every
window heard at one loudness and pitch, with the pitch coordinate) are made and the local evidence
decides: where one stretch of talk follows another across
a short pause, the plain encoder compares two neighbouring windows of the same moment and style,
and a true change of speaker shows as a large distance. The clustering whose speaker changes fall on
those large distances (higher correlation of that distance with "labels change here") is kept; the plain one wins
ties. Two voices only: with three or four, the plain clustering stands.
"""

from __future__ import annotations

from typing import Optional, Sequence, Tuple

import numpy as np

from . import clustering

PITCH_WEIGHT = 0.1  # per semitone of a window's median pitch, beside the unit-length voice embedding
NEIGHBOUR_GAP_FRAMES = 200  # windows at most 2 s apart are neighbours
PREFER_ROBUST_MARGIN = 0.03  # the robust clustering must explain the local changes this much better


def robust_voices(emb: np.ndarray, st: np.ndarray, reliable: np.ndarray, k: int) -> Tuple[np.ndarray, np.ndarray]:
    """Windows clustered on the style-normalised embedding and the window's pitch together; returns
    each window's score per voice (cosine less the pitch distance) and the voices' centroids.
    PITCH_WEIGHT makes 10 semitones weigh like two unrelated embeddings: a female and a male voice
    stay apart, while a rise of a few semitones costs little."""
    centre = float(np.nanmedian(st)) if np.isfinite(st).any() else 0.0
    pitch_coord = np.nan_to_num(st - centre, nan=0.0) * PITCH_WEIGHT
    feats = np.hstack([emb, pitch_coord[:, None]])
    labels = clustering.cluster_euclidean(feats[reliable], k)
    cents = clustering.centroids_of(emb[reliable], labels, k)
    voice_pitch = np.array([np.nanmedian(st[reliable][labels == c]) if np.isfinite(st[reliable][labels == c]).any()
                            else centre for c in range(k)])
    gap = np.nan_to_num(st[:, None] - voice_pitch[None, :], nan=0.0)
    return emb @ cents.T - 0.5 * (PITCH_WEIGHT * gap) ** 2, cents


def change_agreement(spans: np.ndarray, plain_emb: np.ndarray, labels: np.ndarray) -> Optional[float]:
    """Correlation of the plain encoder's distance between neighbouring, non-overlapping windows
    with "the labels change here"; None when there are no changes or no non-changes."""
    pairs = []
    j = 0
    for i in range(len(spans)):
        j = max(j, i + 1)
        while j < len(spans) and spans[j][0] < spans[i][1]:
            j += 1
        if j < len(spans) and spans[j][0] - spans[i][1] <= NEIGHBOUR_GAP_FRAMES:
            pairs.append((i, j))
    if not pairs:
        return None
    a, b = np.array(pairs).T
    distance = 1.0 - np.sum(plain_emb[a] * plain_emb[b], axis=1)
    changed = labels[a] != labels[b]
    if changed.all() or not changed.any():
        return None
    # point-biserial correlation: high when the changes are where the neighbours differ most AND
    # the neighbours that differ most are changes (a clustering that misses changes scores low)
    return float(np.corrcoef(distance, changed.astype(float))[0, 1])


def choose(spans: np.ndarray, plain_emb: np.ndarray, plain_sims: np.ndarray,
           candidates: Sequence[np.ndarray]) -> Tuple[Optional[int], dict]:
    """(index of the robust candidate to use, or None for the plain clustering; the evidence), by
    change_agreement of each labeling."""
    plain = change_agreement(spans, plain_emb, np.argmax(plain_sims, axis=1))
    fits = [change_agreement(spans, plain_emb, np.argmax(c, axis=1)) for c in candidates]
    bar = (plain if plain is not None else 0.0) + PREFER_ROBUST_MARGIN
    best = max((i for i, f in enumerate(fits) if f is not None and f > bar), key=lambda i: fits[i], default=None)
    return best, {"used": best, "plain_change_fit": None if plain is None else round(plain, 3),
                  "robust_change_fits": [None if f is None else round(f, 3) for f in fits]}
