"""Operations on this computer's sound devices: the microphones for recording in the room, and
the player for a stored recording (its samples come from `ops_recordings.playback_audio`).

The window drives the returned recorder and player (start, pause, seek, stop) on its own thread;
what is recorded goes back through `ops_recordings.save_room_recording`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..audio.capture import InputDevice, Recorder, input_devices
from ..audio.playback import SPEEDS, Player, output_device_available
from .ops_recordings import feed_audio

PLAYBACK_SPEEDS = SPEEDS

__all__ = ["InputDevice", "Recorder", "Player", "PLAYBACK_SPEEDS", "microphones", "open_microphone",
           "open_file_as_microphone", "can_play", "player_for"]


def microphones() -> list[InputDevice]:
    return input_devices()


def open_microphone(device: InputDevice) -> Recorder:
    return Recorder.for_device(device)


def open_file_as_microphone(path: str | Path) -> Recorder:
    """An audio file standing in for the microphone (tests, demos, servers), read into memory."""
    samples, rate = feed_audio(path)
    return Recorder.from_samples(samples, rate)


def can_play() -> bool:
    """Whether there is a sound output; without one the player keeps time silently."""
    return output_device_available()


def player_for(samples: np.ndarray, rate: int) -> Player:
    return Player(samples, rate)
