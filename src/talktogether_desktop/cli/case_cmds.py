"""`talktogether couple …`, `session add`, `note add`, `consent …`: the case file."""

from __future__ import annotations

from ..errors import UsageError
from ..pipeline import ops_case
from ..storage import couples
from .common import ARGUMENTS_ARE_VISIBLE, confirm_erase, local_time, read_text_input, seconds


def register(sub, common) -> None:
    couple = sub.add_parser("couple", parents=[common], help="add, list, show, edit and delete couples")
    csub = couple.add_subparsers(dest="couple_command", metavar="ACTION")
    csub.required = True

    p = csub.add_parser("add", parents=[common], help="add a couple; prints its id")
    p.add_argument("--name", help="how the couple is filed (e.g. family name or initials)")
    p.add_argument("--partner", action="append", default=[], metavar="NAME", help=f"a partner's display name, given for each partner (usually twice; 1 to {couples.MAX_PARTNERS})")
    p.add_argument("--names-file", metavar="FILE",
                   help="the names from a file or '-' for stdin instead: the couple's name on the first line, one "
                   "partner per line after it. " + ARGUMENTS_ARE_VISIBLE)
    p.add_argument("--pronouns", action="append", default=[], metavar="P", help="pronouns, in partner order")
    p.set_defaults(func=cmd_add)

    p = csub.add_parser("list", parents=[common], help="list couples")
    search = p.add_mutually_exclusive_group()
    search.add_argument("--search", default="", help="filter by couple or partner name (" + ARGUMENTS_ARE_VISIBLE + ")")
    search.add_argument("--search-file", metavar="FILE", help="the name to look for, read from FILE or '-' (stdin)")
    p.set_defaults(func=cmd_list)

    p = csub.add_parser("show", parents=[common], help="a couple's partners, consent, sessions and recordings")
    p.add_argument("couple_id", type=int)
    p.set_defaults(func=cmd_show)

    p = csub.add_parser("edit", parents=[common], help="correct the couple's name, a partner's name or pronouns")
    p.add_argument("couple_id", type=int)
    p.add_argument("--name", help="the couple's new name")
    p.add_argument("--partner", action="append", default=[], nargs=2, metavar=("PARTNER_ID", "NAME"),
                   help="a partner's new display name (partner ids: `couple show ID`); may be given for each partner")
    p.add_argument("--names-file", metavar="FILE",
                   help="the names from a file or '-' for stdin instead of --name and --partner: the couple's name on "
                   "the first line, then one partner per line in the couple's partner order (as `couple show` lists "
                   "them). " + ARGUMENTS_ARE_VISIBLE)
    p.add_argument("--pronouns", action="append", default=[], nargs=2, metavar=("PARTNER_ID", "P"),
                   help="a partner's pronouns, e.g. they/them ('' clears them)")
    p.set_defaults(func=cmd_edit)

    p = csub.add_parser("delete", parents=[common], help="erase a couple and everything stored for them")
    p.add_argument("couple_id", type=int)
    p.add_argument("--yes", action="store_true", help="erase without asking (needed when not on a terminal)")
    p.set_defaults(func=cmd_delete)

    session = sub.add_parser("session", parents=[common], help="appointments")
    ssub = session.add_subparsers(dest="session_command", metavar="ACTION")
    ssub.required = True
    p = ssub.add_parser("add", parents=[common], help="add a session (appointment) for a couple")
    p.add_argument("--couple", type=int, required=True)
    p.add_argument("--date", required=True, help="date and time, e.g. 2026-12-03T10:00")
    p.add_argument("--minutes", type=int, help="length in minutes")
    p.set_defaults(func=cmd_session_add)
    p = ssub.add_parser("list", parents=[common], help="a couple's sessions, saying which planned ones have passed")
    p.add_argument("--couple", type=int, required=True)
    p.set_defaults(func=cmd_session_list)
    p = ssub.add_parser("edit", parents=[common], help="move a session, change its length, or mark how it went")
    p.add_argument("session_id", type=int, metavar="SESSION_ID")
    p.add_argument("--date", help="new date and time, e.g. 2026-12-03T10:00")
    p.add_argument("--minutes", type=int, help="new length in minutes")
    p.add_argument("--status", choices=["planned", "attended", "cancelled", "missed"])
    p.set_defaults(func=cmd_session_edit)
    p = ssub.add_parser("delete", parents=[common], help="erase a session (its notes and practice stay)")
    p.add_argument("session_id", type=int, metavar="SESSION_ID")
    p.add_argument("--yes", action="store_true", help="erase without asking (needed when not on a terminal)")
    p.set_defaults(func=cmd_session_delete)

    note = sub.add_parser("note", parents=[common], help="therapist notes")
    nsub = note.add_subparsers(dest="note_command", metavar="ACTION")
    nsub.required = True
    p = nsub.add_parser("add", parents=[common], help="add a note to a couple (optionally a session or recording)")
    p.add_argument("--couple", type=int, required=True)
    p.add_argument("--text", help="the note (" + ARGUMENTS_ARE_VISIBLE + ")")
    p.add_argument("--text-file", metavar="FILE", help="read the note from FILE, or '-' for stdin (not visible to others)")
    p.add_argument("--session", type=int)
    p.add_argument("--recording", type=int)
    p.add_argument("--at", type=seconds, help="seconds into the recording the note is about")
    p.set_defaults(func=cmd_note_add)

    consent = sub.add_parser("consent", parents=[common], help="record or withdraw consent")
    ksub = consent.add_subparsers(dest="consent_command", metavar="ACTION")
    ksub.required = True
    p = ksub.add_parser("record", parents=[common], help="record that partners agreed (all partners unless --partner)")
    p.add_argument("--couple", type=int, required=True)
    p.add_argument("--scope", default="recording_analysis", choices=couples.CONSENT_SCOPES)
    p.add_argument("--partner", type=int, help="one partner's id")
    p.add_argument("--retention", help="how long recordings may be kept, e.g. until_discharge")
    p.set_defaults(func=cmd_consent_record)
    p = ksub.add_parser("withdraw", parents=[common], help="withdraw a consent")
    p.add_argument("--couple", type=int, required=True)
    p.add_argument("--scope", default="recording_analysis", choices=couples.CONSENT_SCOPES)
    p.set_defaults(func=cmd_consent_withdraw)


