"""The whole chain on one audio file, with no vault: decode, transcribe, find speakers, analyse.

Used by `talktogether demo` (and meant for `analyze-file`): one function, so the stateless
commands cannot drift apart. Everything stays in memory; nothing is written here.
"""

from __future__ import annotations

from typing import Mapping, Optional

from ..jobs import CancelToken, ProgressFn, check, scaled


def analyse_audio_bytes(data: bytes, speakers: int = 2, names: Optional[Mapping[str, str]] = None,
                        names_in_order: Optional[list[str]] = None, model: Optional[str] = None,
                        threads: Optional[int] = None, progress: Optional[ProgressFn] = None,
                        cancel: Optional[CancelToken] = None) -> dict:
    """Run the pipeline on encoded audio bytes.

    `names` maps speaker labels to names; `names_in_order` instead names the voices in the order
    they first speak (handy when the labels are not known in advance, as in the demo).
    Returns {"transcript", "diarization", "words", "analysis"}.
    """
    from ..analysis import analyze
    from ..audio.decode import decode_bytes, to_mono_16k
    from ..diarization.engine import diarize
    from ..diarization.words import attribute_words
    from ..transcription import transcribe_samples

    report = progress or (lambda fraction, message="": None)
    report(0.0, "Decoding the audio")
    decoded = decode_bytes(data)
    mono = to_mono_16k(decoded)
    check(cancel)
    transcript = transcribe_samples(mono, model=model, threads=threads, progress=scaled(progress, 0.02, 0.6),
                                    cancel=cancel)
    words = [w for seg in transcript.get("segments") or [] for w in seg.get("words") or []]
    channels = None
    if decoded.channels == 2:
        channels = decoded.samples  # the diarizer uses a stereo split when there is one
    diarization = diarize(mono, 16000, num_speakers=speakers, channels=channels, words=words,
                          progress=scaled(progress, 0.6, 0.9), cancel=cancel)
    attributed = attribute_words(transcript, diarization)
    check(cancel)
    labels = []
    for w in sorted(attributed, key=lambda w: w["start"]):
        if w.get("speaker") and w["speaker"] not in labels:
            labels.append(w["speaker"])
    chosen = dict(names or {})
    if names_in_order:
        chosen.update({label: name for label, name in zip(labels, names_in_order)})
    report(0.9, "Analysing the conversation")
    analysis = analyze(attributed, mono, 16000, names=chosen, progress=scaled(progress, 0.9, 1.0), cancel=cancel)
    report(1.0, "Done")
    return {"transcript": transcript, "diarization": diarization, "words": attributed, "analysis": analysis}
