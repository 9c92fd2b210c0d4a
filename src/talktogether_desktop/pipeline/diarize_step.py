"""The diarize step: vault audio (decoded in memory) -> speaker turns -> word speakers, names
from voice samples, the therapist's fixes replayed -> all saved in one transaction.

Also the speaker-fix actions (name, swap, reassign, keep a voice sample), which re-apply every
stored fix to the saved diarization and then re-run the analysis when one was made before.
"""

from __future__ import annotations

import importlib
from typing import Dict, Optional

import numpy as np

from ..diarization import vad
from ..diarization.engine import diarize
from ..diarization.enrollment import CONFIDENT, clean_excerpt, embed_voice_sample, match_speakers, sample_from_recording
from ..diarization.fixes import apply_fixes
from ..diarization.words import attribute_words
from ..errors import NotFound, UsageError
from ..jobs import CancelToken, ProgressFn, check, no_progress, scaled
from ..storage import recordings, speakers, transcripts
from ..storage.couples import list_partners

SAMPLE_RATE = 16000


def diarize_recording(vault, recording_id: int, progress: Optional[ProgressFn] = None,
                      cancel: Optional[CancelToken] = None, num_speakers: Optional[int] = None) -> Dict:
    """Diarize a stored recording and save everything at once; returns the (fixed) diarization."""
    report = progress or no_progress
    rec = recordings.get_recording_to_analyse(vault, recording_id)
    report(0.0, "Reading the recording from the vault")
    mono, levels = decode_mono_and_levels(recordings.load_audio_bytes(vault, recording_id))
    check(cancel)
    words = transcripts.load_words(vault, recording_id)
    k = int(num_speakers or rec.get("speaker_count") or 2)
    raw = diarize(mono, SAMPLE_RATE, k, words=words or None, channel_levels=levels,
                  progress=scaled(report, 0.02, 0.95), cancel=cancel)
    check(cancel)
    with vault.transaction():
        speakers.save_diarization(vault, recording_id, raw)
        _label_voices(vault, recording_id, rec["couple_id"], raw)
        result = _apply_and_store(vault, recording_id, raw, words)
        recordings.set_status(vault, recording_id, "diarized")
    report(1.0, "Speakers saved")
    return result


