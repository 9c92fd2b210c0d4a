"""Operations on recordings: import (a file, bytes, or a recording made in the room), process,
analyse, resume interrupted work, and the audio for the player.

Each takes the open vault and the settings (`storage.settings.load_settings(vault)`, perhaps with
one-run overrides); the CLI and the window call these, never the engines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from ..audio import AnalysisAudio, AudioInfo, scan_and_decode, scan_bytes
from ..audio.errors import CutShort
from ..audio.capture import encode_flac
from ..audio.decode import decode_bytes
from ..audio.files import input_file, read_input_file, readable_name, too_big_for_memory
from ..audio.metadata import parse_date
from ..diarization.limits import check_speaker_count
from ..errors import BadInputFile, DuplicateRecording, UsageError
from ..jobs import CancelToken, ProgressFn, no_progress, scaled
from ..storage import recordings, transcripts
from ..storage.settings import Settings
from . import analyze_step
from .process import ALL_STEPS, check_not_elsewhere, job_params, process_recording, resume_jobs
from .vault_audio import analysis_audio, playback_audio

__all__ = [
    "ImportResult", "import_file", "import_audio", "check_file", "CutShort", "recorded_date_in_file", "save_room_recording", "process_recording", "resume_jobs",
    "analyze_recording", "playback_audio", "feed_audio", "ALL_STEPS",
]


@dataclass
class ImportResult:
    id: int
    duplicate: bool
    info: Optional[AudioInfo]
    sha256: str
    # The models' audio from the import's own decoding, when the import queued its processing: hand it
    # to process_recording(audio=...) so the file is not decoded again. Memory only; never in to_dict.
    audio: Optional[AnalysisAudio] = field(default=None, repr=False)

    def to_dict(self) -> dict:
        out = {"id": self.id, "duplicate": self.duplicate, "sha256": self.sha256}
        if self.info is not None:
            out.update(self.info.to_dict())
        return out


def shown_file_name(path: str | Path) -> str:
    """A file's name as it is kept and said: text, with no control characters (audio.files.readable_name)."""
    return readable_name(Path(path).expanduser().name)


def import_file(vault, settings: Settings, couple_id: int, path: str | Path, **options) -> ImportResult:
    """Read a file into memory (never modifying it) and import it; see import_audio."""
    with input_file(path) as (data, mtime):  # a large file is read where it lies, never whole into memory
        options.setdefault("original_name", shown_file_name(path))
        options.setdefault("mtime", mtime)
        try:
            return import_audio(vault, settings, couple_id, data, **options)
        except MemoryError as exc:  # decoding or storing it: all or nothing, so nothing was stored
            raise BadInputFile(too_big_for_memory(path, len(data))) from exc
        except OSError as exc:  # a large file's read failed part-way (a disk pulled out): nothing was stored
            raise BadInputFile(f"Could not read {path}: {exc.strerror or exc}. Nothing was stored.") from exc


def import_audio(
    vault,
    settings: Settings,
    couple_id: int,
    data: bytes,
    original_name: Optional[str] = None,
    mtime: Optional[float] = None,
    assignment_id: Optional[int] = None,
    recorded_at: Optional[str] = None,
    speaker_count: int = 2,
    source: str = "import",
    accept_cut_short: bool = False,
    queue_processing: bool = False,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
) -> ImportResult:
    """Check the audio (decoded once, in memory), then store it; all or nothing.

    Raises a BadAudio subtype (nothing stored) or DuplicateRecording (carrying the existing id). A file
    whose end is missing raises CutShort unless `accept_cut_short`: then it is stored with the warning.
    With `queue_processing` (an import that is to be processed next: the CLI's `import`, the window's
    drop) the processing job is stored in the same transaction as the recording, with the settings it
    will run with, so a kill right after the import never leaves it unprocessed; the result then also
    carries the decoded audio (`audio`) for that processing. `progress` and `cancel` follow the decoding;
    cancelled (Cancelled), nothing is stored.
    """
    recordings.check_new_recording(vault, couple_id, assignment_id)
    speaker_count = check_speaker_count(speaker_count)
    if recorded_at is not None:
        parsed = parse_date(recorded_at)
        if parsed is None:
            raise UsageError(f"Cannot read the recording date {recorded_at!r}; use YYYY-MM-DD or YYYY-MM-DDTHH:MM.")
        recorded_at = parsed
    digest = recordings.sha256_hex(data)
    duplicate = recordings.duplicate_of(vault, digest, original_name)
    if duplicate is not None:
        raise duplicate
    # An import processed next keeps the models' audio from this same decoding (one decode per import).
    scan = scan_and_decode if queue_processing else _scan_only
    info, audio = scan(data, mtime=mtime, name=original_name, max_duration_s=settings.max_recording_s,
                       allow_cut_short=accept_cut_short, progress=progress, cancel=cancel)
    if recorded_at is not None:
        info.recorded_at, info.recorded_at_source = recorded_at, "given"
    extra = {"recorded_at_source": info.recorded_at_source, "peak_dbfs": info.peak_dbfs, "audible_s": info.audible_s}
    recording_id = recordings.add_recording(
        vault, couple_id, data, digest, info.to_dict(), original_name=original_name, assignment_id=assignment_id,
        speaker_count=speaker_count, source=source, extra=extra, import_warning=info.cut_short,
        queue_job=job_params(settings, ALL_STEPS) if queue_processing else None,
    )
    return ImportResult(id=recording_id, duplicate=False, info=info, sha256=digest, audio=audio)


