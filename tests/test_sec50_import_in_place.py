"""Sec 50: a large recording is imported where it lies, not held whole in memory (a real SQLCipher vault, real files).

The import read the whole file into memory before checking and storing it: a 3.1 GB WAV (the largest accepted) took a
3.2 GB peak, and one larger than the memory free was refused. From `STREAM_FROM_BYTES` on the file is now read in
place (audio/file_view.py): checked by decoding it from the file, hashed, and stored chunk by chunk in the one
transaction, hashed again as it is stored; a file that changed meanwhile is refused with nothing stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tt_testing import PASSPHRASE, REPO, tone_wav

from talktogether_desktop.audio import files
from talktogether_desktop.errors import BadInputFile, DuplicateRecording
from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.storage import couples, recordings
from talktogether_desktop.storage.settings import load_settings


@pytest.fixture
def in_place(monkeypatch):
    monkeypatch.setattr(files, "STREAM_FROM_BYTES", 0)  # every file read where it lies


def _couple(vault) -> int:
    return couples.add_couple(vault, "Quillfeather", ["Ana", "Ben"])


def test_a_file_read_in_place_is_stored_byte_for_byte(vault, tmp_path, in_place):
    talk = tmp_path / "talk.wav"
    talk.write_bytes(tone_wav(75.0))
    couple = _couple(vault)
    result = ops_recordings.import_file(vault, load_settings(vault), couple, talk)
    assert result.info.duration_s == pytest.approx(75.0) and result.info.size_bytes == talk.stat().st_size
    assert bytes(recordings.load_audio_bytes(vault, result.id)) == talk.read_bytes()
    with pytest.raises(DuplicateRecording):
        ops_recordings.import_file(vault, load_settings(vault), couple, talk)


def test_a_file_changed_while_it_is_read_is_refused_and_nothing_is_stored(vault, tmp_path, in_place):
    """A copy still being written: the file grows after its check (here, as the decoder reports how far it is)."""
    talk = tmp_path / "still copying.wav"
    talk.write_bytes(tone_wav(75.0))
    couple = _couple(vault)

    def grows(_fraction, _text):
        with open(talk, "r+b") as fh:  # another program writes into the file's sound
            fh.seek(100_000)
            fh.write(os.urandom(4096))

    with pytest.raises(BadInputFile, match="changed while it was being read"):
        ops_recordings.import_file(vault, load_settings(vault), couple, talk, progress=grows)
    assert recordings.list_recordings(vault, couple) == []
    assert vault.one("SELECT count(*) FROM audio_chunks")[0] == 0


def test_a_phone_recording_is_still_read_whole(tmp_path):
    talk = tmp_path / "phone.wav"
    talk.write_bytes(tone_wav(2.0))
    with files.input_file(talk) as (data, _mtime):
        assert type(data) is bytes


def _peak_import_mb(home, wav) -> tuple[subprocess.CompletedProcess, float]:
    # VmHWM is this process's own peak. getrusage's ru_maxrss is not: Linux carries the high-water mark of the memory
    # the process had before exec over into it, so a command started from a large pytest worker (1-2 GB in a full
    # run) reported the worker's size, not its own.
    code = ("import runpy, sys\nsys.argv = ['talktogether'] + sys.argv[1:]\ntry:\n"
            "    runpy.run_module('talktogether_desktop', run_name='__main__')\nfinally:\n"
            "    print('PEAK', [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1],\n"
            "          file=sys.stderr)\n")
    env = {**os.environ, "TALKTOGETHER_HOME": str(home), "TALKTOGETHER_PASSPHRASE": PASSPHRASE,
           "PYTHONPATH": os.pathsep.join([str(REPO / "tests" / "fast_kdf"), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code, "import", "--couple", "1", "--no-process", str(wav), "--json"],
                          capture_output=True, text=True, env=env, timeout=600)
    peak_kb = int(done.stderr.rsplit("PEAK", 1)[1].split()[0])
    return done, peak_kb / 1024


def test_a_large_wav_imports_at_a_peak_far_under_its_size(cli, isolated_home, tmp_path):
    """The real command line on a 600 MB WAV (52 min of 48 kHz stereo): its peak resident memory was the file's size
    and more; read in place it is the command's own (about 200 MB here)."""
    assert cli("vault", "init").returncode == 0
    assert cli("couple", "add", "--name", "Quillfeather", "--partner", "Ana", "--partner", "Ben").returncode == 0
    big = tmp_path / "long evening.wav"
    head = tone_wav(60.0, rate=48000)  # a minute of sound, then the rest of the evening quiet (sparse: no disk)
    size = 600 * 1024**2
    header = bytearray(head[:44])
    header[4:8] = (size - 8).to_bytes(4, "little")
    header[40:44] = (size - 44).to_bytes(4, "little")
    header[22:24] = (2).to_bytes(2, "little")  # stereo: 48 kHz x 2 x 2 bytes
    header[28:32] = (48000 * 4).to_bytes(4, "little")
    header[32:34] = (4).to_bytes(2, "little")
    with open(big, "wb") as fh:
        fh.write(bytes(header) + head[44:])
        fh.truncate(size)
    done, peak_mb = _peak_import_mb(isolated_home, big)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout)
    assert out["size_bytes"] == size and out["duration_s"] == pytest.approx((size - 44) / (48000 * 4), abs=0.01)
    assert peak_mb < 400, f"peak {peak_mb:.0f} MB for a {size / 1024**2:.0f} MB file"


@pytest.mark.parametrize("kind", ["opus", "mp3", "mp3_without_xing", "adts_aac", "m4a_faststart", "flac", "amr"])
def test_a_file_read_in_place_is_checked_as_the_same_bytes_in_memory(tmp_path, kind):
    """Every container's check (the decoder, and the walk over its frames or pages that finds a cut) reads the file
    in place as it reads its bytes: whole files pass alike, and every cut is found alike."""
    from talktogether_desktop.audio import CutShort, scan_bytes
    from talktogether_desktop.audio.file_view import FileView
    from tt_encodings import encoded

    data = encoded(tmp_path, kind)
    for share in (1.0, 0.3, 0.7, 0.98):
        part = tmp_path / f"part-{share}"
        part.write_bytes(data[: int(len(data) * share)])
        fd = os.open(part, os.O_RDONLY)
        view = FileView(fd, part.stat().st_size, part.name)
        try:
            if share == 1.0:
                assert scan_bytes(view, name=kind) == scan_bytes(part.read_bytes(), name=kind)
            else:
                with pytest.raises(CutShort) as in_place:
                    scan_bytes(view, name=kind)
                with pytest.raises(CutShort) as in_memory:
                    scan_bytes(part.read_bytes(), name=kind)
                assert str(in_place.value) == str(in_memory.value)
        finally:
            view.close()
