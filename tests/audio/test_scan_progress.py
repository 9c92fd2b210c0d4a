"""Decoding a file at import says how far along it is and stops between two frames when cancelled."""

from __future__ import annotations

import pytest

from talktogether_desktop.audio import scan_bytes
from talktogether_desktop.errors import Cancelled
from talktogether_desktop.jobs import CancelFlag
from tt_testing import tone_wav


def test_a_long_file_is_said_as_it_is_read_and_stops_when_cancelled():
    data = tone_wav(100.0)
    said = []
    info = scan_bytes(data, name="long.wav", progress=lambda f, t="": said.append((round(f, 2), t)))
    assert info.duration_s == pytest.approx(100.0, abs=0.1)
    assert [f for f, _t in said] == pytest.approx([0.3, 0.6, 0.9], abs=0.02) and said[0][1] == "Read 00:30 of 01:40"
    flag = CancelFlag()
    with pytest.raises(Cancelled):
        scan_bytes(data, name="long.wav", progress=lambda f, t="": flag.cancel(), cancel=flag)
