"""A listener's short sound under the partner's talk ("mm-hm", "yeah"), found in the sound when no word was written for it.

On one microphone the recogniser writes the voice that holds the floor and drops a listener's "mm-hm" said under it:
on the development set 35 of 36 planted backchannels left no word at all (round 50, benchmarks/measured/
accuracy_round50_backchannels.txt), so the analysis could not tell a listening partner from a silent one. What still
shows it is the sound. One voice alone is periodic; two voices at once are not, so for the length of the "mm-hm" the
harmonicity of the speaker's talk (Praat's cross-correlation harmonics-to-noise ratio) falls well under that speaker's
own usual value, while the level does not fall (where it falls it is a consonant or the end of a word, not a second
voice). Measured on the 21 development conversations' true turns (0.3 s windows, 8 kHz, 20 ms steps): 19 of the 36
backchannels dropped the harmonicity by DROP_DB or more at an unchanged or higher level, against 8 places in 20 minutes of
one voice alone; a lower bar (4 dB) found 27 with 54 such places.

Only with two speakers (the listener is then the other one), only inside a run of one speaker's words (never at its
edges, where turns change hands and the overlap rules of overlap.py decide), and never where the listener has a word of
their own there (the words already say it). A span found is a backchannel with no words made out: never an
interruption, never a reply (analysis/overlaps.py).
"""

from __future__ import annotations

from typing import Dict, List, Sequence, Tuple

import numpy as np

from .vad import FRAME_S

RATE = 8000  # harmonicity is read at 8 kHz: a third of the cost at 16 kHz and the same backchannels found
STEP_S = 0.02
WINDOW_S = 0.3
MIN_VOICED_SHARE = 0.5  # a window with fewer voiced frames than this says nothing
DROP_DB = 6.0  # the window's harmonicity this far under the speaker's own median ...
LEVEL_RISE_DB = 0.0  # ... at a level at least the run's median
RUN_GAP_S = 0.5  # one speaker's words with pauses up to this are one run of talk
EDGE_S = 0.3  # windows this close to a run's first or last word are left to the turn-change rules
OTHER_WORD_S = 0.3  # no span where the other speaker has a word this close
MERGE_S = 0.5  # windows this close together are one sound
MAX_SPAN_S = 1.6  # longer is no backchannel (the analysis's backchannel_max_s)
MIN_WINDOWS = 10  # a speaker needs this many windows for their own median
REFERENCE_STEP_S = 0.1


def sounds_under_talk(samples: np.ndarray, words: Sequence[dict], owners: Sequence[int], levels: np.ndarray,
                      rate: int = 16000) -> List[Dict]:
    """[{"start", "end", "labels": (floor voice, listener), "confidence"}] in time order.

    `words` in time order, `owners` the speaker label (0 or 1, -1 unknown) of each, `levels` the recording's level per
    10 ms frame in dB (overlap.frame_levels)."""
    runs = _runs(words, owners)
    if not runs:
        return []
    measured = [(run, _harmonicity(samples, rate, run[0], run[1])) for run in runs]
    reference: Dict[int, List[float]] = {}
    for (start, end, owner), (times, hnr) in measured:
        for t in np.arange(start, end - WINDOW_S, REFERENCE_STEP_S):
            value = _window_mean(times, hnr, t)
            if value is not None:
                reference.setdefault(owner, []).append(value)
    medians = {c: float(np.median(v)) for c, v in reference.items() if len(v) >= MIN_WINDOWS}
    others = _word_times(words, owners)
    found: List[Tuple[float, float, int]] = []
    for (start, end, owner), (times, hnr) in measured:
        if owner not in medians:
            continue
        run_level = float(np.median(_levels(levels, start, end)))
        for t in np.arange(start + EDGE_S, end - EDGE_S - WINDOW_S + 1e-9, STEP_S):
            value = _window_mean(times, hnr, t)
            if value is None or medians[owner] - value < DROP_DB:
                continue
            if float(np.mean(_levels(levels, t, t + WINDOW_S))) - run_level < LEVEL_RISE_DB:
                continue
            if _speaks(others.get(1 - owner), t - OTHER_WORD_S, t + WINDOW_S + OTHER_WORD_S):
                continue
            found.append((float(t), float(t + WINDOW_S), owner))
    return _merged(found, medians)


