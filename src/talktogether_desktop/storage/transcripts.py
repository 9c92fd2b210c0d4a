"""Transcripts in the vault: saved whole (replacing any earlier one) and read back as the contract dict.

Words are stored one row each, numbered across the whole recording (`seq`), with a `speaker`
column that diarization fills in later. The stretches of speech with no words recognised
(`unrecognised_speech`, a short list of times) travel in the transcript row's params JSON: they
belong to this transcript and are replaced with it, and need no table of their own.
"""

from __future__ import annotations

import json
from typing import Iterable, Optional

from ..errors import NotFound
from .vault import Vault, now_iso


def save_transcript(
    vault: Vault, recording_id: int, transcript: dict, params: Optional[dict] = None, status: Optional[str] = "transcribed"
) -> int:
    """Replace the recording's transcript in one transaction; returns the transcript id."""
    if vault.one("SELECT 1 FROM recordings WHERE id = ?", (recording_id,)) is None:
        raise NotFound(f"There is no recording with id {recording_id}.", missing="recording")
    with vault.transaction():
        vault.execute("DELETE FROM transcript_words WHERE recording_id = ?", (recording_id,))
        vault.execute(
            "DELETE FROM transcript_segments WHERE transcript_id IN (SELECT id FROM transcripts WHERE recording_id = ?)",
            (recording_id,),
        )
        vault.execute("DELETE FROM transcripts WHERE recording_id = ?", (recording_id,))
        cur = vault.execute(
            "INSERT INTO transcripts (recording_id, model, language, duration_s, params, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                recording_id,
                transcript.get("model", ""),
                transcript.get("language"),
                transcript.get("duration_s"),
                json.dumps({**(params or {}), "unrecognised_speech": _spans(transcript)}),
                now_iso(),
            ),
        )
        transcript_id = int(cur.lastrowid)
        word_seq = 0
        for seg_seq, segment in enumerate(transcript.get("segments", [])):
            cur = vault.execute(
                "INSERT INTO transcript_segments (transcript_id, seq, start, end, text) VALUES (?, ?, ?, ?, ?)",
                (transcript_id, seg_seq, segment["start"], segment["end"], segment.get("text", "")),
            )
            segment_id = int(cur.lastrowid)
            rows = []
            for word in segment.get("words", []):
                rows.append(
                    (segment_id, recording_id, word_seq, word["start"], word["end"], word["word"],
                     word.get("probability"), word.get("speaker"), word.get("speaker_confidence"))
                )
                word_seq += 1
            vault.conn.executemany(
                """INSERT INTO transcript_words (segment_id, recording_id, seq, start, end, word, probability,
                       speaker, speaker_confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows,
            )
        if status:
            vault.execute("UPDATE recordings SET status = ? WHERE id = ?", (status, recording_id))
        vault.audit("transcribe", "recording", recording_id)
    return transcript_id


def has_transcript(vault: Vault, recording_id: int) -> bool:
    return vault.one("SELECT 1 FROM transcripts WHERE recording_id = ?", (recording_id,)) is not None


def holds_no_speech(vault: Vault, recording_id: int) -> bool:
    """Transcribed, and no word was recognised (a tone, silence with hiss, half a second): nothing to find speakers
    in, analyse or report, which `diarize` or `analyze` would not change."""
    return has_transcript(vault, recording_id) and vault.one(
        "SELECT 1 FROM transcript_words WHERE recording_id = ? LIMIT 1", (recording_id,)) is None


def load_transcript(vault: Vault, recording_id: int, with_speakers: bool = False) -> Optional[dict]:
    """{duration_s, model, language, segments[{start, end, text, words[...]}]}, or None.

    With `with_speakers`, each word also carries "speaker" and "speaker_confidence".
    """
    head = vault.one("SELECT * FROM transcripts WHERE recording_id = ?", (recording_id,))
    if head is None:
        return None
    segments = []
    by_id = {}
    for row in vault.all(
        "SELECT id, start, end, text FROM transcript_segments WHERE transcript_id = ? ORDER BY seq", (head["id"],)
    ):
        segment = {"start": row["start"], "end": row["end"], "text": row["text"], "words": []}
        by_id[row["id"]] = segment
        segments.append(segment)
    for row in vault.all(
        """SELECT segment_id, start, end, word, probability, speaker, speaker_confidence
           FROM transcript_words WHERE recording_id = ? ORDER BY seq""",
        (recording_id,),
    ):
        word = {"start": row["start"], "end": row["end"], "word": row["word"], "probability": row["probability"]}
        if with_speakers:
            word["speaker"] = row["speaker"]
            word["speaker_confidence"] = row["speaker_confidence"]
        segment = by_id.get(row["segment_id"])
        if segment is not None:
            segment["words"].append(word)
    return {
        "duration_s": head["duration_s"],
        "model": head["model"],
        "language": head["language"],
        "segments": segments,
        "unrecognised_speech": _stored_spans(head["params"]),
    }


def load_unrecognised(vault: Vault, recording_id: int) -> list[dict]:
    """[{start, end}] where speech was heard but no words recognised ([] for older transcripts)."""
    head = vault.one("SELECT params FROM transcripts WHERE recording_id = ?", (recording_id,))
    return _stored_spans(head["params"]) if head is not None else []


def _spans(transcript: dict) -> list[dict]:
    return [{"start": float(s["start"]), "end": float(s["end"])} for s in transcript.get("unrecognised_speech") or []]


def _stored_spans(params_json: Optional[str]) -> list[dict]:
    try:
        params = json.loads(params_json or "{}")
    except ValueError:
        return []
    return list(params.get("unrecognised_speech") or []) if isinstance(params, dict) else []


def load_words(vault: Vault, recording_id: int) -> list[dict]:
    """The words flattened in order, each with seq, speaker and speaker_confidence (the analysis input)."""
    rows = vault.all(
        """SELECT seq, start, end, word, probability, speaker, speaker_confidence
           FROM transcript_words WHERE recording_id = ? ORDER BY seq""",
        (recording_id,),
    )
    return [dict(r) for r in rows]


def set_word_speakers(vault: Vault, recording_id: int, labels: Iterable[tuple[int, Optional[str], Optional[float]]]) -> None:
    """Write diarization's (seq, speaker, confidence) for each word, in one transaction."""
    with vault.transaction():
        vault.conn.executemany(
            "UPDATE transcript_words SET speaker = ?, speaker_confidence = ? WHERE recording_id = ? AND seq = ?",
            ((speaker, confidence, recording_id, seq) for seq, speaker, confidence in labels),
        )


# --- the therapist's corrections ---------------------------------------------------------------------


def add_correction(vault: Vault, recording_id: int, correction: dict) -> int:
    """Keep one checked correction (see transcription.corrections); audited, ids only."""
    params = {k: v for k, v in correction.items() if k != "kind"}
    with vault.transaction():
        cur = vault.execute(
            "INSERT INTO transcript_corrections (recording_id, kind, params, created_at) VALUES (?, ?, ?, ?)",
            (recording_id, correction["kind"], json.dumps(params, ensure_ascii=False), now_iso()),
        )
        vault.audit("correct_transcript", "recording", recording_id)
    return int(cur.lastrowid)


def remove_correction(vault: Vault, recording_id: int, correction_id: Optional[int] = None) -> dict:
    """Take back one correction (None: the latest) of this recording; audited. Returns what it was."""
    row = vault.one("SELECT id, kind, params, created_at FROM transcript_corrections WHERE recording_id = ? "
                    + ("AND id = ? " if correction_id is not None else "") + "ORDER BY id DESC LIMIT 1",
                    (recording_id, correction_id) if correction_id is not None else (recording_id,))
    if row is None:
        from .recordings import called

        raise NotFound(f"{called(vault, recording_id)} has no correction {correction_id}." if correction_id is not None
                       else f"{called(vault, recording_id)} has no corrections to undo.")
    with vault.transaction():
        vault.execute("DELETE FROM transcript_corrections WHERE id = ?", (row["id"],))
        vault.audit("uncorrect_transcript", "recording", recording_id)
    return {"id": row["id"], "kind": row["kind"], **json.loads(row["params"]), "created_at": row["created_at"]}


def list_corrections(vault: Vault, recording_id: int) -> list[dict]:
    rows = vault.all("SELECT id, kind, params, created_at FROM transcript_corrections WHERE recording_id = ? "
                     "ORDER BY id", (recording_id,))
    return [{"id": r["id"], "kind": r["kind"], **json.loads(r["params"]), "created_at": r["created_at"]} for r in rows]

