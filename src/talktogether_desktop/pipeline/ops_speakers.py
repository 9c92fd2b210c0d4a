"""Operations on who spoke: find the speakers, name a voice once, swap, reassign, keep voice samples.

A fix is stored, every stored fix is replayed over the saved diarization, and an analysis made
before is brought up to date, all through the same steps the processing job runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Optional, Tuple

import numpy as np

from ..diarization.enrollment import clean_excerpt, embed_voice_sample, sample_from_recording, speech_spans
from ..diarization.fixes import words_to_move
from ..errors import BadAudio, UsageError
from ..jobs import CancelToken, ProgressFn
from ..storage import recordings, speakers, transcripts
from ..storage.couples import list_partners
from ..storage.settings import Settings
from .diarize_step import apply_and_store, diarize_recording, load_fixed, no_speaker_turns
from .file_run import read_audio_file
from .reanalysis import queue_reanalysis, run_reanalysis
from .times import check_range
from .vault_audio import analysis_audio

__all__ = [
    "diarize_recording", "fix_speakers", "name_speaker", "name_speakers", "swap_speakers", "reassign_speaker",
    "keep_voice_sample", "add_voice_sample_audio", "add_voice_sample_file", "excerpts", "load_fixed",
]


def fix_speakers(vault, settings: Settings, recording_id: int, kind: str, params: Dict,
                 rerun_analysis: bool = True, progress: Optional[ProgressFn] = None,
                 cancel: Optional[CancelToken] = None) -> Dict:
    """Store a fix ('rename', 'swap', 'reassign'), replay all fixes, and re-run the analysis."""
    return _store_fixes(vault, settings, recording_id, [(kind, params)], rerun_analysis, progress, cancel)


def _store_fixes(vault, settings: Settings, recording_id: int, fixes: List[Tuple[str, Dict]],
                 rerun_analysis: bool = True, progress: Optional[ProgressFn] = None,
                 cancel: Optional[CancelToken] = None) -> Dict:
    """Fixes stored together (several names given at once: one transaction, one analysis)."""
    raw = speakers.load_raw_diarization(vault, recording_id)
    if raw is None:
        raise no_speaker_turns(vault, recording_id)
    for kind, params in fixes:
        _check_fix(raw, kind, params)
    words = transcripts.load_words(vault, recording_id)
    fixes = [(kind, {**params, **_times_of_words(words, params)} if kind == "reassign" and "start" not in params
              else params) for kind, params in fixes]
    with vault.transaction():
        for kind, params in fixes:
            speakers.add_fix(vault, recording_id, kind, params)
        result = apply_and_store(vault, recording_id, raw, words)
        result["voice_samples_renewed"] = refresh_voice_samples(vault, recording_id)
        job_id = queue_reanalysis(vault, settings, recording_id)  # with the fix, so a kill cannot lose it
    if rerun_analysis:
        result["analysis_rerun"] = run_reanalysis(vault, settings, recording_id, job_id, progress, cancel,
                                                   wait_for_consent=True)
    return result


def _check_fix(raw: Dict, kind: str, params: Dict) -> None:
    labels = set(raw.get("speakers", []))
    if kind == "rename" and params.get("label") not in labels:
        raise UsageError(f"There is no speaker {params.get('label')!r} in this recording ({', '.join(sorted(labels))}).")
    if kind == "swap" and not {params.get("a"), params.get("b")} <= labels:
        raise UsageError("Swap needs two speakers of this recording.")
    if kind == "reassign" and params.get("speaker") not in labels:
        raise UsageError(f"There is no speaker {params.get('speaker')!r} in this recording.")


def _times_of_words(words, params: Dict) -> Dict:
    """A move of words by their numbers is kept with the words' times too: a new transcription
    numbers the words afresh, and the times still find the words the therapist moved."""
    if not words:
        raise UsageError("This recording has no words to give to a speaker: no speech was recognised in it.")
    chosen = words_to_move(words, params)
    numbers = [int(w.get("seq", -1)) for w in words]
    if not chosen or params["from_word"] < min(numbers) or params["to_word"] > max(numbers):
        # a range reaching past either end would move only the words inside it, silently
        raise UsageError(f"Words {params.get('from_word')} to {params.get('to_word')} are not in this recording: "
                         f"it has {len(words)}, numbered {min(numbers)} to {max(numbers)}.")
    return {"start": min(float(w["start"]) for w in chosen), "end": max(float(w["end"]) for w in chosen)}


def swap_speakers(vault, settings: Settings, recording_id: int, a: str = "S1", b: str = "S2", **options) -> Dict:
    return fix_speakers(vault, settings, recording_id, "swap", {"a": a, "b": b}, **options)


def reassign_speaker(vault, settings: Settings, recording_id: int, speaker: str,
                     from_word: Optional[int] = None, to_word: Optional[int] = None,
                     start: Optional[float] = None, end: Optional[float] = None, **options) -> Dict:
    """A word range (from_word..to_word, inclusive) or a time range (start..end) to one speaker."""
    by_word = from_word is not None or to_word is not None
    by_time = start is not None or end is not None
    if by_word == by_time:
        raise UsageError("Give either --from-word and --to-word, or --start and --end.")
    if by_word:
        if from_word is None or to_word is None or to_word < from_word:
            raise UsageError("Give --from-word I --to-word J with J >= I.")
        params = {"from_word": from_word, "to_word": to_word, "speaker": speaker}
    else:
        if start is None or end is None:
            raise UsageError("Give --start S --end E with E > S.")
        start, end = check_range(vault, recording_id, start, end)
        params = {"start": start, "end": end, "speaker": speaker}
    return fix_speakers(vault, settings, recording_id, "reassign", params, **options)


def name_speaker(vault, settings: Settings, recording_id: int, label: str, partner_id: Optional[int] = None,
                 name: Optional[str] = None, keep_sample: bool = True, **options) -> Dict:
    """Name a voice once; for a partner without a voice sample, keep one from this recording."""
    if partner_id is None and not name:
        raise UsageError("Give --partner PARTNER_ID or --name NAME.")
    return name_speakers(vault, settings, recording_id, {label: (partner_id, name)}, keep_sample, **options)


def name_speakers(vault, settings: Settings, recording_id: int, names: Dict[str, Tuple[Optional[int], Optional[str]]],
                  keep_sample: bool = True, **options) -> Dict:
    """Name several voices at once ({label: (partner_id, name)}; the window's Who is speaking?), in one transaction
    with one analysis: names swapped between two voices pass through no moment where both have one name."""
    rec = recordings.get_recording(vault, recording_id)
    for partner_id, _name in names.values():
        if partner_id is not None:
            _check_partner(vault, rec, partner_id)
    _check_one_voice_each(vault, rec, names)
    out = _store_fixes(vault, settings, recording_id,
                       [("rename", {"label": label, "partner_id": pid, "name": None if pid is not None else name})
                        for label, (pid, name) in names.items()], **options)
    short = []
    for label, (partner_id, _name) in names.items():
        if keep_sample and partner_id is not None and not speakers.list_voice_samples(vault, partner_id):
            try:
                out["voice_sample_id"] = keep_voice_sample(vault, settings, partner_id, recording_id, label)
            except BadAudio:  # the name stands; a sample from too little clean speech would name later voices wrongly
                short.append(next((p["display_name"] for p in list_partners(vault, rec["couple_id"])
                                   if p["id"] == partner_id), None) or "this partner")
                out.setdefault("voice_sample_id", None)
    if short:
        out["voice_sample_note"] = f"Not enough clear speech from {' or '.join(short)} alone to keep a voice sample."
    return out


def _check_one_voice_each(vault, rec: dict, names: Dict[str, Tuple[Optional[int], Optional[str]]]) -> None:
    """Two voices named as one person would merge two people in every count (the window's Who is speaking? refused
    it; `speakers name` named S2 as the partner S1 already was)."""
    partners = {p["id"]: p["display_name"] for p in list_partners(vault, rec["couple_id"])}
    by_name = {n.casefold(): pid for pid, n in partners.items()}
    shown = {s["label"]: (s["partner_id"], s["name"]) for s in speakers.list_speakers(vault, rec["id"])}
    shown.update(names)
    seen: Dict[object, str] = {}
    for label in sorted(shown):
        pid, name = shown[label]
        if pid is None and not (name or "").strip():
            continue  # not named yet
        key = pid if pid is not None else by_name.get(name.strip().casefold(), name.strip().casefold())
        if key in seen:
            other = seen[key]
            who = partners.get(key) or name.strip()
            first, then = (label, other) if label in names else (other, label)
            raise UsageError(f"{then} is already named {who}. Each voice is one person: name {then} otherwise first, "
                             f"or, if the names are the wrong way round, swap the voices' words "
                             f"(talktogether speakers swap {rec['id']} {min(first, then)} {max(first, then)}).")
        seen[key] = label


def keep_voice_sample(vault, settings: Settings, partner_id: int, recording_id: int,  # noqa: ARG001
                      label: Optional[str] = None) -> int:
    """20-30 s of one voice's clean speech from a recording becomes the partner's voice sample."""
    # another couple's partner is never given a voice from this recording (`speakers sample --label` kept it)
    _check_partner(vault, recordings.get_recording(vault, recording_id), partner_id)
    fixed = load_fixed(vault, recording_id)
    if label is None:
        named = [s["label"] for s in speakers.list_speakers(vault, recording_id) if s["partner_id"] == partner_id]
        if not named:
            raise UsageError(f"No voice in recording {recording_id} is named as partner {partner_id}; name it first.")
        label = named[0]
    mono = analysis_audio(vault, recording_id).samples
    sample = sample_from_recording(mono, fixed, label)
    return speakers.save_voice_sample(vault, partner_id, sample, embed_voice_sample(sample), recording_id)


def _check_partner(vault, rec: dict, partner_id: int) -> None:
    if partner_id not in {p["id"] for p in list_partners(vault, rec["couple_id"])}:
        raise UsageError(f"Partner {partner_id} does not belong to this recording's couple.")


def refresh_voice_samples(vault, recording_id: int) -> list:
    """Voice samples cut from this recording follow the therapist's fixes: after a swap, a
    reassign or a new name each is cut again from the voice now named that partner (or dropped
    when no voice is), so a naming mistake fixed here does not name the next recording wrongly."""
    from ..errors import BadAudio

    taken = speakers.voice_samples_from_recording(vault, recording_id)
    if not taken:
        return []
    fixed = load_fixed(vault, recording_id)
    named = {s["partner_id"]: s["label"] for s in speakers.list_speakers(vault, recording_id) if s["partner_id"]}
    mono = None
    renewed = []
    with vault.transaction():
        for row in taken:
            speakers.delete_voice_sample(vault, row["id"])
            label = named.get(row["partner_id"])
            if label is None:
                continue
            if mono is None:
                mono = analysis_audio(vault, recording_id).samples
            sample = sample_from_recording(mono, fixed, label)
            try:
                embedding = embed_voice_sample(sample)
            except BadAudio:  # too little clean speech left for this voice: no sample beats a wrong one
                continue
            renewed.append(speakers.save_voice_sample(vault, row["partner_id"], sample, embedding, recording_id))
    return renewed


def add_voice_sample_audio(vault, settings: Settings, partner_id: int, samples_16k: np.ndarray) -> int:  # noqa: ARG001
    """A sample recorded in the room (mono 16 kHz), embedded and stored encrypted."""
    return speakers.save_voice_sample(vault, partner_id, samples_16k, embed_voice_sample(samples_16k))


def add_voice_sample_file(vault, settings: Settings, partner_id: int, path: str | Path) -> int:
    """A voice sample from an audio file (read and decoded in memory)."""
    return add_voice_sample_audio(vault, settings, partner_id, read_audio_file(path).samples)


SURE_EXCERPT = 0.8  # every word of a voice's excerpt is this sure to be that voice's (word speaker_confidence)


def excerpts(vault, recording_id: int) -> Dict[str, Optional[tuple]]:
    """{label: (start, end)} of a clean 3 s excerpt per voice, for the therapist to listen and name: from words the
    speaker finder was sure of where it can (naming a voice by a stretch that was really the other one would name every
    finding after the wrong partner), else the longest clean stretch."""
    fixed = load_fixed(vault, recording_id)
    words = transcripts.load_words(vault, recording_id)
    return {label: _sure_excerpt(fixed, label, words) or clean_excerpt(fixed, label) for label in fixed.get("speakers", [])}


def _sure_excerpt(fixed: Dict, label: str, words, length_s: float = 3.0) -> Optional[tuple]:
    for a, b in sorted(speech_spans(fixed, label, fixed.get("overlaps", [])), key=lambda s: s[0] - s[1]):
        if b - a > length_s:
            a, b = (a + b) / 2 - length_s / 2, (a + b) / 2 + length_s / 2
        inside = [w for w in words if a <= (w["start"] + w["end"]) / 2 <= b]
        if inside and all(w.get("speaker") == label and (w.get("speaker_confidence") is None
                                                         or w["speaker_confidence"] >= SURE_EXCERPT) for w in inside):
            return round(a, 2), round(b, 2)
    return None
