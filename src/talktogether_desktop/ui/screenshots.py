"""`--screenshots DIR`: a throwaway demo vault, the main screens walked offscreen, one PNG each.

The vault lives in a temporary folder that is deleted afterwards; it is encrypted like any other,
so nothing readable is left behind even if the deletion were interrupted.
"""

from __future__ import annotations

import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QApplication

SIZE = (1280, 820)


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    app = QApplication.instance()
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    app.processEvents()
    return condition()


def settle(window, extra: float = 0.3) -> None:
    wait_until(window.tasks.is_idle, 60)
    end = time.monotonic() + extra
    while time.monotonic() < end:
        QApplication.instance().processEvents()
        time.sleep(0.01)


def dialog_shot(dialog, path: Path, shots: list) -> None:
    dialog.show()
    end = time.monotonic() + 0.4
    while time.monotonic() < end:
        QApplication.instance().processEvents()
        time.sleep(0.01)
    dialog.grab().save(str(path))
    shots.append(path)
    dialog.done(1)
    dialog.deleteLater()


def first_run(out: Path, home: Path, shots: list) -> None:
    """The create-vault screen with a mismatch explained, and the recovery code dialog."""
    from .main_window import MainWindow
    from .vault_pages import RecoveryCodeDialog

    window = MainWindow(home / "new-vault")
    window.resize(*SIZE)
    window.show()
    window.vault_flow.start()
    window.create_page.passphrase.setText("lantern river cello oats")
    window.create_page.repeat.setText("lantern river cello")
    settle(window)
    path = out / "00-create-vault.png"
    window.grab().save(str(path))
    shots.append(path)
    dialog_shot(RecoveryCodeDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", window), out / "00-recovery-code.png", shots)
    window.close()


def run_screenshots(out_dir: str) -> int:
    from .demo_vault import make_demo_vault, stderr_progress
    from .main_window import MainWindow

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="talktogether-shots-"))
    passphrase = secrets.token_urlsafe(16)
    try:
        print("Making a demo vault (processing the demo conversation)…", file=sys.stderr)
        ids = make_demo_vault(home / "vault", passphrase, progress=stderr_progress)
        window = MainWindow(home / "vault")
        window.resize(*SIZE)
        window.show()
        window.vault_flow.start()
        settle(window)
        shots = []

        def shot(name: str) -> None:
            settle(window)
            path = out / name
            window.grab().save(str(path))
            shots.append(path)

        first_run(out, home, shots)
        shot("01-unlock.png")
        window.unlock_page.secret.setText(passphrase)
        window.unlock_page.unlock_btn.click()
        wait_until(lambda: window.unlocked, 60)
        settle(window)
        window.couples.select(ids.couple_id)
        shot("02-couples.png")
        window.couple_flow.open_couple(ids.couple_id)
        shot("03-couple.png")
        window.couple_flow.open_recording(ids.recording_id)
        wait_until(lambda: window.recording_page.data is not None, 60)
        shot("04-recording.png")
        window.recording_page.tabs.setCurrentWidget(window.recording_page.analysis)
        shot("05-analysis.png")
        window.recording_page.tabs.setCurrentWidget(window.recording_page.report)
        if window.recording_page.data and window.recording_page.data.get("analysis"):
            wait_until(lambda: window.recording_page.report.page_count > 0, 60)  # the tab opens it
        shot("06-report.png")
        window.show_settings()
        shot("07-settings.png")
        window.couple_flow.open_couple(ids.couple_id)
        settle(window)
        window.couple_flow.open_recording(ids.recording_id)
        wait_until(lambda: window.recording_page.data is not None, 60)
        settle(window)
        from .recording_page import RenameDialog

        page = window.recording_page
        dialog_shot(RenameDialog(page.data["speakers"], page.data["couple"]["partners"], window,
                                 excerpts=page.data.get("excerpts") or {}, play=page.player.play),
                    out / "08-rename-voices.png", shots)
        from .about import AboutDialog

        dialog_shot(AboutDialog(window), out / "09-about.png", shots)
        window.resize(1024, 700)  # the smallest laptop screen we support: nothing cut, no sideways scroll
        window.couple_flow.open_couple(ids.couple_id)
        shot("10-couple-1024x700.png")
        window.recording_page.tabs.setCurrentWidget(window.recording_page.transcript)
        window.couple_flow.open_recording(ids.recording_id)
        wait_until(lambda: window.recording_page.data is not None, 60)
        shot("11-recording-1024x700.png")
        window.recording_page.tabs.setCurrentWidget(window.recording_page.analysis)
        shot("12-analysis-1024x700.png")
        window.resize(*SIZE)
        window.vault_flow.lock()
        window.close()
        for path in shots:
            print(path)
        if not ids.processed:
            print("Note: the demo recording was not processed (pipeline not available).", file=sys.stderr)
        return 0
    finally:
        shutil.rmtree(home, ignore_errors=True)
