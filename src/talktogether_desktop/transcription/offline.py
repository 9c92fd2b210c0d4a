"""Switch off every road by which a speech library could reach the network.

Set before faster-whisper or huggingface_hub is imported anywhere in the process (the engine and
the model resolver import this module first), and again in the worker process.
"""

from __future__ import annotations

import os

_OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "DO_NOT_TRACK": "1",
}


def enforce_offline() -> None:
    for key, value in _OFFLINE_ENV.items():
        os.environ[key] = value


enforce_offline()
