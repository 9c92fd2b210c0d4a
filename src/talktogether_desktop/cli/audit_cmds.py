"""`talktogether audit`: the vault's audit log (HIPAA audit controls: who opened, exported, changed or erased what,
and when). Ids only, never client text, as it is written."""

from __future__ import annotations

import argparse


def register(sub, common) -> None:
    p = sub.add_parser("audit", parents=[common],
                       help="the audit log: opens, exports, changes and erasures, with ids only (newest last)")
    p.add_argument("--limit", type=_count, default=50, metavar="N",
                   help="show the newest N entries (default 50; 0 shows them all)")
    p.set_defaults(func=cmd_audit)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: give 0 (all) or more")
    return value


def cmd_audit(args, ctx) -> int:
    from ..storage.audit_log import latest_entries
    from ..timefmt import local_time

    entries = latest_entries(ctx.vault(), args.limit)
    human = "\n".join(
        f"{e['id']:>6}  {local_time(e['at'], zone=True, seconds=True)}  {e['action']:<28}  {e['entity']}"
        + ("" if e["entity_id"] is None else f" {e['entity_id']}")
        for e in entries
    ) or "The audit log is empty."
    ctx.emit(entries, human)
    return 0
