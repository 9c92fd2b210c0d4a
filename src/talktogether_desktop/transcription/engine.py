"""Speech to word-timed text with faster-whisper on the CPU (int8), from samples in memory.

Input: mono 16 kHz samples, float32 in [-1, 1] or 16-bit PCM (what the model's process is sent:
half the memory; each block is made float as it is decoded). Output: the transcript dict of
docs/ARCHITECTURE.md, plus `unrecognised_speech`: [{start, end}] stretches where VAD heard speech
and the recogniser gave no word even when asked again (see regions.py). Long recordings are cut at
quiet moments into blocks of a few minutes; inside a block, each group of speech regions is decoded
on its own, so one stretch the model stumbles on cannot swallow its neighbours. Then, with tiny.en,
the stretches it was unsure of are heard again by the larger base model (second_listen.py; `heard_again`).
"""

from __future__ import annotations

import hashlib
import os
from typing import List, Optional, Sequence, Union

import numpy as np

from . import offline  # noqa: F401 - before faster_whisper pulls in huggingface_hub
from .. import timefmt
from ..errors import ModelUnavailable, UsageError
from ..jobs import CancelToken, EtaClock, ProgressFn, check
from .guards import drop_hallucinations, normalise
from .pieces import segment_dict as _segment_dict, whole_words as _whole_words
from .stream_decode import decode_stream, read_through  # noqa: F401 - read_through: the judge, reached here by tests
from .models import ModelSpec, resolve_model
from . import second_listen as listening
from .regions import (HOLE_MIN_S, SAMPLE_RATE as _REGION_RATE, decode_groups, holes, speech_inside,
                      speech_probabilities, speech_regions, words_inside)
from .word_edges import snap_transcript

SAMPLE_RATE = 16000
BLOCK_S = 300.0  # 5 minutes: features ~100 MB at most, and progress moves often enough
CUT_SEARCH_S = 20.0  # look this far before a block's end for the quietest moment to cut at
CUT_FRAME_S = 0.2

# Silero VAD tuned for dialogue: faster-whisper's default min_silence_duration_ms=2000 merges a
# whole back-and-forth into one chunk; turns in conversation are separated by 0.2-1 s.
VAD_PARAMETERS = {
    "threshold": 0.5,
    "min_speech_duration_ms": 120,
    "min_silence_duration_ms": 500,
    "speech_pad_ms": 200,
}
# Decoding guards against loops and text invented over silence.
DECODE_OPTIONS = {
    "condition_on_previous_text": False,
    "compression_ratio_threshold": 2.4,
    "log_prob_threshold": -1.0,
    "no_speech_threshold": 0.6,
    "temperature": [0.0, 0.2, 0.4, 0.6, 0.8, 1.0],
}
# Whisper sees only the speech (VAD filter, or decode groups with no pause of 2 s or more), so its
# own silence-skipping (hallucination_silence_threshold) has nothing to guard and is left off: it
# made a short file decode two windows instead of one.
# How a block is decoded. None: the block's speech in one stream, whisper seeking window by window
# (as faster-whisper's VAD filter does); a number: groups of speech regions of at most that many
# seconds, each decoded on its own (as BatchedInferencePipeline does). Measured on the development
# set (benchmarks/accuracy.py, 7 conversations, 115 lines): one stream 106 lines heard, WER 20.8%;
# groups of 10 s 105, 22.2%; of 20 s 102 (a long group is where tiny.en lost its way: 9 of 14 lines of
# one conversation), and each group costs a 30 s window. Either way every VAD region left without words is decoded again
# alone (_second_tries), which is what keeps one stretch's failure from swallowing a line.
DECODE_GROUP_S = None
# Where to look for speech left without words: a threshold under Silero's usual 0.5, because a
# softened voice after a heated stretch ("I'm sorry") on a phone across the table scores 0.35-0.5
# and was cut away before decoding. Decoding itself keeps 0.5: at 0.35 a real phone call took twice
# as long and came out worse (WER 19.8% vs 16.0%); the quiet stretches get their own second try.
HOLE_VAD_THRESHOLD = 0.35
REDECODE_PAD_S = 0.3  # a hole is decoded again with this much audio either side
# A hole with less than this much of what Silero reads as speech (at HOLE_VAD_THRESHOLD) is a pause between words that
# the words' tight times left uncovered, not speech: it is not decoded again (a whole 30 s window each, ~0.5 s of CPU)
# and stays a no-word span as before. Development set (whole and first 30 s) and real clips, 48 holes (round 49,
# benchmarks/measured/speed_round49_short.txt): every hole whose second try found a spoken word held 0.19 s or more of
# such speech ("sorry." 0.19, "Okay" 0.38-0.48, "Hello" 0.54); the 12 under 0.1 s (0-0.096 s) gave none (a lone "."
# twice). By length none of this shows: a 0.44 s hole gave "right,", holes of 0.49-0.6 s only pauses.
HOLE_MIN_SPEECH_S = 0.1
REDECODE_MIN_PROBABILITY = 0.4  # words heard on a second try must be this sure on average
REDECODES_PER_MINUTE = 3  # at most this many second tries per minute of audio (noise cannot stall us)
DEFAULT_BEAM_SIZE = 5
# The small default model's unsure stretches are heard again by the larger one when it is installed
# (second_listen.py); any other model is trusted as it is.
LISTENS_AGAIN = {"tiny.en": "base"}
FIRST_PASS_SHARE = 0.8  # of the progress bar, when a second listen follows

