"""Heard alone: a stretch whose hearings both models find unlikely is decoded once more by base, on its own.

The second listen joins the unsure stretches into streams of about one model window (second_listen.streams), and
whisper decodes a stream as one run of text, each stretch's words leaning on the sound and the words around them.
Where that goes wrong both hearings are poor: gym_slt_wm_m5's "And? Is everything fine?" was "Um, isn't it really
important?" to tiny.en and "and he said everything for him," to base in its stream (read by both models over the
sound: 0.38 and 0.37), while base hearing those 2.2 s alone writes "And is everything fine?". Hearing every stretch
alone costs a window each and lost more lines than it won (round 43, STREAM_S 0: two won, seven lost), so:
- only a stretch whose standing hearing both models find unlikely (the better of the two under ALONE_BELOW, as the
  judge read them) is heard alone, the least likely first, at most ALONE_PER_MINUTE of the recording (at least
  ALONE_MIN): a long recording cannot double its time;
- the alone hearing stands only where both models, reading it and the standing words over the stretch's own sound,
  find it likelier, and likely in itself (as words filling a no-word span must be: MIN_WORDS_PROBABILITY), and it is
  not much shorter than a half-sure standing hearing (second_listen's SHORTER_* rule). In gym_slt_wm_m5 base alone
  also wrote "He's in all the way to the soil. He flung in my family." (0.38) over "It is always a bit high. It runs
  in my family.", likelier than the stream's "is always a bit toy, he flums in my family." (0.32) but a worse
  hearing; "And isn't everything fine?" was read at 0.46;
- a hearing that says one run of words twice (second_listen.COPY_WORDS in a row) never stands: over the 1.8 s of
  holiday_rp_f1_gb_f4's "A little over a thousand for the week." base alone wrote "I'm not going to let you go, I'm
  not going to let you go", which both models read as likelier than "A little bit more than a week." (a phrase
  said again is easy to predict), and the line was lost (round 45's first after run).
Pure logic over plain dicts; `decode` and `judge` are the second listen's.
"""

from __future__ import annotations

from typing import Callable, Dict, List, Optional, Sequence

import numpy as np

from . import second_listen as listening
from .guards import normalise

ALONE_BELOW = 0.5  # the standing hearing's likelihood (mean of both models) under this: heard alone once more
ALONE_PER_MINUTE = 1.0  # at most this many stretches heard alone per minute of recording ...
ALONE_MIN = 2  # ... and at least this many


def budget(duration_s: float) -> int:
    """How many stretches of a recording this long may be heard alone."""
    return max(ALONE_MIN, int(ALONE_PER_MINUTE * duration_s / 60.0))


def chosen(likelihoods: Dict[int, float], duration_s: float) -> List[int]:
    """The stretches (index -> the likelihood of their standing hearing) to hear alone: under ALONE_BELOW, the least
    likely first, within the budget; in time order."""
    unlikely = sorted((p, k) for k, p in likelihoods.items() if p < ALONE_BELOW)
    return sorted(k for _p, k in unlikely[: budget(duration_s)])


def _text(words: Sequence[dict]) -> str:
    return " ".join(str(w["word"]) for w in words)


def says_twice(words: Sequence[dict], n: Optional[int] = None) -> bool:
    """Whether a hearing has one run of n words in a row (second_listen.COPY_WORDS) twice: whisper writing again
    what it wrote a moment before, where the sound is unclear."""
    n = listening.COPY_WORDS if n is None else n
    plain = [normalise(str(w["word"])) for w in words]
    runs = [tuple(plain[k : k + n]) for k in range(len(plain) - n + 1)]
    return len(set(runs)) < len(runs)


def better_alone(standing: Sequence[dict], alone: Sequence[dict], read: Sequence) -> bool:
    """Whether the alone hearing replaces the standing one: `read` is the judge's (tiny.en's, base's) reading of
    [[standing text], [alone text]] over the stretch alone."""
    if not alone or not standing or says_twice(alone):
        return False
    (t_standing, t_alone), (b_standing, b_alone) = ([r[0] for r in model] for model in read)
    if None in (t_standing, t_alone, b_standing, b_alone):
        return False
    shorter = (len(standing) >= listening.SHORTER_MIN_WORDS and len(alone) < listening.SHORTER_SHARE * len(standing)
               and float(np.mean([float(w["probability"]) for w in standing])) >= listening.SHORTER_SURE)
    likely = (t_alone + b_alone) / 2
    return likely > (t_standing + b_standing) / 2 and likely >= listening.MIN_WORDS_PROBABILITY and not shorter


def hear_alone(samples: np.ndarray, segments: List[dict], unrecognised: List[dict],
               stretches: Sequence["listening.Stretch"], likelihoods: Dict[int, float], decode: Callable,
               judge: Callable, check: Optional[Callable[[], None]] = None) -> dict:
    """Hear the chosen stretches alone (`decode`, stream time) and put the alone hearing in where the judge finds it
    likelier (changes `segments` and `unrecognised` in place); returns {"alone": heard alone, "alone_taken": taken}."""
    duration = len(samples) / listening.SAMPLE_RATE
    heard = taken = 0
    for k in chosen(likelihoods, duration):
        if check:
            check()
        stream, places = listening.join(samples, stretches, [k])
        words = [w for seg in decode(stream) for w in seg.get("words") or []]
        alone = listening.place_words(words, places)[0]
        heard += 1
        standing = listening._words_in(segments, stretches[k])
        if not alone or not standing:
            continue
        if better_alone(standing, alone, judge(stream, [[_text(standing)], [_text(alone)]])):
            taken += listening.merge(segments, unrecognised, stretches[k], alone, True)
    return {"alone": heard, "alone_taken": taken}
