"""What the therapist copies out of the window (Ctrl+C on a couple, a transcript line, a note) is client data on the
system clipboard, where every other program can read it.

- It is marked as secret for the clipboard managers that keep a history, often on disk (KDE's Klipper, CopyQ, and
  others that read KDE's `x-kde-passwordManagerHint`), so they do not keep it.
- The lock and the window's closing take it off the clipboard again, as they clear every client detail from the
  window: an unattended laptop pasted the couple's name into any program after the automatic lock, and on quitting
  Qt hands what the app owns to the desktop's clipboard manager to keep.

Only what this app put there is touched; a copy made in another program is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QClipboard, QGuiApplication

SECRET_HINT = "x-kde-passwordManagerHint"  # KDE's convention, read by Klipper, CopyQ and others
SECRET = b"secret"

# Platforms with no system clipboard: what their clipboard holds was put there by this process (tests, screenshots).
_IN_PROCESS_PLATFORMS = ("offscreen", "minimal")


def _ours(clipboard: QClipboard, mode: QClipboard.Mode) -> bool:
    if QGuiApplication.platformName() in _IN_PROCESS_PLATFORMS:
        return True
    if mode == QClipboard.Mode.Selection:
        return clipboard.ownsSelection()
    return clipboard.ownsClipboard()


def _modes(clipboard: QClipboard) -> list[QClipboard.Mode]:
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():  # X11's primary selection: text selected in a field
        modes.append(QClipboard.Mode.Selection)
    return modes


class ClipboardGuard(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._marking = False
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(lambda: self._mark(QClipboard.Mode.Clipboard))
        clipboard.selectionChanged.connect(lambda: self._mark(QClipboard.Mode.Selection))

    def _mark(self, mode: QClipboard.Mode) -> None:
        """Our copy again, with the secret hint beside its formats (Qt's widgets copy without one)."""
        clipboard = QGuiApplication.clipboard()
        if self._marking or not _ours(clipboard, mode):
            return
        data = clipboard.mimeData(mode)
        if data is None or not data.formats() or data.hasFormat(SECRET_HINT):
            return
        marked = QMimeData()
        for kind in data.formats():
            marked.setData(kind, data.data(kind))
        marked.setData(SECRET_HINT, SECRET)
        self._marking = True
        try:
            clipboard.setMimeData(marked, mode)
        finally:
            self._marking = False

    def forget(self) -> None:
        """Take what this app copied off the clipboard (and X11's selection); another program's copy is left."""
        clipboard = QGuiApplication.clipboard()
        for mode in _modes(clipboard):
            if _ours(clipboard, mode):
                clipboard.clear(mode)


def forget_if_copied(secret: str) -> None:
    """Take `secret` (a recovery code) off the clipboard when this app put it there, whatever else is copied."""
    if not secret:
        return
    clipboard = QGuiApplication.clipboard()
    for mode in _modes(clipboard):
        if _ours(clipboard, mode) and secret in clipboard.text(mode):
            clipboard.clear(mode)
