"""A recording in the room cut off by a crash, a kill or a power cut: offered back after the unlock, to save as one of
the couple's recordings or to throw away (the sound was kept in the vault as it was recorded, `pipeline.ops_room`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ..pipeline import ops_room
from ..storage.settings import load_settings
from ..timefmt import local_time
from .player_bar import whole_length

TITLE = "A recording in the room was cut off"


def offer_cut_off_takes(window, takes: list[dict]) -> list[QMessageBox]:
    """One non-modal question per take (its couple, when it began, how much was kept); returns the boxes shown."""
    return [_offer(window, take) for take in takes]


def _offer(window, take: dict) -> QMessageBox:
    text = (f"A recording in the room for {take['couple_name']}, begun {local_time(take['started_at'])}, was cut off "
            f"(the app or the computer stopped) after {whole_length(take['seconds'])}. What was recorded until then is "
            "kept in the encrypted vault. Save it as one of the couple's recordings?")
    box = QMessageBox(QMessageBox.Icon.Warning, TITLE, text, QMessageBox.StandardButton.NoButton, window)
    save = box.addButton("Save it", QMessageBox.ButtonRole.AcceptRole)
    drop = box.addButton("Throw it away", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton("Later", QMessageBox.ButtonRole.RejectRole))  # asked again at the next unlock
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    take_id, couple_id = take["take_id"], take["couple_id"]

    def saved(recording_id):
        if recording_id is None:
            window.statusBar().showMessage("Nothing was saved: the recording cut off was under a second long, or is "
                                           "no longer in the vault (its couple was erased).", 10000)
            return
        window.statusBar().showMessage(f"The recording cut off was saved ({whole_length(take['seconds'])}).", 10000)
        window.couple_flow.open_couple(couple_id)
        window.couple_flow.refresh_couples(select_id=couple_id)

    def answered(button) -> None:
        if button is save:
            window.tasks.run(lambda v: ops_room.save_take(v, load_settings(v), take_id), saved)
        elif button is drop:
            window.tasks.run(lambda v: ops_room.discard_take(v, take_id),
                             lambda _r: window.statusBar().showMessage("The recording cut off was thrown away.", 10000))

    box.buttonClicked.connect(answered)
    box.show()
    return box
