"""What the recording page needs, gathered on the vault thread (Qt-free; core calls only)."""

from __future__ import annotations

from typing import Optional

from ..pipeline import ops_recordings, ops_reports, ops_transcript
from ..pipeline.consent import analysis_consented
from ..storage import analyses as analyses_store
from ..storage import couples as couples_store
from ..storage import recordings as recordings_store
from ..storage import speakers as speakers_store
from ..storage.settings import load_settings

LINE_GAP_S = 1.5  # a pause this long inside one speaker's talk starts a new line


def speaker_names(vault, recording_id: int) -> dict[str, str]:
    """label -> name given to the voice (a partner's or typed); unnamed voices keep their label,
    exactly as the analysis and the report show them, until the therapist names them."""
    return speakers_store.speaker_names(vault, recording_id)


def lines_from_words(words: list[dict]) -> list[dict]:
    """Consecutive words of one speaker become a line; a long pause starts another."""
    lines: list[dict] = []
    for w in words:
        speaker = w.get("speaker")
        text = (w.get("word") or "").strip()
        if not text:
            continue
        last = lines[-1] if lines else None
        if last is not None and last["speaker"] == speaker and w["start"] - last["end"] < LINE_GAP_S:
            last["text"] += " " + text
            last["end"] = max(last["end"], w["end"])
            last["last_seq"] = w.get("seq")
        else:
            lines.append({"speaker": speaker, "start": w["start"], "end": w["end"], "text": text,
                          "first_seq": w.get("seq"), "last_seq": w.get("seq")})
    return lines


def latest_analysis(vault, recording_id: int) -> Optional[dict]:
    return analyses_store.latest_analysis(vault, recording_id)


def recording_page(vault, recording_id: int) -> dict:
    rec = recordings_store.get_recording(vault, recording_id)
    couple = couples_store.get_couple(vault, rec["couple_id"])
    samples, rate = ops_recordings.playback_audio(vault, recording_id)
    words = ops_transcript.corrected_words(vault, recording_id)  # the therapist's corrections shown
    names = speaker_names(vault, recording_id)
    lines = lines_from_words(words)
    labels = sorted({l["speaker"] for l in lines if l["speaker"]}) or []
    for label in labels:
        names.setdefault(label, label)
    return {
        "recording": rec,
        "couple": couple,
        "consent": analysis_consented(vault, rec["couple_id"]),
        "samples": samples,
        "sample_rate": rate,
        "lines": lines,
        "speakers": {l: names[l] for l in labels} if labels else {},
        "all_names": names,
        "analysis": latest_analysis(vault, recording_id),
        "notes": couples_store.list_notes(vault, rec["couple_id"], recording_id),
        "settings": load_settings(vault).to_dict(),
    }


def make_report(vault, recording_id: int, mode: str = "clinician") -> bytes:
    """A new session-prep PDF (on the settings' paper, in this version), also kept encrypted in the vault."""
    return ops_reports.make_session_prep(vault, load_settings(vault), recording_id, mode=mode)["pdf"]


def current_report(vault, recording_id: int, mode: str = "clinician") -> bytes:
    """The newest stored report when it is as new as the analysis (after a speaker fix it is not), else a new one."""
    return ops_reports.current_session_prep(vault, load_settings(vault), recording_id, mode)
