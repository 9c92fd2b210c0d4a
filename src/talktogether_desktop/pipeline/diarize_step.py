"""The diarize step: vault audio (decoded in memory) -> speaker turns -> word speakers, names
from voice samples, the therapist's fixes replayed -> all saved in one transaction."""

from __future__ import annotations

from typing import Dict, Optional

from ..audio.analysis_audio import AnalysisAudio
from ..diarization.enrollment import CONFIDENT, match_speakers
from ..diarization.fixes import apply_fixes
from ..diarization.limits import check_speaker_count, stored_speaker_count
from ..errors import NotFound
from ..jobs import CancelToken, ProgressFn, check, no_progress, scaled
from ..storage import recordings, speakers, transcripts
from ..storage.settings import Settings
from . import chain
from .consent import require_analysis_consent
from .vault_audio import analysis_audio


def diarize_recording(vault, settings: Settings, recording_id: int, progress: Optional[ProgressFn] = None,
                      cancel: Optional[CancelToken] = None, num_speakers: Optional[int] = None,
                      audio: Optional[AnalysisAudio] = None) -> Dict:
    """Diarize a stored recording and save everything at once; returns the (fixed) diarization.
    `audio`: the recording already decoded (by the job's first step), else it is decoded here."""
    report = progress or no_progress
    rec = require_analysis_consent(vault, recording_id)
    # before the audio is decoded; a count over the limit from an older import is read with the limit, and said
    if num_speakers:
        k, over_limit = check_speaker_count(num_speakers), ""
    else:
        k, over_limit = stored_speaker_count(rec.get("speaker_count"))
    if audio is None:
        report(0.0, "Reading the recording from the vault")
        audio = analysis_audio(vault, recording_id)
    check(cancel)
    words = transcripts.load_words(vault, recording_id)
    raw = chain.find_speakers(audio, k, words, scaled(report, 0.02, 0.95), cancel)
    if over_limit:
        raw["warnings"] = [*(raw.get("warnings") or []), over_limit]
    del audio
    check(cancel)
    with vault.transaction():
        speakers.save_diarization(vault, recording_id, raw)
        _label_voices(vault, recording_id, rec["couple_id"], raw)
        result = apply_and_store(vault, recording_id, raw, words)
        recordings.set_status(vault, recording_id, "diarized")
        if num_speakers and stored_speaker_count(rec.get("speaker_count"))[1]:  # the number it lacked, given now
            recordings.set_speaker_count(vault, recording_id, k)
    report(1.0, "Speakers saved")
    return result


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


def apply_and_store(vault, recording_id: int, raw: Dict, words) -> Dict:
    """Every stored fix replayed over the raw diarization; word speakers and the fixed result saved."""
    fixes = speakers.list_fixes(vault, recording_id)
    attributed = chain.attribute(words, raw)
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
        raise no_speaker_turns(vault, recording_id)
    return fixed


def no_speaker_turns(vault, recording_id: int) -> NotFound:
    """Why a recording has no speaker turns: it has none yet, or there is no such recording (which `diarize` would
    not help)."""
    recordings.get_recording(vault, recording_id)  # NotFound: "There is no recording with id …"
    if transcripts.holds_no_speech(vault, recording_id):  # `diarize` would find no turns either
        return NotFound(f"{recordings.called(vault, recording_id)} holds no speech (no words were recognised in it), so it has no "
                        "speaker turns.")
    return NotFound(f"{recordings.called(vault, recording_id)} has no speaker turns yet (talktogether diarize {recording_id}).")
