"""Where the speech is, and which of it the recogniser heard: speech regions, decode groups, holes.

Decoding a whole VAD-merged stream lets one bad stretch swallow its neighbours (a clearly spoken
"Okay. I am sorry. Can we start over?" vanished that way). So after decoding, every speech region
that Silero VAD finds is checked against the words: a stretch of speech with no word in it is decoded
again alone, and what is still empty becomes an explicit "speech here, no words recognised" span, so
nothing is silently lost. The regions can also be grouped into short decode groups (cut at pauses,
at most a given length), each decoded on its own as faster-whisper's BatchedInferencePipeline does
(engine.DECODE_GROUP_S).
Times are seconds; pure functions on plain lists.
"""

from __future__ import annotations

import hashlib
from typing import List, Sequence, Tuple

import numpy as np

SAMPLE_RATE = 16000
VAD_CHUNK = 512  # Silero reads 32 ms at a time
GROUP_MAX_S = 20.0  # a decode group spans at most this much audio (whisper's window is 30 s)
GROUP_BREAK_S = 2.0  # a pause this long always starts a new group
GROUP_PAD_S = 0.8
EDGE_PAD_S = 0.1  # VAD pads each region (by 0.2 s); a hole starts this far inside it
HOLE_MIN_S = 0.4  # speech this long with no word in it is decoded again on its own (a soft "I'm sorry"
# after a pause is a 0.7 s region that 0.6 s with 0.2 s edges missed)
WORD_REACH_S = 0.15  # a word's timestamps are a little tight; it covers this much either side
UNRECOGNISED_MIN_S = 0.4  # shorter empty stretches (a breath, a click) are not reported

Span = Tuple[float, float]


def speech_regions(samples: np.ndarray, vad_parameters: dict) -> List[Span]:
    """Silero VAD speech regions (seconds) of 16 kHz mono samples, as faster-whisper's VAD filter sees them."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    remember_vad_readings()
    stamps = get_speech_timestamps(np.asarray(samples, dtype=np.float32), VadOptions(**vad_parameters))
    return [(s["start"] / SAMPLE_RATE, s["end"] / SAMPLE_RATE) for s in stamps]


class _LastReading:
    """Silero's speech probabilities of the last audio it read, kept: a block is read at two thresholds (the holes'
    0.35, then the 0.5 of whisper's own VAD filter over the same samples), and the second reading was a second pass
    of the network over the block (about 0.1-0.3 s of CPU for 30 s) for the very same probabilities."""

    def __init__(self, model):
        self.model, self.key, self.probs = model, None, None

    def __call__(self, audio: np.ndarray, *args, **kwargs):
        key = (audio.shape, hashlib.blake2b(np.ascontiguousarray(audio).tobytes(), digest_size=16).digest(),
               args, tuple(sorted(kwargs.items())))
        if key != self.key:
            self.key, self.probs = None, self.model(audio, *args, **kwargs)
            self.key = key
        return self.probs


def remember_vad_readings() -> None:
    """Make faster-whisper's VAD (its module's one Silero model, as `get_speech_timestamps` and the VAD filter get
    it) keep its last reading (_LastReading); once per process."""
    from faster_whisper import vad

    if not isinstance(vad.get_vad_model(), _LastReading):
        reading = _LastReading(vad.get_vad_model())
        vad.get_vad_model = lambda: reading


def speech_probabilities(samples: np.ndarray) -> np.ndarray:
    """Silero's speech probability of each 32 ms chunk of the samples: the reading `speech_regions` has just made of
    the same samples (kept by remember_vad_readings, so no second pass of the network)."""
    from faster_whisper import vad

    remember_vad_readings()
    audio = np.asarray(samples, dtype=np.float32)
    padded = np.pad(audio, (0, VAD_CHUNK - audio.shape[0] % VAD_CHUNK))  # as get_speech_timestamps pads it
    return np.asarray(vad.get_vad_model()(padded)).reshape(-1)


def speech_inside(probabilities: np.ndarray, span: Span, threshold: float) -> float:
    """Seconds of the span's 32 ms chunks that Silero reads as speech at this threshold."""
    lo = max(0, int(np.floor(span[0] * SAMPLE_RATE / VAD_CHUNK)))
    hi = int(np.ceil(span[1] * SAMPLE_RATE / VAD_CHUNK))
    return float(np.count_nonzero(probabilities[lo:hi] >= threshold)) * VAD_CHUNK / SAMPLE_RATE


def decode_groups(regions: Sequence[Span], max_s: float = GROUP_MAX_S, break_s: float = GROUP_BREAK_S,
                  pad_s: float = GROUP_PAD_S) -> List[Span]:
    """Consecutive regions joined into groups of at most max_s, never across a pause of break_s,
    each widened by pad_s into the silence around it (never into the next group): VAD starts late
    on a quiet voice, and the recogniser itself copes with a little silence.
    A single region longer than max_s is its own group (whisper seeks through it window by window)."""
    groups: List[List[float]] = []
    for a, b in regions:
        if groups and b - groups[-1][0] <= max_s and a - groups[-1][1] < break_s:
            groups[-1][1] = max(groups[-1][1], b)
        else:
            groups.append([a, b])
    out: List[Span] = []
    for i, (a, b) in enumerate(groups):
        lo = max(0.0, a - pad_s, out[-1][1] if out else 0.0)
        hi = b + pad_s if i + 1 == len(groups) else min(b + pad_s, (b + groups[i + 1][0]) / 2)
        out.append((round(lo, 3), round(hi, 3)))
    return out


def holes(regions: Sequence[Span], words: Sequence[dict], min_s: float) -> List[Span]:
    """Stretches of at least min_s inside the speech regions (less their VAD padding) that no word covers."""
    covered = sorted((float(w["start"]) - WORD_REACH_S, float(w["end"]) + WORD_REACH_S) for w in words)
    out: List[Span] = []
    j = 0
    for a, b in regions:
        a, b = a + EDGE_PAD_S, b - EDGE_PAD_S
        if b - a < min_s:
            continue
        while j < len(covered) and covered[j][1] <= a:
            j += 1
        cursor = a
        k = j
        while k < len(covered) and covered[k][0] < b:
            if covered[k][0] - cursor >= min_s:
                out.append((round(cursor, 3), round(covered[k][0], 3)))
            cursor = max(cursor, covered[k][1])
            k += 1
        if b - cursor >= min_s:
            out.append((round(cursor, 3), round(b, 3)))
    return out


def words_inside(words: Sequence[dict], span: Span) -> List[dict]:
    """The words whose middle falls inside the span."""
    a, b = span
    return [w for w in words if a <= (float(w["start"]) + float(w["end"])) / 2 <= b]
