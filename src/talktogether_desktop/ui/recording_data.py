"""What the recording page needs, gathered on the vault thread (Qt-free; core calls only)."""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..storage import analyses as analyses_store
from ..storage import couples as couples_store
from ..storage import recordings as recordings_store
from ..storage import reports as reports_store
from ..storage import speakers as speakers_store
from ..storage import transcripts as transcripts_store
from .page_data import settings

LINE_GAP_S = 1.5  # a pause this long inside one speaker's talk starts a new line
# Playback needs speech quality, not the original rate: 16-bit at 22.05 kHz (16 kHz past half an
# hour) keeps an hour of audio near 115 MB in memory instead of 690 MB of 48 kHz float samples.
PLAYBACK_RATE, LONG_PLAYBACK_RATE, LONG_S = 22050, 16000, 1800.0


def playback_samples(vault, rec: dict):
    rate = LONG_PLAYBACK_RATE if (rec.get("duration_s") or 0) > LONG_S else PLAYBACK_RATE
    decoded = recordings_store.decode_recording(vault, rec["id"], target_rate=rate, mono=True)
    samples = decoded.samples[0]
    pcm = np.empty(samples.shape, dtype=np.int16)
    np.multiply(np.clip(samples, -1.0, 1.0, out=samples), 32767, out=samples)
    pcm[:] = samples
    return pcm, decoded.sample_rate


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
    samples, rate = playback_samples(vault, rec)
    words = transcripts_store.load_words(vault, recording_id)
    names = speaker_names(vault, recording_id)
    lines = lines_from_words(words)
    labels = sorted({l["speaker"] for l in lines if l["speaker"]}) or []
    for label in labels:
        names.setdefault(label, label)
    return {
        "recording": rec,
        "couple": couple,
        "consent": couples_store.has_consent(vault, rec["couple_id"]),
        "samples": samples,
        "sample_rate": rate,
        "lines": lines,
        "speakers": {l: names[l] for l in labels} if labels else {},
        "all_names": names,
        "analysis": latest_analysis(vault, recording_id),
        "notes": couples_store.list_notes(vault, rec["couple_id"], recording_id),
        "settings": settings(vault),
    }


def make_report(vault, recording_id: int, mode: str = "clinician") -> bytes:
    """The session-prep PDF through the core, which also keeps it (encrypted) in the vault."""
    return reports_store.session_prep_for_recording(vault, recording_id, mode=mode)["pdf"]


def current_report(vault, recording_id: int, mode: str = "clinician") -> bytes:
    """The newest stored report when it is as new as the analysis (after a speaker fix it is not), else a new one."""
    stored = [r for r in reports_store.list_reports(vault, recording_id=recording_id)
              if (r.get("params") or {}).get("mode", "clinician") == mode]
    analysis = analyses_store.latest_record(vault, recording_id)
    # Stamps have one-second resolution: a report from the same second as the analysis is made again.
    if stored and analysis and stored[0]["created_at"] > analysis["created_at"]:
        return reports_store.get_report(vault, stored[0]["id"])["pdf"]
    return make_report(vault, recording_id, mode)