_loaded: dict = {}
KEPT_MODELS = 2  # models kept loaded in one process (the small one and its listener)


RANDOM_SEED = 20261201


def default_threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def load_model(spec: ModelSpec, threads: Optional[int] = None):
    """A WhisperModel for this folder and thread count, loaded once per process."""
    threads = threads or default_threads()
    key = (str(spec.path), threads)
    if key not in _loaded:
        import ctranslate2
        from faster_whisper import WhisperModel

        # The temperature fallback samples: with one seed for the process, a model process's first job gives the
        # same transcript for the same recording every time (ctranslate2 seeds each thread's generator from it
        # when the thread first samples; a warm process's later jobs go on from where the last one left off).
        ctranslate2.set_random_seed(RANDOM_SEED)
        # the small model and the one that listens again stay loaded together (a warm model process
        # does not load either again for the next job: 0.3-0.4 s each); a third one pushes out the oldest
        while len(_loaded) >= KEPT_MODELS:
            _loaded.pop(next(iter(_loaded)))
        _loaded[key] = _remember_last_window(WhisperModel(
            str(spec.path),
            device="cpu",
            compute_type="int8",
            cpu_threads=threads,
            num_workers=1,
            local_files_only=True,
        ))
    return _loaded[key]


def _remember_last_window(whisper):
    """The model keeps its last window's encoding: reading a stream it has just decoded (`read_through`, the judge
    of the second listen) costs no second encoding (base: about 0.65 s a window on 2 cores)."""
    encode, last = whisper.encode, {}

    def remembered(features: np.ndarray):
        key = hashlib.blake2b(np.ascontiguousarray(features).tobytes(), digest_size=16).digest()
        if last.get("key") != key:
            last.clear()
            last.update(key=key, encoded=encode(features))
        return last["encoded"]

    whisper.encode = remembered
    return whisper


def float_samples(samples: np.ndarray) -> np.ndarray:
    """Float32 in [-1, 1] of float samples (as they are) or of 16-bit PCM (scaled as ffmpeg does)."""
    if samples.dtype == np.int16:
        return np.multiply(samples, np.float32(1.0 / 32768.0), dtype=np.float32)
    return np.asarray(samples, dtype=np.float32)


def plan_blocks(samples: np.ndarray, block_s: float = BLOCK_S) -> List[tuple[int, int]]:
    """(start, end) sample ranges of at most block_s, each cut at the quietest nearby moment."""
    n = len(samples)
    block = int(block_s * SAMPLE_RATE)
    if n <= block:
        return [(0, n)]
    frame = int(CUT_FRAME_S * SAMPLE_RATE)
    search = int(CUT_SEARCH_S * SAMPLE_RATE)
    blocks, start = [], 0
    while n - start > block:
        window_start = start + block - search
        window = float_samples(samples[window_start : start + block])
        frames = len(window) // frame
        energy = np.square(window[: frames * frame].reshape(frames, frame)).mean(axis=1)
        cut = window_start + int(np.argmin(energy)) * frame + frame // 2
        blocks.append((start, cut))
        start = cut
    blocks.append((start, n))
    return blocks


def read_speech_ahead(samples: np.ndarray) -> None:
    """Have Silero read the first block of these samples now (its reading is kept, regions._LastReading), so that
    `transcribe_samples` on the same samples finds it made: a model process that has just started runs this while
    its model is still loading, on the core the loading leaves free (the caller is only waiting by then)."""
    samples = samples if isinstance(samples, np.ndarray) and samples.dtype == np.int16 else np.asarray(samples, dtype=np.float32)
    if samples.ndim != 1 or len(samples) < SAMPLE_RATE // 10:
        return
    start, end = plan_blocks(samples)[0]
    speech_probabilities(float_samples(samples[start:end]))


