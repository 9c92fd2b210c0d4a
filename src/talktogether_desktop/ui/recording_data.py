"""What the recording page needs, gathered on the vault thread (Qt-free; core calls only)."""

from __future__ import annotations

from typing import Optional

from ..pipeline import ops_practice, ops_recordings, ops_reports, ops_transcript
from ..pipeline.named_analysis import latest_analysis_as_named
from ..pipeline.consent import analysis_consented
from ..pipeline.formats import lines_from_words, with_unrecognised
from ..pipeline.reanalysis import analysis_out_of_date, why_analysis_behind
from ..quote_times import retimed
from ..storage import couples as couples_store
from ..storage import recordings as recordings_store
from ..storage import speakers as speakers_store
from ..storage.settings import load_settings
from . import page_data


def speaker_names(vault, recording_id: int) -> dict[str, str]:
    """label -> name given to the voice (a partner's or typed); unnamed voices keep their label,
    exactly as the analysis and the report show them, until the therapist names them."""
    return speakers_store.speaker_names(vault, recording_id)


CLEAR_MATCH = 0.8  # a voice matched to a partner's sample below this confidence asks for a check


def speaker_sources(vault, recording_id: int) -> dict[str, dict]:
    """Where each voice's name came from: {"label": {"source": "you" | "voice sample" | None,
    "confidence", "clear"}}. A name the therapist gave (or confirmed by swapping) is certain; one
    matched from a voice sample carries the match's confidence and asks for a check when unclear."""
    fixes = speakers_store.list_fixes(vault, recording_id)
    renamed = {f["params"].get("label") for f in fixes if f["kind"] == "rename"}
    swapped = any(f["kind"] == "swap" for f in fixes)
    out = {}
    for s in speakers_store.list_speakers(vault, recording_id):
        named = s["partner_id"] is not None or bool(s["name"])
        if s["label"] in renamed or (swapped and named):
            out[s["label"]] = {"source": "you", "confidence": 1.0, "clear": True}
        elif s["partner_id"] is not None:
            confidence = float(s["confidence"] or 0.0)
            out[s["label"]] = {"source": "voice sample", "confidence": confidence, "clear": confidence >= CLEAR_MATCH}
        else:
            out[s["label"]] = {"source": None, "confidence": None, "clear": False}
    return out


def voice_excerpts(vault, recording_id: int) -> dict:
    """{label: (start, end)} of a few clean seconds per voice, to hear before naming it."""
    from ..pipeline.ops_speakers import excerpts
    from ..errors import NotFound

    try:
        return {label: span for label, span in excerpts(vault, recording_id).items() if span}
    except NotFound:
        return {}


def latest_analysis(vault, recording_id: int) -> Optional[dict]:
    """The latest analysis, its sentences naming the voices as they are named now (not as when it was made)."""
    return latest_analysis_as_named(vault, recording_id)


def recording_page(vault, recording_id: int) -> dict:
    rec = recordings_store.get_recording(vault, recording_id)
    rec["status"] = page_data.shown_status(vault, rec)  # as the couple page's list says it
    couple = couples_store.get_couple(vault, rec["couple_id"])
    samples, rate = ops_recordings.playback_audio(vault, recording_id)
    words = ops_transcript.corrected_words(vault, recording_id)  # the therapist's corrections shown
    names = speaker_names(vault, recording_id)
    lines = with_unrecognised(lines_from_words(words), ops_transcript.unrecognised_speech(vault, recording_id))
    labels = sorted({l["speaker"] for l in lines if l["speaker"]}) or []
    for label in labels:
        names.setdefault(label, label)
    # (each quoted line timed at the second it begins, as the transcript, the report and the command line say it)
    analysis = retimed(latest_analysis(vault, recording_id))
    return {
        "recording": rec,
        "couple": couple,
        "consent": analysis_consented(vault, rec["couple_id"]),
        "consent_withdrawn_at": page_data.consent_withdrawn_at(vault, rec["couple_id"]),
        "samples": samples,
        "sample_rate": rate,
        "lines": lines,
        "speakers": {l: names[l] for l in labels} if labels else {},
        "all_names": names,
        "sources": speaker_sources(vault, recording_id),
        "excerpts": voice_excerpts(vault, recording_id),
        "analysis": analysis,
        "practised": ops_practice.practised_in(vault, load_settings(vault), recording_id, analysis, names),
        "analysis_behind": why_analysis_behind(vault, recording_id),  # "failed", "consent" or None
        "analysis_waiting": analysis_out_of_date(vault, recording_id),  # its making again was stopped (when no job runs)
        "notes": couples_store.list_notes(vault, rec["couple_id"], recording_id),
        "corrections": ops_transcript.list_corrections(vault, load_settings(vault), recording_id),
        "speaker_fixes": speakers_store.list_fixes(vault, recording_id),  # listed with the corrections
        "assignments": [{"id": a.id, "title": ops_practice.title_shown(a), "period": [d.isoformat() for d in a.period()]}
                        for a in ops_practice.couple_assignments(vault, load_settings(vault), rec["couple_id"])],
        "practice_outside": ops_practice.linked_outside(vault, load_settings(vault), recording_id),
        "settings": load_settings(vault).to_dict(),
    }


def make_report(vault, recording_id: int, mode: str = "clinician") -> dict:
    """A new session-prep PDF (on the settings' paper, in this version), also kept encrypted in the vault: {"id", "pdf"}."""
    return ops_reports.make_session_prep(vault, load_settings(vault), recording_id, mode=mode)


def current_report(vault, recording_id: int, mode: str = "clinician") -> dict:
    """The newest stored report when it is as new as the analysis (after a speaker fix it is not), else a new one."""
    return ops_reports.current_report(vault, load_settings(vault), recording_id, mode)
