"""The meaning reader's model: labelled examples, a small linear classifier per family, its weights.

Each family's examples are `resources/lexicons/<language>/meaning/<family>.tsv` (`label<TAB>sentence`).
Fitting takes seconds to a minute, so the fitted weights are kept beside them (`<family>.weights.npz`) with
a hash of the examples they came from; an edited example file no longer matches its hash and is fitted
again in memory. `python -m talktogether_desktop.analysis.meaning` writes the weights anew. What the
readings are used for, and where they are not, is meaning.py.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
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
# What a family borrows from another's main file as neutral: the labels named, or (None) every kind but
# NOT_BORROWED. The horsemen borrow the bids and the replies that turned toward one: "Oh, you remembered!"
# is no sarcasm, whatever its "oh" (read by its words, the horsemen had learnt "oh" from sarcasm alone).
# The warmth family (fond lines in a quarrel's words, fondness.py) borrows the horsemen's criticism and contempt.
WARMTH = "warmth"
BORROWS = {BIDS: {family: None for family in FAMILIES},
           "horsemen": {BIDS: ("bid",), REPLIES: ("toward",), "safety": None},
           WARMTH: {"horsemen": ("criticism", "contempt")}}
NOT_BORROWED = ("repair",)  # "can we start again?" reaches for the partner too
# Families read by their words as well as their meaning, and how much the words weigh beside the
# sentence vector. The vector blurs who is blamed and how ("you always" and "I always", "oh, poor you"
# and "oh, you poor thing"); the words and word pairs seen in MIN_WORD_EXAMPLES examples or more keep it
# (on the five splits the horsemen's weights never saw, check_clinical.py's horsemen found 134 -> 142 of 284
# and bait lines flagged 14 -> 11; benchmarks/clinical/measured/README.md, Round 11). The replies too, lighter ("another
# hobby you'll quit", "more glitter all over my floor"): each writer's replies read with the examples fitted without
# them, the likeliest reading agreed with the writer 83% -> 88% of the time (2.0: 89%; on a set never used to fit
# 1.0 did as well). Warm replies that open like the put-downs still read as them ("Oh, you're a star. Thank you.",
# against 0.95): reaching.py weighs the reading against what the reply does (Round 16).
WORDS_WEIGH = {"horsemen": 2.0, "replies": 1.0}
MIN_WORD_EXAMPLES = 3
# Exclamations said warmly and sarcastically alike are no word of their own ("Oh, you remembered!"), only in
# a pair ("oh poor", "oh great").
NOT_WORDS = frozenset({"oh", "ooh", "wow", "ah", "aw", "aww", "och", "ach", "eh", "well", "hey", "huh"})
# ... fitted to the minimum with this L2 weight (scipy's L-BFGS: gradient steps over a few thousand
# word features take minutes).
WORDS_L2 = 1e-4
WORDS_ITERATIONS = 500
# Self-harm is named by meaning only when its own probability is at least this (read_sentences).
SELF_HARM_NAMED = 0.4
# Fitting: L2 weight and steps of full-batch gradient descent (deterministic).
L2 = 1e-4
STEPS = 4000
RATE = 4.0


@dataclass(frozen=True)
class Classifier:
    labels: tuple[str, ...]
    weights: np.ndarray   # (384 + words, labels)
    bias: np.ndarray      # (labels,)
    examples_hash: str
    words: tuple[str, ...] = ()  # the words and word pairs read beside the vector (WORDS_WEIGH)
    words_weigh: float = 0.0
    _index: dict = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "_index", {w: i for i, w in enumerate(self.words)})

    def probabilities(self, vectors: np.ndarray, texts: Sequence[str] | None = None) -> np.ndarray:
        """Each label's probability for each sentence vector; a family read by its words as well
        needs the sentences' texts."""
        width = vectors.shape[1]
        z = vectors @ self.weights[:width] + self.bias
        if self.words:
            if texts is None:
                raise ValueError("this family is read by its words too: pass the texts")
            # the words' columns added sentence by sentence (a dense sentences x words matrix of an hour's
            # talk would take tens of MB)
            for i, text in enumerate(texts):
                cols = known_words(text, self._index)
                if cols:
                    z[i] += self.weights[[width + c for c in cols]].sum(0) * (self.words_weigh / np.sqrt(len(cols)))
        z = np.exp(z - z.max(1, keepdims=True))
        return z / z.sum(1, keepdims=True)

    def read(self, texts: Sequence[str]) -> np.ndarray:
        return self.probabilities(shared_encoder().encode(list(texts)), texts)


def sentence_words(text: str) -> set[str]:
    """A sentence's words (but NOT_WORDS) and word pairs, lower case."""
    toks = re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))
    return (set(toks) - NOT_WORDS) | {f"{a} {b}" for a, b in zip(toks, toks[1:])}


def known_words(text: str, index: dict) -> list[int]:
    """The columns of the sentence's words and pairs the family knows."""
    return [index[w] for w in sentence_words(text) if w in index]


