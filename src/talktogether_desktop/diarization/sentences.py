"""A second hearing of whole sentences, each at one pitch and one loudness (two voices, one microphone).

The 1 s windows decide who speaks; a partner's raised line (louder, higher, faster) can still sit
nearer the other partner's voice there, and then the whole line goes to the wrong speaker (the
cut-in of a heated exchange given to the one it cut off). A whole sentence is a longer, surer
sample of one voice than any window: each sentence the words give (2-4 s) is heard again moved
to the recording's middle pitch and brought to one loudness (as voices.py hears windows), and
compared with the other sentences each voice was given, heard the same way. A sentence that is
clearly nearer the other voice's sentences (by FLIP_MARGIN in cosine) than its own goes to that voice.

A cut-in heard under the end of a partner's turn is often a short sentence (0.6-1 s: "I did not read
anything" heard as "not a yummy thing.") that the transcriber closes after the first partner's last
sentence, and that the windows give to the first partner because its second of sound is mostly theirs. Such
a *tail* (a short sentence that ends one voice's talk, follows that voice's own words, and is followed at
once by the other voice) is judged too, against the same longer sentences; a short sentence standing
alone between the other's words is an interjection, judged apart (frames.label_words_on_frames).

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
TAIL_MIN_S = 0.6  # a tail this long or longer is judged (shorter ones are too little of a voice)
TAIL_MIN_WORDS = 2
TAIL_NEXT_S = 0.6  # the other voice's next word starts within this after the tail, its own last one ended within it before
MIN_WORD_S = 0.1  # a word timed at zero length is judged over its first 0.1 s (as words.attribute_words does)
# A cut-in's first words heard as the end of the sentence it cut into (below, cut_in_heads)
HEAD_MIN_S = 0.4
HEAD_MAX_S = 1.5
# ... and a run of at least this many words, or a whole sentence: a sentence's last word or two alone (falling,
# often creaky: "going | cold.", "about | money.") was heard nearer the other voice as often as a true head
HEAD_MIN_WORDS = 3
HEAD_CHANGE_GAP_S = 0.6  # the two voices' words this close (as TAIL_NEXT_S)
HEAD_MARGIN = FLIP_MARGIN


def in_time(words: Sequence[dict]) -> List[dict]:
    """The words with times, in time order, for sentence_spans. A word timed at zero length is kept: its
    full stop still ends the sentence (the recogniser often times a sentence's last word at zero length where
    the other voice comes straight in: "...way too high." / "I let it slide", and without its full stop the
    cut-in ran into the first voice's sentence and was never judged)."""
    return sorted((w for w in words if float(w["end"]) >= float(w["start"])),
                  key=lambda w: (float(w["start"]), float(w["end"])))  # a zero-length last word before the next one


def sentence_spans(words: Sequence[dict], total: int, min_s: float = MIN_SENTENCE_S,
                   min_words: int = MIN_SENTENCE_WORDS) -> List[Tuple[int, int]]:
    """[a, b) frame spans of the sentences in `words` (time order): split at sentence-final
    punctuation and at pauses of SENTENCE_GAP_S, kept when `min_s` and `min_words` long."""
    spans: List[Tuple[int, int]] = []
    first = 0
    for i, w in enumerate(words):
        last = i == len(words) - 1
        ends = str(w.get("word", "")).strip().endswith(SENTENCE_ENDS)
        gap = not last and float(words[i + 1]["start"]) - float(w["end"]) >= SENTENCE_GAP_S
        if ends or gap or last:
            a = max(0, int(np.floor(float(words[first]["start"]) / FRAME_S)))
            b = min(total, int(np.ceil(float(w["end"]) / FRAME_S)))
            if i + 1 - first >= min_words and (b - a) * FRAME_S >= min_s:
                spans.append((a, b))
            first = i + 1
    return spans


def rejudge_sentences(words: Sequence[dict], labels: np.ndarray, conf: np.ndarray, samples: np.ndarray,
                      gain: float, f0: PitchTrack) -> Tuple[np.ndarray, np.ndarray]:
    """(labels, conf) with each sentence clearly nearer the other voice's sentences given to that voice
    (two voices only). `words` in time order with their times; `labels` one voice (0/1) per speech frame."""
    spans, owners = _one_voice(sentence_spans(words, len(labels)), labels)
    if len(spans) < 2 * MIN_SENTENCES_PER_VOICE + 1 or min(np.bincount(owners, minlength=2)) < MIN_SENTENCES_PER_VOICE:
        return labels, conf
    heard, alike = _heard_alike(spans, samples, gain, f0)
    labels, conf = labels.copy(), conf.copy()
    sums = np.stack([heard[owners == c].sum(axis=0) for c in (0, 1)])
    counts = np.bincount(owners, minlength=2).astype(float)
    now = owners.copy()
    for i, (a, b) in enumerate(spans):
        own = owners[i]
        cents = sums.copy()
        cents[own] -= heard[i]  # leave the sentence out of its own voice
        n = counts.copy()
        n[own] -= 1
        cents /= n[:, None]
        if _move_if_nearer(a, b, own, cents, heard[i], labels, conf):
            now[i] = 1 - own
    # then the short tails, with the turn changes the sentences now give, against the sentences of each voice
    if min(np.bincount(now, minlength=2)) < MIN_SENTENCES_PER_VOICE:
        return labels, conf
    cents = np.stack([heard[now == c].mean(axis=0) for c in (0, 1)])
    tails, tail_owners = _one_voice([s for s in tail_spans(words, labels) if s not in spans], labels)
    if tails:
        for (a, b), own, one in zip(tails, tail_owners, _heard_alike(tails, samples, gain, f0, alike)[0]):
            _move_if_nearer(a, b, own, cents, one, labels, conf)
    # then a cut-in's first words heard inside the sentence it cut into, with the changes the tails now give
    for own, heads in cut_in_heads(words, labels):
        _judge_head(heads, own, cents, _heard_alike(heads, samples, gain, f0, alike)[0], labels, conf)
    return labels, conf


def _judge_head(spans: Sequence[Tuple[int, int]], own: int, cents: np.ndarray, heard: np.ndarray,
                labels: np.ndarray, conf: np.ndarray) -> None:
    """Of one change's candidate heads (shortest first), the shortest heard nearer the other voice by
    HEAD_MARGIN moves to it (in place): the fewest words that carry the other voice (the longer ones that
    pass too mostly carry them along with the first voice's own last words). None moves otherwise."""
    unit = cents / np.maximum(1e-9, np.linalg.norm(cents, axis=1, keepdims=True))
    margins = heard @ unit[1 - own] - heard @ unit[own]
    passing = np.flatnonzero(margins >= HEAD_MARGIN)
    if len(passing):
        first = int(passing[0])
        _move_if_nearer(*spans[first], own, cents, heard[first], labels, conf)


def cut_in_heads(words: Sequence[dict], labels: np.ndarray) -> List[Tuple[int, List[Tuple[int, int]]]]:
    """At each change of voice with the two voices' words HEAD_CHANGE_GAP_S or less apart, the first voice
    and the frame spans its last words could be the newcomer's (shortest first): each run of its last words
    HEAD_MIN_S to HEAD_MAX_S long, of HEAD_MIN_WORDS or more or a whole sentence, inside its last stretch of
    talk and its last sentence (or two, where the last is too short to judge), a word of its own left before.
    A cut-in's first words are often heard inside the sentence it cut into ("... said they were lovely and
    they were lovely." for "... said they were lovely and" / "They were lovely."): the windows give them to
    the voice they follow, and the cut-in is then found neither by its time nor as a cut-off."""
    owners = [_word_label(w, labels) for w in words]
    out = []
    for j in range(1, len(words)):
        x, y = owners[j - 1], owners[j]
        if x < 0 or y < 0 or x == y or float(words[j]["start"]) - float(words[j - 1]["end"]) > HEAD_CHANGE_GAP_S:
            continue
        end = max(float(words[j - 1]["end"]), float(words[j - 1]["start"]) + MIN_WORD_S)
        b = min(len(labels), int(np.ceil(end / FRAME_S)))
        spans = []
        for i in range(j - 1, 0, -1):
            start = float(words[i]["start"])
            if owners[i - 1] != x or end - start > HEAD_MAX_S or start - float(words[i - 1]["end"]) >= SENTENCE_GAP_S:
                break
            opens = str(words[i - 1].get("word", "")).strip().endswith(SENTENCE_ENDS)
            if end - start >= HEAD_MIN_S and (opens or j - i >= HEAD_MIN_WORDS):
                spans.append((max(0, int(np.floor(start / FRAME_S))), b))
            if opens and spans:  # a sentence too short to judge ("I was right.") may take the one before with it
                break
        if spans:
            out.append((x, spans))
    return out


def _move_if_nearer(a: int, b: int, own: int, cents: np.ndarray, heard: np.ndarray, labels: np.ndarray,
                    conf: np.ndarray) -> bool:
    """Give frames [a, b) to the other voice (in place) when `heard` is nearer its centre by FLIP_MARGIN."""
    cents = cents / np.maximum(1e-9, np.linalg.norm(cents, axis=1, keepdims=True))
    sims = cents @ heard
    margin = float(sims[1 - own] - sims[own])
    if margin < FLIP_MARGIN:
        return False
    sel = labels[a:b] >= 0
    labels[a:b][sel] = 1 - own
    conf[a:b][sel] = float(np.clip(0.5 + margin / 0.2 * 0.5, 0.5, 1.0))
    return True


def _one_voice(spans, labels: np.ndarray) -> Tuple[List[Tuple[int, int]], np.ndarray]:
    """The spans one voice holds all through (a turn change inside is not ours to move), and that voice."""
    kept, owners = [], []
    for a, b in spans:
        voiced = labels[a:b][labels[a:b] >= 0]
        if len(voiced):
            counts = np.bincount(voiced, minlength=2)
            if counts.max() == len(voiced):
                kept.append((a, b))
                owners.append(int(counts.argmax()))
    return kept, np.asarray(owners, dtype=int)


def tail_spans(words: Sequence[dict], labels: np.ndarray) -> List[Tuple[int, int]]:
    """Short sentences (TAIL_MIN_S and TAIL_MIN_WORDS or longer) that end one voice's talk: the word before
    is that voice's (ended within TAIL_NEXT_S), the word after the other voice's (starting within TAIL_NEXT_S)."""
    starts = [float(w["start"]) for w in words]
    out = []
    for a, b in sentence_spans(words, len(labels), TAIL_MIN_S, TAIL_MIN_WORDS):
        i = int(np.searchsorted(starts, a * FRAME_S - 1e-6))  # the sentence's first word
        j = int(np.searchsorted(starts, b * FRAME_S - 1e-6))  # the first word after it
        while j < len(words) and float(words[j]["start"]) < b * FRAME_S:
            j += 1
        if i == 0 or j >= len(words):
            continue
        own, before, after = _label(a, b, labels), _word_label(words[i - 1], labels), _word_label(words[j], labels)
        if (own >= 0 and before == own and after == 1 - own
                and a * FRAME_S - float(words[i - 1]["end"]) <= TAIL_NEXT_S
                and float(words[j]["start"]) - b * FRAME_S <= TAIL_NEXT_S):
            out.append((a, b))
    return out


def _word_label(word: dict, labels: np.ndarray) -> int:
    a = max(0, int(np.floor(float(word["start"]) / FRAME_S)))
    b = min(len(labels), int(np.ceil(max(float(word["end"]), float(word["start"]) + MIN_WORD_S) / FRAME_S)))
    return _label(a, b, labels)


def _label(a: int, b: int, labels: np.ndarray) -> int:
    seg = labels[a:b][labels[a:b] >= 0]
    return int(np.bincount(seg).argmax()) if len(seg) else -1


def _heard_alike(spans, samples: np.ndarray, gain: float, f0: PitchTrack,
                 alike: Tuple[float, float] | None = None) -> Tuple[np.ndarray, Tuple[float, float]]:
    """One embedding per span, each heard at the spans' middle pitch and middle loudness, or at
    `alike` = (pitch, loudness) when given (the second value returned: those of these spans)."""
    medians = []
    for a, b in spans:
        mid = (a + b) // 2  # the middle of the sentence tells its pitch (measuring all of it costs twice the time)
        values = f0.span(max(a, mid - PITCH_FRAMES // 2), min(b, mid + PITCH_FRAMES // 2))
        values = values[~np.isnan(values)]
        medians.append(float(np.median(values)) if len(values) >= MIN_VOICED_FRAMES else np.nan)
    medians = np.asarray(medians)
    centre = float(np.nanmedian(medians)) if np.isfinite(medians).any() else 0.0
    centre = centre if alike is None else alike[0]
    step = int(round(FRAME_S * RATE))
    mels = []
    for (a, b), med in zip(spans, medians):
        audio = samples[a * step : b * step] * gain
        shift = float(np.clip(med - centre, -MAX_SHIFT_ST, MAX_SHIFT_ST)) if np.isfinite(med) else 0.0
        mels.append(mel_spectrogram(shifted_down(audio, shift) if abs(shift) >= 0.5 else audio))
    reference = float(np.median([mel_level(m) for m in mels])) if alike is None else alike[1]
    out = np.zeros((len(spans), 256))
    for i, mel in enumerate(mels):
        mel = level_matched(mel, reference)
        parts = [mel] if len(mel) <= PARTIAL_FRAMES else [mel[s : s + PARTIAL_FRAMES]
                                                          for s in range(0, len(mel) - PARTIAL_FRAMES + 1, PARTIAL_FRAMES // 2)]
        emb = embed_mels(parts).mean(axis=0)
        out[i] = emb / max(1e-9, float(np.linalg.norm(emb)))
    return out, (centre, reference)