def decode_mono_and_levels(data: bytes, name: Optional[str] = None):
    """(16 kHz mono float32, (2, frames) channel levels in dB or None) in one streamed pass over
    the file's bytes, never holding the stereo samples (an hour of them is 460 MB)."""
    from ..audio.decode import DecodeTally, check_complete, iter_blocks, open_audio

    with open_audio(data, name, float("inf")) as (container, stream, facts):
        estimate = int(((facts.declared_duration_s or 60.0) + 2.0) * SAMPLE_RATE)
        mono = np.zeros(estimate, dtype=np.float32)
        n = 0
        meter = _LevelMeter() if facts.channels == 2 else None
        tally = DecodeTally()
        for block in iter_blocks(container, stream, tally, SAMPLE_RATE, float("inf"), name):
            mix = block.mean(axis=0, dtype=np.float32) if block.shape[0] > 1 else block[0]
            if n + len(mix) > len(mono):
                mono = np.concatenate([mono, np.zeros(max(len(mix), len(mono) // 4), dtype=np.float32)])
            mono[n : n + len(mix)] = mix
            n += len(mix)
            if meter is not None and block.shape[0] == 2:
                meter.add(block)
        check_complete(facts, tally, SAMPLE_RATE, name)
    mono = mono[:n]
    return mono, (meter.levels(vad.n_frames(n)) if meter is not None else None)


class _LevelMeter:
    """Per-channel power of each 10 ms frame, fed block by block (blocks split frames anywhere)."""

    def __init__(self):
        self.powers: list = []
        self.rest = np.zeros((2, 0), dtype=np.float32)

    def add(self, block: np.ndarray) -> None:
        joined = np.concatenate([self.rest, block.astype(np.float32, copy=False)], axis=1)
        full = joined.shape[1] // vad.FRAME_SAMPLES
        cut = full * vad.FRAME_SAMPLES
        if full:
            frames = joined[:, :cut].reshape(2, full, vad.FRAME_SAMPLES)
            self.powers.append(np.mean(np.square(frames, dtype=np.float64), axis=2))
        self.rest = joined[:, cut:]

    def levels(self, total: int) -> np.ndarray:
        parts = list(self.powers)
        if self.rest.shape[1]:
            parts.append(np.mean(np.square(self.rest, dtype=np.float64), axis=1, keepdims=True))
        power = np.concatenate(parts, axis=1) if parts else np.zeros((2, 0))
        out = np.full((2, total), 1e-10)
        out[:, : min(total, power.shape[1])] = power[:, :total]
        return 10.0 * np.log10(out + 1e-10)


def _label_voices(vault, recording_id: int, couple_id: int, raw: Dict) -> None:
    """Partner names from their voice samples when the match is confident; else S1, S2 to name once."""
    speakers.clear_speakers(vault, recording_id)
    matches = match_speakers(raw.get("speaker_embeddings") or {}, speakers.partner_embeddings(vault, couple_id))
    for label in raw["speakers"]:
        m = matches.get(label)
        if m and m["confidence"] >= CONFIDENT:
            speakers.set_speaker(vault, recording_id, label, m["partner_id"], None, m["confidence"])
        else:
            speakers.set_speaker(vault, recording_id, label, None, None, m["confidence"] if m else None)


def _apply_and_store(vault, recording_id: int, raw: Dict, words) -> Dict:
    fixes = speakers.list_fixes(vault, recording_id)
    attributed = attribute_words(words, raw)
    fixed, fixed_words = apply_fixes(raw, attributed, fixes)
    speakers.apply_renames(vault, recording_id, fixes)
    if fixed_words:
        transcripts.set_word_speakers(
            vault, recording_id, ((w["seq"], w["speaker"], w.get("speaker_confidence")) for w in fixed_words)
        )
    fixed["applied_fixes"] = [f["id"] for f in fixes]
    speakers.set_fixed_result(vault, recording_id, fixed)
    return fixed


def load_fixed(vault, recording_id: int) -> Dict:
    """The diarization as the therapist sees it (fixes applied)."""
    fixed = speakers.load_diarization(vault, recording_id)
    if fixed is None:
        raise NotFound(f"Recording {recording_id} has no speaker turns yet (talktogether diarize {recording_id}).")
    return fixed


# --- the therapist's fixes -------------------------------------------------------------------------


def fix_speakers(vault, recording_id: int, kind: str, params: Dict, rerun_analysis: bool = True) -> Dict:
    """Store a fix, replay all fixes over the saved diarization, and re-run the analysis."""
    raw = speakers.load_raw_diarization(vault, recording_id)
    if raw is None:
        raise NotFound(f"Recording {recording_id} has no speaker turns yet (talktogether diarize {recording_id}).")
    _check_fix(raw, kind, params)
    with vault.transaction():
        speakers.add_fix(vault, recording_id, kind, params)
        words = transcripts.load_words(vault, recording_id)
        result = _apply_and_store(vault, recording_id, raw, words)
        result["voice_samples_renewed"] = refresh_voice_samples(vault, recording_id)
    if rerun_analysis:
        result["analysis_rerun"] = rerun_analysis_if_any(vault, recording_id)
    return result


def _check_fix(raw: Dict, kind: str, params: Dict) -> None:
    labels = set(raw.get("speakers", []))
    if kind == "rename" and params.get("label") not in labels:
        raise UsageError(f"There is no speaker {params.get('label')!r} in this recording ({', '.join(sorted(labels))}).")
    if kind == "swap" and not {params.get("a"), params.get("b")} <= labels:
        raise UsageError("Swap needs two speakers of this recording.")
    if kind == "reassign" and params.get("speaker") not in labels:
        raise UsageError(f"There is no speaker {params.get('speaker')!r} in this recording.")


def name_speaker(vault, recording_id: int, label: str, partner_id: Optional[int] = None,
                 name: Optional[str] = None, keep_sample: bool = True) -> Dict:
    """Name a voice once; for a partner without a voice sample, keep one from this recording."""
    rec = recordings.get_recording(vault, recording_id)
    if partner_id is not None and partner_id not in {p["id"] for p in list_partners(vault, rec["couple_id"])}:
        raise UsageError(f"Partner {partner_id} does not belong to this recording's couple.")
    if partner_id is None and not name:
        raise UsageError("Give --partner PARTNER_ID or --name NAME.")
    out = fix_speakers(vault, recording_id, "rename", {"label": label, "partner_id": partner_id, "name": name})
    if keep_sample and partner_id is not None and not speakers.list_voice_samples(vault, partner_id):
        out["voice_sample_id"] = keep_voice_sample(vault, partner_id, recording_id, label)
    return out


def keep_voice_sample(vault, partner_id: int, recording_id: int, label: Optional[str] = None) -> int:
    """20-30 s of one voice's clean speech from a recording becomes the partner's voice sample."""
    fixed = load_fixed(vault, recording_id)
    if label is None:
        named = [s["label"] for s in speakers.list_speakers(vault, recording_id) if s["partner_id"] == partner_id]
        if not named:
            raise UsageError(f"No voice in recording {recording_id} is named as partner {partner_id}; name it first.")
        label = named[0]
    mono = recordings.load_mono_16k(vault, recording_id)
    sample = sample_from_recording(mono, fixed, label)
    return speakers.save_voice_sample(vault, partner_id, sample, embed_voice_sample(sample), recording_id)


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
                mono = recordings.load_mono_16k(vault, recording_id)
            sample = sample_from_recording(mono, fixed, label)
            try:
                embedding = embed_voice_sample(sample)
            except BadAudio:  # too little clean speech left for this voice: no sample beats a wrong one
                continue
            renewed.append(speakers.save_voice_sample(vault, row["partner_id"], sample, embedding, recording_id))
    return renewed


def add_voice_sample_audio(vault, partner_id: int, samples_16k: np.ndarray) -> int:
    """A sample recorded in the room (or decoded from a file in memory)."""
    return speakers.save_voice_sample(vault, partner_id, samples_16k, embed_voice_sample(samples_16k))


def excerpts(vault, recording_id: int) -> Dict[str, Optional[tuple]]:
    """{label: (start, end)} of a clean 3 s excerpt per voice, for the therapist to listen and name."""
    fixed = load_fixed(vault, recording_id)
    return {label: clean_excerpt(fixed, label) for label in fixed.get("speakers", [])}


def rerun_analysis_if_any(vault, recording_id: int) -> bool:
    try:
        module = importlib.import_module("talktogether_desktop.pipeline.analyze_step")
    except ModuleNotFoundError:
        return False
    function = getattr(module, "analyze_recording", None)
    has_analysis = vault.one("SELECT 1 FROM analyses WHERE recording_id = ?", (recording_id,)) is not None
    if function is None or not has_analysis:
        return False
    function(vault, recording_id)
    return True
