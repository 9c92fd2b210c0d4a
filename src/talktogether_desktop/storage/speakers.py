"""Who is who in a recording: diarization results, speaker names, voice samples and fixes.

Voice samples (16-bit PCM and their embedding) live in the vault like all client data, so they
are encrypted with it. Repository functions take the vault first; multi-row writes run in one
transaction (they nest as savepoints inside the pipeline's).
"""

from __future__ import annotations

import json
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..errors import NotFound, UsageError
from .vault import Vault, now_iso

SAMPLE_RATE = 16000


# --- diarization results -----------------------------------------------------------------------


def save_diarization(vault: Vault, recording_id: int, raw: Dict) -> None:
    """Store the engine's result as it came (params["raw"], for replaying fixes) and as shown (result)."""
    params = {"engine": raw.get("params") or {}, "raw": raw}
    with vault.transaction():
        vault.execute(
            "INSERT INTO diarizations (recording_id, params, result, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(recording_id) DO UPDATE SET params = excluded.params, result = excluded.result, "
            "created_at = excluded.created_at",
            (recording_id, json.dumps(params), json.dumps(raw), now_iso()),
        )
        vault.audit("diarize", "recording", recording_id)


def set_fixed_result(vault: Vault, recording_id: int, fixed: Dict) -> None:
    vault.execute("UPDATE diarizations SET result = ? WHERE recording_id = ?", (json.dumps(fixed), recording_id))


def load_diarization(vault: Vault, recording_id: int) -> Optional[Dict]:
    """Speaker turns as the therapist sees them (fixes applied), or None."""
    row = vault.one("SELECT result FROM diarizations WHERE recording_id = ?", (recording_id,))
    return json.loads(row[0]) if row else None


def load_raw_diarization(vault: Vault, recording_id: int) -> Optional[Dict]:
    """The engine's own result, before any fix."""
    row = vault.one("SELECT params, result FROM diarizations WHERE recording_id = ?", (recording_id,))
    if row is None:
        return None
    return json.loads(row[0]).get("raw") or json.loads(row[1])


# --- names of the voices -----------------------------------------------------------------------


def set_speaker(vault: Vault, recording_id: int, label: str, partner_id: Optional[int] = None,
                name: Optional[str] = None, confidence: Optional[float] = None) -> None:
    vault.execute(
        "INSERT INTO recording_speakers (recording_id, label, partner_id, name, confidence) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(recording_id, label) DO UPDATE SET partner_id = excluded.partner_id, name = excluded.name, "
        "confidence = excluded.confidence",
        (recording_id, label, partner_id, name, confidence),
    )


def clear_speakers(vault: Vault, recording_id: int) -> None:
    vault.execute("DELETE FROM recording_speakers WHERE recording_id = ?", (recording_id,))


def list_speakers(vault: Vault, recording_id: int) -> List[Dict]:
    """[{label, partner_id, name, display_name, confidence}] (display_name: the partner's or the given name)."""
    rows = vault.all(
        """SELECT rs.label, rs.partner_id, rs.name, rs.confidence, p.display_name AS partner_name
           FROM recording_speakers rs LEFT JOIN partners p ON p.id = rs.partner_id
           WHERE rs.recording_id = ? ORDER BY rs.label""",
        (recording_id,),
    )
    out = []
    for r in rows:
        d = dict(r)
        d["display_name"] = d.pop("partner_name") or d["name"] or d["label"]
        out.append(d)
    return out


def speaker_names(vault: Vault, recording_id: int) -> Dict[str, str]:
    """{"S1": "Zoë", ...} for the analysis and the report."""
    return {s["label"]: s["display_name"] for s in list_speakers(vault, recording_id)}


# --- voice samples ------------------------------------------------------------------------------


