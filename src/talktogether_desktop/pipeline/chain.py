"""The one chain from audio to analysis, on data in memory: transcribe -> find speakers -> analyse.

Both the vault steps (`transcribe_step`, `diarize_step`, `analyze_step`) and the no-vault file
commands (`file_run`) run these same functions, so the two cannot drift apart. The speech model
always runs in a child process (`runner`), kept warm between the window's jobs (`speech_host`);
every step reads its parameters from the settings.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import TYPE_CHECKING, Callable, Dict, List, Mapping, Optional, Sequence

import numpy as np

from ..audio.analysis_audio import ANALYSIS_RATE, AnalysisAudio
from ..errors import InvalidSetting
from ..jobs import CancelToken, ProgressFn
from ..storage.settings import Settings
from ..transcription.engine import DECODE_OPTIONS, VAD_PARAMETERS, default_threads
from ..transcription.models import ModelSpec, resolve_model
from .speech_host import SpeechHost

# The speaker finder and the analysis (scipy, onnxruntime: about a second of CPU to import) are
# imported by the functions that run them, so `transcribe-file` on a short file does not pay for them.
if TYPE_CHECKING:
    from ..analysis.settings import AnalysisSettings


def resolve_speech_model(settings: Settings) -> ModelSpec:
    """The model chosen in the settings; ModelUnavailable when it is missing or damaged."""
    return resolve_model(settings.speech_model)


def transcribe_with_params(samples: np.ndarray, settings: Settings, progress: Optional[ProgressFn] = None,
                           cancel: Optional[CancelToken] = None, on_idle: Optional[Callable[[], None]] = None,
                           speech: Optional[SpeechHost] = None) -> tuple[dict, dict]:
    """(transcript, the parameters it was made with). The model runs in `speech`'s warm process when
    given (the window's), else in a process of its own for this one call."""
    spec = resolve_speech_model(settings)
    with SpeechHost() if speech is None else nullcontext(speech) as host:
        transcript, stats = host.transcribe(samples, spec, language=settings.transcription_language,
                                            threads=settings.threads, progress=progress, cancel=cancel,
                                            on_idle=on_idle, second_listen=settings.second_listen)
    params = {
        "engine": "faster-whisper",
        "model": transcript.get("model"),
        "threads": settings.threads or default_threads(),
        "vad": VAD_PARAMETERS,
        "decode": {k: v for k, v in DECODE_OPTIONS.items() if k != "temperature"},
        "heard_again": transcript.get("heard_again"),
        "worker": stats,
    }
    return transcript, params


def warm_up(speech: SpeechHost, settings: Settings) -> None:
    """Start the settings' model loading in `speech`'s process now (while the caller decodes the audio)."""
    speech.warm_up(resolve_speech_model(settings), settings.threads)


def transcribe(samples: np.ndarray, settings: Settings, progress: Optional[ProgressFn] = None,
               cancel: Optional[CancelToken] = None, speech: Optional[SpeechHost] = None) -> dict:
    """Mono 16 kHz samples (16-bit PCM, or float32) -> the transcript, with the model of the settings (in a child process)."""
    return transcribe_with_params(samples, settings, progress, cancel, speech=speech)[0]


def words_of(transcript: Mapping) -> List[dict]:
    return [w for seg in transcript.get("segments") or [] for w in seg.get("words") or []]


def find_speakers(audio: AnalysisAudio, num_speakers: int, words: Optional[Sequence[dict]] = None,
                  progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None) -> Dict:
    """Speaker turns of the audio (channel levels decide for one microphone per partner)."""
    from ..diarization.engine import diarize

    return diarize(audio.samples, ANALYSIS_RATE, num_speakers, words=words or None,
                   channel_levels=audio.channel_levels, progress=progress, cancel=cancel)


def attribute(words: Sequence[dict], diarization: Mapping) -> List[dict]:
    """Each word with the speaker (and confidence) the turns give it."""
    from ..diarization.words import attribute_words

    return attribute_words(words, diarization)


def analysis_parameters(settings: Settings) -> AnalysisSettings:
    """The analysis engine's parameters: its defaults with the settings' overrides."""
    from ..analysis.settings import AnalysisSettings

    known = set(AnalysisSettings().to_dict())
    unknown = sorted(set(settings.analysis) - known)
    if unknown:
        raise InvalidSetting(f"Unknown analysis setting(s): {', '.join(unknown)}.")
    try:
        return AnalysisSettings.from_dict(settings.analysis)
    except TypeError as exc:
        raise InvalidSetting(f"The analysis settings cannot be used: {exc}.") from exc


def analyze(words: Sequence[dict], audio: Optional[AnalysisAudio], settings: Settings,
            names: Optional[Mapping[str, str]] = None, speaker_overlaps: Sequence[dict] = (),
            progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None,
            unrecognised_speech: Sequence[dict] = ()) -> dict:
    """Speaker-attributed words (and the audio, for the voices) -> the analysis result.
    `unrecognised_speech`: stretches heard as speech with no words (no repair is called absent over one)."""
    from ..analysis import engine as analysis_engine

    # The overlaps the diarizer heard reveal interruptions whose overlapped words were dropped.
    return analysis_engine.analyze(words, audio=audio.samples if audio is not None else None, sample_rate=ANALYSIS_RATE,
                   names=names, settings=analysis_parameters(settings), progress=progress, cancel=cancel,
                   speaker_overlaps=list(speaker_overlaps or []), unrecognised_speech=list(unrecognised_speech or []))


def unrecognised_of(transcript: Mapping, diarization: Mapping) -> List[dict]:
    """The transcript's speech-without-words spans, each with the speaker whose turn covers it."""
    from ..diarization.words import speakers_of_spans

    return speakers_of_spans(transcript.get("unrecognised_speech") or [], diarization)


def names_in_speaking_order(words: Sequence[dict], names_in_order: Sequence[str]) -> Dict[str, str]:
    """Labels named in the order the voices are first heard (when labels are not known in advance)."""
    heard: List[str] = []
    for w in sorted(words, key=lambda w: w["start"]):
        if w.get("speaker") and w["speaker"] not in heard:
            heard.append(w["speaker"])
    return dict(zip(heard, names_in_order))
