"""Round 33's walk-through of the window as a therapist: a recording in the room is never lost behind the therapist's
back, dialogs show what they work on and say why a button is greyed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.storage import recordings as recordings_store
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import open_couple, settle

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]


def _room_recordings(data_dir, couple_id) -> list[dict]:
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        return [r for r in recordings_store.list_recordings(vault, couple_id) if r.get("source") == "room"]


def test_locking_while_recording_in_the_room_saves_the_recording_first(qtbot, recording_in_the_room):
    window, couple_id, data_dir, _other = recording_in_the_room
    window.act_lock.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.unlocked, timeout=10000)
    status = window.unlock_page.status.text()
    window.close()  # the vault file is free for the check below
    settle(qtbot, window)
    (saved,) = _room_recordings(data_dir, couple_id)  # it was thrown away, with nothing said
    assert saved["duration_s"] >= 2.0
    assert "stopped and saved in the vault" in status


def test_the_window_does_not_lock_itself_while_it_records_in_the_room(qtbot, recording_in_the_room):
    window, _couple_id, _data_dir, _other = recording_in_the_room
    window.idle.set_minutes(0.01)  # 0.6 s with no activity
    window.idle.arm()
    qtbot.wait(2000)
    assert window.unlocked and window.room_page.recording  # locked at the set minutes, cutting a session off
    window.room_page.discard()
    qtbot.waitUntil(lambda: not window.unlocked, timeout=5000)  # once it is over, the usual lock


def test_going_back_to_the_couple_and_to_the_room_again_keeps_the_recording(qtbot, recording_in_the_room):
    window, _couple_id, _data_dir, other = recording_in_the_room
    page = window.room_page
    recorder = page.recorder
    window.act_back.trigger()  # Alt+Left, to look something up on the couple's page
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.couple_page, timeout=10000)
    settle(qtbot, window)
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    assert window.content.currentWidget() is page
    assert page.recorder is recorder and recorder.recording  # it was discarded without a word
    assert page.stop_btn.isEnabled() and not page.start_btn.isEnabled()
    back = next(b for b in page.findChildren(type(page.start_btn)) if b.accessibleName() == "Back to the couple")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)  # the page had no way back but the toolbar
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.couple_page, timeout=10000)
    settle(qtbot, window)
    assert page.recorder is recorder and recorder.recording
    open_couple(qtbot, window, other)
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    assert page.recorder is recorder and page.who.text() == "For: Room"  # still the couple it records
    assert "stop and save it before recording another couple" in page.status.text()


def test_greyed_room_buttons_say_why(qtbot, couple_window):
    window, _couple_id, _data_dir = couple_window
    qtbot.mouseClick(window.couple_page.record_btn, Qt.MouseButton.LeftButton)
    page = window.room_page
    for button in (page.pause_btn, page.stop_btn, page.cancel_btn):
        assert not button.isEnabled() and button.toolTip() == "Start recording first", button.text()
    assert page.meter.value() == page.meter.minimum() and page.elapsed.text() == "0:00"  # no level before recording


def test_correct_line_shows_the_line_whole_and_its_start(qtbot):
    from talktogether_desktop.ui.word_dialogs import CorrectLineDialog

    line = "Right. I thought we could visit my parents in Saturday, since they asked us weeks ago and my mother cooks."
    dialog = CorrectLineDialog(line)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.heard.text() == f"Heard: “{line}”" and dialog.heard.isVisible()
    assert dialog.edit.width() >= 520  # 327 px before: the line's start was out of view
    assert dialog.edit.cursorPosition() == 0 and dialog.edit.selectedText() == line  # typed over as a whole


def test_greyed_delete_and_passphrase_buttons_say_why(qtbot):
    from talktogether_desktop.ui.couple_dialogs import DeleteCoupleDialog
    from talktogether_desktop.ui.settings_page import PassphraseDialog

    from .uihelp import cut_off, type_text

    delete = DeleteCoupleDialog("Demo couple", partners="Zoë and José", recordings=1)
    qtbot.addWidget(delete)
    delete.show()
    qtbot.waitExposed(delete)
    assert not delete.ok.isEnabled() and delete.ok.toolTip() == "Type the couple's name in the box first, to confirm"
    assert cut_off(delete) == []  # the warning lost its last pixels
    type_text(qtbot, delete.confirm, "demo couple")
    assert delete.ok.isEnabled() and delete.ok.toolTip() == ""
    change = PassphraseDialog()
    qtbot.addWidget(change)
    assert not change.ok.isEnabled() and change.ok.toolTip() == "Type a passphrase of at least 8 characters."
