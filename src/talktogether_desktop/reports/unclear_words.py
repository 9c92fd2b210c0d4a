"""The words of a safety line the recogniser heard less clearly, named beside its quote (rep50).

Words under the quoting threshold are never quoted (the analysis prints them as "…"); words above it but under the
"sure" probability are quoted as heard, and one of them may be misheard: walk48b a_allowance from audio printed
"Pieter said “Just leave the receipt on the counter before men.”" on page one ("before bed" heard as "before men",
probability 0.61), with "some words unclear" only in its Key moment, naming none. A safety line is read closely and
may be read aloud in a session, so the words to check are named where it is quoted: "(“on”, “men” heard less
clearly)" on page one, and in its Key moment's "how sure".
"""

from __future__ import annotations

from typing import Optional

from ..analysis.confidence import HESITATIONS
from ..analysis.settings import AnalysisSettings
from ..analysis.words import token
from ..practice.withheld import find_turn
from .text import num

MAX_NAMED = 4
SOME_UNCLEAR = "some words not clearly recognised"  # (analysis.confidence's reason for such words)


def _bounds(analysis: dict) -> tuple[float, float]:
    params = analysis.get("params") if isinstance(analysis.get("params"), dict) else {}
    settings = AnalysisSettings()
    return (num(params.get("quote_min_probability"), settings.quote_min_probability),
            num(params.get("sure_word_probability"), settings.sure_word_probability))


def unclear(analysis: dict, turns: list[dict], t, quote: str, speaker=None) -> list[str]:
    """The quote's words heard less clearly (quoted, yet under the "sure" probability), in the order said."""
    if t is None or not str(quote or "").strip():
        return []
    i = find_turn(turns, t, quote)
    if i is None or (speaker is not None and str(turns[i].get("speaker")) != str(speaker)):
        return []
    low, sure = _bounds(analysis)
    said = {token(w) for w in str(quote).split()}
    out: list[str] = []
    for w in turns[i].get("words") or []:
        p, tok = w.get("probability") if isinstance(w, dict) else None, token(str(w.get("word") or ""))
        if p is None or not low <= num(p) < sure or not tok or tok not in said or tok in HESITATIONS:
            continue
        shown = str(w["word"]).strip().strip(".,!?;:\"\u201c\u201d")
        if shown and shown not in out:
            out.append(shown)
    return out[:MAX_NAMED]


def named(words: list[str]) -> str:
    """"“on”, “men”" (the words as quoted)."""
    return ", ".join(f"\u201c{w}\u201d" for w in words)


def in_how_sure(why: str, words: list[str]) -> str:
    """The Key moment's "how sure: medium — …, some words unclear" naming them: "some words unclear (“men”)"."""
    return why.replace("some words unclear", f"some words unclear ({named(words)})", 1) if words else why


def after_quote(text: str, quote: str, words: list[str]) -> str:
    """A page-one sentence with the words named right after the line quoted: "…said “… before men.” (“men” heard
    less clearly)"."""
    if not words:
        return text
    at = text.find("\u201c" + str(quote).strip()[:25])
    end = text.find("\u201d", at + 1) if at >= 0 else -1
    if end < 0:
        return text
    return f"{text[:end + 1]} ({named(words)} heard less clearly){text[end + 1:]}"


def for_flag(analysis: dict, turns: list[dict], flag: dict) -> list[str]:
    """The words to name for one safety flag: only where its reading says some words were not clearly recognised."""
    if SOME_UNCLEAR not in (flag.get("confidence_reasons") or []):
        return []
    return unclear(analysis, turns, flag.get("t", flag.get("start")), str(flag.get("quote") or ""), flag.get("speaker"))


def flag_at(analysis: dict, t, speaker=None) -> Optional[dict]:
    """The safety flag a page-one sentence's evidence points at (by its time and speaker)."""
    for f in analysis.get("safety_flags") or []:
        if isinstance(f, dict) and abs(num(f.get("t"), -1e9) - num(t, 1e9)) < 0.05 and (
                speaker is None or str(f.get("speaker")) == str(speaker)):
            return f
    return None
