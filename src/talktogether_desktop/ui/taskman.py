"""All vault access on one worker thread, results back on the GUI thread (after Anki's taskman).

`run(fn, on_done, on_error)` queues `fn(vault)` on the vault thread; when it returns, `on_done(result)`
runs on the GUI thread, and an exception goes to `on_error(exc)` (or to the one error presenter).
Locking bumps a generation number, so answers to questions asked before the lock are dropped and
no client detail can reappear on a cleared window.
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
    _answer = Signal(object)  # (future, on_done, on_error, generation)
    busy_changed = Signal(bool)

    def __init__(self, default_error: Callable[[BaseException], None], parent=None):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault")
        self._default_error = default_error
        self._vault = None  # touched only on the vault thread
        self._generation = 0
        self._pending = 0
        self._lock = threading.Lock()
        self._closed = False
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
    def run(self, fn: Callable[[Any], Any], on_done: OnDone = None, on_error: OnError = None) -> Future:
        """Queue fn(vault) on the vault thread."""
        return self._submit(fn, on_done, on_error, wait_for_vault=True)

    def run_without_vault(self, fn: Callable[[], Any], on_done: OnDone = None, on_error: OnError = None) -> Future:
        """Queue fn() on the vault thread (opening or creating the vault, restoring a backup)."""
        return self._submit(lambda _v: fn(), on_done, on_error, wait_for_vault=False)

    def _submit(self, fn, on_done, on_error, wait_for_vault: bool) -> Future:
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
        future = self._executor.submit(call)
        future.add_done_callback(lambda f: self._answer.emit((f, on_done, on_error, generation)))
        return future

    def _deliver(self, answer: tuple) -> None:
        future, on_done, on_error, generation = answer
        with self._lock:
            self._pending -= 1
            idle = self._pending == 0
        if idle:
            self.busy_changed.emit(False)
        if generation != self._generation:
            return  # asked before a lock: the answer may hold client details
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
