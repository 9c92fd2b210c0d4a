"""Vocal arousal per stretch of talk: Praat pitch and intensity (via parselmouth) and speech rate,
each z-scored against the same partner's own baseline (DOMAIN.md §4), so a naturally loud or
high-pitched partner is not called escalated.

Turns are measured in *units* of a few seconds (a long turn split at sentence ends), so the
escalation timeline can see a voice rise within a long turn. Only the audio of one unit at a
time is handed to Praat, which keeps memory flat for hour-long recordings.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np

from ..jobs import CancelToken, ProgressFn, check
from .settings import AnalysisSettings
from .turns import Turn
from .words import ends_sentence, token

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")

UNIT_TARGET_S = 6.0
UNIT_MAX_S = 10.0
MIN_UNIT_S = 0.3
# Smallest spreads a baseline may have: below these, differences are not audible changes, and
# very steady voices (or synthetic ones) would otherwise give huge z-scores for tiny changes.
MIN_SPREAD = {"loudness": 2.0, "pitch": 1.0, "range": 1.5, "rate": 0.6}
SIGNALS = ("loudness", "pitch", "range", "rate")


@dataclass
class Unit:
    speaker: str
    start: float
    end: float
    turn: int
    word_ids: list[int] = field(default_factory=list)
    loudness: Optional[float] = None      # mean intensity, dB
    pitch: Optional[float] = None         # median f0, semitones re 100 Hz
    pitch_hz: Optional[float] = None
    range: Optional[float] = None         # p10..p90 f0 span, semitones
    rate: Optional[float] = None          # syllables per second
    z: dict = field(default_factory=dict)


def split_units(turns: Sequence[Turn], words: Sequence[dict]) -> list[Unit]:
    units = []
    for index, turn in enumerate(turns):
        current: Optional[Unit] = None
        for wid in turn.word_ids:
            w = words[wid]
            if current is None:
                current = Unit(turn.speaker, w["start"], w["end"], index, [wid])
            else:
                current.word_ids.append(wid)
                current.end = max(current.end, w["end"])
            length = current.end - current.start
            if (length >= UNIT_TARGET_S and ends_sentence(w["word"])) or length >= UNIT_MAX_S:
                units.append(current)
                current = None
        if current is not None:
            units.append(current)
    return units


def syllables(word: str) -> int:
    """A spelling-based syllable count: vowel groups, less a silent final e (at least one).
    Rate in syllables is steadier than in words, which differ in length."""
    w = token(word)
    groups = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return max(1, groups)


def measure(
    units: list[Unit],
    words: Sequence[dict],
    audio: Optional[np.ndarray],
    sample_rate: int,
    settings: AnalysisSettings,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
) -> None:
    """Fill each unit's rate and, given audio, its pitch and loudness (in place)."""
    for unit in units:
        duration = unit.end - unit.start
        if len(unit.word_ids) >= 3 and duration >= 1.0:
            unit.rate = sum(syllables(words[i]["word"]) for i in unit.word_ids) / duration
    if audio is None or len(audio) == 0:
        return
    import parselmouth  # imported here so word-only analysis does not need it loaded

    audio = np.asarray(audio)
    if audio.ndim > 1:
        audio = audio.mean(axis=0) if audio.shape[0] < audio.shape[-1] else audio.mean(axis=1)
    total = len(units) or 1
    for n, unit in enumerate(units):
        if n % 50 == 0:
            check(cancel)
            if progress:
                progress(n / total, "Measuring pitch and loudness")
        if unit.end - unit.start < MIN_UNIT_S:
            continue
        a = max(0, int((unit.start - 0.05) * sample_rate))
        b = min(len(audio), int((unit.end + 0.05) * sample_rate))
        if b - a < int(MIN_UNIT_S * sample_rate):
            continue
        segment = np.asarray(audio[a:b], dtype=np.float64)
        if not np.any(segment):
            continue
        sound = parselmouth.Sound(segment, sampling_frequency=float(sample_rate))
        pitch = sound.to_pitch_ac(
            time_step=settings.prosody_time_step_s,
            pitch_floor=settings.pitch_floor_hz,
            pitch_ceiling=settings.pitch_ceiling_hz,
        )
        f0 = pitch.selected_array["frequency"]
        f0 = f0[f0 > 0]
        if len(f0) >= 5:
            st = 12.0 * np.log2(f0 / 100.0)
            unit.pitch = float(np.median(st))
            unit.pitch_hz = float(np.median(f0))
            unit.range = float(np.percentile(st, 90) - np.percentile(st, 10))
        intensity = sound.to_intensity(minimum_pitch=settings.pitch_floor_hz, time_step=settings.prosody_time_step_s)
        db = intensity.values[0]
        db = db[np.isfinite(db)]
        if len(db):
            # Energy mean, as Praat's "Get mean (energy)": loud syllables dominate, pauses do not.
            unit.loudness = float(10.0 * np.log10(np.mean(10.0 ** (db / 10.0))))
    if progress:
        progress(1.0, "Measured pitch and loudness")


