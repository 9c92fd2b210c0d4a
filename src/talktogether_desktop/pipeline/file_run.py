"""The whole chain on one recording with no vault: transcribe, find speakers, analyse.

One function for the stateless commands (`talktogether demo` and `analyze-file`), so
they cannot drift apart. Everything stays in memory; nothing is written here.
"""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

import numpy as np

from ..errors import BadInputFile
from ..jobs import CancelToken, ProgressFn, check, scaled


def analyse_samples(samples: np.ndarray, num_speakers: int = 2, **options) -> dict:
    """Samples (channels, n) at 16 kHz -> transcript -> speakers -> the analysis dict (see `run_chain`)."""
    return run_chain(samples, num_speakers, **options)["analysis"]


def run_chain(samples: np.ndarray, num_speakers: int = 2, names: Optional[Mapping[str, str]] = None,
              names_in_order: Optional[Sequence[str]] = None, model: Optional[str] = None,
              threads: Optional[int] = None, progress: Optional[ProgressFn] = None,
              cancel: Optional[CancelToken] = None, transcript: Optional[dict] = None) -> dict:
    """Samples (channels, n) at 16 kHz -> transcript -> speakers -> analysis; returns every stage
    ({"transcript", "diarization", "words", "analysis"}) so benchmarks can score each one.
    `transcript`: words already recognised for these samples (the transcription is then skipped).

    `names` maps speaker labels to names; `names_in_order` instead names the voices in the order
    they are first heard (for when the labels are not known in advance, as in the demo).
    The result also carries `transcription` (model, language) and `diarization_warnings`.
    """
    from ..analysis import analyze
    from ..diarization.engine import diarize
    from ..diarization.words import attribute_words, speakers_of_spans
    from ..transcription import transcribe_samples

    samples = np.atleast_2d(np.asarray(samples, dtype=np.float32))
    mono = samples.mean(axis=0) if samples.shape[0] > 1 else samples[0]
    if transcript is None:
        transcript = transcribe_samples(mono, model=model, threads=threads, progress=scaled(progress, 0.0, 0.7),
                                        cancel=cancel)
    words = [w for seg in transcript.get("segments") or [] for w in seg.get("words") or []]
    if not words:
        raise BadInputFile("No speech was found in the recording, so there is nothing to analyse.")
    stereo = samples if samples.shape[0] == 2 else None
    diarization = diarize(mono, 16000, num_speakers, channels=stereo, words=words,
                          progress=scaled(progress, 0.7, 0.9), cancel=cancel)
    attributed = attribute_words(words, diarization)
    check(cancel)
    chosen = dict(names or {})
    if names_in_order:
        heard = []
        for w in sorted(attributed, key=lambda w: w["start"]):
            if w.get("speaker") and w["speaker"] not in heard:
                heard.append(w["speaker"])
        chosen.update(zip(heard, names_in_order))
    # The overlaps the diarizer heard reveal interruptions whose overlapped words were dropped.
    unheard = speakers_of_spans(transcript.get("unrecognised_speech") or [], diarization)
    result = analyze(attributed, audio=mono, sample_rate=16000, names=chosen, progress=scaled(progress, 0.9, 1.0),
                     cancel=cancel, speaker_overlaps=diarization.get("overlaps") or [], unrecognised_speech=unheard)
    result["transcription"] = {"model": transcript.get("model"), "language": transcript.get("language")}
    result["diarization_warnings"] = list(diarization.get("warnings") or [])
    return {"transcript": transcript, "diarization": diarization, "words": attributed, "analysis": result}


def analyse_audio_bytes(data: bytes, num_speakers: int = 2, **options) -> dict:
    """Decode encoded audio (any supported format) from memory, then `analyse_samples`."""
    from ..audio.decode import decode_bytes

    decoded = decode_bytes(data, target_rate=16000)
    return analyse_samples(decoded.samples, num_speakers, **options)
