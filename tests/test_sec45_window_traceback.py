"""An exception no code of the window caught (a slot, a worker thread) is logged as its kind and where it happened,
never with its text: PySide printed Python's whole traceback to stderr, which a desktop session keeps on disk
(~/.xsession-errors, the systemd journal), with whatever client name or words the exception quoted. The typed
errors the window shows already log only their frames (ui/errors.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tt_testing import REPO

PROBE = """
import threading
from PySide6.QtCore import QTimer
from talktogether_desktop.ui.app import make_app

app = make_app(["talktogether-desktop"])

def slot():
    raise ValueError("Zoëlle said the pineapple festival was the last straw")

def worker():
    raise KeyError("Thaddeus felt alone when you worked")

QTimer.singleShot(0, slot)
thread = threading.Thread(target=worker)
thread.start()
thread.join()
QTimer.singleShot(300, app.quit)
app.exec()
print("still running")
"""


@pytest.mark.gui
def test_an_uncaught_exception_in_the_window_says_no_client_words(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO / "src"))
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "still running" in done.stdout
    for words in ("pineapple", "Zoëlle", "Thaddeus", "alone"):
        assert words not in done.stderr
    assert "ValueError" in done.stderr and "KeyError" in done.stderr  # support still learns what and where
    assert "in slot" in done.stderr and "in worker" in done.stderr
