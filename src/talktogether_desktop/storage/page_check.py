"""Reading every page's seal (SQLCipher's `cipher_integrity_check`) so that Cancel really stops it, with nothing
left reading the vault file after the check has said it stopped.

SQLCipher reads the whole file while the pragma is prepared, where SQLite's progress handler and `interrupt` never
run: once begun, the read cannot be stopped inside the process. So, with a cancel token:
- a large file (from CHILD_FROM_BYTES) is read by a child process of its own (multiprocessing 'spawn', given the key
  over a pipe, never on disk), which Cancel kills: it only reads, so nothing is left half done (a kill costs SQLite
  nothing, a reader's locks go with its process). Starting it costs about 0.2 s, small beside the read;
- a small file is read on a helper thread, and Cancel waits for that read to end (a fraction of a second) before the
  check says it stopped.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import signal
import sys
import threading
from multiprocessing import resource_tracker
from pathlib import Path
from typing import Optional

from ..errors import Cancelled, VaultError
from ..jobs import CancelToken

CHILD_FROM_BYTES = 32 * 1024 * 1024  # below it the read is over in about 0.3 s on a busy machine: waiting is cheaper
WATCH_S = 0.05  # how often the token is looked at while a read goes on
STOPPED = "Stopped at your request; nothing was changed."
PRAGMA = "PRAGMA cipher_integrity_check"

# Page reads on helper threads still going on: a process that ends (the command line after Ctrl-C) waits for them
# first, since ending while one is inside SQLCipher crashes the interpreter on its way out.
_READING: set = set()


@atexit.register
def _let_reads_finish() -> None:
    for helper in list(_READING):
        helper.join()


def page_seals(vault, cancel: Optional[CancelToken]) -> list:
    """`cipher_integrity_check`'s rows, as tuples. Cancelled (only once no read of the file is left running) when
    `cancel` is set."""
    if cancel is None:
        return [tuple(row) for row in vault.all(PRAGMA)]
    size = sum(p.stat().st_size for p in vault.path.parent.glob(vault.path.name + "*") if p.is_file())
    try:
        if size >= CHILD_FROM_BYTES:
            return _read_in_child(vault, cancel)
        return _read_on_thread(vault, cancel)
    except VaultError:  # its first read already fails: the vault's own connection meets (and reports) the damage
        return [tuple(row) for row in vault.all(PRAGMA)]


def _read_on_thread(vault, cancel: CancelToken) -> list:
    probe = vault.second_connection()
    answer: dict = {}

    def read() -> None:
        try:
            answer["rows"] = [tuple(row) for row in probe.all(PRAGMA)]
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            answer["error"] = exc
        finally:
            probe.close(checkpoint=False)
            _READING.discard(threading.current_thread())

    helper = threading.Thread(target=read, name="vault-page-check", daemon=True)
    _READING.add(helper)
    helper.start()
    while helper.is_alive():
        helper.join(WATCH_S)
    if cancel.is_cancelled():
        raise Cancelled(STOPPED)
    if "error" in answer:
        raise answer["error"]
    return answer["rows"]


def _read_in_child(vault, cancel: CancelToken) -> list:
    context = multiprocessing.get_context("spawn")
    mine, theirs = context.Pipe(duplex=True)
    child = context.Process(target=read_seals_child, args=(theirs,), name="talktogether-page-check", daemon=True)
    _start_deaf_to_ctrl_c(child)
    theirs.close()
    try:
        mine.send((str(vault.path), vault._data_key))
        while not mine.poll(WATCH_S):
            if cancel.is_cancelled():
                raise Cancelled(STOPPED)
            if not child.is_alive() and not mine.poll(0):
                raise VaultError(f"The check of the vault's pages stopped unexpectedly (exit {child.exitcode}).")
        cancel.raise_if_cancelled()
        try:
            kind, value = mine.recv()
        except (EOFError, OSError) as exc:  # it ended without an answer (it could not start): read it here instead
            raise VaultError(f"The check of the vault's pages stopped unexpectedly (exit {child.exitcode}).") from exc
    finally:
        if child.is_alive():
            child.kill()  # a reader only: a kill leaves nothing half done
        child.join()
        mine.close()
    if kind == "error":
        raise value
    return value


def _start_deaf_to_ctrl_c(child) -> None:
    """Ctrl-C on a terminal reaches every process of the command's group, the child too. Until the child ignores it
    itself (about 0.2 s in, once Python and its imports have started) it would die of it half-born, printing a
    traceback above the command's "Stopped" line: so it is started with SIGINT blocked (a blocked signal stays
    blocked across the child's exec, and once it ignores SIGINT any pending one is dropped). This process is not
    deafened: the signal goes to its other threads, or waits until the start is over."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: Ctrl-C is not sent to the child this way
        child.start()
        return
    # multiprocessing's resource tracker, started with the first child, unblocks SIGINT once it is started: first
    resource_tracker.ensure_running()
    earlier = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        child.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, earlier)


def read_seals_child(conn) -> None:
    """The child: harden itself, open the file with the key it is sent, send back the rows (or the error)."""
    from ..process_guard import harden_process
    from .vault import _connect

    harden_process("vault page check")
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the parent decides
    try:
        path, key = conn.recv()
    except EOFError:  # the parent went away before it sent the key
        return
    try:
        db = _connect(Path(path), key, verify=True)
        try:
            rows = [tuple(row) for row in db.execute(PRAGMA)]
        finally:
            db.close()
        conn.send(("rows", rows))
    except Exception as exc:  # noqa: BLE001 - the parent raises it (a damaged page is sqlcipher3's DatabaseError)
        try:
            conn.send(("error", exc))
        except Exception:  # noqa: BLE001 - it cannot be pickled: said in words
            conn.send(("error", VaultError(f"The check of the vault's pages failed: {type(exc).__name__}")))
    finally:
        conn.close()


def _die_with_parent() -> None:
    """On Linux the child is killed with its parent, so a crashed window leaves no reader of the vault behind."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except OSError:
            pass
        if os.getppid() == 1:
            os._exit(0)
