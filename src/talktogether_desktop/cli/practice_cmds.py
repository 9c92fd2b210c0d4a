"""`talktogether practice ...`: templates, the specificity check, assignments, days done, handout, review."""

from __future__ import annotations

from ..errors import BadInputFile, UsageError
from .common import read_text_input

# (common.ARGUMENTS_ARE_VISIBLE says it of names and notes; here, of a day's reason and note)
SEEN = "words given here are visible to other users of this computer while the command runs"
# `practice assign`'s wording, which may name the couple's life ("after Ana's chemo on Tuesdays"): (dest, flags, help)
WORDING = (("title", ("--title",), "the practice's name"),
           ("behaviour", ("--behaviour", "--behavior"), "exactly what to do"),
           ("anchor", ("--anchor",), "after which existing habit, e.g. 'after dinner on Wednesday'"),
           ("who_starts", ("--who-starts",), "who starts it"),
           ("what_to_record", ("--what-to-record",), "what to record"),
           ("what_to_notice", ("--what-to-notice",), "what to notice"),
           ("review", ("--review",), "how it will be reviewed"))


def register(sub, common) -> None:
    practice = sub.add_parser("practice", parents=[common], help="practice between sessions: give, check, review")
    psub = practice.add_subparsers(dest="practice_command", metavar="ACTION")
    psub.required = True

    p = psub.add_parser("templates", parents=[common], help="list the practice templates")
    p.set_defaults(func=cmd_templates)

    p = psub.add_parser("check", parents=[common], help="check a practice for vagueness, size, anchor, review, capture")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help="the practice as written")
    source.add_argument("--file", help="a text file with the practice ('-' reads standard input)")
    p.set_defaults(func=cmd_check)

    p = psub.add_parser("assign", parents=[common], help="give a couple a practice (from a template or blank)")
    p.add_argument("--couple", type=int, required=True, help="couple id")
    p.add_argument("--template", help="template name (see `practice templates`); leave out to start blank")
    for key, flags, what in WORDING:  # each also as --X-file FILE ('-' = stdin): the couple's words off the command line
        wording = p.add_mutually_exclusive_group()
        wording.add_argument(*flags, dest=key, help=f"{what} ({SEEN}; {flags[0]}-file keeps them private)")
        wording.add_argument(f"{flags[0]}-file", dest=f"{key}_file", metavar="FILE",
                             help=f"as {flags[0]}, read from FILE, or '-' for stdin (keeps the words private)")
    p.add_argument("--minutes", type=int, help="how long each time")
    p.add_argument("--times-per-week", type=int, help="how often")
    p.add_argument("--review-on", help="the day of the review: a date, 2026-12-03 (or 2026-12-03T10:00)")
    p.add_argument("--start", dest="start_date", help="first day (YYYY-MM-DD, default today)")
    p.add_argument("--end", dest="end_date", help="last day (default the day before the review, or a week)")
    p.add_argument("--days", help="practice days, e.g. MO,WE or Monday,Wednesday (default from the anchor)")
    p.add_argument("--time", help="reminder time HH:MM (default from the anchor)")
    p.add_argument("--session", type=int, dest="session_id", help="the session it was given in")
    confirm = p.add_mutually_exclusive_group()
    confirm.add_argument("--confirm-safety", metavar="REASON",
                         help="give recorded practice at home although recent recordings carried safety language: "
                              "your reason is kept with the assignment and the decision is audited (" + SEEN + ")")
    confirm.add_argument("--confirm-safety-file", metavar="FILE",
                         help="as --confirm-safety, the reason read from FILE or '-' (stdin), not visible to others")
    p.set_defaults(func=cmd_assign)

    p = psub.add_parser("list", parents=[common], help="a couple's practices, saying which are due for review")
    p.add_argument("--couple", type=int, required=True, help="couple id")
    p.set_defaults(func=cmd_list)

    p = psub.add_parser("log", parents=[common], help="enter a day as done or not done")
    p.add_argument("assignment_id", type=int, metavar="ASSIGNMENT_ID")
    p.add_argument("--date", required=True, help="the day (YYYY-MM-DD)")
    done = p.add_mutually_exclusive_group(required=True)
    done.add_argument("--done", dest="done", action="store_true")
    done.add_argument("--not-done", dest="done", action="store_false")
    reason = p.add_mutually_exclusive_group()
    reason.add_argument("--reason", help="forgot, no_time, felt_awkward, got_into_a_fight, or your own words (" + SEEN
                        + "; --reason-file keeps them private)")
    reason.add_argument("--reason-file", metavar="FILE",
                        help="read the reason from FILE, or '-' for stdin (keeps the words private)")
    note = p.add_mutually_exclusive_group()
    note.add_argument("--note", help="anything else worth remembering (" + SEEN + "; --note-file keeps them private)")
    note.add_argument("--note-file", metavar="FILE",
                      help="read the note from FILE, or '-' for stdin (keeps the words private)")
    p.set_defaults(func=cmd_log)

    p = psub.add_parser("status", parents=[common], help="mark a practice done, stopped, or active again")
    p.add_argument("assignment_id", type=int, metavar="ASSIGNMENT_ID")
    state = p.add_mutually_exclusive_group(required=True)
    for value in ("done", "stopped", "active"):
        state.add_argument(f"--{value}", dest="status", action="store_const", const=value)
    p.set_defaults(func=cmd_status)

    p = psub.add_parser("link", parents=[common], help="link a recording to the practice it answers (or unlink it)")
    p.add_argument("recording_id", type=int, metavar="RECORDING_ID")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--assignment", type=int, metavar="ID", help="the couple's practice assignment")
    target.add_argument("--unlink", action="store_true", help="the recording is not practice")
    p.set_defaults(func=cmd_link)

    p = psub.add_parser("handout", parents=[common], help="write the one-page couple handout (PDF)")
    p.add_argument("assignment_id", type=int, metavar="ASSIGNMENT_ID")
    p.add_argument("-o", "--output", required=True, help="the PDF to write")
    p.add_argument("--ics", help="also write a calendar file (.ics) for the practice time")
    p.add_argument("--paper", choices=["a4", "letter"], default=None, help="paper size (default: the setting, else a4)")
    p.set_defaults(func=cmd_handout)

    p = psub.add_parser("review", parents=[common], help="the practice review for the next session")
    p.add_argument("--couple", type=int, required=True, help="couple id")
    p.add_argument("--assignment", type=int, help="a particular assignment (default the current one)")
    p.set_defaults(func=cmd_review)