def word_features(texts: Sequence[str], index: dict, weigh: float) -> np.ndarray:
    """One column per known word or pair: weigh / sqrt(how many known ones the sentence has)."""
    out = np.zeros((len(texts), len(index)), dtype=np.float32)
    for i, text in enumerate(texts):
        cols = known_words(text, index)
        if cols:
            out[i, cols] = weigh / np.sqrt(len(cols))
    return out


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


def fit(examples: Sequence[tuple[str, str]], vectors: np.ndarray | None = None, words_weigh: float = 0.0) -> Classifier:
    """Multinomial logistic regression on the examples' sentence vectors (and, with `words_weigh`,
    their words: WORDS_WEIGH), classes weighted equally."""
    labels = tuple(sorted({a for a, _ in examples}))
    texts = [b for _, b in examples]
    x = shared_encoder().encode(texts) if vectors is None else vectors
    y = np.array([labels.index(a) for a, _ in examples])
    onehot = np.eye(len(labels), dtype=np.float32)[y]
    counts = onehot.sum(0)
    sample_w = (len(y) / (len(labels) * counts))[y][:, None]
    if words_weigh:
        seen: dict[str, int] = {}
        for text in texts:
            for w in sentence_words(text):
                seen[w] = seen.get(w, 0) + 1
        words = tuple(sorted(w for w, n in seen.items() if n >= MIN_WORD_EXAMPLES))
        x = np.hstack([x, word_features(texts, {w: i for i, w in enumerate(words)}, words_weigh)]).astype(np.float64)
        w, b = _fit_lbfgs(x, onehot, sample_w)
        return Classifier(labels, w.astype(np.float32), b.astype(np.float32), examples_hash(examples), words, words_weigh)
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


def _fit_lbfgs(x: np.ndarray, onehot: np.ndarray, sample_w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    from scipy.optimize import minimize

    n, d = x.shape
    k = onehot.shape[1]

    def loss(wb):
        w, b = wb[: d * k].reshape(d, k), wb[d * k :]
        z = x @ w + b
        z -= z.max(1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(1, keepdims=True))
        g = (np.exp(logp) - onehot) * sample_w / n
        value = -(sample_w * onehot * logp).sum() / n + 0.5 * WORDS_L2 * (w * w).sum()
        return value, np.concatenate([(x.T @ g + WORDS_L2 * w).ravel(), g.sum(0)])

    found = minimize(loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": WORDS_ITERATIONS})
    return found.x[: d * k].reshape(d, k), found.x[d * k :]


def weights_path(folder: Path, family: str) -> Path:
    return folder / f"{family}.weights.npz"


def save(classifier: Classifier, path: Path) -> None:
    with open(path, "wb") as f:
        np.savez(f, labels=np.array(classifier.labels), weights=classifier.weights, bias=classifier.bias,
                 examples_hash=np.array(classifier.examples_hash), words=np.array("\n".join(classifier.words)),
                 words_weigh=np.array(classifier.words_weigh))


def example_files(folder: Path, family: str) -> list[Path]:
    """A family's own example files: `<family>.tsv` and any `<family>.<more>.tsv` beside it (lines of
    whole conversations, say), in name order."""
    return [folder / f"{family}.tsv", *sorted(folder.glob(f"{family}.*.tsv"))]


def family_examples(folder: Path, family: str) -> list[tuple[str, str]]:
    """A family's examples: its own files', plus, for a family that borrows, the other families' kinds
    (their main file's, where there is one) as neutral."""
    examples = [e for path in example_files(folder, family) for e in read_examples(path)]
    for other, labels in BORROWS.get(family, {}).items():
        if (folder / f"{other}.tsv").is_file():
            examples += [(NEUTRAL, text) for label, text in read_examples(folder / f"{other}.tsv")
                         if (label in labels if labels else label not in (NEUTRAL, *NOT_BORROWED))]
    return examples


@lru_cache(maxsize=8)
def _classifier(folder: str, family: str, stamp: tuple) -> Classifier:
    examples = family_examples(Path(folder), family)
    wanted = examples_hash(examples)
    saved = weights_path(Path(folder), family)
    if saved.is_file():
        with np.load(saved, allow_pickle=False) as d:
            if str(d["examples_hash"]) == wanted:
                words = tuple(str(d["words"]).split("\n")) if "words" in d and str(d["words"]) else ()
                return Classifier(tuple(str(x) for x in d["labels"]), d["weights"], d["bias"], wanted, words,
                                  float(d["words_weigh"]) if "words_weigh" in d else 0.0)
    return fit(examples, words_weigh=WORDS_WEIGH.get(family, 0.0))


def classifier(folder: Path, family: str) -> Classifier | None:
    """The family's classifier, or None when its examples are not there."""
    own = example_files(folder, family)
    if not own[0].is_file():
        return None
    files = [*own, *(f for f in (folder / f"{name}.tsv" for name in BORROWS.get(family, {})) if f.is_file())]
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
    probs = clf.read(texts)
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
        probs = clf.probabilities(vectors, texts)
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
    for family in (*FAMILIES, BIDS, REPLIES, WARMTH):
        examples = family_examples(folder, family)
        clf = fit(examples, words_weigh=WORDS_WEIGH.get(family, 0.0))
        save(clf, weights_path(folder, family))
        print(f"{family}: {len(examples)} examples, labels {', '.join(clf.labels)}")
