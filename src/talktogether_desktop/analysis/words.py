"""Speaker-attributed words: checking them, tokens for matching, and readable quotes."""

from __future__ import annotations

import math
import re
from typing import Any, Iterable, Mapping, Sequence

from ..errors import BadInputFile

TERMINAL_PUNCTUATION = (".", "?", "!", "…", '."', '?"', '!"')
CUT_OFF_ENDINGS = ("-", "—", "–", "...", "…")
# Words a complete English clause rarely ends on: articles, conjunctions, prepositions,
# subject pronouns, auxiliaries. A sentence stopping on one of these was cut off.
INCOMPLETE_CLAUSE_ENDINGS = frozenset(
    """a an the and but or so because if when that which who whose whom to of for with
    about at by from in into on onto than then as like my your his her our their its
    i you we they he she it i'm you're we're they're i've you've i'd you'd i'll you'll
    is are was were be been being am do does did don't didn't can can't could would should
    will won't have has had just not really very also even still let's where what how why""".split()
)

# Words no sentence ends on even when the transcriber put a full stop after them: speech
# recognisers often close a cut-off sentence with "." ("... and every time you just.").
NEVER_FINAL = frozenset("a an the and but or because if my your our their i we they he she just when than very".split())

# Words the recogniser was less sure of than this are never quoted (AnalysisSettings.quote_min_probability).
QUOTE_MIN_PROBABILITY = 0.5
UNSURE_WORD = "…"

_TOKEN_STRIP = re.compile(r"^[^\w']+|[^\w']+$")


def normalise_words(words: Iterable[Mapping[str, Any]]) -> list[dict]:
    """Clean copies sorted by start; words without a speaker, text or valid times are dropped."""
    out = []
    for raw in words:
        try:
            start = float(raw["start"])
            end = float(raw["end"])
        except (KeyError, TypeError, ValueError) as exc:
            raise BadInputFile(f"A transcript word lacks valid start/end times: {raw!r}") from exc
        text = str(raw.get("word", "")).strip()
        speaker = raw.get("speaker")
        if not text or speaker in (None, "") or not (math.isfinite(start) and math.isfinite(end)):
            continue
        if end < start:
            start, end = end, start
        out.append(
            {
                "start": round(start, 3),
                "end": round(max(end, start + 0.01), 3),
                "word": text,
                "probability": raw.get("probability"),
                "speaker": str(speaker),
                "speaker_confidence": raw.get("speaker_confidence"),
            }
        )
    out.sort(key=lambda w: (w["start"], w["end"]))
    _mark_clipped_onsets(out)
    return out


# The recogniser scores the first word of a stretch of speech low when its start is clipped ("You" 0.36 before "never do
# anything in this house anymore." all above 0.9, walk50a): such a word, not far under the quoting threshold and followed by
# ONSET_SURE_AFTER words heard clearly, makes a finding at most "medium" (confidence.Judge), not "low"; it is still never
# quoted (issue 14: a word below the recognition threshold is shown as "…").
ONSET_MIN_PROBABILITY = 0.3
ONSET_SURE_PROBABILITY = 0.9
ONSET_SURE_AFTER = 3
ONSET_GAP_S = 0.3


def _mark_clipped_onsets(words: list[dict]) -> None:
    for i, w in enumerate(words):
        p = w["probability"]
        if p is None or not ONSET_MIN_PROBABILITY <= p < QUOTE_MIN_PROBABILITY:
            continue
        before = words[i - 1] if i else None
        if before is not None and before["speaker"] == w["speaker"] and w["start"] - before["end"] < ONSET_GAP_S:
            continue
        after = [x for x in words[i + 1:i + 1 + 2 * ONSET_SURE_AFTER] if x["speaker"] == w["speaker"]][:ONSET_SURE_AFTER]
        if len(after) == ONSET_SURE_AFTER and all((x["probability"] or 0.0) >= ONSET_SURE_PROBABILITY for x in after):
            w["clipped_onset"] = True