def transcribe_samples(
    samples: np.ndarray,
    model: Union[str, ModelSpec, None] = None,
    language: Optional[str] = None,
    threads: Optional[int] = None,
    beam_size: int = DEFAULT_BEAM_SIZE,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
    second_listen: bool = True,
) -> dict:
    """Transcribe mono 16 kHz samples (float32, or 16-bit PCM); returns {duration_s, model, language,
    segments, unrecognised_speech, heard_again}. With `second_listen`, the stretches tiny.en was
    unsure of are heard again by the base model when it is installed (second_listen.py)."""
    samples = samples if isinstance(samples, np.ndarray) and samples.dtype == np.int16 else np.asarray(samples, dtype=np.float32)
    if samples.ndim != 1:
        raise UsageError("transcribe_samples takes one channel of 16 kHz samples; mix to mono first.")
    spec = model if isinstance(model, ModelSpec) else resolve_model(model)
    if language and not spec.multilingual and language != "en":
        raise UsageError(
            f"The model {spec.name} understands English only; choose the 'base' model for language {language!r}."
        )
    if not spec.multilingual:
        language = "en"
    duration = len(samples) / SAMPLE_RATE
    report = progress or (lambda fraction, message: None)
    if len(samples) < SAMPLE_RATE // 10:  # under 0.1 s: nothing a model could hear
        report(1.0, "Transcribed")
        return {"duration_s": round(duration, 3), "model": spec.name, "language": language or "en", "segments": [],
                "unrecognised_speech": [], "heard_again": None}
    listens = second_listen and spec.name in LISTENS_AGAIN
    report(0.0, f"Loading the speech model ({spec.name})")
    whisper = load_model(spec, threads)
    check(cancel)
    whole = report
    if listens:
        report = lambda fraction, message: whole(fraction * FIRST_PASS_SHARE, message)  # noqa: E731

    clock = EtaClock()
    segments: List[dict] = []
    unrecognised: List[dict] = []
    options = dict(language=language, beam_size=beam_size)
    for start, end in plan_blocks(samples):
        check(cancel)
        offset = start / SAMPLE_RATE
        block = float_samples(samples[start:end])
        regions = speech_regions(block, dict(VAD_PARAMETERS, threshold=HOLE_VAD_THRESHOLD))
        block_segments: List[dict] = []
        groups = decode_groups(regions, max_s=DECODE_GROUP_S) if DECODE_GROUP_S else ([(0.0, len(block) / SAMPLE_RATE)] if regions else [])
        for a, b in groups:
            check(cancel)
            pieces, info = _decode(whisper, block, a, b, options, vad=not DECODE_GROUP_S)
            for piece in pieces:  # a generator: whisper decodes as we go, so cancel can stop it here
                block_segments.append(_segment_dict(piece, a))  # block time until shifted
                check(cancel)
                _report(report, clock, offset + a + float(piece.end), duration)
            # The language of the first group with speech holds for the rest (a guess from silence is no guess).
            if options["language"] is None and block_segments:
                options["language"] = info.language
            _report(report, clock, offset + b, duration)
        budget = max(2, int(REDECODES_PER_MINUTE * (end - start) / SAMPLE_RATE / 60.0))
        found, empty = _second_tries(whisper, block, regions, block_segments, options, budget, cancel)
        segments += [_shift(seg, offset) for seg in block_segments + found]
        unrecognised += [{"start": round(a + offset, 3), "end": round(b + offset, 3)} for a, b in empty]
        _report(report, clock, end / SAMPLE_RATE, duration)
    language = options["language"]

    segments.sort(key=lambda seg: seg["start"])
    heard_again = None
    stretches = listening.unsure_stretches(segments, unrecognised, duration) if listens else []
    listener = _listener(spec) if listening.worth_hearing_again(stretches, duration_s=duration) else None
    if listener is not None:
        whole(FIRST_PASS_SHARE, f"Listening again where unsure ({listener.name} model)")
        larger = load_model(listener, threads)
        heard_again = listening.listen_again(
            samples, segments, unrecognised, stretches,
            decode=lambda stream: decode_stream(larger, stream, dict(options, language="en", **DECODE_OPTIONS)),
            judge=lambda stream, readings: (read_through(whisper, stream, readings), read_through(larger, stream, readings)),
            check=lambda: check(cancel),
            progress=lambda f: whole(FIRST_PASS_SHARE + (1 - FIRST_PASS_SHARE) * f, "Listening again where unsure"),
        )
        heard_again["model"] = listener.name
    kept, _dropped = drop_hallucinations(segments)
    snap_transcript(kept, samples)  # word edges out of the pauses whisper stretched them over
    whole(1.0, "Transcribed")
    return {
        "duration_s": round(duration, 3),
        "model": spec.name,
        "language": language or "en",
        "segments": kept,
        "unrecognised_speech": unrecognised,
        "heard_again": heard_again,
    }


