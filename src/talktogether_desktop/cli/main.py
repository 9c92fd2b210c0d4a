"""Entry point of `talktogether`. Errors become exit codes here and nowhere else."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from typing import Optional, Sequence

from .. import __version__
from ..errors import Cancelled, JobFailed, SafetyConfirmationNeeded, TalkTogetherError
from ..process_guard import harden_process
from ..storage.vault import damage_error, disk_full_error
from . import COMMAND_MODULES
from .common import Context, common_parser, take_secrets_from_environment


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose usage errors (a missing option, 'abc' for an id) come as the README's
    `{"error", "kind": "UsageError"}` on stdout, one "Error: …" line on stderr and exit 2 when --json was given (no
    usage lines for a program reading the JSON); sub-command parsers are made of this class too."""

    json_errors = False

    def error(self, message: str):
        message = _without_secrets(message)
        if not _Parser.json_errors:
            super().error(message)  # argparse's own: the usage lines and the message on stderr, exit 2
        said = f"{self.prog}: {message}"
        print(json.dumps({"error": said, "kind": "UsageError"}, ensure_ascii=False))
        sys.stdout.flush()
        self.exit(2, f"Error: {said}\n")


_UNRECOGNIZED = "unrecognized arguments: "
_SECRET_WORDS = ("pass", "secret", "recovery", "code", "key", "pin")


def _without_secrets(message: str) -> str:
    """argparse repeats every argument it does not know, so `--password hunter2` or `--recovery-code …` (no such
    options) printed the secret in the usage error, on stderr or in --json's stdout: with such an option among them,
    only the options are repeated."""
    if not message.startswith(_UNRECOGNIZED):
        return message
    given = message[len(_UNRECOGNIZED):].split(" ")
    options = [arg.split("=", 1)[0] for arg in given if arg.startswith("-")]
    if not any(word in option.lower() for option in options for word in _SECRET_WORDS):
        return message
    return (f"{_UNRECOGNIZED}{' '.join(options)} (what was given with them is not repeated here, in case it is a "
            "passphrase or a recovery code: give those with --passphrase-file or at the prompt, never on the command "
            "line)")


def asks_for_json(argv: Sequence[str]) -> bool:
    """--json among the options (before a `--`), as argparse reads it: whole, with a value (`--json=yes`, itself a
    usage error) or shortened (`--js`; no other option starts with `--j`)."""
    for arg in argv:
        if arg == "--":
            return False
        name = arg.split("=", 1)[0]
        if len(name) >= 3 and "--json".startswith(name):
            return True
    return False


