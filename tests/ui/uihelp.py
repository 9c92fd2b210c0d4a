"""Steps the UI tests share: wait for the vault thread, unlock, open a couple, wait for jobs."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tt_testing import PASSPHRASE


def settle(qtbot, window, timeout_ms: int = 20000) -> None:
    qtbot.waitUntil(window.tasks.is_idle, timeout=timeout_ms)
    qtbot.wait(20)


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    window.unlock_page.secret.setText(passphrase)
    qtbot.mouseClick(window.unlock_page.unlock_btn, _left())
    qtbot.waitUntil(lambda: window.unlocked, timeout=20000)
    settle(qtbot, window)


def open_couple(qtbot, window, couple_id: int) -> None:
    window.couple_flow.open_couple(couple_id)
    qtbot.waitUntil(lambda: window.couple_page.couple_id == couple_id and window.content.currentWidget() is window.couple_page,
                    timeout=20000)
    settle(qtbot, window)


def window_with_a_session(qtbot, open_window, data_dir, couple: str = "Ana and Bo"):
    """A couple (Ana and Bo) with one planned session on 2026-12-01 10:00, its page open in the window."""
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage.vault import open_vault

    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, couple, ["Ana", "Bo"])
        couples_store.add_session(vault, couple_id, "2026-12-01T10:00", 50)
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    return window, couple_id


def open_recording(qtbot, window, recording_id: int):
    """Open a recording's page from the couple page, as the couple page's row does, and wait until it shows its data."""
    window.couple_flow.open_recording(recording_id)
    page = window.recording_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    return page


def wait_jobs_done(qtbot, window, timeout_ms: int = 120000) -> None:
    qtbot.waitUntil(lambda: not window.jobs.active(), timeout=timeout_ms)
    settle(qtbot, window)


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def elapsed(start: float) -> float:
    return time.monotonic() - start


def menu_action(menu, text: str):
    """The QAction of a real menu whose text starts with `text` (ignoring the ampersand of mnemonics)."""
    for act in menu.actions():
        if act.text().replace("&", "").startswith(text):
            return act
    raise AssertionError(f"no menu item {text!r} in {[a.text() for a in menu.actions()]}")


def choose_from_menu(menu, text: str) -> None:
    """Choose a menu item as a person does: the item must be enabled, then it is triggered."""
    act = menu_action(menu, text)
    assert act.isEnabled(), f"menu item {text!r} is disabled"
    act.trigger()


def double_click(qtbot, widget, pos) -> None:
    """What the system sends for a double-click: a press and release, then the double-click press and release
    (QTest.mouseDClick alone skips the first press, which item views need)."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def when_modal(kind, act, tries: int = 6000):
    """When a modal window of this type opens, run `act(dialog)` on it (as a person at the keyboard)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll(left=tries):
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            try:
                act(dialog)
            except BaseException:
                dialog.hide()  # never leave a modal dialog open: the test would hang instead of failing
                raise
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(20, poll)


def tick(qtbot, box) -> None:
    """Click a check box on its tick mark."""
    from PySide6.QtCore import QPoint, Qt

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def click_message_button(box, text: str) -> None:
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")




def type_text(qtbot, widget, text: str) -> None:
    """Type as a keyboard does, accented letters included (QTest.keyClicks aborts on non-ASCII:
    those arrive as key events carrying the composed text, as a keyboard layout sends them)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def choose_in_combo(qtbot, box, text: str) -> None:
    """Pick an entry of a combo box with the arrow keys, as from the keyboard."""
    from PySide6.QtCore import Qt

    box.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):  # down to the end, then up: every entry passes by
        for _ in range(box.count()):
            if box.currentText() == text:
                return
            qtbot.keyClick(box, key)
    assert box.currentText() == text, f"{text!r} is not in the list"


