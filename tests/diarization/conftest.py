"""Generated dialogues shared by the diarization tests (synthesised once per session)."""

from __future__ import annotations

import shutil

import pytest

from .synth import dialogue

OVERLAP_GAPS = [0.3, -0.6, 0.25, 0.4, -0.5, 0.2, 0.35]


def _need_tools():
    for tool in ("espeak-ng", "sox", "text2wave"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")


@pytest.fixture(scope="session")
def synth_dir(tmp_path_factory):
    _need_tools()
    return tmp_path_factory.mktemp("voices")


@pytest.fixture(scope="session")
def make_dialogue(synth_dir):
    cache = {}

    def make(voices, **kw):
        key = (tuple(voices), tuple(sorted((k, str(v)) for k, v in kw.items())))
        if key not in cache:
            cache[key] = dialogue(voices, synth_dir, **kw)
        return cache[key]

    return make
