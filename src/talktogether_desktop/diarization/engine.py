"""Who spoke when: the diarization engine (no vault, no Qt; runs on plain arrays).

VAD -> 1 s windows every 0.25 s inside speech islands -> speaker embeddings -> clustering into
the known number of voices -> window scores voted onto 10 ms frames -> (words: one label per word, short
interjections judged on their own audio) -> turns, overlaps and warnings.
Stereo recordings with one microphone per partner are labelled from the channels instead.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence

import numpy as np

from ..errors import BadAudio
from ..jobs import CancelToken, ProgressFn, check, scaled
from . import clustering, overlap, pitch, sentences, stereo, under_talk, vad, voices
from .encoder import loudness_gain, mel_level
from .limits import check_speaker_count
from .mel import mel_spectrogram
from .frames import flatten_words, frames_to_turns, label_words_on_frames, order_by_first_turn, word_confidences
from .windows import embed_windows, vote_frames

SAMPLE_RATE = 16000
RELIABLE_FRAMES = 100  # windows of at least 1 s decide the clusters; shorter ones only join them
ONE_VOICE_SIMILARITY = 0.91  # centroid cosine above which two "voices" are very likely one
ONE_VOICE_SEPARATION = 0.09  # median best-minus-runner-up window similarity below which too
MINOR_VOICE_SHARE = 0.03
# Two voices on one microphone: a raised voice stays its own speaker (voices.py decides per recording).
STYLE_ROBUST = True
# Mono with words: each sentence heard again at one pitch and loudness; one clearly nearer the other voice moves (sentences.py).
SENTENCES_HEARD_ALIKE = True
OVERLAP_FROM_WORDS = True  # mono with words: overlaps from speaker changes without a pause (overlap.py)
# Mono with words, two voices: a listener's "mm-hm" the recogniser left out, heard in the floor voice's sound (under_talk.py).
# Off: on the development set it found 9 of 36 with 7 spans where none was said, but on four walk-through recordings it
# was not tuned on 4 of 9 with 10 such spans (6 in one, f_holiday): a listener's sound the report would invent more often
# than it finds one (round 50, benchmarks/measured/accuracy_round50_backchannels.txt). The analysis takes them when given.
SOUNDS_UNDER_TALK = False


def diarize(
    samples: np.ndarray,
    sample_rate: int = SAMPLE_RATE,
    num_speakers: int = 2,
    channels: Optional[np.ndarray] = None,
    words: Optional[Sequence[dict]] = None,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
    channel_levels: Optional[np.ndarray] = None,
) -> Dict:
    """Speaker turns of a recording: {"speakers", "turns", "overlaps", "warnings", ...}.

    `samples` mono float32; `channels` optionally the (2, n) stereo channels at the same rate;
    `words` optionally the transcript words ({"start", "end", "word"}) so turns change only
    between words and short interjections keep their own speaker. Instead of `channels`, a
    caller short of memory may pass `channel_levels` = stereo.channel_levels(channels, frames).
    """
    k = check_speaker_count(num_speakers)
    samples = _as_16k(np.asarray(samples, dtype=np.float32).reshape(-1), sample_rate)
    if samples.size < SAMPLE_RATE // 2:
        raise BadAudio("The recording is shorter than half a second; there is nothing to diarize.")
    report = scaled(progress, 0.0, 1.0)
    total = vad.n_frames(len(samples))
    warnings: List[str] = []
    if channels is not None and channel_levels is None:
        channel_levels = _levels_of(np.asarray(channels), sample_rate, len(samples), total)
    channels = None

    report(0.0, "Finding speech")
    probs = vad.speech_probabilities(samples, cancel)
    mask = vad.speech_mask(probs, total)
    islands = vad.runs(mask)
    if not islands:
        return _empty(k, ["No speech was found in this recording."])
    speech = _speech_sample(samples, islands)
    gain = loudness_gain(speech)
    check(cancel)

    f0 = drift = None
    robust_wanted = STYLE_ROBUST and channel_levels is None and k == 2
    wins = embed_windows(samples, islands, gain, scaled(progress, 0.1, 0.5 if robust_wanted else 0.85), cancel)
    check(cancel)
    report(0.86, "Telling the voices apart")
    reliable = wins.lengths >= RELIABLE_FRAMES
    if reliable.sum() < 2 * k:
        reliable = np.ones(len(wins.spans), dtype=bool)
    if len(wins.spans) == 0:
        return _empty(k, ["The speech is too short to tell voices apart."])

    channel_labels = None
    separation = None
    style_evidence = None
    if channel_levels is not None and k == 2:
        channel_labels, channel_overlap = stereo.channel_labels(channel_levels[:, :total], mask, cancel)

    if channel_labels is not None:
        window_owner = np.array([np.bincount(channel_labels[a:b][channel_labels[a:b] >= 0] , minlength=2).argmax()
                                 if (channel_labels[a:b] >= 0).any() else 0 for a, b in wins.spans])
        cents = clustering.centroids_of(clustering.normalise(wins.embeddings.astype(np.float64)), window_owner, k)
        frame_labels = np.where(mask, np.maximum(channel_labels, 0), -1)
        frame_conf = np.where(mask, 0.95, 0.0)
        overlap_mask = channel_overlap & mask
    else:
        emb = clustering.normalise(wins.embeddings.astype(np.float64))
        _, cents = clustering.cluster(emb[reliable], k)
        sims = emb @ cents.T
        if robust_wanted:
            drift_free, style_evidence = voices.drift_free_voices(emb, wins.spans, sims)
            if drift_free is not None:
                # a man's and a woman's voice, far apart in pitch, are never merged by the drift (voices.py)
                f0 = pitch.PitchTrack(samples, total)
                kept, evidence = voices.pitch_kept_apart(pitch.window_pitch(f0, islands, wins.spans),
                                                         np.argmax(sims, axis=1), np.argmax(drift_free.sims, axis=1))
                style_evidence.update(evidence)
                drift_free = None if kept else drift_free
            if drift_free is not None:
                sims, cents, drift = drift_free.sims, drift_free.cents, drift_free.directions
                style_evidence["used"] = "drift-free"
            else:
                chosen_sims, choice, f0 = _style_robust(samples, islands, wins, emb, sims, reliable,
                                                        speech, gain, total, progress, cancel, f0)
                style_evidence.update(choice)
                if chosen_sims is not None:
                    # the plain-space centroids of the chosen voices, for the short interjections judged later
                    cents = clustering.centroids_of(emb, np.argmax(chosen_sims, axis=1), k)
                    sims = chosen_sims
        top2 = np.sort(sims[reliable], axis=1)[:, -2:] if k > 1 else np.ones((1, 2))
        separation = float(np.median(top2[:, 1] - top2[:, 0]))
        scores, _ = vote_frames(wins.spans, sims, total)
        frame_labels = np.where(mask, np.argmax(scores, axis=1), -1)
        frame_conf = np.where(mask, _confidence(scores), 0.0)
        covered = np.zeros(total, dtype=bool)
        for a, b in wins.spans:
            covered[a:b] = True
        frame_labels = _fill_uncovered(frame_labels, covered & mask, mask)
        overlap_mask = overlap.mono_overlap(wins.spans, sims, frame_labels, total) & mask if k > 1 else np.zeros(total, bool)

    del speech
    if channel_labels is None and k > 1:
        check(cancel)
        f0 = f0 if f0 is not None else pitch.PitchTrack(samples, total)
        frame_labels = pitch.recheck_short_stretches(frame_labels, f0, k)
    if words:
        check(cancel)
        frame_labels, frame_conf, short = label_words_on_frames(
            words, frame_labels, frame_conf, samples, gain, cents, mask,
            judge_interjections=channel_labels is None,  # with a microphone each, the channels know best
            drift=drift,
        )
        if f0 is not None:
            before = frame_labels
            frame_labels = pitch.recheck_short_stretches(frame_labels, f0, k, spans=short)
            moved = (before >= 0) & (frame_labels != before)  # the pitch gave them to the other voice
            frame_conf = np.where(moved, 1.0 - frame_conf, frame_conf)
        if f0 is not None and k == 2 and SENTENCES_HEARD_ALIKE:
            check(cancel)
            frame_labels, frame_conf = sentences.rejudge_sentences(sentences.in_time(flatten_words(words)), frame_labels,
                                                                   frame_conf, samples, gain, f0)

    warnings += _voice_warnings(cents, frame_labels, k, separation)
    report(0.97, "Writing the turns")
    order = order_by_first_turn(frame_labels, k)
    turns = frames_to_turns(frame_labels, frame_conf, order)
    if words and channel_labels is None and k > 1 and OVERLAP_FROM_WORDS:
        # mono with the words: overlap where one voice runs into the other with no pause (overlap.py)
        in_order = sorted(flatten_words(words), key=lambda w: float(w["start"]))
        levels = overlap.frame_levels(samples, total)
        found = overlap.word_change_overlaps(in_order, frame_labels, levels, mask)
        overlaps = [{"start": o["start"], "end": o["end"],
                     "speakers": [f"S{order[c] + 1}" for c in sorted(o["labels"], key=lambda c: order[c])],
                     "confidence": o["confidence"]} for o in found]
        if k == 2 and SOUNDS_UNDER_TALK:
            check(cancel)
            overlaps = sorted(overlaps + _sounds_under_talk(samples, in_order, frame_labels, levels, order),
                              key=lambda o: o["start"])
    else:
        overlaps = overlap.overlap_regions(overlap_mask, frame_labels, order,
                                           confidence=0.95 if channel_labels is not None else 0.5)
    result = {
        "speakers": [f"S{i + 1}" for i in range(k)],
        # each word's own speaker certainty (words.attribute_words), with the words it was given
        "word_confidence": word_confidences(words, frame_labels, frame_conf) if words else [],
        "turns": turns,
        "overlaps": overlaps,
        "warnings": warnings,
        "speaker_embeddings": {f"S{order[c] + 1}": [round(float(v), 6) for v in cents[c]] for c in range(k)},
        "params": {"method": "stereo-channels" if channel_labels is not None else "silero+resemblyzer+ward",
                   "num_speakers": k, "window_s": 1.0, "hop_s": 0.25,
                   "separation": None if separation is None else round(separation, 4),
                   "style_robust": style_evidence,
                   "stereo": None if channel_levels is None else ("one partner per channel" if channel_labels is not None
                                                                   else "same mix on both channels")},
    }
    report(1.0, "Speakers done")
    return result


def _style_robust(samples, islands, wins, emb, sims, reliable, speech, gain, total, progress, cancel, f0=None):
    """Two voices on one microphone where one may rise and the plain split is not along a shared
    drift (voices.py): (window scores of the style-robust clustering to use instead of the plain
    ones, or None; the evidence; the pitch track measured on the way, or `f0` when given)."""
    f0 = f0 if f0 is not None else pitch.PitchTrack(samples, total)
    window_st = pitch.window_pitch(f0, islands, wins.spans)
    if not np.isfinite(window_st).any():
        return None, {}, f0
    reference = mel_level(mel_spectrogram(speech[: 60 * SAMPLE_RATE] * gain))
    shifts = window_st - float(np.nanmedian(window_st))
    robust = embed_windows(samples, islands, gain, scaled(progress, 0.5, 0.85), cancel,
                           reference_level=reference, pitch_shifts=shifts)
    heard_alike = clustering.normalise(robust.embeddings.astype(np.float64))
    candidates = [voices.robust_voices(e, window_st, reliable, 2)[0] for e in (emb, heard_alike)]
    chosen, choice = voices.choose(wins.spans, emb, sims, candidates)
    return (None if chosen is None else candidates[chosen]), choice, f0


def _sounds_under_talk(samples, in_order, frame_labels, levels, order) -> List[Dict]:
    """under_talk's spans as overlap regions: the listener (`by`) made a short sound under the floor voice (`of`)."""
    owners = [overlap.word_owner(w, frame_labels) for w in in_order]
    out = []
    for s in under_talk.sounds_under_talk(samples, in_order, owners, levels):
        floor, listener = (f"S{order[c] + 1}" for c in s["labels"])
        out.append({"start": s["start"], "end": s["end"], "speakers": sorted([floor, listener]), "kind": "backchannel",
                    "by": listener, "of": floor, "confidence": s["confidence"]})
    return out


