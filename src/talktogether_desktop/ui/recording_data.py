"""What the recording page needs, gathered on the vault thread (Qt-free; core calls only)."""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..storage import couples as couples_store
from ..storage import recordings as recordings_store
from ..storage import transcripts as transcripts_store
from .page_data import optional, settings

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


def speaker_names(vault, recording_id: int, partners: list[dict]) -> dict[str, str]:
    """label -> name: the speakers module's names when present, else partner order, else the label."""
    speakers = optional("storage.speakers")
    fn = getattr(speakers, "speaker_names", None) if speakers else None
    if fn is None:
        practice = optional("storage.practice")
        fn = getattr(practice, "speaker_names", None) if practice else None
    names = dict(fn(vault, recording_id)) if fn is not None else {}
    for i, p in enumerate(partners, start=1):
        names.setdefault(f"S{i}", p["display_name"])
    return names


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
    analyses = optional("storage.analyses")
    for name in ("latest_analysis", "load_latest", "get_latest", "load_analysis"):
        fn = getattr(analyses, name, None) if analyses else None
        if fn is not None:
            found = fn(vault, recording_id)
            if isinstance(found, dict) and "result" in found and "duration_s" not in found:
                return found["result"]
            return found
    return None


def recording_page(vault, recording_id: int) -> dict:
    rec = recordings_store.get_recording(vault, recording_id)
    couple = couples_store.get_couple(vault, rec["couple_id"])
    samples, rate = playback_samples(vault, rec)
    words = transcripts_store.load_words(vault, recording_id)
    names = speaker_names(vault, recording_id, couple["partners"])
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


def report_context(vault, recording_id: int, data: dict) -> dict:
    couple, rec = data["couple"], data["recording"]
    return {
        "couple_name": couple["name"],
        "partners": {label: name for label, name in data["all_names"].items()},
        "recorded_at": rec.get("recorded_at") or rec.get("imported_at"),
        "initials_only": bool(data["settings"].get("initials_only")),
    }


def make_report(vault, recording_id: int) -> bytes:
    """The session-prep PDF through the core (stored in the vault when the reports store exists)."""
    store = optional("storage.reports")
    for name in ("session_prep_for_recording", "make_session_prep", "render_for_recording"):
        fn = getattr(store, name, None) if store else None
        if fn is not None:
            result = fn(vault, recording_id)
            return result if isinstance(result, bytes) else result["pdf"]
    from ..reports import render_session_prep

    rec = recordings_store.get_recording(vault, recording_id)
    couple = couples_store.get_couple(vault, rec["couple_id"])
    analysis = latest_analysis(vault, recording_id)
    if analysis is None:
        from ..errors import NotFound

        raise NotFound("This recording has no analysis yet, so there is no report. Process it first.")
    names = speaker_names(vault, recording_id, couple["partners"])
    context = report_context(vault, recording_id, {"couple": couple, "recording": rec, "all_names": names,
                                                    "settings": settings(vault)})
    return render_session_prep(analysis, context, paper=settings(vault).get("paper") or "a4")