def baselines(units: Sequence[Unit], settings: AnalysisSettings, tense_turns: frozenset = frozenset()) -> dict[str, dict]:
    """Each partner's own median and robust spread per signal, from their calmer speech: turns
    with criticism, contempt or defensiveness are left out while enough others remain."""
    out: dict[str, dict] = {}
    for speaker in sorted({u.speaker for u in units}):
        mine = [u for u in units if u.speaker == speaker]
        calm = [u for u in mine if u.turn not in tense_turns]
        base = {}
        for signal in SIGNALS:
            pool = calm if sum(1 for u in calm if getattr(u, signal) is not None) >= settings.min_baseline_turns else mine
            values = np.array([getattr(u, signal) for u in pool if getattr(u, signal) is not None])
            if len(values) < settings.min_baseline_turns:
                base[signal] = None
                continue
            median = float(np.median(values))
            mad = float(np.median(np.abs(values - median))) * 1.4826
            base[signal] = {"median": median, "spread": max(mad, MIN_SPREAD[signal]), "n": int(len(values))}
        out[speaker] = base
    return out


def score_units(units: Sequence[Unit], base: dict[str, dict]) -> None:
    for unit in units:
        for signal in SIGNALS:
            b = base.get(unit.speaker, {}).get(signal)
            value = getattr(unit, signal)
            unit.z[signal] = None if (b is None or value is None) else (value - b["median"]) / b["spread"]


def turn_prosody(turn_index: int, units: Sequence[Unit]) -> dict:
    """Duration-weighted means of a turn's units."""
    mine = [u for u in units if u.turn == turn_index]
    out: dict = {}
    for key in ("pitch_hz", "range", "loudness", "rate"):
        out[key] = _weighted([(getattr(u, key), u.end - u.start) for u in mine])
    out["z"] = {s: _weighted([(u.z.get(s), u.end - u.start) for u in mine]) for s in SIGNALS}
    return {
        "pitch_median_hz": _r(out["pitch_hz"], 1),
        "pitch_range_st": _r(out["range"], 2),
        "intensity_db": _r(out["loudness"], 1),
        "syllables_per_s": _r(out["rate"], 2),
        "z": {k: _r(v, 2) for k, v in out["z"].items()},
    }


def _weighted(pairs) -> Optional[float]:
    pairs = [(v, w) for v, w in pairs if v is not None and w > 0 and math.isfinite(v)]
    if not pairs:
        return None
    total = sum(w for _, w in pairs)
    return sum(v * w for v, w in pairs) / total


def _r(value: Optional[float], digits: int) -> Optional[float]:
    return None if value is None else round(float(value), digits)


def baseline_dict(base: dict) -> dict:
    """Baselines in readable units for the result."""
    out = {}
    names = {"loudness": "intensity_db", "pitch": "pitch_st_re_100hz", "range": "pitch_range_st", "rate": "syllables_per_s"}
    for signal, b in base.items():
        out[names[signal]] = None if b is None else {"median": round(b["median"], 2), "spread": round(b["spread"], 2), "n": b["n"]}
    return out