def _as_16k(x: np.ndarray, rate: int) -> np.ndarray:
    if rate == SAMPLE_RATE:
        return x
    from math import gcd

    from scipy.signal import resample_poly

    g = gcd(int(rate), SAMPLE_RATE)
    return resample_poly(x, SAMPLE_RATE // g, int(rate) // g).astype(np.float32)


def _levels_of(channels: np.ndarray, rate: int, n_mono: int, total: int) -> Optional[np.ndarray]:
    """Each channel's level per 10 ms frame, aligned with the 16 kHz mix. Callers may hand the
    channels at the file's own rate (44.1 kHz) beside the mix; the length ratio tells that rate."""
    if channels.ndim != 2 or channels.shape[0] < 2:
        return None
    n = channels.shape[1]
    if abs(n - n_mono) > 0.01 * n_mono:
        rate = int(round(SAMPLE_RATE * n / max(1, n_mono) / 50.0) * 50)
    if rate % 100 == 0:  # whole samples per 10 ms: measure at the channels' own rate, no copy
        return np.stack([stereo.frame_db(channels[c], total, rate // 100) for c in (0, 1)])
    aligned = np.stack([_as_16k(np.asarray(channels[c], dtype=np.float32), rate) for c in (0, 1)])
    return stereo.channel_levels(aligned, total)


def _speech_sample(samples: np.ndarray, islands, limit_s: float = 120.0) -> np.ndarray:
    """Up to two minutes of speech, spread over the recording, to set the loudness gain."""
    step = max(1, len(islands) // 200)
    parts, total = [], 0
    for a, b in islands[::step]:
        parts.append(samples[a * vad.FRAME_SAMPLES : b * vad.FRAME_SAMPLES])
        total += len(parts[-1])
        if total > limit_s * SAMPLE_RATE:
            break
    return np.concatenate(parts) if parts else np.zeros(0, np.float32)


def _confidence(scores: np.ndarray) -> np.ndarray:
    """0.5 at a tie, towards 1 as the best voice leads the next by a clear cosine margin."""
    if scores.shape[1] < 2:
        return np.ones(len(scores))
    top2 = np.sort(scores, axis=1)[:, -2:]
    margin = top2[:, 1] - top2[:, 0]
    return np.clip(0.5 + margin / 0.2 * 0.5, 0.5, 1.0)


def _fill_uncovered(labels: np.ndarray, covered: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Speech frames no window covered (islands under 0.25 s) take the nearest covered label."""
    need = mask & ~covered
    if not need.any() or not covered.any():
        return labels
    idx = np.flatnonzero(covered)
    targets = np.flatnonzero(need)
    pos = np.clip(np.searchsorted(idx, targets), 1, len(idx) - 1) if len(idx) > 1 else np.zeros(len(targets), int)
    left, right = idx[np.maximum(pos - 1, 0)], idx[pos]
    nearest = np.where(np.abs(targets - left) <= np.abs(right - targets), left, right)
    labels = labels.copy()
    labels[targets] = labels[nearest]
    return labels


def _voice_warnings(cents: np.ndarray, labels: np.ndarray, k: int, separation: Optional[float]) -> List[str]:
    if k < 2:
        return []
    speech = labels[labels >= 0]
    shares = np.bincount(speech, minlength=k) / max(1, len(speech))
    sims = cents @ cents.T
    top = max(float(sims[i, j]) for i in range(k) for j in range(i + 1, k))
    weak = separation is not None and separation < ONE_VOICE_SEPARATION
    if top >= ONE_VOICE_SIMILARITY or weak or shares.min() < MINOR_VOICE_SHARE:
        return [
            f"This recording sounds like fewer than {k} voices (the closest two are {top:.2f} alike; "
            f"the quietest speaks {shares.min():.0%} of the time). Check the speaker labels."
        ]
    return []


def _empty(k: int, warnings: List[str]) -> Dict:
    return {"speakers": [f"S{i + 1}" for i in range(k)], "turns": [], "overlaps": [], "warnings": warnings,
            "speaker_embeddings": {}, "params": {"num_speakers": k}}
