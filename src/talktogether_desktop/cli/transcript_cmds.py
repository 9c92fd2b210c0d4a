"""`talktogether transcript ...`: the therapist's corrections to a recording's transcript.

Moving words to the other speaker is `talktogether speakers reassign`; these commands correct what
was said. Corrections are kept apart from the machine transcript (they survive re-processing), are
audited, and the analysis is made again on the corrected words.
"""

from __future__ import annotations

from ..errors import UsageError
from .common import ARGUMENTS_ARE_VISIBLE, fmt_time, read_text_input, seconds


def register(sub, common) -> None:
    t = sub.add_parser("transcript", parents=[common], help="correct a recording's transcript")
    tsub = t.add_subparsers(dest="transcript_command", metavar="ACTION")
    tsub.required = True
    p = tsub.add_parser("correct", parents=[common],
                        help="correct the one word (or with --line, all the words) said between --start and --end")
    p.add_argument("recording_id", type=int, metavar="RECORDING_ID")
    p.add_argument("--start", type=seconds, required=True, metavar="S", help="seconds")
    p.add_argument("--end", type=seconds, required=True, metavar="E", help="seconds, after --start")
    said = p.add_mutually_exclusive_group(required=True)
    said.add_argument("--text", help="what was really said ('' removes a word; " + ARGUMENTS_ARE_VISIBLE + ")")
    said.add_argument("--text-file", metavar="FILE",
                      help="read what was really said from FILE, or '-' for stdin (not visible to others)")
    p.add_argument("--line", action="store_true", help="replace every word between --start and --end")
    p.add_argument("--speaker", metavar="LABEL", help="with --line: who said it (default: who said most of it)")
    p.add_argument("--replace-other-speaker", action="store_true",
                   help="with --line: also replace words the other speaker said in that time (refused without it, "
                        "exit 5, naming the words)")
    p.set_defaults(func=cmd_correct)
    p = tsub.add_parser("corrections", parents=[common], help="list a recording's corrections")
    p.add_argument("recording_id", type=int, metavar="RECORDING_ID")
    p.set_defaults(func=cmd_corrections)
    p = tsub.add_parser("undo", parents=[common], help="take back a correction (default: the latest)")
    p.add_argument("recording_id", type=int, metavar="RECORDING_ID")
    p.add_argument("--id", type=int, dest="correction_id", metavar="N", help="the correction (see `transcript corrections`)")
    p.set_defaults(func=cmd_undo)


def cmd_correct(args, ctx) -> int:
    from ..pipeline.ops_transcript import correct_transcript, describe_runs

    if args.end <= args.start:
        raise UsageError(f"--end ({args.end:g}) must come after --start ({args.start:g}).")
    text = args.text if args.text_file is None else _said_in_file(args.text_file)
    made = correct_transcript(ctx.vault(), ctx.settings(), args.recording_id, "line" if args.line else "word",
                              args.start, args.end, text=text, speaker=args.speaker,
                              replace_other_speaker=args.replace_other_speaker)
    again = " The analysis was made again." if made["analysis_rerun"] else ""
    others = [r for r in made["replaced"] if r["other_speaker"]]
    own = [r for r in made["replaced"] if not r["other_speaker"]]
    replaced = f" It replaced {describe_runs(own)}." if own else " It replaced no words." if not others else ""
    if others:
        replaced += f" It also replaced words the other speaker said: {describe_runs(others)}."
    before = [r for r in made["replaced"] if r.get("corrected_before")]
    if before:  # (a line beside one corrected before: the therapist's own words are not lost unsaid)
        replaced += f" Among them were words corrected before: {describe_runs(before)}."
    ctx.emit(made, f"Corrected {fmt_time(made['start'])}-{fmt_time(made['end'])}: “{made['text']}”.{replaced}{again}")
    return 0


def _said_in_file(source: str) -> str:
    """The client's words kept out of the process's arguments (/proc/PID/cmdline is readable by every user while the
    correction and the analysis after it run). An empty file removes nothing: a word is removed only with --text ''."""
    text = " ".join(read_text_input(source).split())
    if not text:
        raise UsageError(f"--text-file {source} holds no words: write what was said in it (to remove a word, give "
                         "--text '' instead). Nothing was changed.")
    return text


def cmd_undo(args, ctx) -> int:
    from ..pipeline.ops_transcript import undo_correction

    undone = undo_correction(ctx.vault(), ctx.settings(), args.recording_id, args.correction_id)
    again = " The analysis was made again." if undone["analysis_rerun"] else ""
    ctx.emit(undone, f"Took back correction {undone['id']} ({fmt_time(undone['start'])}-{fmt_time(undone['end'])}: "
                     f"“{undone.get('text', '')}”).{again}")
    return 0


def cmd_corrections(args, ctx) -> int:
    from ..pipeline.ops_transcript import describe_runs, list_corrections
    from ..storage.speakers import speaker_names

    items = list_corrections(ctx.vault(), ctx.settings(), args.recording_id)
    names = speaker_names(ctx.vault(), args.recording_id)  # "S1" alone said nothing of whose line it is

    def whose(label: str) -> str:
        return f"{label}: {names[label]}" if names.get(label, label) != label else label

    def others(c: dict) -> str:
        runs = [r for r in c.get("replaced") or [] if isinstance(r, dict) and r.get("other_speaker")]
        return f", also replacing the other speaker's words {describe_runs(runs)}" if runs else ""

    lines = [f"{c['id']:>4}  {fmt_time(c['start'])}-{fmt_time(c['end'])}  {c['kind']:<5} “{c.get('text', '')}”"
             + (f" ({whose(c['speaker'])}{others(c)})" if c.get("speaker") else "") for c in items]
    ctx.emit(items, "\n".join(lines) or "No corrections.")
    return 0
