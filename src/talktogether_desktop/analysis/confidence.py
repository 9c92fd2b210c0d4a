"""How sure a finding is: high, medium or low, from the words under it (DOMAIN.md §7).

A therapist who catches one confident wrong claim stops trusting the page; a "check the recording"
mark costs nothing. Four things decide it, and the weakest wins:
- recognition: the words' probability from the recogniser (misheard words make a weak finding);
- speaker: the words' speaker certainty from diarization; absent means unknown, read as medium;
- overlap: words said while the other partner was talking are easily misattributed;
- rule: how strong the rule is (a long phrase is strong; one word, a timing sign or a reading
  from context is medium).
"""

from __future__ import annotations

import bisect
from typing import Sequence

from .settings import AnalysisSettings
from .words import token

LEVELS = ("low", "medium", "high")


# Hesitation sounds carry no meaning: a weakly heard "Um" does not make the sentence after it unsure.
HESITATIONS = frozenset({"um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "mm", "ah", "eh"})


def _worst(levels) -> str:
    return min(levels, key=LEVELS.index)


class Judge:
    def __init__(self, words: Sequence[dict], settings: AnalysisSettings):
        self.words = words
        self.settings = settings
        self.starts = [w["start"] for w in words]

    def words_in(self, t0: float, t1: float, speaker=None) -> list[dict]:
        i = bisect.bisect_left(self.starts, t0 - 0.001)
        out = []
        while i < len(self.words) and self.words[i]["start"] <= t1 + 0.001:
            w = self.words[i]
            if speaker is None or w["speaker"] == speaker:
                out.append(w)
            i += 1
        return out

    def assess(self, t0: float, t1: float, speaker, rule: str = "high", words: Sequence[dict] | None = None) -> dict:
        cfg = self.settings
        ws = list(words) if words else self.words_in(t0, t1, speaker)
        levels, reasons = [rule], []
        if rule != "high":
            reasons.append("a weaker rule (one word, timing or context)")
        meant = [w for w in ws if token(str(w.get("word") or "")) not in HESITATIONS]
        # (a clipped first word, words.ONSET_*, counts as not clearly recognised, never as misheard)
        probs = [max(w["probability"], cfg.quote_min_probability) if w.get("clipped_onset") else w.get("probability")
                 for w in meant or ws]
        if ws and any(p is None for p in probs):
            levels.append("medium")
            reasons.append("recognition certainty unknown")
        known = [p for p in probs if p is not None]
        if known and min(known) < cfg.quote_min_probability:
            levels.append("low")
            reasons.append("words the recogniser was unsure of")
        elif known and min(known) < cfg.sure_word_probability:
            levels.append("medium")
            reasons.append("some words not clearly recognised")
        speaker_conf = [w.get("speaker_confidence") for w in ws]
        if not ws or any(c is None for c in speaker_conf):
            levels.append("medium")
            reasons.append("speaker certainty unknown")
        else:
            worst = min(speaker_conf)
            if worst < cfg.unsure_speaker:
                levels.append("low")
                reasons.append("unsure who said it")
            elif worst < cfg.sure_speaker:
                levels.append("medium")
                reasons.append("speaker not certain")
        if speaker is not None and any(w["speaker"] != speaker for w in self.words_in(t0, t1)):
            levels.append("medium")
            reasons.append("overlapping speech")
        level = _worst(levels)
        out = {"confidence": level, "confidence_reasons": reasons}
        if level == "low":
            out["check_recording"] = True
        return out


def rule_strength(item: dict) -> str:
    """Long lexicon phrases are strong; one word, a timing sign or a context reading is medium."""
    if item.get("source") == "timing" or item.get("context"):
        return "medium"
    phrase = str(item.get("phrase") or "")
    return "high" if len(phrase.split()) >= 2 else "medium"
