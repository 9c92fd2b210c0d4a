"""The meaning reader's model: labelled examples, a small linear classifier per family, its weights.

Each family's examples are `resources/lexicons/<language>/meaning/<family>.tsv` (`label<TAB>sentence`).
Fitting takes seconds to a minute, so the fitted weights are kept beside them (`<family>.weights.npz`) with
a hash of the examples they came from; an edited example file no longer matches its hash and is fitted
again in memory. `python -m talktogether_desktop.analysis.meaning` writes the weights anew. What the
readings are used for, and where they are not, is meaning.py.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from .sentence_encoder import shared_encoder

NEUTRAL = "neutral"
# Example labels -> the categories the analysis uses.
CATEGORY = {
    "threat": "safety_threat",
    "violence": "safety_violence",
    "fear_of_partner": "safety_fear",
    "self_harm": "safety_self_harm",
    "coercion_financial": "safety_financial_control",
    "coercion_monitoring": "safety_monitoring",
    "coercion_isolation": "safety_isolation",
    "coercion_blaming": "safety_blaming",
    "criticism": "criticism",
    "contempt": "contempt",
    "defensiveness": "defensiveness",
    "stonewalling": "stonewalling",
    "repair": "repair",
    "flooding": "flooding",
}
# Safety, and criticism, contempt and defensiveness where the rules found none (_horseman_fits: a
# clear kind, in a tense stretch, in its shape, with no safety reading in the sentence). Read more
# freely, the horsemen by meaning added more false findings than true ones on unseen conversations.
FAMILIES = ("safety", "horsemen")
# Read apart from those, for what each partner reached for (reaching.py): a bid for connection (bids.tsv:
# `bid` lines and `neutral` replies; it borrows every kind of the families above as neutral, a threat or a
# criticism being no bid), and how the partner's reply met it (replies.tsv: toward, away, against).
BIDS, REPLIES = "bids", "replies"
BORROWS = {BIDS: FAMILIES}
NOT_BORROWED = ("repair",)  # "can we start again?" reaches for the partner too
# Self-harm is named by meaning only when its own probability is at least this (read_sentences).
SELF_HARM_NAMED = 0.4
# Fitting: L2 weight and steps of full-batch gradient descent (deterministic).
L2 = 1e-4
STEPS = 4000
RATE = 4.0


@dataclass(frozen=True)
class Classifier:
    labels: tuple[str, ...]
    weights: np.ndarray   # (384, labels)
    bias: np.ndarray      # (labels,)
    examples_hash: str

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        z = vectors @ self.weights + self.bias
        z = np.exp(z - z.max(1, keepdims=True))
        return z / z.sum(1, keepdims=True)


def read_examples(path: Path) -> list[tuple[str, str]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        label, sep, text = line.partition("\t")
        if not sep or not text.strip():
            raise ValueError(f"{path.name} line {n}: expected 'label<TAB>sentence'")
        out.append((label.strip(), text.strip()))
    return out


def examples_hash(examples: Sequence[tuple[str, str]]) -> str:
    return hashlib.sha256("\n".join(f"{a}\t{b}" for a, b in examples).encode()).hexdigest()[:16]


def fit(examples: Sequence[tuple[str, str]], vectors: np.ndarray | None = None) -> Classifier:
    """Multinomial logistic regression on the examples' sentence vectors, classes weighted equally."""
    labels = tuple(sorted({a for a, _ in examples}))
    x = shared_encoder().encode([b for _, b in examples]) if vectors is None else vectors
    y = np.array([labels.index(a) for a, _ in examples])
    onehot = np.eye(len(labels), dtype=np.float32)[y]
    counts = onehot.sum(0)
    sample_w = (len(y) / (len(labels) * counts))[y][:, None]
    w = np.zeros((x.shape[1], len(labels)), dtype=np.float64)
    b = np.zeros(len(labels))
    for _ in range(STEPS):
        z = x @ w + b
        z = np.exp(z - z.max(1, keepdims=True))
        p = z / z.sum(1, keepdims=True)
        g = (p - onehot) * sample_w / len(y)
        w -= RATE * (x.T @ g + L2 * w)
        b -= RATE * g.sum(0)
    return Classifier(labels, w.astype(np.float32), b.astype(np.float32), examples_hash(examples))


def weights_path(folder: Path, family: str) -> Path:
    return folder / f"{family}.weights.npz"


