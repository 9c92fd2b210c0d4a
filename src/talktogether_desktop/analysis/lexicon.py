"""Editable phrase lists (resources/lexicons/<language>/<category>.txt) and matching them on words.

The file format is described in resources/lexicons/README.md. Matching works on whole-word
tokens so every hit maps back to the exact words, times and speaker that said it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .. import paths
from ..errors import BadInputFile
from .words import ends_sentence, quote, token

ANY_WORD = "_"
SENTENCE_START = "^"
SENTENCE_END = "$"

NEGATIVE_CATEGORIES = ("criticism", "contempt", "defensiveness")
SAFETY_CATEGORIES = ("safety_threat", "safety_therapy_threat", "safety_fear", "safety_violence", "safety_coercion",
                     "safety_financial_control", "safety_monitoring", "safety_isolation", "safety_blaming",
                     "safety_self_harm")
REACHING_CATEGORIES = ("closeness", "reassurance", "respect", "fairness", "space", "appreciation")
MARKER_CATEGORIES = (
    "criticism",
    "contempt",
    "defensiveness",
    "stonewalling",
    "repair",
    "appreciation",
    "i_statements",
    "you_statements",
    "we_talk",
    "feelings",
    "needs_bids",
    "flooding",
)


@dataclass(frozen=True)
class Phrase:
    text: str
    parts: tuple[str, ...]
    at_sentence_start: bool = False
    at_sentence_end: bool = False

    def matches_at(self, tokens: Sequence[str], i: int, starts: set, ends: set) -> bool:
        if self.at_sentence_start and i not in starts:
            return False
        if i + len(self.parts) > len(tokens):
            return False
        for k, part in enumerate(self.parts):
            tok = tokens[i + k]
            if part == ANY_WORD:
                continue
            if part.endswith("*"):
                if not tok.startswith(part[:-1]):
                    return False
            elif tok != part:
                return False
        return not self.at_sentence_end or (i + len(self.parts) - 1) in ends


def parse_phrase(line: str) -> Optional[Phrase]:
    text = line.split("#", 1)[0].strip()
    if not text:
        return None
    raw = [p for p in text.replace("’", "'").lower().split() if p]
    start = bool(raw) and raw[0] == SENTENCE_START
    end = bool(raw) and raw[-1] == SENTENCE_END
    parts = tuple(token(p) if p not in (ANY_WORD,) and not p.endswith("*") else p for p in raw[start : len(raw) - end or None])
    parts = tuple(p for p in parts if p)
    if not parts:
        return None
    return Phrase(text, parts, start, end)


@dataclass
class Lexicon:
    language: str
    directory: str
    categories: dict[str, list[Phrase]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Phrases indexed by their literal first word; the rest are tried everywhere.
        self._by_first: dict[str, dict[str, list[Phrase]]] = {}
        self._wild: dict[str, list[Phrase]] = {}
        for cat, phrases in self.categories.items():
            first: dict[str, list[Phrase]] = {}
            wild: list[Phrase] = []
            for ph in phrases:
                head = ph.parts[0]
                if head == ANY_WORD or head.endswith("*"):
                    wild.append(ph)
                else:
                    first.setdefault(head, []).append(ph)
            for lst in first.values():
                lst.sort(key=lambda p: -len(p.parts))
            self._by_first[cat] = first
            self._wild[cat] = wild

    def find(self, tokens: Sequence[str], starts: set, ends: set, category: str) -> list[tuple[int, int, Phrase]]:
        """Non-overlapping matches (longest first) as (first index, last index, phrase)."""
        first = self._by_first.get(category, {})
        wild = self._wild.get(category, [])
        if not wild and first.keys().isdisjoint(tokens):
            return []  # no phrase of this category can start anywhere here
        hits = []
        i = 0
        while i < len(tokens):
            best = None
            for ph in first.get(tokens[i], []) + wild:
                if ph.matches_at(tokens, i, starts, ends) and (best is None or len(ph.parts) > len(best.parts)):
                    best = ph
            if best is not None:
                hits.append((i, i + len(best.parts) - 1, best))
                i += len(best.parts)
            else:
                i += 1
        return hits

    def covers(self, tokens: Sequence[str], category: str) -> bool:
        """True when the tokens are made entirely of phrases of `category` (e.g. backchannels)."""
        if not tokens:
            return False
        ends = set(range(len(tokens)))
        i = 0
        while i < len(tokens):
            hit = self.find(tokens[i:], {0}, ends, category)
            if not hit or hit[0][0] != 0:
                return False
            i += hit[0][1] + 1
        return True


def lexicon_root(directory: Optional[str] = None) -> Path:
    return Path(directory) if directory else paths.resource("lexicons")


def load_lexicon(language: str = "en", directory: Optional[str] = None) -> Lexicon:
    folder = lexicon_root(directory) / language
    if not folder.is_dir():
        raise BadInputFile(f"No lexicon for language '{language}' in {folder.parent}.")
    files = sorted(folder.glob("*.txt"))
    stamp = tuple((f.name, os.stat(f).st_mtime_ns) for f in files)
    return _load_cached(str(folder), language, stamp)


@lru_cache(maxsize=8)
def _load_cached(folder: str, language: str, stamp: tuple) -> Lexicon:
    categories: dict[str, list[Phrase]] = {}
    for name, _ in stamp:
        path = Path(folder) / name
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInputFile(f"Could not read the lexicon file {path}: {exc}") from exc
        phrases = [p for p in (parse_phrase(line) for line in lines) if p is not None]
        categories[path.stem] = with_both_spellings(phrases)
    return Lexicon(language, folder, categories)


# One spoken form, two spellings: a recogniser writes "did not" as often as "didn't" (and synthetic
# or careful speech says it in full), so a phrase written one way also matches the other.
CONTRACTIONS = {
    "don't": ("do", "not"), "didn't": ("did", "not"), "doesn't": ("does", "not"), "isn't": ("is", "not"),
    "aren't": ("are", "not"), "wasn't": ("was", "not"), "weren't": ("were", "not"), "won't": ("will", "not"),
    "can't": ("cannot",), "couldn't": ("could", "not"), "wouldn't": ("would", "not"),
    "shouldn't": ("should", "not"), "haven't": ("have", "not"), "hasn't": ("has", "not"),
    "hadn't": ("had", "not"), "let's": ("let", "us"), "i'm": ("i", "am"), "you're": ("you", "are"),
    "we're": ("we", "are"), "they're": ("they", "are"), "it's": ("it", "is"), "that's": ("that", "is"),
    "i've": ("i", "have"), "you've": ("you", "have"), "we've": ("we", "have"), "i'll": ("i", "will"),
    "you'll": ("you", "will"), "we'll": ("we", "will"), "i'd": ("i", "would"), "you'd": ("you", "would"),
    "he's": ("he", "is"), "she's": ("she", "is"), "there's": ("there", "is"), "what's": ("what", "is"),
}
_EXPANDED = {v: k for k, v in CONTRACTIONS.items()}
_EXPANDED[("can", "not")] = "can't"


def _spelled_out(parts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(x for p in parts for x in CONTRACTIONS.get(p, (p,)))


def _contracted(parts: tuple[str, ...]) -> tuple[str, ...]:
    out, i = [], 0
    while i < len(parts):
        pair = tuple(parts[i : i + 2])
        if pair in _EXPANDED:
            out.append(_EXPANDED[pair])
            i += 2
        else:
            out.append(parts[i])
            i += 1
    return tuple(out)


def with_both_spellings(phrases: list[Phrase]) -> list[Phrase]:
    """The phrases, plus each one's other spelling (contracted or in full) where it has one."""
    out, seen = [], set()
    for ph in phrases:
        for parts in (ph.parts, _spelled_out(ph.parts), _contracted(ph.parts)):
            key = (parts, ph.at_sentence_start, ph.at_sentence_end)
            if key not in seen:
                seen.add(key)
                out.append(ph if parts == ph.parts else replace(ph, parts=parts))
    return out


