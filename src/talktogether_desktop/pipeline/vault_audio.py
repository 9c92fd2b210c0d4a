"""A stored recording's audio, decoded in memory for the models or for playback.

Storage hands out the original file's bytes a chunk at a time (`storage.stored_audio`, checked against their
checksum first); decoding them is pipeline work, done here with the one analysis-audio decoder, which reads them as it
reads a file: the whole file is never in memory (a 3 h WAV is 2 GB).
"""

from __future__ import annotations

import numpy as np

from ..audio.analysis_audio import AnalysisAudio, decode_for_analysis
from ..audio.decode import decode_bytes
from ..audio.file_view import SourceView, release_freed_memory
from ..storage import recordings
from ..storage.stored_audio import StoredAudio

# Playback needs speech quality, not the original rate: 16-bit at 22.05 kHz (16 kHz past half an
# hour) keeps an hour of audio near 115 MB in memory instead of 690 MB of 48 kHz float samples.
PLAYBACK_RATE, LONG_PLAYBACK_RATE, LONG_S = 22050, 16000, 1800.0


def analysis_audio(vault, recording_id: int) -> AnalysisAudio:
    """Mono 16 kHz float32 samples (and stereo channel levels) of a stored recording."""
    # it passed the import check: one cut short was accepted then, with its warning stored, and its length measured
    known = recordings.get_recording(vault, recording_id).get("duration_s")
    audio = decode_for_analysis(stored_bytes(vault, recording_id), allow_cut_short=True, known_duration_s=known)
    release_freed_memory()  # what the decoding freed goes back now, not held through the steps after it
    return audio


def stored_bytes(vault, recording_id: int) -> SourceView:
    """The recording's original bytes as the decoder reads them, checked against their checksum (VaultError)."""
    stored = StoredAudio(vault, recording_id)
    stored.verify()
    return SourceView(stored)


def playback_audio(vault, recording_id: int) -> tuple[np.ndarray, int]:
    """(16-bit mono samples, rate) of a stored recording, for the player."""
    rec = recordings.get_recording(vault, recording_id)
    rate = LONG_PLAYBACK_RATE if (rec.get("duration_s") or 0) > LONG_S else PLAYBACK_RATE
    decoded = decode_bytes(stored_bytes(vault, recording_id), target_rate=rate, mono=True,
                           max_duration_s=float("inf"), allow_cut_short=True)
    samples = decoded.samples[0]
    pcm = np.empty(samples.shape, dtype=np.int16)
    np.multiply(np.clip(samples, -1.0, 1.0, out=samples), 32767, out=samples)
    pcm[:] = samples
    return pcm, decoded.sample_rate