# Spoken spellings a transcript may carry for one written word ("s'posed", "'cause"): matched as that word.
SPOKEN_SPELLINGS = {"s'posed": "supposed", "spose": "suppose", "s'pose": "suppose", "'cause": "because",
                    "cos": "because", "'cos": "because", "coz": "because", "cuz": "because",
                    "'em": "them", "ya": "you", "yer": "your", "d'you": "you", "'ere": "here",
                    "shoulda": "should've", "coulda": "could've", "woulda": "would've",
                    # Scots: "I'm no' a nag", "it wasnae me", "wi' the numbers"
                    "no'": "not", "wi'": "with", "dinnae": "don't", "cannae": "can't", "wasnae": "wasn't",
                    "isnae": "isn't", "didnae": "didn't", "wouldnae": "wouldn't", "widnae": "wouldn't",
                    "couldnae": "couldn't", "doesnae": "doesn't", "havenae": "haven't", "shouldnae": "shouldn't"}


def token(word: str) -> str:
    """The lower-case form used for lexicon matching ("Don’t," -> "don't")."""
    return _TOKEN_STRIP.sub("", word.replace("’", "'").replace("‘", "'").lower())


def spoken_token(word: str) -> str:
    """The token, with a spoken spelling read as the written word ("s'posed" -> "supposed"); used
    where sentences are read for meaning, not where the timing rules count words."""
    t = token(word)
    if len(t) > 2 and t[0] == t[-1] == "'":  # "'tonight'": a word quoted back
        t = t[1:-1]
    if len(t) > 4 and t.endswith("in'"):  # "goin'", "doin'", "nothin'": the dropped g
        t = t[:-1] + "g"
    return SPOKEN_SPELLINGS.get(t, t)


def join_words(words: Sequence[Mapping[str, Any]], min_probability: float = 0.0) -> str:
    """The words as text; with `min_probability`, words the recogniser was less sure of are "…", and where one of them
    would turn the sentence round ("I said I'm tired, not that I'm going to do anything." as "I … I'm tired … … I'm going
    to do anything."), the quote says so rather than read as its opposite."""
    text = " ".join(UNSURE_WORD if _unsure(w, min_probability) else w["word"] for w in words).strip()
    turned = any(_unsure(w, min_probability) and (token(w["word"]) in NEGATORS or token(w["word"]).endswith("n't")) for w in words)
    return text + TURNED_NOTE if turned else text


# Words that turn a sentence round: left out of a quote as unsure, the quote says an unclear word may change its meaning.
NEGATORS = frozenset({"not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "cannot", "nah", "nope"})
TURNED_NOTE = " (an unclear word here may change its meaning: listen)"


def _unsure(w: Mapping[str, Any], min_probability: float) -> bool:
    p = w.get("probability")
    return min_probability > 0 and p is not None and p < min_probability


# Titles the recogniser writes with a full stop ("Thank you so much, Mr. Financial Genius."): no sentence ends on them.
TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "st.", "mx.", "prof."})


def find_run(toks: Sequence[str], seq: Sequence[str]) -> int | None:
    """Where the tokens `seq` first occur in a row in `toks`, or None."""
    n, seq = len(seq), tuple(seq)
    return next((k for k in range(len(toks) - n + 1) if tuple(toks[k : k + n]) == seq), None)


def has_run(toks: Sequence[str], seq: Sequence[str]) -> bool:
    return find_run(toks, seq) is not None


def ends_sentence(word: str) -> bool:
    w = word.strip()
    return w.endswith(TERMINAL_PUNCTUATION) and w.lower() not in TITLES


def taunted(lex, raw: Sequence[str]) -> bool:
    """The words (as said, with their punctuation) urge the partner to harm themselves (self_harm_taunts.txt, its "^"
    anchored to each sentence's real start): "Why don't you go and kill yourself then?" is no question about self-harm."""
    toks = [token(w) for w in raw]
    starts = {0} | {k + 1 for k, w in enumerate(raw) if ends_sentence(w)}
    return bool(lex.find(toks, starts, set(range(len(toks))), "self_harm_taunts"))


def is_question(word: str) -> bool:
    return word.rstrip().rstrip('"').endswith("?")


