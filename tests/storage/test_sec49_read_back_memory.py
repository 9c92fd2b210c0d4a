"""Sec 49 (a real SQLCipher vault, the read-back measured in its own process): a stored recording is read back for
processing in one buffer of its size, and decoded from that buffer in place.

The import holds a file once in memory (a 3.1 GB, 2 h 59 min 48 kHz 24-bit stereo WAV imported at a 3.2 GB peak), but
every later step read it back as a list of 1 MiB chunks joined into one bytes object (both held at once) and decoded
it through io.BytesIO, which copies any buffer that is not bytes: the same recording was read back at a 6.0 GB peak,
so a file the import accepted could not be transcribed on a laptop with 8 GB."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys

import numpy as np

from talktogether_desktop.audio.decode import decode_bytes
from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage import recordings
from tt_testing import PASSPHRASE, REPO

MB = 1 << 20

# The process's own high-water mark (VmHWM): ru_maxrss of a child started from pytest starts at pytest's own.
MEASURE = """
import json, sys
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.storage import recordings

def high_water_kb():
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))

with open_vault(sys.argv[1], passphrase=sys.argv[2], use_keychain=False) as vault:
    before = high_water_kb()
    data = recordings.load_audio_bytes(vault, int(sys.argv[3]))
    peak = high_water_kb()
print(json.dumps({"size": len(data), "grew_kb": peak - before}))
"""


def _wav(seconds: float, rate: int = 48000) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    pcm = (0.2 * np.sin(2 * np.pi * 220 * t) * 32767).astype("<i2")
    body = np.stack([pcm, pcm], axis=1).tobytes()
    header = (b"RIFF" + struct.pack("<I", 36 + len(body)) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 2, rate,
              rate * 4, 4, 16) + b"data" + struct.pack("<I", len(body)))
    return header + body


def _store(vault, data: bytes) -> int:
    couple_id = couples_store.add_couple(vault, "Quillfeather", ["Ana", "Ben"])
    facts = {"container": "wav", "codec": "pcm_s16le", "duration_s": (len(data) - 44) / 4 / 48000, "channels": 2,
             "sample_rate": 48000}
    return recordings.add_recording(vault, couple_id, data, recordings.sha256_hex(data), facts, original_name="x.wav")


def test_a_stored_recording_is_read_back_at_the_memory_of_one_copy(vault):
    data = _wav(600.0)  # 110 MB
    recording_id = _store(vault, data)
    vault.close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")])}
    done = subprocess.run([sys.executable, "-c", MEASURE, str(vault.data_dir), PASSPHRASE, str(recording_id)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    said = json.loads(done.stdout.strip().splitlines()[-1])
    size_mb = len(data) / MB
    del data
    assert said["size"] == round(size_mb * MB)
    grew_mb = said["grew_kb"] / 1024
    assert grew_mb < 1.3 * size_mb, (grew_mb, size_mb)  # it was twice the file's size (228 MB for 110 MB)


def test_what_is_read_back_is_the_stored_file_and_decodes_as_it(vault):
    data = _wav(3.0)
    recording_id = _store(vault, data)
    back = recordings.load_audio_bytes(vault, recording_id)
    assert back == data
    from_buffer, from_bytes = decode_bytes(back), decode_bytes(bytes(back))
    assert from_buffer.sample_rate == from_bytes.sample_rate and np.array_equal(from_buffer.samples, from_bytes.samples)
    vault.execute("UPDATE audio_chunks SET data = ? WHERE recording_id = ?", (io.BytesIO(data[:-1]).read(),
                                                                              recording_id))
    try:
        recordings.load_audio_bytes(vault, recording_id)
    except Exception as exc:  # noqa: BLE001
        assert "does not match its checksum" in str(exc)
    else:
        raise AssertionError("a damaged recording was read back")
