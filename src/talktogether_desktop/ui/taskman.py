"""All vault access on one worker thread, results back on the GUI thread (after Anki's taskman).

`run(fn, on_done, on_error)` queues `fn(vault)` on the vault thread; when it returns, `on_done(result)`
runs on the GUI thread, and an exception goes to `on_error(exc)` (or to the one error presenter).
Locking bumps a generation number, so answers to questions asked before the lock are dropped and
no client detail can reappear on a cleared window; work that must not be lost to a lock (a backup, an
import: `across_lock`) runs to its end before the vault closes, and its answer waits for the next unlock.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, Signal

from ..errors import VaultLocked

OnDone = Optional[Callable[[Any], None]]
OnError = Optional[Callable[[BaseException], None]]


class TaskManager(QObject):
    # One tuple per answer: PySide6 mis-counts references when None itself travels through an
    # `object` signal argument (a crash after many deliveries), so nothing is ever sent bare.
    _answer = Signal(object)  # (future, on_done, on_error, generation, across_lock)
    busy_changed = Signal(bool)
    across_lock_done = Signal()  # the last work that a lock lets finish has finished

    def __init__(self, default_error: Callable[[BaseException], None], parent=None):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault")
        self._default_error = default_error
        self._vault = None  # touched only on the vault thread
        self._generation = 0
        self._pending = 0
        self._lock = threading.Lock()
        self._closed = False
        self._across = 0  # work under way that a lock lets finish
        self._after_unlock: list[tuple] = []  # its answers, kept for the next unlock
        self._answer.connect(self._deliver)

    # --- the vault held by the worker ---------------------------------------------------------
    def set_vault(self, vault) -> None:
        """Called on the vault thread (from a task) once unlocking succeeded."""
        self._vault = vault

    def close_vault(self) -> None:
        """Lock: forget pending answers now; close the vault on its own thread after queued work."""
        self._generation += 1

        def close(_vault):
            if self._vault is not None:
                self._vault.close()
                self._vault = None

        self._submit(close, None, None, wait_for_vault=False)

    @property
    def generation(self) -> int:
        return self._generation

    # --- running work -----------------------------------------------------------------------
    def run(self, fn: Callable[[Any], Any], on_done: OnDone = None, on_error: OnError = None,
            across_lock: bool = False) -> Future:
        """Queue fn(vault) on the vault thread. `across_lock`: a lock meanwhile lets it finish (the vault closes
        after it) and its answer is given after the next unlock, not dropped."""
        return self._submit(fn, on_done, on_error, wait_for_vault=True, across_lock=across_lock)

    def run_without_vault(self, fn: Callable[[], Any], on_done: OnDone = None, on_error: OnError = None) -> Future:
        """Queue fn() on the vault thread (opening or creating the vault, restoring a backup)."""
        return self._submit(lambda _v: fn(), on_done, on_error, wait_for_vault=False)

    def _submit(self, fn, on_done, on_error, wait_for_vault: bool, across_lock: bool = False) -> Future:
        if self._closed:  # the window is closing: late requests are dropped, not errors
            future: Future = Future()
            future.cancel()
            return future
        generation = self._generation

        def call():
            if wait_for_vault and self._vault is None:
                raise VaultLocked("The vault is locked: please unlock it first.")
            return fn(self._vault)

        with self._lock:
            self._pending += 1
            if self._pending == 1:
                self.busy_changed.emit(True)
            self._across += across_lock
        future = self._executor.submit(call)
        future.add_done_callback(lambda f: self._answer.emit((f, on_done, on_error, generation, across_lock)))
        return future

    def _deliver(self, answer: tuple) -> None:
        future, on_done, on_error, generation, across_lock = answer
        with self._lock:
            self._pending -= 1
            self._across -= across_lock
            idle = self._pending == 0
            across_done = across_lock and self._across == 0
        if idle:
            self.busy_changed.emit(False)
        if across_done:
            self.across_lock_done.emit()
        if generation != self._generation:
            if across_lock:  # said after the next unlock, where it can be read
                self._after_unlock.append((future, on_done, on_error))
            return  # asked before a lock: the answer may hold client details
        self._answer_now(future, on_done, on_error)

    def work_across_lock(self) -> bool:
        """A backup or an import is under way (a lock now lets it finish first)."""
        with self._lock:
            return self._across > 0

    def answer_after_unlock(self) -> int:
        """Give the answers of work that finished behind the lock screen; how many there were."""
        kept, self._after_unlock = self._after_unlock, []
        for future, on_done, on_error in kept:
            self._answer_now(future, on_done, on_error)
        return len(kept)

    def _answer_now(self, future: Future, on_done: OnDone, on_error: OnError) -> None:
        exc = future.exception()
        if exc is not None:
            (on_error or self._default_error)(exc)
        elif on_done is not None:
            on_done(future.result())

    def is_idle(self) -> bool:
        with self._lock:
            return self._pending == 0

    def vault_for_worker(self):
        """For code already running on the vault thread (e.g. inside a task)."""
        return self._vault

    def shutdown(self) -> None:
        self.close_vault()
        self._closed = True
        self._executor.shutdown(wait=True)