def _runs(words: Sequence[dict], owners: Sequence[int]) -> List[Tuple[float, float, int]]:
    """(start, end, owner) of each stretch of one speaker's words long enough to hold a window away from its edges."""
    out: List[Tuple[float, float, int]] = []
    current = None
    for w, owner in zip(words, owners):
        start, end = float(w["start"]), float(w["end"])
        if owner < 0:
            continue
        if current and current[2] == owner and start - current[1] <= RUN_GAP_S:
            current = (current[0], max(current[1], end), owner)
            continue
        if current:
            out.append(current)
        current = (start, end, owner)
    if current:
        out.append(current)
    return [r for r in out if r[1] - r[0] >= 2 * EDGE_S + WINDOW_S]


def _harmonicity(samples: np.ndarray, rate: int, start: float, end: float) -> Tuple[np.ndarray, np.ndarray]:
    """Frame times and harmonics-to-noise ratio (dB; NaN where unvoiced) over [start, end]."""
    import parselmouth

    a, b = max(0, int(start * rate)), min(len(samples), int(np.ceil(end * rate)))
    piece = np.asarray(samples[a:b], dtype=np.float64)
    if len(piece) < int(WINDOW_S * rate):
        return np.zeros(0), np.zeros(0)
    sound = parselmouth.Sound(piece, rate, start_time=a / rate)
    if rate != RATE:
        sound = sound.resample(RATE)
    hnr = sound.to_harmonicity_cc(time_step=STEP_S, minimum_pitch=75.0)
    values = hnr.values[0]
    return np.asarray(hnr.xs(), dtype=float), np.where(values > 0, values, np.nan)  # Praat gives -200 where unvoiced


def _window_mean(times: np.ndarray, hnr: np.ndarray, t: float):
    a, b = np.searchsorted(times, [t, t + WINDOW_S])
    seg = hnr[a:b]
    voiced = seg[~np.isnan(seg)]
    if not len(seg) or len(voiced) < MIN_VOICED_SHARE * WINDOW_S / STEP_S:
        return None
    return float(voiced.mean())


def _levels(levels: np.ndarray, start: float, end: float) -> np.ndarray:
    a = min(len(levels) - 1, max(0, int(start / FRAME_S)))
    return levels[a : max(a + 1, min(len(levels), int(np.ceil(end / FRAME_S))))]


def _word_times(words: Sequence[dict], owners: Sequence[int]) -> Dict[int, Tuple[np.ndarray, np.ndarray]]:
    """Each speaker's word starts (sorted) and ends."""
    out = {}
    for c in (0, 1):
        times = sorted((float(w["start"]), float(w["end"])) for w, o in zip(words, owners) if o == c)
        out[c] = (np.array([a for a, _ in times]), np.array([b for _, b in times]))
    return out


def _speaks(times, start: float, end: float) -> bool:
    """A word in [start, end] (words are at most a few seconds long)."""
    if times is None or not len(times[0]):
        return False
    a, b = np.searchsorted(times[0], [start - 5.0, end])
    return bool((times[1][a:b] > start).any())


def _merged(found: Sequence[Tuple[float, float, int]], medians: Dict[int, float]) -> List[Dict]:
    spans: List[List] = []
    for start, end, owner in found:
        if spans and spans[-1][2] == owner and start - spans[-1][1] <= MERGE_S:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end, owner])
    return [{"start": round(a, 2), "end": round(b, 2), "labels": (owner, 1 - owner), "confidence": 0.5}
            for a, b, owner in spans if b - a <= MAX_SPAN_S]
