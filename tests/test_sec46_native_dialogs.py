"""The window's file dialogs are Qt's own, never the desktop's (sec46).

The desktop's file chooser keeps what was chosen in it: GTK's adds every file accepted to the account's recently-used
list (~/.local/share/recently-used.xbel, in plaintext, `add_selection_to_recent_list` in gtkfilechooserwidget.c) and
Windows' keeps the names in the registry (OpenSavePidlMRU). Qt uses them for QFileDialog's static functions whenever
the platform theme offers one (GNOME's gtk3 theme, the xdg portal), so a report exported to
~/Clients/Fitzgerald-Okonkwo/ or a recording "Fitzgerald fight.m4a" imported stayed listed there for good. This machine
has no GTK to show the list itself; what the test holds to is that the app asks Qt for its own dialogs, which keep
nothing (their history goes nowhere: tests/test_sec45_file_dialog_history.py) and still work.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tt_testing import REPO

PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from talktogether_desktop.ui.app import make_app

folder = sys.argv[1]
app = make_app(["talktogether-desktop"])

def answer():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog):  # not open yet
        QTimer.singleShot(100, answer)
        return
    dialog.selectFile(folder + "/session-prep.pdf")
    dialog.accept()

QTimer.singleShot(100, answer)
saved, _ = QFileDialog.getSaveFileName(None, "Export report", "session-prep.pdf", "PDF (*.pdf)")
print(json.dumps({"saved": saved,
                  "never_native": QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)}))
"""


@pytest.mark.gui
def test_the_window_asks_qt_for_its_own_file_dialogs_never_the_desktops(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    clients = tmp_path / "Clients" / "Fitzgerald-Okonkwo"
    clients.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO / "src"))
    done = subprocess.run([sys.executable, "-c", PROBE, str(clients)], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["saved"].endswith("Fitzgerald-Okonkwo/session-prep.pdf")  # the dialog still works
    assert got["never_native"] is True  # was False: GNOME's or Windows' own chooser, which lists what was chosen
    assert [p for p in home.rglob("*") if p.is_file() and b"Fitzgerald" in p.read_bytes()] == []
