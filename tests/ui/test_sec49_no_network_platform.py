"""Sec 49 (a real QApplication in its own process, the kernel's own list of listening sockets): the window never
serves itself over the network, whatever Qt platform the environment names.

PySide6 ships Qt's `vnc` platform: with QT_QPA_PLATFORM=vnc the window opened an unauthenticated VNC server on every
interface and showed the unlock screen, then the whole case file, to anyone who connected. The socket is Qt's own, so
the Python network guard (which refuses and counts Python's connections) never saw it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from tt_testing import REPO

pytestmark = pytest.mark.gui

PROBE = """
import json, sys
from talktogether_desktop.ui.app import make_app

app = make_app(["probe"])
from PySide6.QtWidgets import QLabel

shown = QLabel("Quillfeather-Okonkwo")  # a window shown, as the unlock screen is
shown.show()
for _ in range(20):
    app.processEvents()
port = "%04X" % int(sys.argv[1])
listening = False
for table in ("/proc/net/tcp", "/proc/net/tcp6"):
    try:
        rows = open(table).read().splitlines()[1:]
    except OSError:
        continue
    listening |= any(r.split()[1].endswith(":" + port) and r.split()[3] == "0A" for r in rows)  # 0A: LISTEN
print(json.dumps({"listening": listening, "platform": app.platformName()}))
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("named", ["vnc:port={port};offscreen", "VNC:port={port}:size=800x600;offscreen"])
def test_a_network_platform_in_the_environment_is_not_used(tmp_path, named):
    port = _free_port()
    env = {**os.environ, "QT_QPA_PLATFORM": named.format(port=port), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / ".config"), "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run([sys.executable, "-c", PROBE, str(port)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    said = json.loads(done.stdout.strip().splitlines()[-1])
    assert said == {"listening": False, "platform": "offscreen"}, (said, done.stderr[-1000:])
    assert "TalkTogether ignores QT_QPA_PLATFORM=" in done.stderr and "over the network" in done.stderr


def test_a_network_platform_named_alone_leaves_qt_its_own_choice(monkeypatch):
    from talktogether_desktop.ui.qt_platform import keep_window_off_the_network

    monkeypatch.setenv("QT_QPA_PLATFORM", "vnc")
    assert keep_window_off_the_network() == ["vnc"]
    assert "QT_QPA_PLATFORM" not in os.environ
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland;xcb")
    assert keep_window_off_the_network() == [] and os.environ["QT_QPA_PLATFORM"] == "wayland;xcb"
