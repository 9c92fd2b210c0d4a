"""Who spoke when: `diarize-file` (no vault), `diarize`, and `speakers` (name, swap, reassign, sample).

`diarize-file AUDIO` prints RTTM lines `SPEAKER <file> 1 <start> <duration> <NA> <NA> <speaker> <NA> <NA>`
or the engine's JSON; the vault commands save to and fix the encrypted case file.
"""

from __future__ import annotations

from pathlib import Path

from .. import paths
from ..errors import BadInputFile, UsageError
from ..pipeline import MAX_SPEAKERS, check_speaker_count
from .common import fmt_time, seconds, speaker_limit_step


def register(sub, common) -> None:
    p = sub.add_parser("diarize-file", parents=[common], help="who spoke when in an audio file (no vault)")
    p.add_argument("audio", metavar="AUDIO")
    p.add_argument("--speakers", type=int, default=2, metavar="N", help=f"number of voices, 1 to {MAX_SPEAKERS} (default 2)")
    p.add_argument("--format", choices=("rttm", "json"), default=None, help="output format (default rttm; json with --json)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.set_defaults(func=cmd_diarize_file)

    p = sub.add_parser("diarize", parents=[common], help="find the speaker turns of a stored recording")
    p.add_argument("recording_id", type=int, metavar="RECORDING_ID")
    p.add_argument("--speakers", type=int, default=None, metavar="N",
                   help=f"number of voices, 1 to {MAX_SPEAKERS} (default: the recording's)")
    p.set_defaults(func=cmd_diarize)

    sp = sub.add_parser("speakers", parents=[common], help="name, fix and keep voice samples of a recording's speakers")
    ssub = sp.add_subparsers(dest="speakers_command", metavar="ACTION")
    ssub.required = True
    p = ssub.add_parser("show", parents=[common], help="the voices, their names, confidence and a 3 s excerpt each")
    p.add_argument("recording_id", type=int, metavar="RECORDING_ID")
    p.set_defaults(func=cmd_show)
    p = ssub.add_parser("name", parents=[common], help="name a voice (once: its sample is kept for next time)")
    p.add_argument("recording_id", type=int, metavar="RECORDING_ID")
    p.add_argument("label", metavar="LABEL", help="S1, S2, ...")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--partner", type=int, metavar="PARTNER_ID")
    who.add_argument("--name", metavar="NAME", help="a voice that is not a partner (therapist, guest)")
    p.set_defaults(func=cmd_name)
    p = ssub.add_parser("swap", parents=[common], help="swap two speakers (default S1 and S2)")
    p.add_argument("recording_id", type=int, metavar="RECORDING_ID")
    p.add_argument("labels", nargs="*", metavar="LABEL")
    p.set_defaults(func=cmd_swap)
    p = ssub.add_parser("reassign", parents=[common], help="give a word range or a time range to one speaker")
    p.add_argument("recording_id", type=int, metavar="RECORDING_ID")
    p.add_argument("--from-word", type=int, metavar="I", help="first word (its number in the transcript, from 0)")
    p.add_argument("--to-word", type=int, metavar="J", help="last word, included")
    p.add_argument("--start", type=seconds, metavar="S", help="start of a time range, seconds")
    p.add_argument("--end", type=seconds, metavar="E", help="end of a time range, seconds")
    p.add_argument("--speaker", required=True, metavar="LABEL")
    p.set_defaults(func=cmd_reassign)
    p = ssub.add_parser("sample", parents=[common], help="keep a partner's voice sample (from a recording or a file)")
    p.add_argument("--partner", type=int, required=True, metavar="PARTNER_ID")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--recording", type=int, metavar="RECORDING_ID", help="take 20-30 s of the partner's named voice")
    src.add_argument("--file", metavar="AUDIO", help="a sample recorded in the room (20-30 s of the partner alone)")
    p.add_argument("--label", metavar="LABEL", help="with --recording: the voice to take (default: the one named as the partner)")
    p.set_defaults(func=cmd_sample)


def _progress(ctx):
    from .media_cmds import ProgressBar

    return ProgressBar()


def cmd_diarize_file(args, ctx) -> int:
    from ..pipeline.file_run import diarize_file
    from ..pipeline.formats import speaker_turns_rttm

    bar = _progress(ctx)
    try:
        result = diarize_file(args.audio, ctx.file_settings(), args.speakers, progress=bar)
    finally:
        bar.close()
    fmt = args.format or ("json" if ctx.json else "rttm")
    if fmt == "json":
        import json

        text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    else:
        text = speaker_turns_rttm(result, Path(args.audio).stem)
    for warning in result["warnings"]:  # said of the file: this command has no recording in a vault
        ctx.info(f"Note on '{Path(args.audio).name}': {warning}")
    if args.output:
        try:
            paths.write_private_whole(Path(args.output).expanduser(), text)
        except OSError as exc:  # as transcribe-file and analyze-file say it
            raise BadInputFile(f"Could not write {args.output}: {exc.strerror or exc}.") from exc
        ctx.info(f"Wrote {len(result['turns'])} turns to {args.output}")
    else:
        print(text, end="")
    return 0


def cmd_diarize(args, ctx) -> int:
    from ..pipeline.ops_speakers import diarize_recording
    from ..storage.recordings import get_recording
    from ..storage.speakers import list_speakers

    if args.speakers is not None:
        check_speaker_count(args.speakers)  # before the consent and the audio
    vault = ctx.vault()
    bar = _progress(ctx)
    try:
        result = diarize_recording(vault, ctx.settings(), args.recording_id, progress=bar, num_speakers=args.speakers)
    finally:
        bar.close()
    said = speaker_limit_step(ctx, get_recording(vault, args.recording_id)) if args.speakers is None else ""
    names = list_speakers(vault, args.recording_id)
    data = {"recording_id": args.recording_id, "speakers": names, "turns": len(result["turns"]),
            "overlaps": len(result["overlaps"]), "warnings": result["warnings"]}
    ctx.emit(data, _speaker_lines(names) + f"\n{len(result['turns'])} turns, {len(result['overlaps'])} overlaps"
             + "".join(f"\nNote: {w}" for w in result["warnings"] if w != said))  # the limit's: once, on stderr
    return 0


def _speaker_lines(names) -> str:
    lines = []
    for s in names:
        conf = "" if s["confidence"] is None else f" (confidence {s['confidence']:.2f})"
        lines.append(f"{s['label']}: {s['display_name']}{conf}")
    return "\n".join(lines)


def cmd_show(args, ctx) -> int:
    from ..pipeline.ops_speakers import excerpts
    from ..storage.speakers import list_fixes, list_speakers

    vault = ctx.vault()
    cuts = excerpts(vault, args.recording_id)
    names = list_speakers(vault, args.recording_id)
    for s in names:
        cut = cuts.get(s["label"])
        s["excerpt"] = {"start": cut[0], "end": cut[1]} if cut else None
    fixes = list_fixes(vault, args.recording_id)
    human = "\n".join(
        f"{s['label']}: {s['display_name']}"
        + ("" if s["confidence"] is None else f" (confidence {s['confidence']:.2f})")
        + (f", listen at {fmt_time(s['excerpt']['start'])}-{fmt_time(s['excerpt']['end'])}" if s["excerpt"] else "")
        for s in names
    ) + f"\n{len(fixes)} fix(es)"
    ctx.emit({"recording_id": args.recording_id, "speakers": names, "fixes": fixes}, human)
    return 0


def cmd_name(args, ctx) -> int:
    from ..pipeline.ops_speakers import name_speaker

    out = name_speaker(ctx.vault(), ctx.settings(), args.recording_id, args.label, partner_id=args.partner,
                       name=args.name)
    return _fixed(ctx, args.recording_id, out, f"{args.label} named")


def cmd_swap(args, ctx) -> int:
    from ..pipeline.ops_speakers import swap_speakers
    from ..storage.speakers import list_speakers

    labels = args.labels or ["S1", "S2"]
    if len(labels) != 2:
        raise UsageError("Swap takes two speaker labels, e.g. S1 S2.")
    out = swap_speakers(ctx.vault(), ctx.settings(), args.recording_id, labels[0], labels[1])
    # the names stay with the voices' labels and the words change sides: the list below looks as before, so say it
    names = {s["label"]: s["display_name"] for s in list_speakers(ctx.vault(), args.recording_id)}
    a, b = (names.get(label, label) for label in labels)
    return _fixed(ctx, args.recording_id, out, f"{labels[0]} and {labels[1]} swapped: the lines given to {a} are "
                                               f"now {b}'s, and the other way round")


def cmd_reassign(args, ctx) -> int:
    from ..pipeline.ops_speakers import reassign_speaker

    out = reassign_speaker(ctx.vault(), ctx.settings(), args.recording_id, args.speaker, from_word=args.from_word,
                           to_word=args.to_word, start=args.start, end=args.end)
    return _fixed(ctx, args.recording_id, out, f"Reassigned to {args.speaker}")


def _fixed(ctx, recording_id: int, out, message: str) -> int:
    from ..storage.speakers import list_speakers

    names = list_speakers(ctx.vault(), recording_id)
    ctx.emit({"recording_id": recording_id, "speakers": names, "turns": len(out["turns"]),
              "applied_fixes": out.get("applied_fixes", []), "analysis_rerun": out.get("analysis_rerun", False),
              "voice_sample_id": out.get("voice_sample_id"),
              **({"voice_sample_note": out["voice_sample_note"]} if out.get("voice_sample_note") else {})},
             f"{message}.\n" + _speaker_lines(names)
             + (f"\n{out['voice_sample_note']}" if out.get("voice_sample_note") else "")
             + ("\nThe analysis was brought up to date." if out.get("analysis_rerun") else ""))
    return 0


def cmd_sample(args, ctx) -> int:
    from ..pipeline.ops_speakers import add_voice_sample_file, keep_voice_sample

    vault = ctx.vault()
    if args.recording is not None:
        sample_id = keep_voice_sample(vault, ctx.settings(), args.partner, args.recording, args.label)
    else:
        sample_id = add_voice_sample_file(vault, ctx.settings(), args.partner, args.file)
    ctx.emit({"partner_id": args.partner, "voice_sample_id": sample_id},
             f"Kept voice sample {sample_id} for partner {args.partner}; new recordings are named from it.")
    return 0
