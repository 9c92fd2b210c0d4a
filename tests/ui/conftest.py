"""UI test helpers: the offscreen platform, a fresh vault per test, one processed demo vault per session."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import: no display needed

import dataclasses  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tt_testing import PASSPHRASE  # noqa: E402


@pytest.fixture(scope="session")
def qapp_args():
    return ["talktogether-tests"]


@pytest.fixture(scope="session", autouse=True)
def _theme(qapp):
    from talktogether_desktop.ui import theme

    theme.apply(qapp)


@pytest.fixture
def fresh_vault_dir(vault_factory):
    """A new, empty vault (made by the shared helper), closed so the window can open it."""
    vault = vault_factory()
    vault.close()
    return vault.data_dir


@pytest.fixture(scope="session")
def processed_demo(tmp_path_factory):
    """The demo couple with the demo conversation processed once per run; tests get copies.

    Under pytest-xdist (`make test`) the workers share one: the first to need it builds it in the run's common
    temporary folder under a file lock (pytest-xdist's pattern), the others wait and read the same folder."""
    from filelock import FileLock

    from talktogether_desktop.pipeline.ops_demo import DemoIds
    from talktogether_desktop.ui.demo_vault import make_demo_vault

    if not os.environ.get("PYTEST_XDIST_WORKER"):
        folder = tmp_path_factory.mktemp("demo") / "vault"
        ids = make_demo_vault(folder, PASSPHRASE)
        assert ids.processed
        return folder, ids
    shared = tmp_path_factory.getbasetemp().parent / "processed-demo"
    shared.mkdir(exist_ok=True)
    folder, made = shared / "vault", shared / "ids.json"
    with FileLock(str(shared / "build.lock")):
        if not made.is_file():
            ids = make_demo_vault(folder, PASSPHRASE)
            assert ids.processed
            made.write_text(json.dumps(dataclasses.asdict(ids)))
    return folder, DemoIds(**json.loads(made.read_text()))


@pytest.fixture
def demo_vault_dir(tmp_path, processed_demo):
    template, ids = processed_demo
    copy = tmp_path / "demo-vault"
    shutil.copytree(template, copy)
    return copy, ids


@pytest.fixture
def open_window(qtbot, monkeypatch):
    """open_window(data_dir) -> MainWindow shown and started (unlock or create screen)."""
    from talktogether_desktop.ui.main_window import MainWindow

    windows = []

    def make(data_dir: Path):
        window = MainWindow(data_dir)  # closed below, not by qtbot: quitting mid-job asks first
        window.show()
        window.vault_flow.start()
        windows.append(window)
        return window

    yield make
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .uihelp import click_message_button

    # quitting asks first mid-job (say yes), and about a note typed or settings changed but not kept, also when kept
    # across a lock (throw them away)
    answers = {"Stop processing and quit?": "Yes", "Add the note you typed?": "Discard it",
               "Save the changed settings?": "Discard", "Quit and lose what you typed?": "Quit and lose it"}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and box.windowTitle() in answers:
            click_message_button(box, answers[box.windowTitle()])

    asker = QTimer()
    asker.timeout.connect(answer)
    asker.start(20)
    for window in windows:
        window.close()
        if getattr(window, "stopping_box", None) is not None:  # a job under way: it closes once the job has stopped
            qtbot.waitUntil(lambda w=window: not w.isVisible(), timeout=60000)
        window.deleteLater()
    asker.stop()


@pytest.fixture
def demo_window(qtbot, open_window, demo_vault_dir):
    """The window unlocked on a copy of the processed demo, its recording open."""
    from .uihelp import open_couple, settle, unlock

    data_dir, ids = demo_vault_dir
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    window.couple_flow.open_recording(ids.recording_id)
    qtbot.waitUntil(lambda: window.recording_page.data is not None, timeout=20000)
    settle(qtbot, window)
    return window, ids


@pytest.fixture
def couple_window(qtbot, open_window, fresh_vault_dir):
    """(window, couple id, data dir): a fresh vault with one couple, unlocked, its page open."""
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage.vault import open_vault

    from .uihelp import open_couple, unlock

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Rivera–Okafor", ["Sam", "Ada"])
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    return window, couple_id, fresh_vault_dir


def _voice_like(seconds: float, rate: int = 16000):
    import numpy as np

    t = np.arange(int(seconds * rate)) / rate
    return (0.3 * np.sin(2 * np.pi * 220 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 0.5 * t))).astype(np.float32)


@pytest.fixture
def recording_in_the_room(qtbot, open_window, fresh_vault_dir):
    """(window, couple id, data dir, another couple's id): a couple's room recording under way, fed in real time from
    a long sound."""
    from PySide6.QtCore import Qt

    from talktogether_desktop.audio.capture import Recorder
    from talktogether_desktop.storage import couples as couples_store
    from talktogether_desktop.storage.vault import open_vault

    from .uihelp import open_couple, unlock

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples_store.add_couple(vault, "Room", ["Ana", "Bo"])
        other_id = couples_store.add_couple(vault, "Other", ["Cy", "Di"])
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = window.room_page
    page.feed_factory = lambda: Recorder.from_samples(_voice_like(120.0), 16000, pace=1.0)
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    page.device.setCurrentIndex(page.device.findData("file"))
    qtbot.mouseClick(page.start_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.recorder is not None and page.recorder.elapsed_s >= 2.0, timeout=10000)
    yield window, couple_id, fresh_vault_dir, other_id
    page.discard()


@pytest.fixture
def large_vault_dir(vault_factory):
    """A vault of about 200 MB (the size of a few hours of phone recordings), so reading every page takes a while."""
    vault = vault_factory()
    vault.conn.execute("CREATE TABLE filler(b BLOB)")
    for _ in range(200):
        vault.conn.execute("INSERT INTO filler VALUES (randomblob(1000000))")
    started = time.perf_counter()
    vault.all("PRAGMA cipher_integrity_check")
    vault.page_check_s = time.perf_counter() - started
    vault.close()
    return vault.data_dir, vault.page_check_s
