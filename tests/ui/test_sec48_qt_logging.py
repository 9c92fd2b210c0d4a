"""Sec 48 (the real window, started as the app starts, offscreen): a Qt logging rule left on in the environment writes
nothing the window lays out to stderr.

A rule such as QT_LOGGING_RULES="*.debug=true" (or QT_LOGGING_CONF, or the account's QtProject/qtlogging.ini), left by
anyone debugging another Qt program, turns on Qt's debug categories for every Qt program; qt.text.emojisegmenter then
writes every character of every text shown ("ucs4 == 'Z'"). With a transcript open, 200,000 such lines spelt out the
partners' names and words ("…about the weekend.0:05 José: Right. I thought we could visit my parents…") on stderr,
which a desktop session keeps on disk (~/.xsession-errors, the journal). Qt's debug and info messages are now never
written; its warnings still are."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tt_testing import REPO

pytestmark = pytest.mark.gui


def _start_window(data_dir, home, **env) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                   "PYTHONPATH": os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")]), **env}
    return subprocess.run([sys.executable, "-m", "talktogether_desktop.ui.app", "--data-dir", str(data_dir),
                           "--startup-time"], capture_output=True, text=True, env=environment, timeout=300)


def _spelt_out(stderr: str) -> str:
    """The characters qt.text.emojisegmenter wrote one per line, joined back into the texts they were."""
    marker = "ucs4 == '"
    return "".join(line.split(marker, 1)[1][:1] for line in stderr.splitlines() if marker in line)


@pytest.mark.parametrize("how", ["environment", "account's qtlogging.ini"])
def test_a_qt_logging_rule_left_on_writes_nothing_the_window_shows(tmp_path, how):
    home = tmp_path / "home"
    (home / ".config" / "QtProject").mkdir(parents=True)
    env = {}
    if how == "environment":
        env["QT_LOGGING_RULES"] = "*.debug=true;*.info=true"
    else:
        (home / ".config" / "QtProject" / "qtlogging.ini").write_text("[Rules]\n*.debug=true\n*.info=true\n")
    data_dir = tmp_path / "Quillfeather-Okonkwo sessions"
    done = _start_window(data_dir, home, **env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "window shown after" in done.stdout
    assert "ucs4 ==" not in done.stderr and _spelt_out(done.stderr) == ""
    assert not [line for line in done.stderr.splitlines() if line.startswith(("qt.text.", "qt.widgets.", "qt.gui."))]
    assert "Quillfeather" not in done.stderr
