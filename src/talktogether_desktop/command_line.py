"""`talktogether`'s entry point (`python -m talktogether_desktop ARGS` comes here too): the command line, with a Ctrl-C
pressed while it is still starting said as every other stop is ("Stopped.", exit 130), never a traceback. Its
imports take about half a second (the speech, audio and database libraries), longer than a person takes to think
better of a command; this module imports nothing of them itself, so the stop is caught from its first line on."""

from __future__ import annotations

import sys


def main() -> int:
    # Undumpable from the first line (its /proc/PID/environ, with a passphrase a script gave in the environment,
    # and its memory closed to the user's other programs), not only once the imports are done (cli.main hardens
    # the rest); process_guard itself imports nothing heavy.
    # (inside the try: a Ctrl-C 0.1 s in landed in process_guard's own "import logging", a traceback; CI, round 48)
    try:
        from .process_guard import make_undumpable

        make_undumpable()
        from .cli.main import main as run_command

        return run_command()
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
