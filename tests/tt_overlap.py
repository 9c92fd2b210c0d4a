"""A recording whose transcript has Ana finishing a line while Ben starts his, for tests of corrections
(stored words and names on a real imported recording: no speech model needed)."""

from __future__ import annotations

import io
import wave

import numpy as np

from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.storage import couples, speakers, transcripts
from talktogether_desktop.storage.settings import load_settings

# Ana finishes her line while Ben starts his ("I" overlaps her "me")
SAID = [("S1", 1.0, 1.4, "you"), ("S1", 1.5, 1.9, "never"), ("S1", 2.0, 2.5, "listen"), ("S1", 2.6, 2.8, "to"),
        ("S1", 2.9, 3.2, "me"), ("S2", 3.1, 3.3, "I"), ("S2", 3.4, 3.7, "do"), ("S2", 3.8, 4.3, "listen")]


def tone_wav(seconds: float = 6.0) -> bytes:
    t = np.arange(int(16000 * seconds)) / 16000
    pcm = (0.2 * np.sin(2 * np.pi * 180 * t) * 32767).astype(np.int16)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000), w.writeframes(pcm.tobytes())
    return out.getvalue()


def ana_and_ben(vault, overlap: bool = True) -> int:
    couple_id = couples.add_couple(vault, "Ana and Ben", ["Ana", "Ben"])
    rec_id = ops_recordings.import_audio(vault, load_settings(vault), couple_id, tone_wav(), original_name="a.wav").id
    said = SAID if overlap else [(who, s + 0.15 * (w == "I"), e, w) for who, s, e, w in SAID]
    words = [{"start": s, "end": e, "word": w, "probability": 0.9, "speaker": who, "speaker_confidence": 0.9}
             for who, s, e, w in said]
    transcripts.save_transcript(vault, rec_id, {"duration_s": 6.0, "model": "tiny.en", "language": "en",
                                                "segments": [{"start": 1.0, "end": 4.3, "text": "", "words": words}]})
    speakers.save_diarization(vault, rec_id, {"speakers": ["S1", "S2"], "overlaps": [], "warnings": [],
                                              "turns": [{"start": 1.0, "end": 3.2, "speaker": "S1"},
                                                        {"start": 3.1, "end": 4.3, "speaker": "S2"}]})
    speakers.set_speaker(vault, rec_id, "S1", name="Ana")
    speakers.set_speaker(vault, rec_id, "S2", name="Ben")
    return rec_id
