"""Acc 51: a stored recording is decoded from the vault a chunk at a time, never read back whole (a real SQLCipher
vault, real files).

Processing (`recording process`, the window's jobs, `analyze`) and the player read the recording's original bytes
back into one buffer of its size before decoding: a 3 h WAV (48 kHz stereo, 2.07 GB) held those 2 GB beside its
decoded samples, 3.0 GB at the peak. The decoder now reads the vault's chunks as it reads a file on disk
(storage/stored_audio.py, audio.file_view.SourceView), after one pass in order checks them against the checksum."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import numpy as np
import pytest

from tt_testing import PASSPHRASE, REPO, tone_wav

from talktogether_desktop.audio.analysis_audio import decode_for_analysis
from talktogether_desktop.errors import VaultError
from talktogether_desktop.pipeline import vault_audio
from talktogether_desktop.storage import couples, recordings
from talktogether_desktop.storage.stored_audio import StoredAudio


def _store(vault, data: bytes, name: str = "talk.wav", container: str = "wav", channels: int = 1,
           rate: int = 16000, duration_s: float = 0.0) -> int:
    couple = couples.add_couple(vault, "Quillfeather", ["Ana", "Ben"])
    facts = {"container": container, "codec": "pcm_s16le", "duration_s": duration_s, "channels": channels,
             "sample_rate": rate}
    return recordings.add_recording(vault, couple, data, recordings.sha256_hex(data), facts, original_name=name)


def test_the_chunks_read_in_place_are_the_stored_bytes(vault):
    data = tone_wav(75.0, rate=22050) + os.urandom(12345)  # 3.2 MiB: four chunks, the last one short
    rid = _store(vault, data)
    stored = StoredAudio(vault, rid)
    stored.verify()
    view = vault_audio.stored_bytes(vault, rid)
    assert len(view) == len(data) and view.startswith(b"RIFF")
    rng = random.Random(51)
    for _ in range(200):
        a = rng.randrange(len(data))
        b = min(len(data), a + rng.choice([1, 100, 65536, 1 << 20, 3 << 20]))
        assert view[a:b] == data[a:b]
        assert stored.pread(b - a, a) == data[a:b]
    assert view[len(data) - 1] == data[-1]


def test_the_decoded_samples_are_those_of_the_bytes_read_whole(vault):
    data = tone_wav(75.0, rate=44100)
    rid = _store(vault, data, rate=44100, duration_s=75.0)
    streamed = vault_audio.analysis_audio(vault, rid)
    whole = decode_for_analysis(bytes(recordings.load_audio_bytes(vault, rid)), allow_cut_short=True)
    assert np.array_equal(streamed.pcm16(), whole.pcm16())
    pcm, rate = vault_audio.playback_audio(vault, rid)
    assert rate == vault_audio.PLAYBACK_RATE and abs(len(pcm) - 75.0 * rate) <= 2


def test_audio_that_does_not_match_its_checksum_is_not_decoded(vault):
    rid = _store(vault, tone_wav(75.0, rate=44100))
    vault.execute("UPDATE audio_chunks SET data = ? WHERE recording_id = ? AND seq = 2", (os.urandom(1 << 20), rid))
    with pytest.raises(VaultError, match="does not match its checksum"):
        vault_audio.analysis_audio(vault, rid)
    vault.execute("DELETE FROM audio_chunks WHERE recording_id = ? AND seq = 3", (rid,))
    with pytest.raises(VaultError, match="does not match its checksum"):
        vault_audio.playback_audio(vault, rid)


_MEASURE = """
import sys
from talktogether_desktop.pipeline import vault_audio
from talktogether_desktop.storage.vault import open_vault

def hwm():
    return int([l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]) // 1024

vault = open_vault(sys.argv[1], sys.argv[2])
before = hwm()
audio = vault_audio.analysis_audio(vault, int(sys.argv[3]))
print(before, hwm(), len(audio.pcm16()))
"""


def test_a_long_stored_wav_is_decoded_without_holding_the_file(vault_factory, tmp_path):
    """A 120 MB WAV (5.5 min of 96 kHz stereo, a recorder's: a minute of sound, then quiet) decoded for processing, in a
    process of its own (VmHWM is its own peak). Read back whole, the file came on top of the 16 kHz
    samples (at 200 MB: 234 MB over the process's size before); read a chunk at a time, 41 MB."""
    vault = vault_factory()
    rate = 96000
    minute = np.frombuffer(tone_wav(60.0, rate=rate)[44:], dtype="<i2")
    frames = (120 * 1024**2 - 44) // 4
    stereo = np.zeros((frames, 2), dtype="<i2")
    stereo[: len(minute), 0] = stereo[: len(minute), 1] = minute
    header = bytearray(tone_wav(0.01, rate=rate)[:44])
    header[4:8] = (36 + frames * 4).to_bytes(4, "little")
    header[40:44] = (frames * 4).to_bytes(4, "little")
    header[22:24] = (2).to_bytes(2, "little")
    header[28:32] = (rate * 4).to_bytes(4, "little")
    header[32:34] = (4).to_bytes(2, "little")
    data = bytes(header) + stereo.tobytes()
    del stereo
    size_mb = len(data) / 1024**2
    rid = _store(vault, data, channels=2, rate=rate, duration_s=frames / rate)
    del data
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")])}
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(tmp_path / "vault"), PASSPHRASE, str(rid)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    before_mb, peak_mb, n = (int(x) for x in done.stdout.split())
    assert abs(n - frames / 6) <= 1  # 16 kHz
    assert peak_mb - before_mb < size_mb / 2, f"decoding took {peak_mb - before_mb} MB for a {size_mb:.0f} MB file"
