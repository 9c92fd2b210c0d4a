"""The window's file dialogs (export a report, save a handout, import recordings, choose a backup) leave nothing of
the folders they were used in on disk. Qt's own dialogs kept them, in plaintext, in ~/.config/QtProject.conf
(`history`, `lastVisited`): a therapist exporting to ~/Clients/Fitzgerald-Okonkwo/ left the couple's name there."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tt_testing import REPO

PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from talktogether_desktop.ui.app import make_app

folder = sys.argv[1]
app = make_app(["talktogether-desktop"])

def choose(path):
    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):  # not open yet
            QTimer.singleShot(100, answer)
            return
        dialog.selectFile(path)
        dialog.accept()
    QTimer.singleShot(100, answer)

choose(folder + "/session-prep.pdf")
saved, _ = QFileDialog.getSaveFileName(None, "Export report", "session-prep.pdf", "PDF (*.pdf)")
print(saved)
"""


@pytest.mark.gui
def test_the_file_dialogs_remember_no_folder_on_disk(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    clients = tmp_path / "Clients" / "Fitzgerald-Okonkwo"
    clients.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO / "src"))
    done = subprocess.run([sys.executable, "-c", PROBE, str(clients)], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Fitzgerald-Okonkwo/session-prep.pdf" in done.stdout  # the dialogs were really used
    kept = {str(p.relative_to(home)): p.read_bytes() for p in home.rglob("*") if p.is_file()}
    assert [name for name, data in kept.items() if b"Fitzgerald" in data] == []
    assert not (home / ".config" / "QtProject.conf").exists()