def save(classifier: Classifier, path: Path) -> None:
    with open(path, "wb") as f:
        np.savez(f, labels=np.array(classifier.labels), weights=classifier.weights, bias=classifier.bias,
                 examples_hash=np.array(classifier.examples_hash))


def family_examples(folder: Path, family: str) -> list[tuple[str, str]]:
    """A family's examples: its own file's, plus, for a family that borrows, the other families' kinds as neutral."""
    examples = read_examples(folder / f"{family}.tsv")
    for other in BORROWS.get(family, ()):
        examples += [(NEUTRAL, text) for label, text in read_examples(folder / f"{other}.tsv")
                     if label not in (NEUTRAL, *NOT_BORROWED)]
    return examples


@lru_cache(maxsize=8)
def _classifier(folder: str, family: str, stamp: tuple) -> Classifier:
    examples = family_examples(Path(folder), family)
    wanted = examples_hash(examples)
    saved = weights_path(Path(folder), family)
    if saved.is_file():
        with np.load(saved, allow_pickle=False) as d:
            if str(d["examples_hash"]) == wanted:
                return Classifier(tuple(str(x) for x in d["labels"]), d["weights"], d["bias"], wanted)
    return fit(examples)


def classifier(folder: Path, family: str) -> Classifier | None:
    """The family's classifier, or None when its examples are not there."""
    files = [folder / f"{name}.tsv" for name in (family, *BORROWS.get(family, ()))]
    if not all(f.is_file() for f in files):
        return None
    return _classifier(str(folder), family, tuple(f.stat().st_mtime_ns for f in files))


def classifiers(folder: Path) -> dict[str, Classifier]:
    out = {}
    for family in FAMILIES:
        found = classifier(folder, family)
        if found is not None:
            out[family] = found
    return out


def probabilities(texts: Sequence[str], folder: Path, family: str) -> dict[str, np.ndarray] | None:
    """For one family (e.g. BIDS, REPLIES): each label's probability for each text, or None without its examples."""
    clf = classifier(folder, family)
    if clf is None or not texts:
        return None
    probs = clf.probabilities(shared_encoder().encode(list(texts)))
    return {label: probs[:, i] for i, label in enumerate(clf.labels)}


@dataclass(frozen=True)
class Reading:
    category: str      # the analysis category ("safety_threat", "criticism", ...)
    probability: float  # that the sentence is any of the family's kinds (1 - neutral)
    kind_probability: float = 0.0  # that it is this kind


def read_sentences(texts: Sequence[str], folder: Path, threshold: float) -> list[list[Reading]]:
    """For each text, the non-neutral readings at or above `threshold`, most likely first."""
    found = classifiers(folder)
    if not texts or not found:
        return [[] for _ in texts]
    vectors = shared_encoder().encode(list(texts))
    out: list[list[Reading]] = [[] for _ in texts]
    for clf in found.values():
        probs = clf.probabilities(vectors)
        neutral = clf.labels.index(NEUTRAL) if NEUTRAL in clf.labels else None
        for i, row in enumerate(probs):
            others = row.copy()
            if neutral is not None:
                others[neutral] = -1.0
            k = int(others.argmax())
            # self-harm raises "assess risk" at the top of the report: it is named only when clear; a
            # sentence merely unlike the neutral examples is read as its next likeliest kind
            if clf.labels[k] == "self_harm" and row[k] < SELF_HARM_NAMED:
                others[k] = -1.0
                k = int(others.argmax())
            label = clf.labels[k]
            # How likely the sentence is any of the family's kinds (its kinds share the evidence:
            # "you had me by the collar, I'm tiptoeing round you" is part violence, part fear).
            p = float(1.0 - row[neutral]) if neutral is not None else float(row[k])
            if p >= threshold and label in CATEGORY:
                out[i].append(Reading(CATEGORY[label], p, float(row[k])))
    for r in out:
        r.sort(key=lambda x: -x.probability)
    return out


def main() -> None:
    """Fit each family's classifier from its examples and write the weights beside them."""
    from .lexicon import lexicon_root

    folder = lexicon_root(None) / "en" / "meaning"
    for family in (*FAMILIES, BIDS, REPLIES):
        examples = family_examples(folder, family)
        clf = fit(examples)
        save(clf, weights_path(folder, family))
        print(f"{family}: {len(examples)} examples, labels {', '.join(clf.labels)}")