def _scan_only(data: bytes, **options) -> tuple[AudioInfo, None]:
    return scan_bytes(data, **options), None


def check_file(vault, settings: Settings, path: str | Path, accept_cut_short: bool = False,  # noqa: ARG001
               progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None) -> Optional[str]:
    """Decode the whole file (keeping nothing) and raise what its import would refuse it for: silence only,
    damage, too long, cut short (CutShort, unless `accept_cut_short`). For the window, which asks the therapist
    about a file (its recording date) only once the file is known to be importable. Returns the cut-short
    warning the import will keep with it, or None."""
    with input_file(path) as (data, mtime):
        try:
            info = scan_bytes(data, mtime=mtime, name=readable_name(Path(path).expanduser().name),
                              max_duration_s=settings.max_recording_s, allow_cut_short=accept_cut_short,
                              progress=progress, cancel=cancel)
        except MemoryError as exc:
            raise BadInputFile(too_big_for_memory(path, len(data))) from exc
    return info.cut_short


def recorded_date_in_file(path: str | Path) -> tuple[bool, Optional[str], Optional[float]]:
    """(readable as audio, the date the file's metadata gives or None, the file's modification time).

    Only the headers are read, so the window can ask for the date before importing when the
    file does not say (its modification time is usually the day it was copied, not recorded).
    A file that cannot be read answers (False, None, None); its import then says what is wrong.
    """
    from ..audio.probe import probe_bytes

    try:
        with input_file(path) as (data, mtime):  # only the headers are read
            info = probe_bytes(data, name=Path(path).name)
    except Exception:  # noqa: BLE001 - the import itself reports what is wrong with the file
        return False, None, None
    return True, (info.recorded_at if info.recorded_at_source == "metadata" else None), mtime


def save_room_recording(vault, settings: Settings, couple_id: int, samples: np.ndarray, rate: int,
                        started_at: Optional[str] = None) -> int:
    """A recording made in the room: encoded in memory and stored like an import (no temporary file).
    `started_at`: when it began (UTC, ISO), now when not given."""
    return store_room_recording(vault, settings, couple_id, encode_flac(samples, rate), started_at)


def store_room_recording(vault, settings: Settings, couple_id: int, data: bytes,
                         started_at: Optional[str] = None) -> int:
    """A room recording already encoded (`audio.capture.encode_flac`), stored like an import."""
    stamp = started_at or datetime.now(timezone.utc).isoformat(timespec="seconds")
    result = import_audio(vault, settings, couple_id, data,
                          original_name=f"Room recording {stamp[:16].replace('T', ' ')}",
                          recorded_at=stamp[:16], source="room")
    return int(result.id)


def feed_audio(path: str | Path) -> tuple[np.ndarray, int]:
    """(mono samples, rate) of an audio file standing in for the microphone (tests, demos, servers)."""
    data, _mtime = read_input_file(path)
    decoded = decode_bytes(data, mono=True, name=Path(path).name)
    return decoded.samples[0], decoded.sample_rate