# --- handlers ------------------------------------------------------------------------------------------
def cmd_templates(args, ctx) -> int:
    from ..pipeline.ops_practice import templates as list_templates

    templates = list_templates()
    lines = [f"{t.name:<30} {t.minutes:>3} min x{t.times_per_week}/week  {t.title}" for t in templates]
    ctx.emit([t.to_dict() for t in templates], "\n".join(lines))
    return 0


def _read_practice_text(args) -> str:
    if args.text is not None:
        return args.text
    return read_text_input(args.file)  # '-' is stdin; an unreadable file is one plain sentence (exit 4)


def format_findings(findings) -> str:
    if not findings:
        return "No problems found: specific, anchored, small, reviewed and capturable."
    return "\n".join(f"- {f.code}: {f.message}\n  Try: {f.suggestion}" for f in findings)


def cmd_check(args, ctx) -> int:
    from ..pipeline.ops_practice import check_practice_text

    text = _read_practice_text(args)
    if not text.strip() and args.text is not None:  # bad input on the command line: a usage error, as `note add`
        raise UsageError("There is no practice to check: --text is empty (give the practice as written, or "
                         "--file FILE).")
    if not text.strip():
        raise BadInputFile(f"There is no practice to check: {'standard input' if args.file == '-' else args.file} "
                           "is empty.")
    findings = check_practice_text(text)
    ctx.emit([f.to_dict() for f in findings], format_findings(findings))
    return 0


def cmd_assign(args, ctx) -> int:
    from ..pipeline.ops_practice import assign_practice, draft_assignment
    from ..pipeline.times import check_clock, check_weekdays

    _one_stdin(args, [f"{flags[0]}-file" for _, flags, _ in WORDING] + ["--confirm-safety-file"])
    for key, flags, _ in WORDING:
        setattr(args, key, _from_file(getattr(args, f"{key}_file"), f"{flags[0]}-file", getattr(args, key)))
    overrides = {key: getattr(args, key) for key in (
        "title", "behaviour", "anchor", "minutes", "times_per_week", "who_starts", "what_to_record",
        "what_to_notice", "review", "review_on", "start_date", "end_date", "time")}
    if args.days:  # checked here: a draft keeps only the days it knows, and would drop the others unsaid
        overrides["days"] = check_weekdays(args.days.split(","))
    overrides["time"] = check_clock(args.time)
    if not args.template and not args.behaviour:
        raise UsageError("Give --template NAME, or --behaviour with what to do for a blank practice.")
    assignment = draft_assignment(args.template, **overrides)
    if args.days and assignment.days != overrides["days"]:  # the draft fits the days to how often: never unsaid
        n, often = len(overrides["days"]), assignment.times_per_week
        raise UsageError(f"--days gives {n} day{'s' if n != 1 else ''} ({','.join(overrides['days'])}) but the "
                         f"practice is {often} time{'s' if often != 1 else ''} a week: give as many days, or "
                         f"--times-per-week {n} as well. Nothing was stored.")
    reason = _from_file(args.confirm_safety_file, "--confirm-safety-file", args.confirm_safety)
    vault = ctx.vault()
    saved = assign_practice(vault, ctx.settings(), args.couple, assignment, session_id=args.session_id,
                            confirm_safety=reason)
    if saved["safety_confirmed"]:
        ctx.info("Recorded practice given despite recent safety language; your reason is kept and audited.")
    if saved["findings"]:
        ctx.info("Saved, but the check found:\n" + format_findings(saved["findings"]))
    ctx.emit({"id": saved["id"]}, str(saved["id"]))
    return 0