def looks_unfinished(last_word: str) -> bool:
    """True when a stretch of speech stops mid-sentence: a cut-off mark (dash, ellipsis), or no
    sentence-final punctuation and a last word no clause ends on ("and", "the", "you"), or a
    full stop after a word no sentence ends on ("… you just.": speech recognisers close a
    cut-off sentence with a full stop). A bare missing full stop is not enough: a transcriber
    that does not know who is speaking often runs two partners' words into one sentence."""
    text = last_word.strip()
    if text.endswith(CUT_OFF_ENDINGS):
        return True
    if ends_sentence(text):
        return text.endswith(".") and token(text) in NEVER_FINAL
    return token(text) in INCOMPLETE_CLAUSE_ENDINGS


# No sentence runs across a silence this long (the analysis's long silence, AnalysisSettings.long_silence_s). One
# speaker's words taken apart from the other's would otherwise join across the other's turn when the recogniser put
# no full stop between: walk37i c3 quoted Tom's "fine" (00:45) and "Whatever." (00:53) as one line, "fine Whatever.".
SENTENCE_GAP_S = 3.0


def _apart(before: Mapping[str, Any], after: Mapping[str, Any]) -> bool:
    try:
        return float(after["start"]) - float(before["end"]) >= SENTENCE_GAP_S
    except (KeyError, TypeError, ValueError):  # (words with no times: punctuation alone bounds the sentence)
        return False


def sentence_bounds(words: Sequence[Mapping[str, Any]], index: int) -> tuple[int, int]:
    """The [first, last] indices of the sentence around `index` within `words`: bounded by sentence-final punctuation
    and by a silence of SENTENCE_GAP_S or more."""
    first = index
    while first > 0 and not ends_sentence(words[first - 1]["word"]) and not _apart(words[first - 1], words[first]):
        first -= 1
    last = index
    while (last < len(words) - 1 and not ends_sentence(words[last]["word"])
           and not _apart(words[last], words[last + 1])):
        last += 1
    return first, last


def quote(words: Sequence[Mapping[str, Any]], first: int, last: int, max_words: int = 30,
          min_probability: float = QUOTE_MIN_PROBABILITY) -> str:
    """The sentence(s) spanning words[first..last], trimmed to about `max_words` around them;
    words the recogniser was unsure of are never quoted (printed as "…")."""
    s_first, _ = sentence_bounds(words, first)
    _, s_last = sentence_bounds(words, last)
    if s_last - s_first + 1 > max_words:
        s_first = max(s_first, first - max_words // 3)
        s_last = min(s_last, s_first + max_words - 1, max(last, s_first + max_words - 1))
    return join_words(words[s_first : s_last + 1], min_probability)


# Words whose voice was hard to tell apart: a run of at least MIN_UNSURE_WORDS words of one speaker, each with
# speaker_confidence under SPEAKER_UNSURE, is shown as "speaker unsure" to listen to. On the 21 development
# conversations (benchmarks/accuracy.py): 40 such runs (2 a conversation, 147 of 3290 words), 23 of them holding
# words given to the wrong partner or said over the other; of the 68 words on the wrong partner, 43 were under 0.6.
SPEAKER_UNSURE = 0.6
MIN_UNSURE_WORDS = 2


def speaker_unsure_runs(words) -> list[tuple[int, int]]:
    """[i, j) index ranges of the words (in order) whose speaker is unsure (SPEAKER_UNSURE, MIN_UNSURE_WORDS);
    a word with no speaker confidence (not known yet) is never unsure; one the therapist gave a speaker has 1.0."""
    runs: list[tuple[int, int]] = []
    start = None
    for k in range(len(words) + 1):
        w = words[k] if k < len(words) else None
        conf = None if w is None else w.get("speaker_confidence")
        unsure = conf is not None and float(conf) < SPEAKER_UNSURE
        if start is not None and (not unsure or w.get("speaker") != words[start].get("speaker")):
            if k - start >= MIN_UNSURE_WORDS:
                runs.append((start, k))
            start = None
        if unsure and start is None:
            start = k
    return runs


def speaker_sentences(words: Sequence[Mapping[str, Any]]):
    """Each speaker's sentences, in turn: (their words, first index, last index) over that speaker's words alone."""
    for speaker in dict.fromkeys(w["speaker"] for w in words):
        mine = [w for w in words if w["speaker"] == speaker]
        k = 0
        while k < len(mine):
            first, last = sentence_bounds(mine, k)
            k = last + 1
            yield mine, first, last