def right_click(qtbot, widget, pos) -> None:
    """What the system sends for a right-click: the press and release, then the context-menu event
    (QTest's click alone does not make the window system send the latter)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    qtbot.mouseClick(widget, Qt.MouseButton.RightButton, pos=pos)
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos)))


def noise_wav(path, seconds: float = 3.0, seed: int = 5):
    """A mono 16 kHz wav of quiet noise at `path` (a file to import that holds no speech)."""
    import io
    import wave

    import numpy as np

    rng = np.random.default_rng(seed)
    pcm = (rng.normal(0, 0.05, int(16000 * seconds)) * 32767).astype(np.int16)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000), w.writeframes(pcm.tobytes())
    path.write_bytes(out.getvalue())
    return path



def cut_off(root) -> list[str]:
    """What the window shows cut short with nothing to say so: a one-line label wider than its room that does not
    end with "…" (an ElidedLabel must also carry its whole text in its tooltip), a wrapped label taller than its
    room, a button or combo box narrower than its text."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QProgressBar, QWidget

    ellipsis = "\u2026"
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 0 or w.height() <= 0:
            continue
        if isinstance(w, (QLabel, QAbstractButton, QComboBox, QLineEdit, QProgressBar)) and _outside(w, root):
            out.append(f"{type(w).__name__} {getattr(w, 'text', lambda: '')()[:60]!r} lies partly outside the window")
            continue
        if isinstance(w, QLabel) and hasattr(w, "shown_text"):  # an ElidedLabel: text() is the whole text
            shown = w.shown_text()
            if shown != w.text() and (ellipsis not in shown or w.toolTip() != w.text()):
                out.append(f"elided label {shown!r} (tooltip {w.toolTip()!r}, text {w.text()!r})")
            continue
        if isinstance(w, QLabel) and w.text() and w.textFormat() != Qt.TextFormat.RichText and "<" not in w.text():
            room = w.contentsRect().width() - 2 * w.margin()
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 1:
                    out.append(f"wrapped label {w.text()[:60]!r} needs {w.heightForWidth(w.width())} px, has {w.height()}")
            elif max(w.fontMetrics().horizontalAdvance(line) for line in w.text().split("\n")) > room + 1 \
                    and not w.text().endswith(ellipsis):
                out.append(f"label {w.text()[:60]!r} cut at {room} px")
        elif isinstance(w, QLineEdit) and w.isReadOnly() and w.text():  # a field only to read: all of it must show
            if w.fontMetrics().horizontalAdvance(w.text()) > w.contentsRect().width() - 8:
                out.append(f"read-only field {w.text()[:60]!r} cut at {w.width()} px")
        elif isinstance(w, (QAbstractButton, QComboBox)) and w.sizeHint().width() > w.width() + 1:
            text = w.text() if isinstance(w, QAbstractButton) else w.currentText()
            out.append(f"{type(w).__name__} {text!r} needs {w.sizeHint().width()} px, has {w.width()}")
    return out


def _outside(widget, root) -> bool:
    """Part of `widget` lies outside one of its parents up to `root` (cut off by the window's edge), not counting
    what a scroll area holds beyond its view (it scrolls)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractScrollArea

    rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):  # a viewport: what lies beyond it scrolls
            return False
        area = root.rect() if parent is root else QRect(parent.mapTo(root, parent.rect().topLeft()), parent.size())
        if not area.contains(rect):
            return True
        if parent is root:
            return False
        parent = parent.parentWidget()
    return False


def shoot(window, name: str, sizes=((900, 600), (1280, 800)), extra=None) -> None:
    """Screenshots of the window (and of a box over it) at both sizes, when TT_SHOTS names a folder."""
    shots = os.environ.get("TT_SHOTS")
    if not shots:
        return
    from PySide6.QtWidgets import QApplication

    Path(shots).mkdir(parents=True, exist_ok=True)
    for w, h in sizes:
        window.resize(w, h)
        QApplication.processEvents()
        window.grab().save(str(Path(shots) / f"{name}-{w}x{h}.png"))
        if extra is not None:
            extra.grab().save(str(Path(shots) / f"{name}-box-{w}x{h}.png"))


def step_held_until_stopped(started):
    """A stand-in for a processing step (process.STEP_FUNCTIONS) that runs until the job is stopped, then ends as a real
    step does when stopped; `started` (a threading.Event) is set when it begins."""
    import threading

    from talktogether_desktop.errors import Cancelled

    def step(vault, settings, recording_id, progress, cancel, audio=None):
        started.set()
        while not cancel.is_cancelled():
            threading.Event().wait(0.02)
        raise Cancelled("Stopped at your request.")

    return step


def edit_a_word(qtbot, view, text: str = "Honestly", row: int = 1) -> None:
    """Change the first word of transcript line `row` to `text` as a person does: select the line, open "Selected lines
    are…", choose "Edit a word", pick the word, type, OK."""
    from PySide6.QtCore import Qt

    from talktogether_desktop.ui.word_dialogs import EditWordDialog

    view.list.clearSelection()
    view.list.setCurrentRow(row)

    def edit(dialog):
        dialog.picker.setCurrentRow(0)
        dialog.edit.setText(text)
        dialog.accept()

    when_modal(EditWordDialog, edit)
    qtbot.mouseClick(view.reassign_btn, Qt.MouseButton.LeftButton)
    menu_action(view._last_menu, "Edit a word").trigger()
    view._last_menu.close()
