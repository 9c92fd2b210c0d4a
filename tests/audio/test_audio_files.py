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


def test_read_input_file_refuses_devices_pipes_and_huge_files_before_reading(tmp_path, monkeypatch):
    from talktogether_desktop.audio import files

    for device in ("/dev/zero", "/dev/urandom"):
        with pytest.raises(BadInputFile, match="is not a plain file") as refused:
            read_input_file(device)
        assert refused.value.exit_code == 4
    fifo = tmp_path / "pipe.wav"
    os.mkfifo(fifo)
    with pytest.raises(BadInputFile, match="is not a plain file"):
        read_input_file(fifo)  # refused at once, not waiting for a writer
    big = tmp_path / "long.mp4"
    with open(big, "wb") as f:
        f.truncate(files.MAX_INPUT_BYTES + 1)  # sparse: nothing is written
    monkeypatch.setattr(files.os, "fdopen", _no_read(files.os.fdopen))
    with pytest.raises(BadInputFile, match=r"4\.3 GB; TalkTogether reads files of up to 4\.3 GB"):
        read_input_file(big)


def _no_read(real_fdopen):
    class NoRead:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def fileno(self):
            return self.handle.fileno()

        def read(self, *_):
            raise AssertionError("a file over the cap was read")

    return lambda fd, mode: NoRead(real_fdopen(fd, mode))


def test_import_of_a_device_exits_4_with_a_clear_message(cli):
    assert cli("vault", "init").returncode == 0
    assert cli("couple", "add", "--name", "T", "--partner", "A", "--partner", "B").returncode == 0
    got = cli("import", "--couple", "1", "/dev/zero", "--no-process", timeout=60)
    assert got.returncode == 4 and "/dev/zero is not a plain file" in got.stderr, got.stderr
