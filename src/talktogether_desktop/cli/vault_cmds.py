"""`talktogether vault init | info | change-passphrase | remember | forget | backup | check | restore`."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from ..errors import Cancelled, InsecureKeyring
from ..jobs import CancelFlag
from ..pipeline.ops_vault import (backup_vault, check_vault, new_recovery_code, recovery_code_shown, restore_vault,
                                  restored_text)
from ..storage import keychain
from ..storage import vault as vault_mod
from .common import environment_secret, new_secret, read_secret

ENV_NEW = "TALKTOGETHER_NEW_PASSPHRASE"
ENV_RECOVERY = "TALKTOGETHER_RECOVERY_CODE"


def register(sub, common) -> None:
    vault = sub.add_parser("vault", parents=[common], help="create, inspect, back up and restore the vault")
    vsub = vault.add_subparsers(dest="vault_command", metavar="ACTION")
    vsub.required = True

    p = vsub.add_parser("init", parents=[common], help="create a new vault and show its one-time recovery code")
    p.add_argument("--remember", action="store_true", help="remember the key in this computer's secure keychain")
    p.set_defaults(func=cmd_init)

    p = vsub.add_parser("info", parents=[common], help="where the vault is and what it holds (counts only)")
    p.set_defaults(func=cmd_info)

    p = vsub.add_parser("change-passphrase", parents=[common], help="set a new passphrase (instant; --rekey: new data key)")
    p.add_argument("--new-passphrase-file", help=f"read the new passphrase from a file (else ${ENV_NEW} or a prompt)")
    p.add_argument("--recovery-code-file", help=f"unlock with the recovery code instead (else ${ENV_RECOVERY})")
    p.add_argument("--rekey", action="store_true",
                   help="also replace the data key (the database is re-encrypted) and the recovery code, so an old "
                   "copy of the key file with the old passphrase or code no longer opens the vault")
    p.set_defaults(func=cmd_change_passphrase)

    p = vsub.add_parser("new-recovery-code", parents=[common],
                        help="replace the recovery code (the old one stops working); shows the new one once")
    p.set_defaults(func=cmd_new_recovery_code)

    p = vsub.add_parser("remember", parents=[common], help="remember the key in the secure OS keychain")
    p.set_defaults(func=cmd_remember)
    p = vsub.add_parser("forget", parents=[common], help="remove the remembered key from the keychain")
    p.set_defaults(func=cmd_forget)

    p = vsub.add_parser("backup", parents=[common], help="write an encrypted backup of the whole vault to FILE")
    p.add_argument("file")
    p.set_defaults(func=cmd_backup)

    p = vsub.add_parser("check", parents=[common],
                        help="read and check every page of the vault file (exit 1: damaged)")
    p.set_defaults(func=cmd_check)

    p = vsub.add_parser("restore", parents=[common], help="verify a backup FILE and make it the vault")
    p.add_argument("file")
    p.add_argument("--recovery-code-file", help=f"unlock the backup with its recovery code (else ${ENV_RECOVERY})")
    p.add_argument("--accept-other-vault", action="store_true",
                   help="restore a backup made from another vault than the one here (its couples replace these)")
    p.set_defaults(func=cmd_restore)


def cmd_init(args, ctx) -> int:
    passphrase = read_secret(getattr(args, "passphrase_file", None), "TALKTOGETHER_PASSPHRASE", "", required=False)
    if passphrase is None:
        passphrase = new_secret(ctx, None, "TALKTOGETHER_PASSPHRASE")
    vault, code = vault_mod.create_vault(ctx.data_dir, passphrase)
    remembered = False
    warning = None
    try:
        if args.remember:
            try:
                vault.remember_on_this_computer()
                remembered = True
            except InsecureKeyring as exc:  # any keychain failure: the vault is made, the code must be shown
                warning = str(exc)
        data = {"data_dir": str(ctx.data_dir), "vault_id": vault.vault_id, "recovery_code": code,
                "remembered": remembered}
        if warning:
            data["warning"] = warning
        ctx.emit(
            data,
            "Vault created in {d}.\n\nRecovery code (shown only this once; print it or write it down and keep it "
            "somewhere safe, away from this computer):\n\n    {c}\n\nWith it you can get back in if you forget your "
            "passphrase.{w}".format(d=ctx.data_dir, c=code, w=f"\n\nNote: {warning}" if warning else ""),
        )
        recovery_code_shown(vault)
    finally:
        vault.close()
    return 0


def cmd_info(args, ctx) -> int:
    started = time.perf_counter()
    vault = ctx.vault()
    open_s = time.perf_counter() - started
    counts = {
        table: vault.one(f"SELECT count(*) FROM {table}")[0]
        for table in ("couples", "partners", "sessions", "recordings", "analyses", "reports", "notes")
    }
    size = sum(f.stat().st_size for f in ctx.data_dir.glob("vault.db*") if f.is_file())
    data = {
        "data_dir": str(ctx.data_dir),
        "vault_file": str(vault.path),
        "vault_id": vault.vault_id,
        "schema_version": vault.one("PRAGMA user_version")[0],
        "cipher_version": vault.one("PRAGMA cipher_version")[0],
        "size_bytes": size,
        "counts": counts,
        "keychain": keychain.describe(),
        "keychain_secure": keychain.is_secure(),
        "open_seconds": round(open_s, 3),
    }
    lines = [f"Vault: {vault.path}", f"Size: {size / 1e6:.1f} MB, schema {data['schema_version']}, SQLCipher {data['cipher_version']}"]
    lines += [f"{k.capitalize()}: {v}" for k, v in counts.items()]
    lines.append(f"Keychain: {data['keychain']} ({'secure' if data['keychain_secure'] else 'not secure: not used'})")
    ctx.emit(data, "\n".join(lines))
    return 0


def cmd_change_passphrase(args, ctx) -> int:
    code = None
    if args.recovery_code_file or environment_secret(ENV_RECOVERY):
        code = read_secret(args.recovery_code_file, ENV_RECOVERY, "Recovery code: ")
    if code:
        vault = vault_mod.open_vault(ctx.data_dir, recovery_code=code)
    else:
        vault = vault_mod.open_vault(ctx.data_dir, passphrase=ctx.passphrase())
    try:
        if not args.rekey:  # a re-key makes (and shows) a new recovery code anyway
            ctx.tell_open_notices(vault)
        new_code = vault.change_passphrase(new_secret(ctx, args.new_passphrase_file, ENV_NEW, "passphrase"),
                                           rekey=args.rekey)
        if new_code:
            ctx.emit({"changed": True, "rekeyed": True, "recovery_code": new_code},
                     "Passphrase and data key changed; the vault was re-encrypted. Your NEW recovery code (shown "
                     f"once; the old one no longer works):\n\n    {new_code}\n")
            recovery_code_shown(vault)
        else:
            ctx.emit({"changed": True, "rekeyed": False}, "Passphrase changed. Your recovery code still works.")
    finally:
        vault.close()
    return 0


def cmd_new_recovery_code(args, ctx) -> int:
    vault = ctx.vault(notices=False)  # this command is what the notice asks for
    code = new_recovery_code(vault)
    ctx.emit({"recovery_code": code},
             f"New recovery code (shown once; the old one no longer works):\n\n    {code}\n")
    recovery_code_shown(vault)
    return 0


def cmd_remember(args, ctx) -> int:
    ctx.vault().remember_on_this_computer()
    ctx.emit({"remembered": True}, "The vault key is now remembered in this computer's keychain.")
    return 0


def cmd_forget(args, ctx) -> int:
    forgotten = ctx.vault().forget_on_this_computer()
    ctx.emit({"forgotten": forgotten}, "The remembered key was removed." if forgotten else "No key was remembered.")
    return 0


@contextmanager
def long_work(ctx, stopped: str):
    """(progress, cancel) for work that reads or writes the whole vault: a bar on stderr when it is a terminal and
    --json was not asked for, and Ctrl-C as a cancel the core stops at safely (within a fraction of a second, cleaning
    up after itself), said as `stopped` (exit 130). A second Ctrl-C changes nothing: the first is being honoured."""
    from .media_cmds import ProgressBar

    bar = ProgressBar(enabled=sys.stderr.isatty() and not ctx.json)
    flag = CancelFlag()
    # Python runs a signal handler only between its own steps, never while SQLite works: the wake-up pipe is written
    # by the signal itself, and a thread reading it sets the flag at once (the core then interrupts its statement).
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    earlier = signal.signal(signal.SIGINT, lambda _signum, _frame: flag.cancel())
    earlier_fd = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    threading.Thread(target=_cancel_on_wake, args=(read_end, flag), daemon=True, name="ctrl-c").start()
    try:
        yield bar, flag
    except Cancelled as exc:
        raise Cancelled(stopped) from exc
    finally:
        bar.close()  # first: a Ctrl-C once the usual handler is back says "Stopped." on a line of its own, not after the bar
        signal.set_wakeup_fd(earlier_fd)
        signal.signal(signal.SIGINT, earlier)
        os.close(write_end)  # the thread reads the end of the pipe and closes its own


def _cancel_on_wake(read_end: int, flag: CancelFlag) -> None:
    try:
        while True:
            got = os.read(read_end, 16)
            if not got:
                return
            if signal.SIGINT in got:
                flag.cancel()
    finally:
        os.close(read_end)


def cmd_backup(args, ctx) -> int:
    started = time.perf_counter()
    vault, settings = ctx.vault(), ctx.settings()
    kept = " (the earlier file of that name is kept as it was)" if Path(args.file).expanduser().is_file() else ""
    with long_work(ctx, f"Stopped: no backup was written to {args.file}{kept}; the vault is unchanged.") as (bar, flag):
        result = backup_vault(vault, settings, args.file, progress=bar, cancel=flag)
    result["seconds"] = round(time.perf_counter() - started, 2)
    ctx.emit(result, f"Encrypted backup written to {result['file']} ({result['size_bytes'] / 1e6:.1f} MB, verified).")
    return 0


def cmd_check(args, ctx) -> int:
    vault = ctx.vault()
    with long_work(ctx, "Stopped: the vault check was not finished, so nothing is known yet about the pages it did "
                        "not reach; nothing was changed.") as (bar, flag):
        result = check_vault(vault, progress=bar, cancel=flag)
    ctx.emit(result, f"The vault file is whole: every page read back and checked ({result['size_bytes'] / 1e6:.1f} MB "
                     f"in {result['seconds']:.1f} s).")
    return 0


def cmd_restore(args, ctx) -> int:
    code = None
    if args.recovery_code_file or environment_secret(ENV_RECOVERY):
        code = read_secret(args.recovery_code_file, ENV_RECOVERY, "Recovery code: ")
    passphrase = None if code else ctx.passphrase("Passphrase of the backup: ")
    with long_work(ctx, "Stopped before the backup was put in place: the vault here is as it was, and nothing of "
                        "the backup was left behind.") as (bar, flag):
        result = restore_vault(ctx.data_dir, args.file, passphrase=passphrase, recovery_code=code,
                               accept_other_vault=args.accept_other_vault, progress=bar, cancel=flag)
    ctx.emit(result, restored_text(result, args.file))
    return 0
