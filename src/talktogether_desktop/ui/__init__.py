"""The PySide6 window (the only package that imports Qt)."""

from .qt_compat import guard_none_refcount

guard_none_refcount()  # before any Qt call: see qt_compat
