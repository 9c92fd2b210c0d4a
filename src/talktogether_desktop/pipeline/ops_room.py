"""Recording in the room, kept in the vault as it is made: a take is started with the recording, the sound goes in
every few seconds (`KEEP_EVERY_S`), each block in its own transaction, and Stop and save turns the take into a
recording in one transaction. A take cut off by a crash, a kill or a power cut is offered back at the next unlock
(`cut_off`), to save (`save_take`) or throw away (`discard_take`). Nothing is ever written outside the vault."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..errors import NotFound
from ..storage import room_takes
from ..storage.settings import Settings

if TYPE_CHECKING:  # the sound's codec and the recordings' operations are loaded where a take is saved: every
    import numpy as np  # command that opens the vault asks `cut_off` for its notices, and should not load them


KEEP_EVERY_S = 10.0  # at most this much of a session is lost to a crash
SHORTEST_S = 1.0  # a take under a second is nothing worth keeping


def begin_take(vault, couple_id: int, rate: int) -> int:
    return room_takes.start_take(vault, couple_id, rate)


def keep_sound(vault, take_id: int, samples: np.ndarray) -> bool:
    """Add the sound recorded since the last call (its own transaction); False when the take is gone."""
    return room_takes.add_sound(vault, take_id, samples)


def save_take(vault, settings: Settings, take_id: int, samples: Optional[np.ndarray] = None) -> Optional[int]:
    """The take becomes a recording of its couple and is removed, all in one transaction: the recording's id, or None
    when it was under a second (then only removed). `samples`: the whole recording as held in memory (Stop and save);
    without it, the sound kept in the vault (a take cut off)."""
    from ..audio.capture import encode_flac
    from .ops_recordings import store_room_recording

    take = room_takes.get_take(vault, take_id)
    if take is None:
        return None
    sound = samples if samples is not None else room_takes.load_sound(vault, take_id)
    long_enough = len(sound) >= SHORTEST_S * take["sample_rate"]
    data = encode_flac(sound, take["sample_rate"]) if long_enough else None  # before the write lock is taken
    del sound
    with vault.transaction():
        if room_takes.get_take(vault, take_id) is None:  # (erased with its couple meanwhile)
            return None
        recording_id = None
        if data is not None:
            recording_id = store_room_recording(vault, settings, take["couple_id"], data,
                                                started_at=take["started_at"])
        room_takes.delete_take(vault, take_id, audited=recording_id is None)
    return recording_id


def discard_take(vault, take_id: int) -> None:
    room_takes.delete_take(vault, take_id)


def cut_off(vault) -> list[dict]:
    """Takes a crash, a kill or a power cut left: {"take_id", "couple_id", "couple_name", "seconds", "started_at"}."""
    return [{"take_id": t["id"], "couple_id": t["couple_id"], "couple_name": t["couple_name"],
             "seconds": t["frames"] / t["sample_rate"], "started_at": t["started_at"]}
            for t in room_takes.cut_off_takes(vault)]


def cut_off_take(vault, take_id: int) -> dict:
    """One take a crash cut off (as `cut_off` lists it); NotFound for a take that is not there, or that a live window
    is recording now (only a take cut off may be saved or thrown away from another window or a command)."""
    for take in cut_off(vault):
        if take["take_id"] == take_id:
            return take
    if room_takes.get_take(vault, take_id) is not None:
        raise NotFound(f"The recording in the room {take_id} is being recorded now, in a window: it is saved there "
                       "with Stop and save.")
    raise NotFound(f"There is no recording in the room cut off with the number {take_id} "
                   "(`talktogether recording takes` lists them).")


class TakeKeeper:
    """One recording's take, for a face that runs vault work on one thread in order (the window's vault worker):
    every method takes the vault and runs there, so the take's id, set by `begin`, is known to the later calls.
    Where the take could not be started, Stop and save still stores the recording held in memory."""

    def __init__(self, couple_id: int, rate: int):
        self.couple_id, self.rate = couple_id, int(rate)
        self.take_id: Optional[int] = None

    def begin(self, vault) -> None:
        self.take_id = begin_take(vault, self.couple_id, self.rate)

    def keep(self, vault, samples: np.ndarray) -> bool:
        """False when the take is gone (its couple erased meanwhile); True also where it could not be begun."""
        return keep_sound(vault, self.take_id, samples) if self.take_id is not None else True

    def save(self, vault, settings: Settings, samples: np.ndarray) -> Optional[int]:
        if self.take_id is None:
            from .ops_recordings import save_room_recording

            return save_room_recording(vault, settings, self.couple_id, samples, self.rate)
        return save_take(vault, settings, self.take_id, samples)

    def discard(self, vault) -> None:
        if self.take_id is not None:
            discard_take(vault, self.take_id)
