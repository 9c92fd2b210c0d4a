"""Recordings in, words out: import, transcribe, list and show recordings, and the job list.

`transcribe-file` needs no vault: it reads one audio file and prints its transcript.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from .. import paths
from ..errors import BadInputFile, UsageError
from ..pipeline import MAX_SPEAKERS
from .common import confirm_erase, fmt_duration, fmt_time, local_time, speaker_limit_step


# --- progress on a terminal ------------------------------------------------------------------------


class ProgressBar:
    """A one-line bar on stderr, drawn only when stderr is a terminal (never in pipes or logs)."""

    WIDTH = 30

    def __init__(self, enabled: Optional[bool] = None):
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._last, self._fraction = None, 0.0

    def __call__(self, fraction: float, message: str = "") -> None:
        if not self.enabled:
            return
        # a step whose length is not known (jobs.UNKNOWN_HOW_FAR, below 0): the bar stays, its sentence changes
        fraction = self._fraction = self._fraction if fraction < 0 else min(1.0, max(0.0, fraction))
        filled = int(round(self.WIDTH * fraction))
        line = f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {fraction * 100:5.1f}% {message}"[:160]
        if line != self._last:
            sys.stderr.write(line.ljust(len(self._last or "")))
            sys.stderr.flush()
            self._last = line

    def close(self) -> None:
        if self.enabled and self._last is not None:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self._last = None


# --- transcribe-file (no vault) ----------------------------------------------------------------------


def cmd_transcribe_file(args, ctx) -> int:
    from ..pipeline.file_run import transcribe_file
    from ..pipeline.formats import transcript_text

    _check_threads(args)
    settings = ctx.file_settings(model=args.model, language=args.language, cpu_threads=args.threads)
    bar = ProgressBar()
    try:
        transcript = transcribe_file(args.audio, settings, progress=bar)
    finally:
        bar.close()
    if not transcript["segments"] and not transcript.get("unrecognised_speech"):  # else an empty file, said nothing
        ctx.info(f"No speech was found in '{Path(args.audio).name}' ({fmt_duration(transcript.get('duration_s'))}): "
                 "the transcript is empty.")
    fmt = "json" if (ctx.json and args.format is None) else (args.format or "txt")
    text = transcript_text(transcript, fmt)
    if args.output:
        try:
            paths.write_private_whole(Path(args.output).expanduser(), text)
        except OSError as exc:
            raise BadInputFile(f"Could not write {args.output}: {exc.strerror}.") from exc
        ctx.info(
            f"Wrote {len(transcript['segments'])} segments ({fmt_duration(transcript['duration_s'])} of audio) to {args.output}."
        )
    else:
        sys.stdout.write(text)
    return 0


# --- the vault: import, transcribe, recordings, jobs ---------------------------------------------------

NOT_PROCESSED = ("\nNo transcript yet: finish it with `talktogether analyze {id}` (words, speakers and analysis; it needs "
                 "{whose} consent), or write out the words alone with `talktogether transcribe {id}`.")
UNPROCESSED = (" It is not processed yet (its import was stopped part-way or on a problem, or made with "
               "--no-process): finish it with `talktogether analyze {id}`.")
DATE_SOURCES = {"given": "date given with --recorded-at", "metadata": "date from the file's own metadata",  # of import
                "file_mtime": "date from the file's last change on disk", "none": "no date found"}


def _processing_options(p) -> None:
    p.add_argument("--model", default=None,
                   help="tiny.en, base, or a CTranslate2 model folder (default: the vault's setting, else tiny.en)")
    p.add_argument("--language", default=None, help="language code for multilingual models (default: detect)")
    p.add_argument("--threads", type=int, default=None,
                   help="CPU threads for the speech model (default: the vault's setting, else up to 4)")


def _check_threads(args) -> None:
    if args.threads is not None and args.threads < 1:
        raise UsageError("--threads must be 1 or more.")


def _run_processing(ctx, vault, recording_id: int, steps, args, force: bool, audio=None) -> dict:
    """Process with a progress bar on a terminal; consent missing is an outcome here, not a failure."""
    from ..errors import ConsentMissing
    from ..pipeline.ops_recordings import process_recording

    settings = ctx.settings(model=args.model, language=args.language, cpu_threads=args.threads)
    bar = ProgressBar()
    try:
        summary = process_recording(vault, settings, recording_id, progress=bar, steps=steps, force=force,
                                    audio=audio)
    except ConsentMissing as exc:
        bar.close()
        ctx.info(str(exc))
        return {"recording_id": recording_id, "status": "transcribed", "waiting_for_consent": True}
    finally:
        bar.close()
    return summary


def _transcribe_again(ctx, vault, recording_id: int, args) -> dict:
    """A new transcript, and the analysis of the old words made again on the new ones (with consent)."""
    from ..pipeline.consent import whose_consent
    from ..pipeline.reanalysis import transcribe_again

    settings = ctx.settings(model=args.model, language=args.language, cpu_threads=args.threads)
    bar = ProgressBar()
    try:
        summary = transcribe_again(vault, settings, recording_id, progress=bar)
    finally:
        bar.close()
    if summary.get("reanalysis") == "done":
        ctx.info(f"The analysis of recording {recording_id} was made again on the new transcript.")
    elif summary.get("reanalysis") == "waiting_for_consent":
        whose = whose_consent(vault, recording_id=recording_id)
        ctx.info(f"The analysis of the earlier transcript was set aside; recording {recording_id} is analysed "
                 f"again once {whose} consent is recorded.")
    return summary


def cmd_import(args, ctx) -> int:
    from ..errors import Cancelled, DuplicateRecording
    from ..pipeline.ops_recordings import explain_duplicate, import_file
    from ..storage import recordings

    _check_threads(args)
    vault = ctx.vault()
    try:
        result = import_file(
            vault, ctx.settings(), args.couple, args.file, assignment_id=args.assignment,
            recorded_at=args.recorded_at, speaker_count=args.speakers, accept_cut_short=args.accept_cut_short,
            queue_processing=not args.no_process,
        )
    except DuplicateRecording as dup:
        existing = recordings.get_recording(vault, dup.recording_id)
        dup = explain_duplicate(vault, args.couple, Path(args.file).name, dup, with_id=True)
        ctx.info(str(dup) + (UNPROCESSED.format(id=dup.recording_id) if dup.unprocessed else ""))
        facts = {key: existing[key] for key in ("sha256", "container", "codec", "channels", "sample_rate",
                                                "recorded_at", "size_bytes")}  # the README's keys, as a new import
        ctx.emit(
            {"id": dup.recording_id, "duplicate": True, **facts, "duration_s": existing["duration_s"],
             "cut_short": existing["import_warning"], "status": existing["status"],
             "couple_id": existing["couple_id"], "unprocessed": dup.unprocessed},
            str(dup.recording_id),
        )
        return 0
    ctx.kept_recording = result.id  # a step that stops says how to finish it (cli/main.py)
    try:
        return _after_import(args, ctx, vault, result)
    except (Cancelled, KeyboardInterrupt) as exc:  # Ctrl-C: the recording is kept; say how to finish it (importing
        # it again only says it is already there)
        if recordings.get_recording(vault, result.id)["status"] != "imported":
            raise
        raise Cancelled(f"Stopped. Recording {result.id} is kept in the vault but not processed; finish it with "
                        f"`talktogether analyze {result.id}`.") from exc


def _after_import(args, ctx, vault, result) -> int:
    """What an import says, and its processing unless --no-process."""
    from ..pipeline.ops_recordings import shown_file_name
    from ..storage import recordings

    out = dict(result.to_dict(), couple_id=args.couple, status="imported")
    info = result.info
    ctx.info(
        f"Imported {shown_file_name(args.file)} as recording {result.id}: {fmt_duration(info.duration_s)}, "
        f"{info.channels} channel(s), {info.codec}, recorded {local_time(info.recorded_at, zone=True) or 'unknown'} "
        f"({DATE_SOURCES.get(info.recorded_at_source, info.recorded_at_source)})."
    )
    if info.cut_short:
        ctx.info(f"Warning: {info.cut_short} The warning is kept with the recording.")
    if not args.no_process:
        summary = _run_processing(ctx, vault, result.id, ("transcribe", "diarize", "analyse"), args, force=False,
                                  audio=result.audio)  # decoded by the import: not decoded again
        out["status"] = recordings.get_recording(vault, result.id)["status"]
        out["processing"] = summary
        steps = summary.get("steps") or {}
        if summary.get("no_speech"):
            ctx.info(f"No speech found in recording {result.id}: it holds sound but no recognisable words.")
        if steps:
            ctx.info("Processing: " + ", ".join(f"{k} {v.replace('_', ' ')}" for k, v in steps.items()) + ".")
    ctx.emit(out, str(result.id))
    return 0


def cmd_transcribe(args, ctx) -> int:
    from ..storage import transcripts

    _check_threads(args)
    vault = ctx.vault()
    summary = _transcribe_again(ctx, vault, args.recording_id, args)
    transcript = transcripts.load_transcript(vault, args.recording_id) or {"segments": []}
    words = sum(len(s["words"]) for s in transcript["segments"])
    summary.update(
        {"segments": len(transcript["segments"]), "words": words, "model": transcript.get("model"),
         "language": transcript.get("language"), "duration_s": transcript.get("duration_s")}
    )
    ctx.emit(
        summary,
        f"Recording {args.recording_id}: {len(transcript['segments'])} segments, {words} words "
        f"({transcript.get('model')}, {transcript.get('language')}).",
    )
    return 0


def cmd_recording_list(args, ctx) -> int:
    from ..pipeline.recording_state import STOPPED_WORDS, shown_status
    from ..storage import couples, recordings

    if args.couple is not None:
        couples.get_couple(ctx.vault(), args.couple)  # NotFound: an unknown couple is not "No recordings."
    rows = recordings.list_recordings(ctx.vault(), args.couple)
    for row in rows:  # ("status" as stored; "shown_status" as the window says it: "stopped_transcribed")
        row.pop("data", None)
        row["shown_status"] = shown_status(ctx.vault(), row)
    human = "\n".join(
        f"{r['id']:>4}  {local_time(r['recorded_at'], zone=True) or '-':20}  {fmt_duration(r['duration_s']):>8}  {r['channels']}ch  "
        f"{STOPPED_WORDS.get(r['shown_status'], r['status']):11}  {r['original_name'] or ''}{'  (CUT SHORT)' if r['import_warning'] else ''}"
        for r in rows
    ) or "No recordings."
    ctx.emit(rows, human)
    return 0


def cmd_recording_delete(args, ctx) -> int:
    from ..pipeline.ops_recordings import delete_recording
    from ..storage.recordings import get_recording

    vault = ctx.vault()
    rec = get_recording(vault, args.recording_id)  # NotFound before any question
    name = rec.get("original_name") or f"recording {args.recording_id}"
    confirm_erase(args.yes, f"Erase {name}, its transcript, analyses, reports and notes?")
    done = delete_recording(vault, ctx.settings(), args.recording_id)
    ctx.emit(done, f"Recording {args.recording_id} and everything made from it were erased.")
    return 0


def cmd_recording_show(args, ctx) -> int:
    from ..storage import recordings, speakers, transcripts
    from ..pipeline import ops_transcript
    from ..pipeline.consent import whose_consent
    from ..pipeline.formats import lines_from_words, transcript_text, unrecognised_note, with_unrecognised
    from ..pipeline.recording_state import shown_status, status_said

    vault = ctx.vault()
    recording = recordings.get_recording(vault, args.recording_id)
    recording["shown_status"] = shown_status(vault, recording)  # (a new key: "status" stays as stored)
    speaker_limit_step(ctx, recording)
    transcript = transcripts.load_transcript(vault, args.recording_id, with_speakers=True)
    if ctx.json:
        ctx.emit({"recording": recording, "transcript": transcript})
        return 0
    head = (
        f"Recording {recording['id']} ({recording['original_name'] or 'unnamed'}): "
        f"{fmt_duration(recording['duration_s'])}, {recording['channels']} channel(s), {recording['codec']}, "
        f"recorded {local_time(recording['recorded_at'], zone=True) or 'unknown'}, status {status_said(recording['shown_status'], recording['id'])}"
    )
    if recording["import_warning"]:
        head += f"\nWarning: {recording['import_warning']}"
    if transcript is None:
        whose = whose_consent(vault, recording["couple_id"])  # `transcribe` alone left it with no analysis:
        print(head + NOT_PROCESSED.format(id=recording["id"], whose=whose))
        return 0
    if not transcript["segments"]:
        print(head + "\nNo speech found: the recording holds sound but no recognisable words.")
        return 0
    if args.format and args.format != "txt":
        sys.stdout.write(transcript_text(transcript, args.format))
        return 0
    print(head)
    names = speakers.speaker_names(vault, recording["id"])  # S1/S2 as the names the therapist gave them
    # one line per speaker's run of words (as the window shows them, corrections applied), never a segment two share
    lines = with_unrecognised(lines_from_words(ops_transcript.corrected_words(vault, recording["id"])),
                              ops_transcript.unrecognised_speech(vault, recording["id"]))
    for line in lines:
        if line.get("unrecognised"):
            print(f"[{fmt_time(line['start'])}] {unrecognised_note(line)}")
            continue
        who = f" {names.get(line['speaker'], line['speaker'])}:" if line.get("speaker") else ""
        print(f"[{fmt_time(line['start'])}]{who} {line['text']}")
        if line.get("speaker_unsure"):
            print(f"    (speaker unsure, {fmt_time(line['start'])}-{fmt_time(line['end'])}, "
                  f"{names.get(line['speaker'], line['speaker'])}: \"{line['text']}\": the voices were hard to tell "
                  "apart; listen, and move the words if the other partner said them)")
    return 0


def cmd_jobs(args, ctx) -> int:
    from ..storage import jobs

    vault = ctx.vault()
    found = jobs.recover_interrupted(vault)
    if args.action == "resume":
        from ..pipeline.ops_recordings import resume_jobs

        bar = ProgressBar()
        try:
            outcomes = resume_jobs(vault, ctx.settings(), progress=bar)
        finally:
            bar.close()
        human = "\n".join(
            f"job {o['job_id']} (recording {o['recording_id']}): {o['outcome']}" for o in outcomes
        ) or "Nothing to resume."
        ctx.emit(outcomes, human)
        return 0
    rows = jobs.list_jobs(vault)
    if found:
        ctx.info(f"{len(found)} job(s) were interrupted by a crash or shutdown; run 'talktogether jobs resume'.")
    human = "\n".join(
        f"{j['id']:>4}  {j['kind']:10} rec {j['recording_id'] or '-':>4}  {j['state']:11} {j['progress'] * 100:5.1f}%  "
        f"{j['error'] or j['message'] or ''}"
        for j in rows
    ) or "No jobs."
    ctx.emit(rows, human)
    return 0


def register(sub, common) -> None:
    p = sub.add_parser(
        "transcribe-file",
        parents=[common],
        help="transcribe one audio file without a vault (prints the transcript)",
        description="Transcribe one audio file on this computer, without a vault. The file is read into "
        "memory and never changed.",
    )
    p.add_argument("audio", metavar="AUDIO", help="the recording (m4a, mp3, wav, opus/ogg, amr/3gp, flac, webm, mp4/mov)")
    p.add_argument("--model", default=None, help="tiny.en (built in, default), base, or a CTranslate2 model folder")
    p.add_argument("--language", default=None, help="language code such as en or de (multilingual models; default: detect)")
    p.add_argument("--format", choices=["json", "txt", "srt", "vtt"], default=None, help="output format (default txt, or json with --json)")
    p.add_argument("-o", "--output", default=None, help="write the transcript to this file instead of stdout")
    p.add_argument("--threads", type=int, default=None, help="CPU threads for the model (default: up to 4)")
    p.set_defaults(func=cmd_transcribe_file)

    p = sub.add_parser(
        "import",
        parents=[common],
        help="import a recording into the vault (then transcribe it and, with consent, analyse it)",
        description="Import a recording into the vault: the file is checked, stored encrypted and never "
        "changed. Unless --no-process, it is then transcribed (and diarized and analysed when both "
        "partners' consent is recorded). Prints the recording id.",
    )
    p.add_argument("--couple", type=int, required=True, metavar="ID", help="the couple the recording belongs to")
    p.add_argument("file", metavar="FILE", help="the recording (m4a, mp3, wav, opus/ogg, amr/3gp, flac, webm, mp4/mov)")
    p.add_argument("--assignment", type=int, default=None, metavar="ID", help="the practice assignment it answers")
    p.add_argument("--recorded-at", default=None, metavar="DATE", help="when it was recorded (default: the file's own date)")
    p.add_argument("--speakers", type=int, default=2, metavar="N",
                   help=f"how many people speak in it, 1 to {MAX_SPEAKERS} (default 2)")
    p.add_argument("--no-process", action="store_true", help="only import; transcribe later with 'talktogether transcribe'")
    p.add_argument("--accept-cut-short", action="store_true",
                   help="import a file whose end is missing (copied while recording, copy interrupted); "
                   "the warning is kept with it and shown")
    _processing_options(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("transcribe", parents=[common], help="transcribe (again) a recording in the vault")
    p.add_argument("recording_id", type=int, metavar="RECORDING_ID")
    _processing_options(p)
    p.set_defaults(func=cmd_transcribe)

    p = sub.add_parser("jobs", parents=[common], help="processing jobs; 'jobs resume' restarts interrupted ones")
    p.add_argument("action", nargs="?", choices=["list", "resume"], default="list")
    p.set_defaults(func=cmd_jobs)
