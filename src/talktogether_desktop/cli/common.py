"""What every command shares: the global options, opening the vault, and printing results."""

from __future__ import annotations

import argparse
import getpass
import json
import math
import os
import stat
import sys
from pathlib import Path
from typing import Any, Optional

from .. import paths
from ..timefmt import clock, duration, local_time  # noqa: F401 - local_time: the commands' times
from ..errors import BadInputFile, UsageError, VaultLocked

from ..process_guard import SECRET_VARIABLES

ENV_PASSPHRASE = "TALKTOGETHER_PASSPHRASE"
# The secrets a script may give in the environment (SECRET_VARIABLES) are taken out of it as the command starts: every
# process it starts inherits the environment, and multiprocessing's resource tracker (alive for a whole import) is never
# undumpable, so its /proc/PID/environ would show them to the user's other programs.
_secrets_taken: dict[str, str] = {}
NO_PASSPHRASE = ("The vault is locked: give the passphrase with --passphrase-file, "
                 f"${ENV_PASSPHRASE}, or run this on a terminal to be asked.")
# Said in the help of every option that takes client text: /proc/PID/cmdline is world-readable.
ARGUMENTS_ARE_VISIBLE = (
    "command-line arguments are visible to other users of this computer while the command runs; "
    "give names and notes with a file or '-' (stdin) instead"
)


def common_parser() -> argparse.ArgumentParser:
    """Options accepted before or after any sub-command (defaults are suppressed so either wins)."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the vault (else $TALKTOGETHER_HOME)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print machine-readable JSON")
    p.add_argument(
        "--passphrase-file",
        default=argparse.SUPPRESS,
        help=f"read the passphrase from this file (else ${ENV_PASSPHRASE}, else a prompt on a terminal)",
    )
    return p


class Context:
    """Per-invocation state handed to every command handler."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        self.data_dir: Path = paths.data_dir(getattr(args, "data_dir", None))
        self._vault = None
        self.kept_recording: Optional[int] = None  # set once an import has stored its recording (said if it stops)

    # --- secrets ---------------------------------------------------------------------------
    def passphrase(self, prompt: str = "Vault passphrase: ", required: bool = True) -> Optional[str]:
        return read_secret(
            getattr(self.args, "passphrase_file", None), ENV_PASSPHRASE, prompt, required=required
        )

    # --- the vault ---------------------------------------------------------------------------
    def vault(self, notices: bool = True):
        """Open the vault once per command: a remembered key first, else the passphrase. What the therapist must
        know at opening goes to stderr (`notices=False`: the command itself deals with it)."""
        if self._vault is None:
            from ..storage import vault as vault_mod

            passphrase = self.passphrase(required=False)
            try:
                self._vault = vault_mod.open_vault(self.data_dir, passphrase=passphrase)
            except VaultLocked as exc:
                if passphrase or type(exc) is not VaultLocked:  # a wrong one, or a keychain out of date: said as is
                    raise
                raise VaultLocked(NO_PASSPHRASE) from exc  # none given and no key remembered: say how to give it
            if notices:
                self.tell_open_notices(self._vault)
        return self._vault

    def tell_open_notices(self, vault) -> None:
        from ..pipeline.ops_vault import open_notices

        for notice in open_notices(vault):
            self.info(f"Warning: {notice}")
        if not getattr(self.args, "takes_command", False):  # (those commands say the takes themselves)
            from .recording_cmds import cut_off_notices

            for notice in cut_off_notices(vault):
                self.info(f"Warning: {notice}")

    # --- settings ------------------------------------------------------------------------------
    def settings(self, **one_run):
        """The vault's settings, with this command's flags (those given) overriding them for one run."""
        from ..storage.settings import load_settings

        return load_settings(self.vault()).replace(**one_run)

    def file_settings(self, **one_run):
        """Settings for the commands that need no vault: the defaults and this computer's environment,
        with this command's flags overriding them."""
        from ..storage.settings import from_environment

        return from_environment().replace(**one_run)

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    # --- output -------------------------------------------------------------------------------
    def emit(self, data: Any, human: str | None = None) -> None:
        if self.json:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        elif human is not None:
            print(human)
        sys.stdout.flush()  # a recovery code counts as shown only once it is out of this process

    def info(self, message: str) -> None:
        """Progress and hints go to stderr so stdout stays clean for --json and pipes."""
        print(message, file=sys.stderr)


def take_secrets_from_environment() -> None:
    """Move the secret variables out of the environment into this process (see SECRET_VARIABLES)."""
    _secrets_taken.clear()
    for name in SECRET_VARIABLES:
        value = os.environ.pop(name, None)
        if value:
            _secrets_taken[name] = value


def environment_secret(env: str) -> Optional[str]:
    return _secrets_taken.get(env) or os.environ.get(env) or None