def build_parser() -> argparse.ArgumentParser:
    common = common_parser()
    parser = _Parser(
        prog="talktogether",
        description="TalkTogether Desktop: a private case file and practice-conversation analysis "
        "for couples therapists. Nothing leaves this computer.",
        parents=[common],
        epilog="Privacy: command-line arguments are visible to other users of this computer while a command "
        "runs (ps, /proc). Give passphrases with --passphrase-file or a prompt, and names and notes with "
        "--names-file / --text-file ('-' reads stdin).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    harden_process("command line")
    take_secrets_from_environment()  # no process it starts inherits the passphrase
    # File names are bytes on Linux: one that is not UTF-8 is printed escaped, never a UnicodeEncodeError.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    _Parser.json_errors = asks_for_json(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    ctx = Context(args)
    try:
        return _run(args, ctx)
    except KeyboardInterrupt:  # Ctrl-C while an error was being said or the vault closed: no traceback either
        print("Stopped.", file=sys.stderr)
        return 130


def _run(args, ctx: Context) -> int:
    """The command, its typed errors as exit codes, and the vault closed whatever happened."""
    try:
        try:
            return int(args.func(args, ctx) or 0)
        except Exception as exc:  # a damaged vault file comes as the database's own error: said plainly
            typed = damage_error(exc) or disk_full_error(exc)
            if typed is None:
                raise
            raise typed from exc
    except Cancelled as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    except TalkTogetherError as exc:
        said = f"{exc} {job_next_step(exc, args, ctx)}".strip() if isinstance(exc, JobFailed) else str(exc)
        if ctx.json:
            details = exc.details() if hasattr(exc, "details") else {}
            if isinstance(exc, JobFailed) and exc.__cause__ is not None:  # the engine's own text may quote a client
                from ..pipeline.failures import traced

                details["detail"] = traced(exc.__cause__)
            print(json.dumps({"error": said, "kind": type(exc).__name__, **details}, ensure_ascii=False))
        print(_asked(exc) if isinstance(exc, SafetyConfirmationNeeded) else f"Error: {said}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error; silence the flush at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # file system trouble no command foresaw: one sentence, as the window says it
        where = f" ({exc.filename})" if exc.filename else ""
        message = f"The file system refused: {(exc.strerror or str(exc)).rstrip('.')}{where}. Nothing else was changed."
        if ctx.json:
            print(json.dumps({"error": message, "kind": type(exc).__name__}, ensure_ascii=False))
        print(f"Error: {message}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - no command foresaw it: said in one line, never Python's traceback
        code, kind, message = unforeseen(exc)
        if ctx.json:
            print(json.dumps({"error": message, "kind": kind}, ensure_ascii=False))
        print(f"Error: {message}", file=sys.stderr)
        return code
    finally:
        ctx.close()


def _asked(exc: SafetyConfirmationNeeded) -> str:
    """Practice refused for safety (exit 5) is a question for the therapist to answer, not an error (walk49a: it was
    printed "Error: …")."""
    return (f"Please confirm first: {exc.found} Give it anyway? If so, run the command again with --confirm-safety "
            "REASON (or --confirm-safety-file FILE); otherwise choose another practice.")


def unforeseen(exc: Exception) -> tuple[int, str, str]:
    """(exit code, kind, words) for a failure no command foresaw. The exception's own text is left out, as the window's
    log leaves it out (ui/errors.py): it may quote a client's name or words, and a script's stderr is often a log
    file. Where it happened (our innermost frame) is said instead, which holds no client data."""
    if isinstance(exc, UnicodeEncodeError) and "surrogates" in str(exc.reason):
        # bytes that are not UTF-8 on the command line (a name typed or pasted in another encoding)
        return 2, "UsageError", "Some text given to the command is not UTF-8 text (typed or pasted in another encoding?); nothing of it was stored."
    ours = [f for f in traceback.extract_tb(exc.__traceback__) if "talktogether_desktop" in f.filename]
    where = ""
    if ours:
        inner = ours[-1]
        module = inner.filename.replace(os.sep, "/").rsplit("talktogether_desktop/", 1)[-1]
        where = f" in {module}, line {inner.lineno}"
    return 1, type(exc).__name__, (f"An unexpected problem stopped the command ({type(exc).__name__}{where}). What it finished before "
               "is kept. Run it again; if it happens again, please report this line (it holds no client data).")


def job_next_step(exc: JobFailed, args, ctx: Context) -> str:
    """What to try after a stopped step (JobFailed.advice), in the command line's words: its command and options,
    never the window's Settings or "restart the app" (ui/errors.py words it for the window)."""
    if exc.next_step:  # the words it came with
        return ""  # (already in str(exc))
    kept = ctx.kept_recording  # an import whose processing stopped: the recording stays, unprocessed
    recording = kept or getattr(args, "recording_id", None)
    again = f"finish recording {kept} with `talktogether analyze {kept}`" if kept else "run the command again"
    smaller = ""
    if exc.advice in ("transcribe", "model"):
        if not kept and hasattr(args, "model"):
            smaller = ", or give the smallest speech model with `--model tiny.en`"
        elif recording is not None:
            smaller = f", or transcribe it with the smallest speech model: `talktogether transcribe {recording} --model tiny.en`"
    first = again[0].upper() + again[1:]
    if exc.advice == "report" and recording is not None:  # the window's "recording's page" is this command
        return (f"Run `talktogether report {recording} -o FILE.pdf` again; the analysis can be read meanwhile with "
                f"`talktogether analyze {recording}`.")
    return {
        "": "",
        "memory": f"Close other programs, then {again}.",
        "transcribe": f"{first}. If it stops again, close other programs to free memory{smaller}.",
        "model": f"{first}. If this happens again, the computer may be short of memory: close other programs{smaller}.",
    }.get(exc.advice, f"{first}.")


if __name__ == "__main__":
    sys.exit(main())
