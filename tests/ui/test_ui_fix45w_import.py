"""Fix 45w in the window (real vault, real offscreen widgets): the date asked for a file that does not say when it was
recorded ("When was this recorded?").

Any date could be given there, a day years ahead included (a year mistyped: 2062 for 2026): the recording was stored
as made then, listed first and dated so in its report, and nothing said so. A recording is made before it is imported:
the date goes no later than now."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime, Qt

from talktogether_desktop.storage import recordings as recordings_store
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog
from tt_testing import PASSPHRASE

from .uihelp import noise_wav, settle, when_modal

pytestmark = pytest.mark.gui


def test_a_recording_cannot_be_dated_after_today(qtbot, couple_window, tmp_path):
    window, couple_id, data_dir = couple_window
    seen = {}

    def mistype(dialog):
        now = QDateTime.currentDateTime()
        dialog.when.setDateTime(now.addYears(36))  # as picked in its calendar, or typed
        seen["shown"] = dialog.when.dateTime()
        seen["now"] = now
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_modal(RecordedDateDialog, mistype)
    window.couple_flow.import_files([str(noise_wav(tmp_path / "kitchen.wav", seconds=2.0))], process=False)
    qtbot.waitUntil(lambda: window.couple_page.table.rowCount() == 1, timeout=30000)
    settle(qtbot, window)
    assert seen["shown"].date().year() == seen["now"].date().year()  # the dialog goes no further than now
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        [rec] = recordings_store.list_recordings(vault, couple_id)
    stored = QDateTime.fromString(rec["recorded_at"][:16], "yyyy-MM-ddTHH:mm")
    assert stored <= QDateTime.currentDateTime()
    assert window.couple_page.table.item(0, 0).text()[:4] == str(seen["now"].date().year())