def read_secret(path: Optional[str], env: str, prompt: str, required: bool = True) -> Optional[str]:
    if path:
        try:
            with open(path, encoding="utf-8") as fh:
                refuse_shared_secret_file(fh.fileno(), path, env)
                text = fh.read()
        except FileNotFoundError as exc:  # `--passphrase hunter2` (taken as --passphrase-file) printed the passphrase
            raise BadInputFile(f"There is no {_secret_file(env)} by the name given. (The name is not repeated here in "
                               "case it is the secret itself: one written on a command line can be seen by other "
                               "users of this computer, so change it.)") from exc
        except OSError as exc:
            raise BadInputFile(f"Could not read the passphrase file {path}: {exc.strerror}.") from exc
        value = text.rstrip("\r\n")
        if not value:
            raise BadInputFile(f"The passphrase file {path} is empty.")
        return value
    if environment_secret(env):
        return environment_secret(env)
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    if required:
        raise VaultLocked(NO_PASSPHRASE if env == ENV_PASSPHRASE else NO_PASSPHRASE.replace(ENV_PASSPHRASE, env))
    return None


def _secret_file(env: str) -> str:
    return "recovery code file" if env == "TALKTOGETHER_RECOVERY_CODE" else "passphrase file"


def refuse_shared_secret_file(fd: int, path: str, env: str) -> None:
    """A passphrase or recovery code kept in a file other users of this computer can read (or change) opens the vault
    to all of them: refused before it is read, as ssh refuses such a key. A pipe or a terminal (`/dev/stdin`,
    `<(pass show …)`) is not a kept file."""
    st = os.fstat(fd)
    if os.name != "posix" or not stat.S_ISREG(st.st_mode) or not st.st_mode & 0o066:
        return
    what = "recovery code" if env == "TALKTOGETHER_RECOVERY_CODE" else "passphrase"
    raise BadInputFile(
        f"The {what} file {path} can be read by other users of this computer (its permissions are "
        f"{stat.S_IMODE(st.st_mode):o}): anyone here could open the vault with it, so it was not used. Make it "
        f"private with `chmod 600 {path}` and run the command again; if others may have read it, change the {what} "
        f"too (`talktogether vault {'new-recovery-code' if what == 'recovery code' else 'change-passphrase'}`).")


def new_secret(ctx: Context, file_option: Optional[str], env: str, what: str = "passphrase") -> str:
    """A new passphrase: from a file or the environment, or asked twice on a terminal."""
    if file_option or environment_secret(env):
        return read_secret(file_option, env, "")  # type: ignore[return-value]
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(f"New {what}: ")
        second = getpass.getpass(f"Repeat the new {what}: ")
        if first != second:
            raise BadInputFile("The two entries differ; nothing was changed.")
        return first
    # a missing option is a usage error (2), not a locked vault (3): the vault opened, or there is none yet
    option = "--new-passphrase-file" if env != ENV_PASSPHRASE else "--passphrase-file"
    raise UsageError(f"No new {what} given: use {option}, ${env}, or run this on a terminal to be asked.")


def confirm_erase(yes: bool, question: str) -> None:
    """Erasing client data needs --yes, or 'erase' typed on a terminal. Off a terminal (a script, a pipe) without
    --yes nothing is erased: a script that forgot the flag must not take a family's case file with it."""
    if yes:
        return
    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError("Nothing was erased: erasing client data needs --yes when the command is not run on a "
                         "terminal (where it asks you to type 'erase').")
    try:
        answer = input(f"{question} Type 'erase': ")
    except EOFError:
        answer = ""
    if answer.strip().lower() != "erase":
        raise UsageError("Nothing was erased.")


def seconds(text: str) -> float:
    """argparse type of a time in a recording: a finite number of seconds, 0 or more (else a usage error)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time in a recording (seconds, 0 or more)")
    return value


def fmt_time(seconds: float | None) -> str:
    """mm:ss (h:mm:ss past an hour); "-" where unknown, like the other empty columns."""
    return clock(seconds, none="-")


def fmt_duration(seconds: float | None) -> str:
    """How long a recording is: "0.5 s" under a minute, mm:ss from one on; "-" where unknown (`timefmt.duration`,
    as every command prints a length: import, recording list and show, transcribe-file, analyze)."""
    return duration(seconds, none="-")


def read_text_input(source: str) -> str:
    """Client text from a file, or from stdin for '-', so it never appears in the process's arguments."""
    if source == "-":
        return sys.stdin.read().removeprefix("\ufeff")
    try:
        return Path(source).expanduser().read_text(encoding="utf-8-sig")  # Notepad's byte-order mark is no name
    except UnicodeDecodeError as exc:
        raise BadInputFile(f"Could not read {source}: it is not plain text in UTF-8 (save it as UTF-8 text and try "
                           "again).") from exc
    except OSError as exc:
        raise BadInputFile(f"Could not read {source}: {exc.strerror or exc}.") from exc


def speaker_limit_step(ctx: Context, recording: dict) -> str:
    """A recording imported for more voices than the speaker finder tells apart (imports before round 34 took up to
    8) is read with the limit; on stderr, the command that gives the right number. Returns the speakers' note the core
    keeps with the diarization for it ("" if none), which the command then leaves out of its own output: said once."""
    from ..pipeline import MAX_SPEAKERS, stored_speaker_count

    count, core_note = stored_speaker_count(recording.get("speaker_count"))
    if core_note:
        rid = recording["id"]
        ctx.info(f"Note: recording {rid} was imported for {recording['speaker_count']} speakers, more than the "
                 f"{MAX_SPEAKERS} the speaker finder tells apart, so it is read with {count}. If fewer people speak "
                 f"in it, give their number: `talktogether diarize {rid} --speakers N` (N from 1 to {MAX_SPEAKERS}).")
    return core_note
