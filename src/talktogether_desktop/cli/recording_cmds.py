"""`talktogether recording list | show | delete | takes | keep-take | discard-take`.

A recording in the room is kept in the vault as it is made (`pipeline.ops_room`); one a crash, a kill or a power cut
cut off is offered back by the window at the next unlock, and said by every command that opens the vault (on stderr,
by its number and its couple's id, never the couple's name: a script's stderr is often a log), with the two commands
that keep it or throw it away."""

from __future__ import annotations

from .common import confirm_erase, fmt_duration, local_time
from .media_cmds import cmd_recording_delete, cmd_recording_list, cmd_recording_show


def cut_off_notices(vault) -> list[str]:
    """One line per take cut off, for the notices said as the vault opens."""
    from ..pipeline.ops_room import cut_off

    return [f"A recording in the room for couple {t['couple_id']}, begun {_began(t)}, was cut off (the app or the "
            f"computer stopped) after {fmt_duration(t['seconds'])}; what was recorded until then is kept in the vault. "
            f"Keep it as one of the couple's recordings with `talktogether recording keep-take {t['take_id']}`, or "
            f"throw it away with `talktogether recording discard-take {t['take_id']}`." for t in cut_off(vault)]


def _began(take: dict) -> str:
    return local_time(take["started_at"], zone=True) or "at an unknown time"


def cmd_takes(args, ctx) -> int:
    from ..pipeline.ops_room import cut_off

    takes = cut_off(ctx.vault())
    human = "\n".join(
        f"{t['take_id']:>4}  {_began(t):20}  {fmt_duration(t['seconds']):>8}  couple {t['couple_id']} "
        f"({t['couple_name']})" for t in takes
    )
    if takes:
        human += ("\nKeep one as a recording of its couple with `talktogether recording keep-take ID`, or throw it "
                  "away with `talktogether recording discard-take ID`.")
    ctx.emit(takes, human or "No recording in the room was cut off.")
    return 0


def cmd_keep_take(args, ctx) -> int:
    from ..pipeline.ops_room import cut_off_take, save_take

    vault = ctx.vault()
    take = cut_off_take(vault, args.take_id)  # NotFound, or one a window is recording now
    recording_id = save_take(vault, ctx.settings(), args.take_id)
    out = dict(take, recording_id=recording_id)
    if recording_id is None:
        ctx.emit(out, f"Nothing was kept: the recording in the room {args.take_id} was under a second long, or its "
                      "couple was erased meanwhile. It is removed.")
        return 0
    ctx.emit(out, f"The recording in the room {args.take_id} ({fmt_duration(take['seconds'])}, begun {_began(take)}) "
                  f"is now recording {recording_id} of couple {take['couple_id']}. Process it with "
                  f"`talktogether analyze {recording_id}`.")
    return 0


def cmd_discard_take(args, ctx) -> int:
    from ..pipeline.ops_room import cut_off_take, discard_take

    vault = ctx.vault()
    take = cut_off_take(vault, args.take_id)
    confirm_erase(args.yes, f"Erase the recording in the room {args.take_id} ({fmt_duration(take['seconds'])}, "
                            f"begun {_began(take)}, couple {take['couple_id']})?")
    discard_take(vault, args.take_id)
    ctx.emit(dict(take, discarded=True), f"The recording in the room {args.take_id} was thrown away (erased).")
    return 0


def register(sub, common) -> None:
    recording = sub.add_parser("recording", parents=[common], help="list recordings and show transcripts")
    rsub = recording.add_subparsers(dest="recording_command", metavar="ACTION")
    rsub.required = True
    p = rsub.add_parser("list", parents=[common], help="a couple's recordings")
    p.add_argument("--couple", type=int, default=None, metavar="ID")
    p.set_defaults(func=cmd_recording_list)
    p = rsub.add_parser("show", parents=[common], help="a recording and its transcript")
    p.add_argument("recording_id", type=int, metavar="ID")
    p.add_argument("--format", choices=["txt", "srt", "vtt", "json"], default=None, help="transcript format (default txt)")
    p.set_defaults(func=cmd_recording_show)
    p = rsub.add_parser("delete", parents=[common], help="erase one recording and everything made from it")
    p.add_argument("recording_id", type=int, metavar="ID")
    p.add_argument("--yes", action="store_true", help="erase without asking (needed when not on a terminal)")
    p.set_defaults(func=cmd_recording_delete)
    p = rsub.add_parser("takes", parents=[common], help="recordings in the room a crash or kill cut off")
    p.set_defaults(func=cmd_takes, takes_command=True)
    p = rsub.add_parser("keep-take", parents=[common],
                        help="keep a recording in the room that was cut off as one of its couple's recordings")
    p.add_argument("take_id", type=int, metavar="TAKE_ID")
    p.set_defaults(func=cmd_keep_take, takes_command=True)
    p = rsub.add_parser("discard-take", parents=[common], help="throw away a recording in the room that was cut off")
    p.add_argument("take_id", type=int, metavar="TAKE_ID")
    p.add_argument("--yes", action="store_true", help="erase without asking (needed when not on a terminal)")
    p.set_defaults(func=cmd_discard_take, takes_command=True)
