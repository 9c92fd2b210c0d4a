"""Test helper, run as its own process: the real window (offscreen) on a vault, unlocked, recording in the room for
couple ARGV[2] from a generated voice-like sound fed PACE times faster than real time, until it is killed.

python room_child.py DATA_DIR COUPLE_ID PACE  (the passphrase is tt_testing's; prints "recording" once it records)"""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import numpy as np  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from talktogether_desktop.audio.capture import Recorder  # noqa: E402
from talktogether_desktop.ui import theme  # noqa: E402
from talktogether_desktop.ui.main_window import MainWindow  # noqa: E402

RATE = 16000
PASSPHRASE = "correct horse battery"  # tt_testing.PASSPHRASE


def voice_like(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (0.3 * np.sin(2 * np.pi * 220 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 0.5 * t))).astype(np.float32)


def main() -> None:
    data_dir, couple_id, pace = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    app = QApplication(["room-child"])
    theme.apply(app)
    window = MainWindow(data_dir)
    window.show()
    window.vault_flow.start()
    steps = iter(["unlock", "open", "record", "start"])
    state = {"next": next(steps)}

    def step() -> None:
        now = state["next"]
        if now == "unlock" and window.unlock_page.unlock_btn.isEnabled():
            window.unlock_page.secret.setText(PASSPHRASE)
            window.unlock_page.unlock_btn.click()
        elif now == "open" and window.unlocked and window.tasks.is_idle():
            window.couple_flow.open_couple(couple_id)
        elif now == "record" and window.couple_page.couple_id == couple_id and window.tasks.is_idle():
            window.room_page.feed_factory = lambda: Recorder.from_samples(voice_like(3600.0), RATE, pace=pace)
            window.couple_page.record_btn.click()
        elif now == "start" and window.room_page.device.findData("file") >= 0:
            window.room_page.device.setCurrentIndex(window.room_page.device.findData("file"))
            window.room_page.start_btn.click()
            print("recording", flush=True)
            timer.stop()
            return
        else:
            return
        state["next"] = next(steps)

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(50)
    app.exec()


if __name__ == "__main__":
    main()