def _listener(spec: ModelSpec) -> Optional[ModelSpec]:
    """The larger model that hears this model's unsure stretches again, when there is one and it is installed."""
    name = LISTENS_AGAIN.get(spec.name)
    if name is None:
        return None
    try:
        return resolve_model(name)
    except ModelUnavailable:
        return None  # not installed: the small model's words stand, as before


def _decode(whisper, block: np.ndarray, a: float, b: float, options: dict, vad: bool = False):
    """Decode block[a:b] (seconds) on its own, through whisper's own VAD filter when `vad`;
    returns (segment pieces as they are decoded, info)."""
    lo, hi = max(0, int(a * _REGION_RATE)), min(len(block), int(b * _REGION_RATE))
    filtering = {"vad_filter": True, "vad_parameters": dict(VAD_PARAMETERS)} if vad else {"vad_filter": False}
    return whisper.transcribe(block[lo:hi], word_timestamps=True, **filtering, **options, **DECODE_OPTIONS)


def _second_tries(whisper, block, regions, segments, options, budget, cancel):
    """Decode each stretch of speech that got no word once more, alone (not a pause between words: under
    HOLE_MIN_SPEECH_S of speech in Silero's reading of the block); returns (new segments relative to the block,
    the stretches still without words)."""
    words = [w for seg in segments for w in seg["words"]]
    found: List[dict] = []
    empty = []
    probabilities = None
    for a, b in holes(regions, words, HOLE_MIN_S):
        if probabilities is None:
            probabilities = speech_probabilities(block)  # the reading the regions were found with
        if speech_inside(probabilities, (a, b), HOLE_VAD_THRESHOLD) < HOLE_MIN_SPEECH_S:
            empty.append((a, b))
            continue
        if budget <= 0:
            empty.append((a, b))
            continue
        budget -= 1
        check(cancel)
        lo = max(0.0, a - REDECODE_PAD_S)
        pieces, _ = _decode(whisper, block, lo, b + REDECODE_PAD_S, options)
        heard = words_inside([w for p in pieces for w in _whole_words(p.words or [], lo)], (a, b))
        heard = [w for w in heard if not _repeats_neighbour(w, words)]
        if heard and sum(w["probability"] for w in heard) / len(heard) >= REDECODE_MIN_PROBABILITY:
            found.append({"start": heard[0]["start"], "end": heard[-1]["end"],
                          "text": " ".join(w["word"] for w in heard), "words": heard})
        else:
            empty.append((a, b))
    return found, empty


def _repeats_neighbour(word: dict, words: Sequence[dict], reach_s: float = 0.6) -> bool:
    """A word heard again at the edge of a hole that its neighbour already holds (timestamps run
    a little short, so a second try re-hears the last word before the hole)."""
    token = normalise(word["word"])
    return any(normalise(w["word"]) == token and abs((w["start"] + w["end"]) / 2 - (word["start"] + word["end"]) / 2) <= reach_s
               for w in words)


def _shift(segment: dict, offset: float) -> dict:
    moved = dict(segment, start=round(segment["start"] + offset, 3), end=round(segment["end"] + offset, 3))
    moved["words"] = [dict(w, start=round(w["start"] + offset, 3), end=round(w["end"] + offset, 3))
                      for w in segment["words"]]
    return moved


def _report(report: ProgressFn, clock: EtaClock, done_s: float, total_s: float) -> None:
    fraction = min(1.0, done_s / total_s) if total_s > 0 else 1.0
    eta = clock.eta_s(fraction)
    left = f", about {timefmt.clock(eta, pad_minutes=False)} left" if eta is not None else ""
    done, total = timefmt.clock(done_s, pad_minutes=False), timefmt.clock(total_s, pad_minutes=False)
    report(fraction, f"Transcribing: {done} of {total}{left}")
