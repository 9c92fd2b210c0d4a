import os

import pytest

from talktogether_desktop.audio.files import read_input_file
from talktogether_desktop.errors import BadInputFile


def test_read_input_file_gives_bytes_and_mtime(tmp_path):
    path = tmp_path / "clip.wav"
    path.write_bytes(b"RIFF1234")
    os.utime(path, (1_700_000_000, 1_700_000_000))
    data, mtime = read_input_file(str(path))
    assert data == b"RIFF1234" and mtime == 1_700_000_000


def test_read_input_file_names_what_went_wrong(tmp_path):
    with pytest.raises(BadInputFile, match="There is no file .*nope.wav") as missing:
        read_input_file(tmp_path / "nope.wav")
    assert missing.value.exit_code == 4
    with pytest.raises(BadInputFile, match="is a folder, not an audio file"):
        read_input_file(tmp_path)