def cmd_list(args, ctx) -> int:
    from ..pipeline.follow_up import assignments_with_notes
    from ..pipeline.ops_practice import title_shown

    vault = ctx.vault()
    rows, human = [], []
    for a, due in assignments_with_notes(vault, ctx.settings(), args.couple):
        start, end = a.period()
        rows.append(dict(a.to_dict(), title=title_shown(a), period=[start.isoformat(), end.isoformat()], due=due))
        state = f"{a.status}, {due} (mark it: talktogether practice status {a.id} --done)" if due else a.status
        human += [f"{a.id:>5}  {start} to {end}  {title_shown(a)}: {state}",
                  f"       {a.as_text()}", f"       Who starts: {a.who_starts or 'Either of you.'}"]
    if not rows:
        from ..storage.couples import get_couple

        get_couple(vault, args.couple)  # an unknown couple: exit 1
    ctx.emit(rows, "\n".join(human) or f"No practice given to couple {args.couple} yet.")
    return 0


def cmd_log(args, ctx) -> int:
    from ..pipeline.ops_practice import log_practice

    _one_stdin(args, ["--reason-file", "--note-file"])
    reason, note = _from_file(args.reason_file, "--reason-file", args.reason), _from_file(args.note_file, "--note-file",
                                                                                        args.note)
    vault = ctx.vault()
    log_id = log_practice(vault, ctx.settings(), args.assignment_id, args.date, args.done, reason, note)
    state = "done" if args.done else "not done"
    ctx.emit({"id": log_id, "assignment_id": args.assignment_id, "date": args.date, "done": bool(args.done)},
             f"{args.date}: {state}")
    return 0


def _one_stdin(args, options: list[str]) -> None:
    """Standard input is read once: two options reading it ('-') would give the second nothing, stored unsaid."""
    reading = [o for o in options if getattr(args, o.lstrip("-").replace("-", "_"), None) == "-"]
    if len(reading) > 1:
        raise UsageError(f"{' and '.join(reading)} both read standard input ('-'), which can be read once: give "
                         "all but one of them a file. Nothing was stored.")


def _from_file(source, option: str, given):
    """The words of a *-file option (kept out of the process's arguments), or the option given on the line."""
    if source is None:
        return given
    text = read_text_input(source).strip()
    if not text:
        raise UsageError(f"{option} {source} holds no text: write the words in it, or leave {option} out.")
    return text


def cmd_status(args, ctx) -> int:
    from ..pipeline.ops_practice import set_practice_status

    done = set_practice_status(ctx.vault(), ctx.settings(), args.assignment_id, args.status)
    ctx.emit(done, f"Practice {args.assignment_id} is now {args.status}.")
    return 0


def cmd_link(args, ctx) -> int:
    from ..pipeline.ops_practice import link_recording

    done = link_recording(ctx.vault(), ctx.settings(), args.recording_id, None if args.unlink else args.assignment)
    text = (f"Recording {args.recording_id} is linked to practice {done['assignment_id']}." if done["assignment_id"]
            else f"Recording {args.recording_id} is not linked to any practice.")
    if done.get("outside"):
        text += "\n" + done["outside"]
    ctx.emit(done, text)
    return 0


def cmd_handout(args, ctx) -> int:
    from ..pipeline.ops_practice import export_handout

    vault = ctx.vault()
    out = export_handout(vault, ctx.settings(paper=args.paper), args.assignment_id, args.output, args.ics)
    written = {k: v for k, v in out.items() if k != "id"}
    ctx.emit(out, "\n".join(f"Wrote {p}" for p in written.values()))
    return 0


def cmd_review(args, ctx) -> int:
    from ..pipeline.formats import format_review
    from ..pipeline.ops_practice import practice_review

    review = practice_review(ctx.vault(), ctx.settings(), args.couple, args.assignment)
    ctx.emit(review, format_review(review))
    return 0