def save_voice_sample(vault: Vault, partner_id: int, samples: np.ndarray, embedding: np.ndarray,
                      recording_id: Optional[int] = None) -> int:
    if vault.one("SELECT 1 FROM partners WHERE id = ?", (partner_id,)) is None:
        raise NotFound(f"There is no partner with id {partner_id}.", missing="partner")
    pcm = (np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0) * 32767).astype("<i2").tobytes()
    with vault.transaction():
        cur = vault.execute(
            "INSERT INTO voice_samples (partner_id, recording_id, sample_rate, audio, embedding, duration_s, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (partner_id, recording_id, SAMPLE_RATE, pcm, np.asarray(embedding, dtype="<f4").tobytes(),
             len(samples) / SAMPLE_RATE, now_iso()),
        )
        sample_id = int(cur.lastrowid)
        vault.audit("voice_sample_add", "partner", partner_id)
    return sample_id


def list_voice_samples(vault: Vault, partner_id: int) -> List[Dict]:
    rows = vault.all(
        "SELECT id, partner_id, recording_id, duration_s, created_at FROM voice_samples WHERE partner_id = ? ORDER BY id",
        (partner_id,),
    )
    return [dict(r) for r in rows]


def load_voice_sample_audio(vault: Vault, sample_id: int) -> np.ndarray:
    row = vault.one("SELECT audio FROM voice_samples WHERE id = ?", (sample_id,))
    if row is None:
        raise NotFound(f"There is no voice sample with id {sample_id}.", missing="voice sample")
    return np.frombuffer(row[0], dtype="<i2").astype(np.float32) / 32767.0


def partner_embeddings(vault: Vault, couple_id: int) -> Dict[int, np.ndarray]:
    """{partner_id: unit embedding} from each partner's most recent voice sample."""
    rows = vault.all(
        """SELECT vs.partner_id, vs.embedding FROM voice_samples vs JOIN partners p ON p.id = vs.partner_id
           WHERE p.couple_id = ? AND vs.embedding IS NOT NULL ORDER BY vs.id""",
        (couple_id,),
    )
    out: Dict[int, np.ndarray] = {}
    for r in rows:
        out[int(r["partner_id"])] = np.frombuffer(r["embedding"], dtype="<f4").astype(np.float64)
    return out


def voice_samples_from_recording(vault: Vault, recording_id: int) -> List[Dict]:
    """[{id, partner_id}] of the voice samples cut from this recording."""
    rows = vault.all("SELECT id, partner_id FROM voice_samples WHERE recording_id = ? ORDER BY id", (recording_id,))
    return [dict(r) for r in rows]


def delete_voice_sample(vault: Vault, sample_id: int) -> None:
    with vault.transaction():
        row = vault.one("SELECT partner_id FROM voice_samples WHERE id = ?", (sample_id,))
        vault.execute("DELETE FROM voice_samples WHERE id = ?", (sample_id,))
        if row is not None:
            vault.audit("voice_sample_delete", "partner", int(row[0]))


# --- fixes ---------------------------------------------------------------------------------------

FIX_KINDS = ("rename", "swap", "reassign")


def add_fix(vault: Vault, recording_id: int, kind: str, params: Dict) -> int:
    if kind not in FIX_KINDS:
        raise UsageError(f"Unknown speaker fix {kind!r}; use one of {', '.join(FIX_KINDS)}.")
    with vault.transaction():
        cur = vault.execute(
            "INSERT INTO speaker_fixes (recording_id, kind, params, created_at) VALUES (?, ?, ?, ?)",
            (recording_id, kind, json.dumps(params), now_iso()),
        )
        vault.audit("speaker_fix", "recording", recording_id)
    return int(cur.lastrowid)


def list_fixes(vault: Vault, recording_id: int) -> List[Dict]:
    rows = vault.all(
        "SELECT id, kind, params, created_at FROM speaker_fixes WHERE recording_id = ? ORDER BY id", (recording_id,)
    )
    return [{"id": r["id"], "kind": r["kind"], "params": json.loads(r["params"]), "created_at": r["created_at"]} for r in rows]


def apply_renames(vault: Vault, recording_id: int, fixes: Sequence[Dict]) -> None:
    """Replay the therapist's names over the automatic ones (a name given by hand is certain)."""
    for fix in fixes:
        if fix["kind"] != "rename":
            continue
        p = fix["params"]
        set_speaker(vault, recording_id, p["label"], p.get("partner_id"), p.get("name"), 1.0)
