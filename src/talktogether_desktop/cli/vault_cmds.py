"""`talktogether vault init | info | change-passphrase | remember | forget | backup | check | restore`."""

from __future__ import annotations

import os
import time

from ..errors import InsecureKeyring
from ..pipeline.ops_vault import (backup_vault, check_vault, new_recovery_code, recovery_code_shown, restore_vault,
                                  restored_text)
from ..storage import keychain
from ..storage import vault as vault_mod
from .common import new_secret, read_secret

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
    if args.recovery_code_file or os.environ.get(ENV_RECOVERY):
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


def cmd_backup(args, ctx) -> int:
    started = time.perf_counter()
    result = backup_vault(ctx.vault(), ctx.settings(), args.file)
    result["seconds"] = round(time.perf_counter() - started, 2)
    ctx.emit(result, f"Encrypted backup written to {result['file']} ({result['size_bytes'] / 1e6:.1f} MB, verified).")
    return 0


def cmd_check(args, ctx) -> int:
    result = check_vault(ctx.vault())
    ctx.emit(result, f"The vault file is whole: every page read back and checked ({result['size_bytes'] / 1e6:.1f} MB "
                     f"in {result['seconds']:.1f} s).")
    return 0


def cmd_restore(args, ctx) -> int:
    code = None
    if args.recovery_code_file or os.environ.get(ENV_RECOVERY):
        code = read_secret(args.recovery_code_file, ENV_RECOVERY, "Recovery code: ")
    passphrase = None if code else ctx.passphrase("Passphrase of the backup: ")
    result = restore_vault(ctx.data_dir, args.file, passphrase=passphrase, recovery_code=code,
                           accept_other_vault=args.accept_other_vault)
    ctx.emit(result, restored_text(result, args.file))
    return 0
