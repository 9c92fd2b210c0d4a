"""A second listen: the stretches the small model was unsure of, heard again by the larger one.

tiny.en mishears some voices: on the development set a sorry came out as "I'm tired of you" (mean
word probability 0.45) and whole lines were lost to wrong words. Whisper base hears them better
but costs about twice as much, so it listens only where tiny.en was unsure:
- a stretch is unsure when its sentence's words average under UNSURE_PROBABILITY, or when speech
  was heard there with no words at all (the "no words recognised" spans), or where weak words are stretched
  over speech they did not hear (_weak_runs: on the development set this brought back a spoken "Sorry" and
  one more line: utterances 95.7% -> 96.0%, WER 19.7% -> 19.5%, repairs found 14 -> 15 of 20), or over one word
  timed over LONG_WORD_S however sure (_long_words: a sure "not" over 2.4 s hid "on you. I know. It is"; round 39, whole
  development set: WER 19.3% -> 19.1%, that line back, utterances 96.6% (=): one borderline line base hears in the same
  joined stream came out otherwise);
- each is widened into the pauses around it (never over a sure word), the least sure first, up to
  BUDGET_SHARE of the recording (noise or a hard voice cannot double the time);
- the stretches are joined with short silences into streams of about one model window and decoded
  together (one 30 s window costs the same however little speech is in it);
- which hearing of a stretch stands is judged by both models reading both hearings (`judged`): each model
  gives every token of a hearing its probability over the stretch's sound, and base's words replace tiny.en's
  where their mean over both models is higher (JUDGE_MARGIN), and they are not much shorter (SHORTER_SHARE:
  a short, sure "Yeah, I made it." is no better hearing of "The dishes were in the sink again when I"). A
  model's confidence in its own words says little about the other's: tiny.en was surer of "Morning, only and
  evening, all you can do is walk on weekends." (0.60) than base of "Morning for me and evening for you and we
  swap on weekends." (0.64, under the margin of 0.05 that was needed), while read by both, base's hearing is
  clearly the likelier (0.47 -> 0.63). Without a judge (`listen_again(judge=None)`), base's words are taken where base is surer
  of them on average by TAKE_MARGIN. They fill a no-word span only when they are as sure as a second try
  must be (MIN_WORDS_PROBABILITY): read by both models when there is a judge (a clear "Sorry." before "Can we
  start over?" was left a no-word span by base's own word probability, so the repair was missed; round 37, whole
  development set: repairs 16 -> 17 of 20, nothing else changed), else by base's own probability;
- never where they repeat words base put in an earlier stretch of the same stream (COPY_WORDS in a row)
  that tiny.en did not hear there: whisper decodes a window as one run of text, and where the sound is
  unclear it writes again what it wrote a moment before. On the development set "I am thinking about it
  right now!" came back as "I am not ready to surprise you" (a line 18 s earlier) and "Seven is perfect.
  Thank you." as "That was the cause you were ill. Thank", so a report could quote what nobody said there.
Measured on the 21 development conversations (benchmarks/accuracy.py, whole chain): utterances heard
94.8% -> 96.0%, WER 20.7% -> 19.2%, repairs found 13 -> 16 of 20, false "no repair" statements 5 -> 3,
interruptions unchanged (21 of 27 found, 21 of 24 right). Taking base's words wherever it was asked
let base invent words tiny.en had right ("Fair enough" -> "Every herb", "I would like that" -> "I will
blow you up") and made interruptions worse (22 of 30 right); base's sampled re-tries (temperature
fallback) cost up to 35 s of CPU for a 13 s stream and are not used here.
The judge, measured the same way against base's own confidence (margin 0.05): utterances heard 95.4% -> 96.3%,
needs found 19 -> 21 of 24, repairs 12 -> 13 of 20, interruptions 21 of 27 found with 21 of 23 right (was 24),
WER 19.4% (=). Taking base's words whenever it is surer at all (margin 0) also gave 96.3% but no need or repair
more; the judge without the length check let "Yeah, I made it." stand (95.7%); a judge margin of 0.03 lost one
interruption's precision and 0.2 points of WER.
Pure functions on plain dicts, plus `listen_again`, which runs the decoding.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence

import numpy as np

from .guards import normalise

SAMPLE_RATE = 16000
UNSURE_PROBABILITY = 0.7  # a sentence whose words average under this is heard again
TAKE_MARGIN = 0.05  # without a judge, base's words replace tiny.en's when surer on average by this much
JUDGE_MARGIN = 0.0  # base's hearing stands when both models, reading both hearings, find it likelier by this much
SHORTER_SHARE = 0.75  # ... and it has at least this share of tiny.en's words
SHORTER_MIN_WORDS = 4  # ... when tiny.en heard this many or more
# ... and was this sure of them on average: a long run of guesses ("I meant to go in a car.", 0.14-0.72, mean 0.30,
# over "but they were closed when I called.") is no hearing a shorter one must match word for word. At 0.5 the
# half-sure "The dishes were in the same kitchen. When" (0.46) lost to "Yeah, I made it." again.
SHORTER_SURE = 0.4
BUDGET_SHARE = 0.45  # at most this share of the recording is heard again (0.35 left car_us_f3 a line: 44% unsure)
WIDEN_S = 0.4  # a stretch is heard with this much of the pause either side (never over a sure word)
JOIN_GAP_S = 0.6  # silence between stretches joined into one stream
STREAM_S = 28.0  # stretches are joined into streams of about this much audio (one model window)
MIN_WORDS_PROBABILITY = 0.4  # words found in a no-word span must be this sure on average
KEEP_EDGE_S = 0.6  # base's first/last word is moved out to tiny.en's speech onset/end up to this far
COPY_WORDS = 4  # this many words in a row written again from an earlier stretch of the stream is a copy
WEAK_WORD = 0.5  # a run of words under this probability inside a sure-looking segment is heard again
WEAK_RUN_S = 0.8  # ... when it covers at least this long
WEAK_RATE = 1.5  # ... with fewer words a second than this: the words are stretched over speech they did not hear
LONG_WORD_S = 1.5  # one word timed this long, however sure, is stretched over speech it did not hear
# Unsure stretches adding up to less than this are not heard again at all: base costs the same whatever it hears
# (loading it, about 0.9 s of CPU, and one whole 30 s window, about 1.1 s), and on a 30 s phone call it was asked
# only to hear "Hello" (1.1 s) as tiny.en had (round 43: 1.82x plain faster-whisper's CPU; about 1.3x without it). Every recording
# of the development set has 1.7 s or more (weekend_calm_kal_f3; the others 5.6-25.9 s); a lone short stretch in a
# short recording keeps tiny.en's words, as without the base model. Speech heard with no word at all is heard (past SHORT_RECORDING_S)
# again: that is where a whole line vanishes ("Sorry." before "Can we start over?" was one, round 37).
MIN_LISTEN_S = 1.5
# A recording this short is not heard again at all. On the first 30 s of each of the 21 development conversations
# (round 47, 170 lines of 3+ words; benchmarks/measured/speed_round47_30s.txt) tiny.en alone heard 163 lines, with base
# 162 (two runs alike: base won 2 lines and lost 3), WER 21.5% alone and 22.0% with base, the 4 repair and need lines
# there heard either way, for 2.3x the CPU: base's fixed cost (loading it, a window for the stretches, the judge's
# readings, the stretches heard alone) is the same for 30 s as for 10 minutes, and a short recording gives a stream
# little around each stretch. Speech heard with no word stays marked as such (`unrecognised_speech`). A 30-second file
# runs a little over 30 s. (On whole conversations of 44 s and more base still wins lines and repairs: round 37.)
SHORT_RECORDING_S = 32.0


@dataclass
class Stretch:
    start: float
    end: float
    probability: float  # the small model's mean word probability there (0 for a no-word span)
    no_words: bool = False


def _mid(word: dict) -> float:
    return (float(word["start"]) + float(word["end"])) / 2


def unsure_stretches(segments: Sequence[dict], unrecognised: Sequence[dict], duration_s: float,
                     unsure: Optional[float] = None, widen_s: Optional[float] = None,
                     budget_share: Optional[float] = None) -> List[Stretch]:
    """The stretches to hear again, widened into their pauses and merged, in time order, within the budget
    (None: this module's UNSURE_PROBABILITY, WIDEN_S, BUDGET_SHARE)."""
    unsure = UNSURE_PROBABILITY if unsure is None else unsure
    widen_s = WIDEN_S if widen_s is None else widen_s
    budget_share = BUDGET_SHARE if budget_share is None else budget_share
    words = sorted((w for seg in segments for w in seg.get("words") or []), key=_mid)
    cores: List[Stretch] = [Stretch(float(u["start"]), float(u["end"]), 0.0, True) for u in unrecognised]
    for seg in segments:
        ws = seg.get("words") or []
        if ws:
            p = float(np.mean([float(w["probability"]) for w in ws]))
            if p < unsure:
                cores.append(Stretch(float(ws[0]["start"]), float(ws[-1]["end"]), p))
            else:
                cores += _weak_runs(ws) + _long_words(ws)
    mids = [_mid(w) for w in words]
    widened = []
    for c in cores:
        i, j = bisect_left(mids, c.start), bisect_right(mids, c.end)  # the words outside: [:i] and [j:]
        before = float(words[i - 1]["end"]) if i > 0 else 0.0
        after = float(words[j]["start"]) if j < len(words) else duration_s
        lo = max(0.0, c.start - widen_s, min(before, c.start))
        hi = min(duration_s, c.end + widen_s, max(after, c.end))
        widened.append(Stretch(lo, hi, c.probability, c.no_words))
    # the least sure first, while the budget lasts
    budget = budget_share * duration_s
    chosen: List[Stretch] = []
    for s in sorted(widened, key=lambda s: s.probability):
        if s.end - s.start <= budget:
            chosen.append(s)
            budget -= s.end - s.start
    chosen.sort(key=lambda s: s.start)
    merged: List[Stretch] = []
    for s in chosen:
        if merged and s.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Stretch(last.start, max(last.end, s.end), min(last.probability, s.probability),
                                 last.no_words and s.no_words)
        else:
            merged.append(s)
    return merged


def worth_hearing_again(stretches: Sequence[Stretch], min_s: Optional[float] = None,
                        duration_s: Optional[float] = None) -> bool:
    """Whether these stretches (`unsure_stretches`) are worth the larger model's window: the recording (`duration_s`,
    when given) is longer than SHORT_RECORDING_S, and one of them has no words, or they add up to MIN_LISTEN_S."""
    min_s = MIN_LISTEN_S if min_s is None else min_s
    if duration_s is not None and duration_s <= SHORT_RECORDING_S:
        return False
    return any(s.no_words for s in stretches) or sum(s.end - s.start for s in stretches) >= min_s


def _long_words(words: Sequence[dict]) -> List[Stretch]:
    """Words timed over LONG_WORD_S, sure or not: whisper hangs the speech it skipped on a neighbouring word. In
    "Sorry. I am exhausted and I am taking it out on you." / "I know. It is not you ...", tiny.en wrote "not" (0.96)
    over 2.4 s from the end of the weak "It is", so "on you. I know. It is" was never heard again and the line was
    lost. Over silence base hears nothing better and the word stands."""
    return [Stretch(float(w["start"]), float(w["end"]), float(w["probability"])) for w in words
            if float(w["end"]) - float(w["start"]) >= LONG_WORD_S]


def _weak_runs(words: Sequence[dict]) -> List[Stretch]:
    """Runs of weak words (WEAK_WORD) stretched over more time than they take to say (WEAK_RUN_S, WEAK_RATE),
    inside a segment whose average looks sure: a whole sentence lost to two stretched, unsure words ("Sorry. I
    am exhausted and I am taking it out on you." heard as "It is", 0.06 and 0.35 over 3.1 s, in a segment that
    goes on with the partner's clear reply). Weak words at a speaking rate ("I was", 0.25, 0.9 s) are left: base,
    hearing so little, invented a line there ("if you are, I won't")."""
    out: List[Stretch] = []
    run: List[dict] = []
    for w in [*words, None]:
        if w is not None and float(w["probability"]) < WEAK_WORD:
            run.append(w)
            continue
        span = float(run[-1]["end"]) - float(run[0]["start"]) if run else 0.0
        if span >= WEAK_RUN_S and len(run) / span < WEAK_RATE:
            out.append(Stretch(float(run[0]["start"]), float(run[-1]["end"]),
                               float(np.mean([float(x["probability"]) for x in run]))))
        run = []
    return out


def streams(stretches: Sequence[Stretch], stream_s: Optional[float] = None) -> List[List[int]]:
    """Indexes of the stretches joined into each stream (in order, about stream_s of audio each)."""
    stream_s = STREAM_S if stream_s is None else stream_s
    out: List[List[int]] = []
    length = 0.0
    for k, s in enumerate(stretches):
        d = s.end - s.start
        if out and length + d <= stream_s:
            out[-1].append(k)
            length += d + JOIN_GAP_S
        else:
            out.append([k])
            length = d + JOIN_GAP_S
    return out


def join(samples: np.ndarray, stretches: Sequence[Stretch], members: Sequence[int]):
    """(the stream's float samples, [(stream start, stream end, recording start)] per member)."""
    gap = np.zeros(int(JOIN_GAP_S * SAMPLE_RATE), dtype=np.float32)
    parts, places, cursor = [], [], 0
    for k in members:
        s = stretches[k]
        piece = samples[int(s.start * SAMPLE_RATE) : int(s.end * SAMPLE_RATE)]
        if piece.dtype == np.int16:
            piece = np.multiply(piece, np.float32(1.0 / 32768.0), dtype=np.float32)
        parts += [np.asarray(piece, dtype=np.float32), gap]
        places.append((cursor / SAMPLE_RATE, (cursor + len(piece)) / SAMPLE_RATE, s.start))
        cursor += len(piece) + len(gap)
    return np.concatenate(parts), places


def place_words(words: Sequence[dict], places) -> List[List[dict]]:
    """The stream's words back on the recording's time, per member (a word in a joining gap is dropped)."""
    out: List[List[dict]] = [[] for _ in places]
    for w in words:
        m = _mid(w)
        for k, (a, b, at) in enumerate(places):
            if a <= m <= b:
                out[k].append(dict(w, start=round(max(a, float(w["start"])) - a + at, 3),
                                   end=round(min(b, float(w["end"])) - a + at, 3)))
                break
    return out


def _runs(words: Sequence[dict], n: int) -> set:
    """The runs of n words in a row, as plain words (guards.normalise)."""
    plain = [normalise(str(w["word"])) for w in words]
    return {tuple(plain[k : k + n]) for k in range(len(plain) - n + 1)}


def copied(heard: Sequence[dict], earlier: Sequence[Sequence[dict]], small: Callable[[], Sequence[dict]],
           n: Optional[int] = None) -> bool:
    """Whether base's words for a stretch repeat n words in a row (COPY_WORDS) that it wrote for an earlier
    stretch of the same stream, where the small model (`small()`: its words there, asked only when a run
    repeats) did not hear them."""
    n = COPY_WORDS if n is None else n
    again = _runs(heard, n) & set().union(*(_runs(words, n) for words in earlier))
    return bool(again and again - _runs(small(), n))


def _words_in(segments: Sequence[dict], stretch: Stretch) -> List[dict]:
    return [w for seg in segments for w in seg.get("words") or [] if stretch.start <= _mid(w) <= stretch.end]


def merge(segments: List[dict], unrecognised: List[dict], stretch: Stretch, heard: Sequence[dict],
          better: Optional[bool] = None) -> bool:
    """Put base's words for one stretch in place of tiny.en's when they are the better hearing (`better`: the
    judges' verdict, when there is one; else base's own confidence against tiny.en's); returns whether they were
    taken. `segments` and `unrecognised` are changed in place."""
    if not heard:
        return False
    inside = lambda w: stretch.start <= _mid(w) <= stretch.end  # noqa: E731
    before = _words_in(segments, stretch)
    surer = float(np.mean([float(w["probability"]) for w in heard]))
    if before:
        if better is False:
            return False
        if better is None and surer < float(np.mean([float(w["probability"]) for w in before])) + TAKE_MARGIN:
            return False
    elif better is False or (better is None and surer < MIN_WORDS_PROBABILITY):
        return False
    heard = [dict(w) for w in heard]
    if before:
        # Where the speech starts and ends is the sound's, and tiny.en heard it: base, hearing a joined
        # stream, times the first and last words a little late or early, or drops a short first word
        # ("Oh, here we go" -> "here we go"), which would move a cut-in by that much.
        if 0 < float(heard[0]["start"]) - float(before[0]["start"]) <= KEEP_EDGE_S:
            heard[0]["start"] = before[0]["start"]
        if 0 < float(before[-1]["end"]) - float(heard[-1]["end"]) <= KEEP_EDGE_S:
            heard[-1]["end"] = before[-1]["end"]
    emptied = []
    for seg in segments:
        kept = [w for w in seg.get("words") or [] if not inside(w)]
        if len(kept) != len(seg.get("words") or []):
            seg["words"] = kept
            seg["text"] = " ".join(w["word"] for w in kept)
            if kept:
                seg["start"], seg["end"] = kept[0]["start"], kept[-1]["end"]
            else:
                emptied.append(seg)
    segments[:] = [seg for seg in segments if not any(seg is e for e in emptied)]  # only what base replaced whole
    segments.append({"start": heard[0]["start"], "end": heard[-1]["end"],
                     "text": " ".join(w["word"] for w in heard), "words": list(heard), "heard_again": True})
    segments.sort(key=lambda seg: seg["start"])
    unrecognised[:] = [u for u in unrecognised if not (float(u["start"]) < stretch.end and stretch.start < float(u["end"]))]
    return True


def judged(judge: Callable, stream: np.ndarray, small: Sequence[Sequence[dict]], heard: Sequence[Sequence[dict]],
           likelihoods: Optional[dict] = None) -> dict:
    """Member index -> whether base's hearing of that stretch is the better one, for the members both models heard
    words in. `judge(stream, [texts, texts])` gives each model's mean token probability of each text (None where
    it cannot say), per model: ([small's texts, heard texts] read by tiny.en, the same read by base). `likelihoods`,
    when given, gets member index -> the likelier hearing's mean over both models (for heard_alone)."""
    text = lambda ws: " ".join(str(w["word"]) for w in ws)  # noqa: E731
    # base heard the very words tiny.en heard, to the punctuation: nothing to judge (the same text read over the same
    # sound scores the same, so base's never won), and reading costs a window of each model (the real 30 s phone
    # call's one unsure stretch: "Hello" both times)
    same = {m for m in range(len(small)) if small[m] and text(small[m]) == text(heard[m])}
    both = [m for m in range(len(small)) if small[m] and heard[m] and m not in same]
    only_heard = [m for m in range(len(small)) if heard[m] and not small[m]]
    out = {m: False for m in same}
    if not both and not only_heard:
        return out
    (t_small, t_heard), (b_small, b_heard) = judge(stream, [[text(ws) for ws in small], [text(ws) for ws in heard]])
    for m in only_heard:
        # speech tiny.en heard no word in: base's words stand when both models, reading them over the sound, find
        # them as likely as a second try's words must be (its own word probabilities left out a clear "Sorry."
        # before "Can we start over?": 0.75 read by tiny.en, 0.47 by base)
        if t_heard[m] is not None and b_heard[m] is not None:
            out[m] = (t_heard[m] + b_heard[m]) / 2 >= MIN_WORDS_PROBABILITY
    for m in both:
        scores = (t_small[m], b_small[m], t_heard[m], b_heard[m])
        if None in scores:
            continue  # left to base's own confidence
        shorter = (len(small[m]) >= SHORTER_MIN_WORDS and len(heard[m]) < SHORTER_SHARE * len(small[m])
                   and float(np.mean([float(w["probability"]) for w in small[m]])) >= SHORTER_SURE)
        out[m] = (scores[2] + scores[3]) / 2 > (scores[0] + scores[1]) / 2 + JUDGE_MARGIN and not shorter
        if likelihoods is not None:
            likelihoods[m] = max((scores[2] + scores[3]) / 2, (scores[0] + scores[1]) / 2)
    return out


def listen_again(samples: np.ndarray, segments: List[dict], unrecognised: List[dict], stretches: Sequence[Stretch],
                 decode: Callable, check: Optional[Callable[[], None]] = None,
                 progress: Optional[Callable[[float], None]] = None, judge: Optional[Callable] = None) -> dict:
    """Hear the stretches (`unsure_stretches`) again with `decode(float samples) -> segment dicts` (stream
    time) and merge what is better heard (`judged` by `judge` when given). Changes `segments` and `unrecognised`
    in place; returns what was done. With a judge, the stretches both hearings of which are unlikely are then heard
    alone (heard_alone)."""
    from .heard_alone import hear_alone

    groups = streams(stretches)
    taken = copies = 0
    likely: dict = {}  # stretch index -> its likelier hearing's mean over both models
    for n, members in enumerate(groups):
        if check:
            check()
        stream, places = join(samples, stretches, members)
        words = [w for seg in decode(stream) for w in seg.get("words") or []]
        placed = place_words(words, places)
        read: dict = {}
        verdicts = judged(judge, stream, [_words_in(segments, stretches[k]) for k in members], placed, read) if judge else {}
        likely.update({members[m]: p for m, p in read.items()})
        for m, (k, heard) in enumerate(zip(members, placed)):
            if copied(heard, placed[:m], lambda: _words_in(segments, stretches[k])):
                copies += 1
                continue
            taken += merge(segments, unrecognised, stretches[k], heard, verdicts.get(m))
        if progress:
            progress((n + 1) / len(groups))
    done = {"stretches": len(stretches), "seconds": round(sum(s.end - s.start for s in stretches), 1),
            "taken": taken, "copies": copies}
    if judge:
        done.update(hear_alone(samples, segments, unrecognised, stretches, likely, decode, judge, check))
    return done
