"""What every TalkTogether process does first: no network, no core dumps, private files.

`harden_process` runs at the start of the window, the CLI and the speech-model child, before any
library that might phone home (onnxruntime's telemetry looks up a Microsoft host from native code
about 10 s after a session opens) is imported:

- the libraries' own offline and no-telemetry switches are set in the environment;
- a Python audit hook refuses, counts and logs every network attempt made through Python
  (`socket.connect` to an internet address, name look-ups, `sendto`, ...); local pipes and
  Unix sockets stay allowed, they are how the processes talk to each other;
- the process cannot write a core file and, on Linux, is not dumpable (PR_SET_DUMPABLE 0), so a
  crash in native code can never put the data key or client data on disk, and another program of
  the same user cannot attach to it or read its memory;
- the file creation mask is 077: everything the process writes is readable by its owner only.

The count of refused attempts is logged when the process ends (the event name and host only,
never client data).
"""

from __future__ import annotations

import atexit
import logging
import os
import socket
import sys
import threading

log = logging.getLogger("talktogether_desktop.network")

# Offline and no-telemetry switches of the libraries the app loads (or that they load).
# The secrets a script may give in the environment (`talktogether`'s TALKTOGETHER_PASSPHRASE …): the command line takes
# them out of its environment as it starts, the window drops them (it asks on its unlock screen), so no process either
# starts inherits them (multiprocessing's resource tracker is never undumpable: its /proc/PID/environ is readable).
SECRET_VARIABLES = ("TALKTOGETHER_PASSPHRASE", "TALKTOGETHER_NEW_PASSPHRASE", "TALKTOGETHER_RECOVERY_CODE")

OFFLINE_ENVIRONMENT = {
    "ORT_DISABLE_TELEMETRY": "1",  # onnxruntime: no telemetry events, no device id folder
    "HF_HUB_OFFLINE": "1",  # huggingface_hub (faster-whisper's model download)
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "DO_NOT_TRACK": "1",
}

# Audit events that open a connection, resolve a name or send a datagram.
_NETWORK_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.sendto",
        "socket.sendmsg",
        "socket.bind",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
        "http.client.connect",
        "urllib.Request",
        "ftplib.connect",
        "smtplib.connect",
        "imaplib.open",
        "poplib.connect",
        "nntplib.connect",
        "webbrowser.open",
    }
)
_LOCAL_FAMILIES = {getattr(socket, "AF_UNIX", None), getattr(socket, "AF_NETLINK", None)} - {None}

_lock = threading.Lock()
_attempts: list[str] = []
_installed = False
_role = "process"


class NetworkRefused(PermissionError):
    """A library tried to use the network; TalkTogether never transmits anything."""


def attempts() -> list[str]:
    """The refused attempts of this process so far ("event host"), oldest first."""
    with _lock:
        return list(_attempts)


def attempt_count() -> int:
    with _lock:
        return len(_attempts)


def _is_local(event: str, args: tuple) -> bool:
    """Unix sockets and socket pairs are how our own processes talk; they never leave the machine."""
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg", "socket.bind") and args:
        sock = args[0]
        family = getattr(sock, "family", None)
        if family in _LOCAL_FAMILIES:
            return True
        address = args[1] if len(args) > 1 else None
        if isinstance(address, (str, bytes)):  # an AF_UNIX path
            return True
        if event == "socket.sendmsg" and address is None:  # on a connected socket: checked at connect
            return True
    return False


def _target(event: str, args: tuple) -> str:
    """The host asked for (never the data sent)."""
    try:
        if event.startswith("socket.") and event in ("socket.connect", "socket.sendto", "socket.bind"):
            address = args[1]
            return str(address[0]) if isinstance(address, tuple) else "?"
        if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
            return str(args[0])
        if event in ("http.client.connect", "smtplib.connect", "ftplib.connect", "imaplib.open",
                     "poplib.connect", "nntplib.connect"):
            return str(args[1])
        if event == "urllib.Request":
            return str(args[0]).split("/")[2] if "://" in str(args[0]) else "?"
    except Exception:  # noqa: BLE001 - a log label must never break the refusal
        pass
    return "?"


def _audit(event: str, args: tuple) -> None:
    if event not in _NETWORK_EVENTS or _is_local(event, args):
        return
    target = _target(event, args)
    with _lock:
        _attempts.append(f"{event} {target}")
        count = len(_attempts)
    log.warning("Refused network attempt %d in the %s process: %s %s", count, _role, event, target)
    raise NetworkRefused(f"TalkTogether works offline: the network attempt ({event} {target}) was refused.")


def _report_at_exit() -> None:
    count = attempt_count()
    level = logging.WARNING if count else logging.INFO
    log.log(level, "Network guard (%s process, pid %d): %d network attempt(s) refused.", _role, os.getpid(), count)


def install_network_guard(role: str = "process") -> None:
    """Install the audit hook once per process (hooks cannot be removed; a second one is not added)."""
    global _installed, _role
    _role = role
    if _installed:
        return
    sys.addaudithook(_audit)
    atexit.register(_report_at_exit)
    _installed = True


def set_offline_environment() -> None:
    """Set before onnxruntime, CTranslate2 or huggingface_hub load; children inherit it."""
    os.environ.update(OFFLINE_ENVIRONMENT)


def make_undumpable() -> None:
    """No core file, ever, and no ptrace or /proc/PID/mem reading by other programs of the user."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # Windows has no core files
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            PR_SET_DUMPABLE = 4
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def is_dumpable() -> bool | None:
    """PR_GET_DUMPABLE on Linux (None elsewhere): for the checks in the tests and `vault info`."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    PR_GET_DUMPABLE = 3
    return bool(ctypes.CDLL(None, use_errno=True).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def harden_process(role: str) -> None:
    """Everything above, in the order that matters: environment before any native library loads."""
    set_offline_environment()
    os.umask(0o077)
    make_undumpable()
    install_network_guard(role)