def cmd_add(args, ctx) -> int:
    name, partners = args.name, list(args.partner)
    if args.names_file:
        lines = [line.strip() for line in read_text_input(args.names_file).splitlines() if line.strip()]
        if len(lines) < 2:
            raise UsageError("The names file needs the couple's name on the first line and a partner on each line after.")
        name, partners = lines[0], lines[1:]
    if not name or not partners:
        raise UsageError("Give the couple's name and partners: --name and --partner (twice), or --names-file.")
    couple_id = ops_case.add_couple(ctx.vault(), ctx.settings(), name, partners, args.pronouns)
    ctx.emit({"id": couple_id}, str(couple_id))
    return 0


def cmd_list(args, ctx) -> int:
    if args.search_file:  # a name looked for, kept out of the command line as names given to `couple add` are
        args.search = " ".join(read_text_input(args.search_file).split())
    rows = couples.list_couples(ctx.vault(), args.search)
    human = "\n".join(f"{r['id']:>5}  {r['name']}  ({r['partner_names'] or ''}; {r['recordings']} "
                      f"recording{'' if r['recordings'] == 1 else 's'})" for r in rows)
    if not rows and args.search:
        human = f"No couple matches '{args.search}'."
    ctx.emit(rows, human or "No couples yet. Add one with: talktogether couple add --name NAME --partner A --partner B")
    return 0


def cmd_show(args, ctx) -> int:
    vault = ctx.vault()
    couple = couples.get_couple(vault, args.couple_id)
    couple["consent_recorded"] = couples.has_consent(vault, args.couple_id)
    couple["consents"] = couples.list_consents(vault, args.couple_id)
    couple["sessions"] = couples.list_sessions(vault, args.couple_id)
    couple["recordings"] = [
        dict(r)
        for r in vault.all(
            "SELECT id, recorded_at, duration_s, status, assignment_id FROM recordings WHERE couple_id = ? ORDER BY id",
            (args.couple_id,),
        )
    ]
    couple["notes"] = couples.list_notes(vault, args.couple_id)
    lines = [f"Couple {couple['id']}: {couple['name']}"]
    lines += [f"  Partner {p['id']}: {p['display_name']}" + (f" ({p['pronouns']})" if p["pronouns"] else "") for p in couple["partners"]]
    lines.append("  Consent to analyse recordings: " + ("recorded" if couple["consent_recorded"] else "NOT recorded yet"))
    lines += [f"  Session {s['id']}: {s['scheduled_at']}" for s in couple["sessions"]]
    lines += [f"  Recording {r['id']}: {local_time(r['recorded_at'], zone=True) or '?'} ({r['status']})" for r in couple["recordings"]]
    lines += [f"  Note {n['id']}: {n['text']}" for n in couple["notes"]]
    ctx.emit(couple, "\n".join(lines))
    return 0


def _by_partner(pairs, flag: str) -> dict[int, str]:
    out: dict[int, str] = {}
    for pid, text in pairs:
        try:
            out[int(pid)] = text
        except ValueError:
            raise UsageError(f"{flag} takes a partner's id and then the text, e.g. {flag} 12 'Sam'; "
                             f"'{pid}' is not an id (see `talktogether couple show ID`).") from None
    return out


def _names_from_file(ctx, couple_id: int, source: str) -> tuple[str, dict[int, str]]:
    """The couple's name and each partner's by id, from the lines of a names file in the couple's partner order."""
    lines = [line.strip() for line in read_text_input(source).splitlines() if line.strip()]
    theirs = couples.get_couple(ctx.vault(), couple_id)["partners"]  # an unknown couple is said first (exit 1)
    listed = ", ".join(p["display_name"] for p in theirs)
    if len(lines) != 1 + len(theirs):
        raise UsageError(f"The names file needs the couple's name on the first line, then one line for each of their "
                         f"{len(theirs)} partners in the order `couple show {couple_id}` lists them ({listed}); "
                         f"it has {len(lines)} line{'s' if len(lines) != 1 else ''}.")
    return lines[0], {int(p["id"]): name for p, name in zip(theirs, lines[1:])}


