"""A guard against PySide6 6.12.0 on CPython 3.11.

PySide6 6.12.0 returns None from void methods (`label.setText`, `processEvents`, ...) without
taking a reference to it, which is harmless from Python 3.12 on (None is immortal there) but on
3.11 lowers None's reference count by one per call: a few thousand calls after start the
interpreter aborts with "none_dealloc: deallocating None". The project pins a PySide6 without
the fault; this guard keeps a window alive where an unpinned install pulled 6.12.0 anyway, by
giving None so many references that it cannot reach zero (what 3.12 does by design).
"""

from __future__ import annotations

import ctypes
import sys

AFFECTED = ("6.12.0",)
_HEADROOM = 1 << 40


def needs_guard(pyside_version: str, python: tuple = sys.version_info[:2]) -> bool:
    return python < (3, 12) and pyside_version in AFFECTED


def guard_none_refcount() -> bool:
    """Apply the guard when this interpreter and PySide6 need it; returns whether it did."""
    import PySide6

    if not needs_guard(PySide6.__version__):
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM
    return True