def analyze_recording(vault, settings: Settings, recording_id: int, progress: Optional[ProgressFn] = None,
                      cancel: Optional[CancelToken] = None) -> dict:
    """Analyse a stored recording, first doing whatever it still lacks (words, speakers) as one job."""
    report = progress or no_progress
    check_not_elsewhere(vault, recording_id)
    words = transcripts.load_words(vault, recording_id)
    missing: Sequence[str] = (
        ("transcribe", "diarize") if not words else () if any(w.get("speaker") for w in words) else ("diarize",)
    )
    audio = None
    if missing:
        audio = analysis_audio(vault, recording_id)  # decoded once for the missing steps and the analysis
        summary = process_recording(vault, settings, recording_id, progress=scaled(report, 0.0, 0.8),
                                    cancel=cancel, steps=missing, audio=audio)
        if summary.get("no_speech"):  # sound but no words: nothing to analyse, and not a failure
            return {"recording_id": recording_id, "no_speech": True}
    return analyze_step.analyze_recording(vault, settings, recording_id,
                                          progress=scaled(report, 0.8 if missing else 0.0, 1.0), cancel=cancel,
                                          audio=audio)


def delete_recording(vault, settings: Settings, recording_id: int) -> dict:  # noqa: ARG001
    """Erase one recording and everything made from it (a file imported into the wrong couple, or a partner's
    request): {"deleted", "couple_id", "voice_samples_deleted"}."""
    return recordings.delete_recording(vault, recording_id)


def already_imported(vault, couple_id: int, path: str | Path) -> None:
    """Raise the explained DuplicateRecording when these bytes are already in the vault (before anything is asked
    about the file, such as its recording date); else nothing. A file that cannot be read goes on to the import."""
    try:
        data, _mtime = read_input_file(path)
    except Exception:  # noqa: BLE001 - the import says why, in its own words
        return
    dup = recordings.duplicate_of(vault, recordings.sha256_hex(data), readable_name(Path(path).expanduser().name))
    del data
    if dup is not None:
        raise explain_duplicate(vault, couple_id, Path(path).name, dup)


def explain_duplicate(vault, couple_id: int, name: str, dup: DuplicateRecording, with_id: bool = False
                      ) -> DuplicateRecording:
    """The same file imported again, said by name and by whose it is (another couple's recording is not this one's).
    The recording is named as the window's list shows it (its name, when it was made, its length); `with_id` (the
    command line) names it by file, day and the id its commands take instead."""
    from ..storage import couples
    from ..timefmt import duration, local_time
    from .formats import recording_name

    name = readable_name(name)  # as the file given was named, never a terminal's escape sequence
    existing = recordings.get_recording(vault, int(dup.recording_id))
    if with_id:
        shown = existing.get("original_name") or "a recording"
        day = local_time(existing.get("recorded_at") or existing.get("imported_at"))[:10]
        which = f"as '{shown}'{f' of {day}' if day else ''}, recording {dup.recording_id}"
    else:
        when = local_time(existing.get("recorded_at") or existing.get("imported_at"), zone=True)
        long = duration(existing.get("duration_s"), none="")
        which = ", ".join([f"as '{recording_name(existing)}'"] + [w for w in (when, long and f"{long} long") if w])
    if existing["couple_id"] == couple_id:
        text = f"'{name}' is already among this couple's recordings ({which}). Nothing new was added."
    else:
        whose = couples.get_couple(vault, existing["couple_id"])["name"]
        text = (f"'{name}' is already in the vault, as a recording of {whose} ({which}). Nothing "
                f"new was added here; open it from {whose}'s page.")
    elsewhere = None if existing["couple_id"] == couple_id else int(existing["couple_id"])
    return DuplicateRecording(text, int(dup.recording_id), unprocessed=left_unprocessed(vault, existing),
                              other_couple_id=elsewhere)


def left_unprocessed(vault, recording: dict) -> bool:
    """The recording's processing was never finished (its import stopped by Ctrl-C or a crash, or made with
    --no-process, or a transcription that stopped on a problem): not transcribed yet, or transcribed but not analysed
    although both partners' consent is recorded. Waiting only for consent is not unprocessed."""
    from .consent import analysis_consented

    status = recording["status"]
    if status in ("imported", "failed"):  # (failed: its transcription stopped, and no words were kept)
        return True
    return status in ("transcribed", "diarized") and analysis_consented(vault, recording["couple_id"])