def cmd_edit(args, ctx) -> int:
    partners, pronouns = _by_partner(args.partner, "--partner"), _by_partner(args.pronouns, "--pronouns")
    if args.names_file and (args.name is not None or partners):
        raise UsageError("Give the names either with --names-file or with --name and --partner, not both.")
    if args.names_file:
        args.name, partners = _names_from_file(ctx, args.couple_id, args.names_file)
    if args.name is None and not partners and not pronouns:
        raise UsageError("Give --name, --partner PARTNER_ID NAME, --names-file FILE or --pronouns PARTNER_ID P to change.")
    couple = ops_case.edit_couple(ctx.vault(), ctx.settings(), args.couple_id, args.name, partners, pronouns)
    from ..pipeline.formats import said_together  # (the analysis and the report's rules: only where said)

    who = said_together(p["display_name"] + (f" ({p['pronouns']})" if p["pronouns"] else "") for p in couple["partners"])
    ctx.emit(couple, f"Couple {couple['id']}: {couple['name']}" + (f", {who}" if who else "") + ".")
    return 0


def cmd_delete(args, ctx) -> int:
    vault = ctx.vault()
    couple = couples.get_couple(vault, args.couple_id)
    confirm_erase(args.yes, f"Erase {couple['name']} and all their recordings, analyses and notes?")
    ops_case.delete_couple(vault, ctx.settings(), args.couple_id)
    ctx.emit({"deleted": args.couple_id}, f"Couple {args.couple_id} and everything stored for them were erased.")
    return 0


def cmd_session_add(args, ctx) -> int:
    session_id = ops_case.add_session(ctx.vault(), ctx.settings(), args.couple, args.date, args.minutes)
    ctx.emit({"id": session_id}, str(session_id))
    return 0


def cmd_session_list(args, ctx) -> int:
    from ..pipeline.follow_up import sessions_with_notes

    vault = ctx.vault()
    couples.get_couple(vault, args.couple)  # an unknown couple: exit 1
    rows = sessions_with_notes(vault, args.couple)
    human = [f"{s['id']:>5}  {s['scheduled_at'].replace('T', ' ')}, {s['duration_min'] or '?'} min, "
             + (f"{s['behind']} (mark it: talktogether session edit {s['id']} --status attended)" if s["behind"]
                else s["status"]) for s in rows]
    ctx.emit(rows, "\n".join(human) or f"No sessions for couple {args.couple}.")
    return 0


def cmd_session_edit(args, ctx) -> int:
    if args.date is None and args.minutes is None and args.status is None:
        raise UsageError("Give --date, --minutes or --status to change.")
    s = ops_case.update_session(ctx.vault(), ctx.settings(), args.session_id, args.date, args.minutes, args.status)
    ctx.emit(s, f"Session {s['id']}: {s['scheduled_at']}, {s['duration_min'] or '?'} min, {s['status']}.")
    return 0


def cmd_session_delete(args, ctx) -> int:
    # A session is client data (the couple's date of service, the link of its notes and practice): erased as
    # `couple delete` and `recording delete` erase, with --yes or 'erase' typed on a terminal.
    session = couples.get_session(ctx.vault(), args.session_id)  # NotFound before any question
    confirm_erase(args.yes, f"Erase session {args.session_id} ({session['scheduled_at'].replace('T', ' ')})? Its "
                  "notes and practice stay with the couple.")
    ops_case.delete_session(ctx.vault(), ctx.settings(), args.session_id)
    ctx.emit({"deleted": args.session_id}, f"Session {args.session_id} was removed.")
    return 0


def cmd_note_add(args, ctx) -> int:
    text = read_text_input(args.text_file) if args.text_file else args.text
    if not text or not text.strip():
        raise UsageError("Give the note with --text, or --text-file FILE ('-' reads it from stdin).")
    note_id = ops_case.add_note(ctx.vault(), ctx.settings(), args.couple, text.strip(), args.session,
                               args.recording, args.at)
    ctx.emit({"id": note_id}, str(note_id))
    return 0


def cmd_consent_record(args, ctx) -> int:
    ids = ops_case.record_consent(ctx.vault(), ctx.settings(), args.couple, args.scope, args.partner, args.retention)
    ctx.emit({"ids": ids if isinstance(ids, list) else [ids]}, "Consent recorded.")
    return 0


def cmd_consent_withdraw(args, ctx) -> int:
    n = ops_case.withdraw_consent(ctx.vault(), ctx.settings(), args.couple, args.scope)
    ctx.emit({"withdrawn": n}, f"Consent withdrawn ({n} record(s)).")
    return 0
