"""Grouping window embeddings into a known number of voices, and linking voices across chunks.

Short recordings: Ward clustering of the unit-length embeddings (Euclidean distance on the unit
sphere is a monotone function of cosine distance), refined by a few rounds of spherical k-means.

Long recordings: Ward's memory grows with the square of the window count, and an hour of audio
has ~5,000 windows. We cluster each ~12-minute chunk into a few more groups than there are
voices (a chunk where one partner talks at length then does not have to be split in two), pool
the chunk centroids and cluster those into the voices, which links the speakers across chunks;
a final k-means pass over all windows settles each window on its voice.
"""

from __future__ import annotations

from typing import Optional, Tuple

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage

DIRECT_LIMIT = 1000  # windows clustered in one go
_KMEANS_ROUNDS = 5


def normalise(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.maximum(norms, 1e-9)


def ward_labels(emb: np.ndarray, k: int) -> np.ndarray:
    if len(emb) <= k:
        return np.arange(len(emb))
    tree = linkage(emb.astype(np.float64), method="ward")
    return fcluster(tree, t=k, criterion="maxclust") - 1


def centroids_of(emb: np.ndarray, labels: np.ndarray, k: int, weights: Optional[np.ndarray] = None) -> np.ndarray:
    w = np.ones(len(emb)) if weights is None else weights
    cents = np.zeros((k, emb.shape[1]), dtype=np.float64)
    for c in range(k):
        sel = labels == c
        if sel.any():
            cents[c] = (emb[sel] * w[sel, None]).sum(axis=0)
    return normalise(cents)


def kmeans_refine(emb: np.ndarray, cents: np.ndarray, rounds: int = _KMEANS_ROUNDS) -> Tuple[np.ndarray, np.ndarray]:
    """Spherical k-means from the given centroids; an emptied cluster keeps its old centroid."""
    labels = np.argmax(emb @ cents.T, axis=1)
    for _ in range(rounds):
        new = cents.copy()
        for c in range(len(cents)):
            sel = labels == c
            if sel.any():
                new[c] = emb[sel].sum(axis=0)
        new = normalise(new)
        new_labels = np.argmax(emb @ new.T, axis=1)
        cents = new
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
    return labels, cents


def cluster(emb: np.ndarray, k: int, chunk: Optional[int] = None) -> Tuple[np.ndarray, np.ndarray]:
    """Labels 0..k-1 for each embedding (rows in time order) and the k unit centroids.

    `chunk` defaults to DIRECT_LIMIT as it is at call time (not bound at import), so a test can
    lower the module constant to reach the chunked path on a short recording."""
    chunk = DIRECT_LIMIT if chunk is None else chunk
    emb = normalise(np.asarray(emb, dtype=np.float64))
    if len(emb) == 0:
        return np.zeros(0, dtype=int), np.zeros((k, emb.shape[1] if emb.ndim == 2 else 256))
    if k <= 1:
        return np.zeros(len(emb), dtype=int), normalise(emb.sum(axis=0, keepdims=True))
    if len(emb) <= chunk:
        labels = ward_labels(emb, k)
        cents = centroids_of(emb, labels, k)
        return kmeans_refine(emb, cents)
    return _cluster_in_chunks(emb, k, chunk)


def _cluster_in_chunks(emb: np.ndarray, k: int, chunk: int) -> Tuple[np.ndarray, np.ndarray]:
    sub_k = k + 2
    pooled, sizes = [], []
    for start in range(0, len(emb), chunk):
        part = emb[start : start + chunk]
        labels = ward_labels(part, min(sub_k, len(part)))
        for c in np.unique(labels):
            sel = labels == c
            pooled.append(normalise(part[sel].sum(axis=0)))
            sizes.append(int(sel.sum()))
    pooled_arr = np.asarray(pooled)
    size_arr = np.asarray(sizes, dtype=float)
    # Ward on the pooled centroids, each repeated in proportion to its size, so that a tiny
    # stray group cannot become a voice of its own
    reps = np.maximum(1, np.round(size_arr / max(1.0, size_arr.sum() / 400)).astype(int))
    expanded = np.repeat(pooled_arr, reps, axis=0)
    owner = np.repeat(np.arange(len(pooled_arr)), reps)
    exp_labels = ward_labels(expanded, k)
    pooled_labels = np.array([np.bincount(exp_labels[owner == i], minlength=k).argmax() for i in range(len(pooled_arr))])
    cents = centroids_of(pooled_arr, pooled_labels, k, weights=size_arr)
    return kmeans_refine(emb, cents)
