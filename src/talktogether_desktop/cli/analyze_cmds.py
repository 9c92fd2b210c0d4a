"""Conversation analysis: `analyze-file AUDIO` (no vault: transcribe, find speakers, analyse) and
`analyze RECORDING_ID` (a stored recording, result saved in the vault).

Both print a short plain-text summary, safety language first, or the whole result with --json
(schema: docs/analysis-schema.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .. import paths
from ..errors import BadInputFile
from ..pipeline import MAX_SPEAKERS
from .common import fmt_duration, fmt_time, speaker_limit_step


def register(sub, common) -> None:
    p = sub.add_parser(
        "analyze-file",
        parents=[common],
        help="transcribe, find the speakers of and analyse one audio file (no vault)",
        description="Analyse a conversation in an audio file without a vault: the file is read into memory, "
        "transcribed, split into speakers and analysed; nothing is written unless you give -o.",
    )
    p.add_argument("audio", metavar="AUDIO")
    p.add_argument("--speakers", type=int, default=2, metavar="N", help=f"number of voices, 1 to {MAX_SPEAKERS} (default 2)")
    p.add_argument("--model", default=None, help="speech model: tiny.en (built in, default), base, or a model folder")
    p.add_argument("-o", "--output", metavar="FILE", help="also write the full result as JSON to this file")
    p.set_defaults(func=cmd_analyze_file)

    p = sub.add_parser("analyze", parents=[common], help="analyse a stored recording and save the result in the vault")
    p.add_argument("recording_id", type=int, metavar="RECORDING_ID")
    p.set_defaults(func=cmd_analyze)


def _bar():
    from .media_cmds import ProgressBar

    return ProgressBar()


def cmd_analyze_file(args, ctx) -> int:
    from ..pipeline.file_run import analyze_file

    settings = ctx.file_settings(model=args.model)
    bar = _bar()
    try:
        # No names given: the voices keep their labels (S1, S2, ...), as in the saved analysis.
        result = analyze_file(args.audio, settings, args.speakers, progress=bar)
    finally:
        bar.close()
    for warning in result.get("diarization_warnings", []) if ctx.json else []:  # (the text summary says it itself)
        ctx.info(f"Note: {warning}")
    if args.output:
        try:
            paths.write_private_whole(Path(args.output).expanduser(), json.dumps(result, ensure_ascii=False, indent=2))
        except OSError as exc:
            raise BadInputFile(f"Could not write {args.output}: {exc.strerror}.") from exc
        ctx.info(f"Wrote the analysis to {args.output}.")
    ctx.emit(result, summary_text(result))
    return 0


def cmd_analyze(args, ctx) -> int:
    from ..pipeline.ops_recordings import analyze_recording
    from ..storage.recordings import get_recording

    vault = ctx.vault()
    bar = _bar()
    try:
        result = analyze_recording(vault, ctx.settings(), args.recording_id, progress=bar)
        if result.get("no_speech"):
            ctx.emit({"recording_id": args.recording_id, "status": "no_speech"},
                     f"No speech found in recording {args.recording_id}: there is nothing to analyse.")
            return 0
    finally:
        bar.close()
    said = speaker_limit_step(ctx, get_recording(vault, args.recording_id))
    # the note over the speaker limit is said once, above with its next step (--json keeps the result as saved)
    shown = {**result, "diarization_warnings": [w for w in result.get("diarization_warnings") or [] if w != said]}
    ctx.emit(result, summary_text(shown))
    return 0


def _heard(quote: str) -> str:
    """The words said, or, where none was heard clearly ("… … …"), that they are uncertain: never an empty quote."""
    if not re.search(r"[^\W\d_]", quote or ""):
        return "(words uncertain: check the recording)"
    return f"“{quote}”"


def _many(n: int, thing: str) -> str:
    return f"{n} {thing}{'' if n == 1 else 's'}"  # (the demo: "1 repair attempts")


def summary_text(result: dict) -> str:
    """A short plain-text view: safety first, then figures, heated moments and observations."""
    from ..pipeline.formats import safety_kind, safety_prompt_text, speaker_warnings  # each line as the report says it
    from ..quote_times import retimed

    result = retimed(result)  # (a quoted line at the second it begins, as the report and the transcript say it)
    names = {s["id"]: s["name"] for s in result["speakers"]}
    lines = []
    if result.get("safety_prompt"):
        lines += [safety_prompt_text(result).upper(), ""]
    heard = [f for f in result["safety_flags"] if not f.get("listen_only")]
    listen = [f for f in result["safety_flags"] if f.get("listen_only")]
    for title, flags in (("SAFETY LANGUAGE (please review first):", heard),
                         ("POSSIBLE SAFETY LANGUAGE TO LISTEN TO (read by meaning, no listed phrase; it may be nothing):",
                          listen)):
        if flags:
            lines.append(title)
            for f in flags:
                kind = safety_kind(f)  # "possible self-harm" where the report says so
                lines.append(f"  {fmt_time(f['t'])}  {f['name']} ({kind}): {_heard(f['quote'])}")
            lines.append("")
    for warning in speaker_warnings(result):  # who said it carries every finding below (none once set by hand)
        lines += [f"Speakers: {warning}", ""]
    lines.append(f"Duration {fmt_duration(result['duration_s'])}, {len(result['turns'])} turns.")
    for s in result["speakers"]:
        latency = s["median_response_latency_s"]
        lines.append(
            f"  {s['name']}: {s['talk_share'] * 100:.0f}% of talk, {s['turns']} turn{'' if s['turns'] == 1 else 's'}, "
            f"{s['words_per_minute'] or 0:.0f} words/min, interrupted the other {s['interruptions_made']}× "
            f"(was interrupted {s['interruptions_received']}×), {_many(s['backchannels'], 'backchannel')}, "
            f"median reply {'-' if latency is None else f'{latency:.2f} s'}, "
            f"{_many(s['repair_attempts'], 'repair attempt')}"
        )
    if result["escalation_points"]:
        from ..pipeline.formats import first_sign_words, who_unsure

        lines.append("Heated moments:")
        for p in result["escalation_points"]:
            said, t = first_sign_words(p, result["turns"])  # under "first sign from X", X's own words
            who = p.get("first_sign_from", p.get("led_by"))
            # (on a line marked "speaker unsure" no one is named: walk40n's "first sign from Maya" over Helen's words)
            who = ("first sign (who said it is unsure)" if who_unsure(result, p.get("quote_t") if t is None else t)
                   else f"first sign from {names.get(who, who)}")
            lines.append(
                f"  {fmt_time(p['start'])}-{fmt_time(p['end'])}  score {p['score']:.1f}, {who}: "
                + _heard(said)
                + f" ({', '.join(p['signals'])})"
            )
            lines.append(f"      {p['what_next']['text']}")
    if result["harsh_startup"]["flag"]:
        lines.append("Harsh start-up: criticism or contempt in the opening.")
    # numbered as printed (the safety ones are listed above, first)
    from ..pipeline.formats import observation_text, said_again

    shown = [o for o in result["observations"] or [] if o["kind"] not in ("safety", "safety_prompt")
             and not said_again(o, result)]
    if shown:
        lines.append("Observations:")

        lines += [f"  {k}. {observation_text(o, o['text'], result)}" for k, o in enumerate(shown, 1)]
    lines.append("These observations support clinical judgement; they are not a diagnosis.")
    return "\n".join(lines)
