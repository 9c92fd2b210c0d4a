"""Sec 49 (a real SQLCipher vault): the sound of a recording in the room kept as it is made (schema step 10), erased
with its couple, and made one recording in one transaction."""

from __future__ import annotations

import numpy as np
import pytest

from talktogether_desktop.pipeline import ops_room
from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage import room_takes
from talktogether_desktop.storage.settings import load_settings

RATE = 16000


def _voice(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (0.3 * np.sin(2 * np.pi * 220 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 0.5 * t))).astype(np.float32)


def test_erasing_the_couple_erases_their_take_and_its_sound(vault):
    couple_id = couples_store.add_couple(vault, "Quillfeather", ["Ana", "Ben"])
    take_id = ops_room.begin_take(vault, couple_id, RATE)
    assert ops_room.keep_sound(vault, take_id, _voice(3.0))
    couples_store.delete_couple(vault, couple_id)
    assert vault.one("SELECT count(*) FROM room_takes")[0] == 0
    assert vault.one("SELECT count(*) FROM room_take_chunks")[0] == 0
    assert ops_room.keep_sound(vault, take_id, _voice(1.0)) is False  # the window's next block: nothing written


def test_the_sound_kept_is_the_sound_recorded_in_order(vault):
    couple_id = couples_store.add_couple(vault, "Quillfeather", ["Ana", "Ben"])
    take_id = ops_room.begin_take(vault, couple_id, RATE)
    sound = _voice(5.0)
    for start in range(0, len(sound), RATE):
        ops_room.keep_sound(vault, take_id, sound[start:start + RATE])
    ops_room.keep_sound(vault, take_id, np.zeros(0, np.float32))  # a heartbeat while paused
    assert np.array_equal(room_takes.load_sound(vault, take_id), room_takes.to_pcm16(sound))
    assert room_takes.get_take(vault, take_id)["frames"] == len(sound)


def test_a_save_that_fails_keeps_the_take_whole(vault, monkeypatch):
    couple_id = couples_store.add_couple(vault, "Quillfeather", ["Ana", "Ben"])
    take_id = ops_room.begin_take(vault, couple_id, RATE)
    ops_room.keep_sound(vault, take_id, _voice(4.0))

    def fails(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(room_takes, "delete_take", fails)  # fails after the recording was stored in the transaction
    with pytest.raises(OSError):
        ops_room.save_take(vault, load_settings(vault), take_id)
    assert vault.one("SELECT count(*) FROM recordings")[0] == 0  # rolled back with it
    assert room_takes.get_take(vault, take_id)["frames"] == 4 * RATE
    monkeypatch.undo()
    recording_id = ops_room.save_take(vault, load_settings(vault), take_id)
    assert vault.one("SELECT source, duration_s FROM recordings WHERE id = ?", (recording_id,))[1] == pytest.approx(4.0)
    assert room_takes.get_take(vault, take_id) is None
