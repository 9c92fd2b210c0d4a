"""A recording in the room cut off by a crash, a kill or a power cut: offered back after the unlock, to save as one of
the couple's recordings or to throw away (the sound was kept in the vault as it was recorded, `pipeline.ops_room`).

Saved, it is processed as a recording saved with Stop and save is (it was left "Not processed yet"); thrown away, it is
asked once more first (one click erased a session for good); "Later" says that it is asked again at the next unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ..pipeline import ops_room
from ..storage.settings import load_settings
from ..timefmt import duration, local_time

TITLE = "A recording in the room was cut off"
LATER_TEXT = "The recording cut off stays in the encrypted vault; it is offered again at the next unlock."


def offer_cut_off_takes(window, takes: list[dict]) -> list[QMessageBox]:
    """One non-modal question per take (its couple, when it began, how much was kept); returns the boxes shown."""
    return [_offer(window, take) for take in takes]


def _said(take: dict) -> str:
    return (f"A recording in the room for {take['couple_name']}, begun {local_time(take['started_at'])}, was cut off "
            f"(the app or the computer stopped) after {duration(take['seconds'])}")


def _offer(window, take: dict) -> QMessageBox:
    text = (f"{_said(take)}. What was recorded until then is kept in the encrypted vault. Save it as one of the "
            "couple's recordings (it is then processed like one saved in the room)? “Later” keeps it and asks again "
            "at the next unlock.")
    box = QMessageBox(QMessageBox.Icon.Warning, TITLE, text, QMessageBox.StandardButton.NoButton, window)
    save = box.addButton("Save it", QMessageBox.ButtonRole.AcceptRole)
    drop = box.addButton("Throw it away…", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton("Later", QMessageBox.ButtonRole.RejectRole))
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    take_id, couple_id = take["take_id"], take["couple_id"]

    def saved(recording_id):
        if recording_id is None:
            window.statusBar().showMessage("Nothing was saved: the recording cut off was under a second long, or is "
                                           "no longer in the vault (its couple was erased).", 10000)
            return
        window.statusBar().showMessage(f"The recording cut off was saved ({duration(take['seconds'])}).", 10000)
        window.couple_flow.room_recording_saved(couple_id, recording_id)  # shown in its couple's list, and processed

    def answered(button) -> None:
        if box.property("closed_by_lock"):  # the lock closed it: nothing was chosen, it is asked after the unlock
            return
        if button is save:
            window.tasks.run(lambda v: ops_room.save_take(v, load_settings(v), take_id), saved)
        elif button is drop:
            _confirm_throwing_away(window, take)
        else:
            window.statusBar().showMessage(LATER_TEXT, 10000)

    box.buttonClicked.connect(answered)
    box.show()
    return box


def _confirm_throwing_away(window, take: dict) -> QMessageBox:
    sure = QMessageBox(QMessageBox.Icon.Warning, "Throw away the recording cut off?",
                       f"{_said(take)}. Thrown away, what was kept of it is erased from the vault for good; this cannot "
                       "be undone.", QMessageBox.StandardButton.NoButton, window)
    drop = sure.addButton("Throw it away", QMessageBox.ButtonRole.DestructiveRole)
    sure.setDefaultButton(sure.addButton("Keep it", QMessageBox.ButtonRole.RejectRole))  # back to the question
    sure.setWindowModality(Qt.WindowModality.NonModal)
    sure.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button) -> None:
        if sure.property("closed_by_lock"):
            return
        if button is drop:
            window.tasks.run(lambda v: ops_room.discard_take(v, take["take_id"]),
                             lambda _r: window.statusBar().showMessage("The recording cut off was thrown away.", 10000))
        else:
            _offer(window, take)

    sure.buttonClicked.connect(answered)
    sure.show()
    return sure