def find_markers(
    sequences: Iterable[Sequence[int]],
    words: Sequence[dict],
    lexicon: Lexicon,
    categories: Iterable[str],
) -> list[dict]:
    """Lexicon hits in each sequence of word indices (one speaker's turn or spurt)."""
    categories = list(categories)
    out = []
    for ids in sequences:
        ws = [words[i] for i in ids]
        toks = [token(w["word"]) for w in ws]
        keep = [k for k, t in enumerate(toks) if t]
        toks_kept = [toks[k] for k in keep]
        starts = {0}
        ends = set()
        for n, k in enumerate(keep):
            if ends_sentence(ws[k]["word"]):
                ends.add(n)
                starts.add(n + 1)
        ends.add(len(keep) - 1)
        for cat in categories:
            for a, b, ph in lexicon.find(toks_kept, starts, ends, cat):
                first, last = keep[a], keep[b]
                out.append(
                    {
                        "t": ws[first]["start"],
                        "end": ws[last]["end"],
                        "speaker": ws[first]["speaker"],
                        "category": cat,
                        "phrase": ph.text,
                        "text": " ".join(w["word"] for w in ws[first : last + 1]),
                        "quote": quote(ws, first, last),
                        "source": "lexicon",
                    }
                )
    out.sort(key=lambda m: (m["t"], m["category"]))
    return out
