"""The chain on one audio file with no vault: `transcribe-file`, `diarize-file`, `analyze-file`, the demo.

The same steps as the vault chain (`chain`: the speech model in a child process, the same
speaker finder, the same analysis, the same settings); only where the audio comes from and where
the results go differ. Everything stays in memory; nothing is written here.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, Mapping, Optional, Sequence

from ..audio.analysis_audio import AnalysisAudio
from ..audio.errors import CutShort
from ..audio.files import read_input_file
from ..audio.probe import scan_and_decode
from ..diarization.limits import check_speaker_count
from ..errors import BadInputFile, JobFailed
from ..jobs import CancelToken, ProgressFn, check, scaled
from ..storage.settings import Settings
from . import chain
from .failures import on_file
from .speech_host import SpeechHost


def read_audio_file(path: str | Path, max_duration_s: Optional[float] = float("inf")) -> AnalysisAudio:
    """A user's audio file, read into memory (never changed) and decoded to analysis audio, with the import's own
    check in the same pass: a file the import refuses (silent, too short, damaged) is refused here in its words."""
    data, mtime = read_input_file(path)
    try:
        return scan_and_decode(data, mtime, Path(path).expanduser().name, max_duration_s)[1]
    except CutShort as exc:  # these commands only read the file: the import's --accept-cut-short is no way round
        raise CutShort(exc.without_import) from exc


@contextmanager
def _said_of_file(path: str | Path) -> Iterator[None]:
    """A step that stops on something unexpected is said of the file, never of a vault."""
    try:
        yield
    except JobFailed as exc:
        raise on_file(exc, f"'{Path(path).name}'") from exc


def transcribe_file(path: str | Path, settings: Settings, progress: Optional[ProgressFn] = None,
                    cancel: Optional[CancelToken] = None) -> dict:
    """The transcript of an audio file, with the settings' model, language and threads."""
    with _said_of_file(path), SpeechHost() as speech:
        chain.warm_up(speech, settings)  # the model loads while the file is decoded
        samples = read_audio_file(path, settings.max_recording_s).pcm16()
        return chain.transcribe(samples, settings, progress, cancel, speech=speech)


def diarize_file(path: str | Path, settings: Settings, num_speakers: int = 2,
                 progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None) -> Dict:
    """Who spoke when in an audio file (no transcript: turns from the voices alone)."""
    check_speaker_count(num_speakers)  # before the file is decoded
    audio = read_audio_file(path)
    return chain.find_speakers(audio, num_speakers, None, progress, cancel)


def analyze_audio(audio: AnalysisAudio, settings: Settings, num_speakers: int = 2,
                  names: Optional[Mapping[str, str]] = None, names_in_order: Optional[Sequence[str]] = None,
                  progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None,
                  label: str = "the recording") -> dict:
    """Analysis audio -> transcript -> speakers -> the analysis dict (`label`: the file, as errors name it).

    `names` maps speaker labels to names; `names_in_order` instead names the voices in the order
    they are first heard (for when the labels are not known in advance, as in the demo).
    The result also carries `transcription` (model, language) and `diarization_warnings`.
    """
    return run_chain(audio, settings, num_speakers, names, names_in_order, progress, cancel, label=label)["analysis"]


def run_chain(audio: AnalysisAudio, settings: Settings, num_speakers: int = 2,
              names: Optional[Mapping[str, str]] = None, names_in_order: Optional[Sequence[str]] = None,
              progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None,
              transcript: Optional[dict] = None, label: str = "the recording") -> dict:
    """`analyse_audio`, returning every stage ({"transcript", "diarization", "words", "analysis"}) so
    benchmarks can score each one. `transcript`: words already recognised for this audio (the
    transcription is then skipped)."""
    if transcript is None:
        transcript = chain.transcribe(audio.pcm16(), settings, scaled(progress, 0.0, 0.7), cancel)
    words = chain.words_of(transcript)
    if not words:
        raise BadInputFile(f"No speech was found in {label}, so there is nothing to analyse.")
    diarization = chain.find_speakers(audio, num_speakers, words, scaled(progress, 0.7, 0.9), cancel)
    attributed = chain.attribute(words, diarization)
    check(cancel)
    chosen = dict(names or {})
    if names_in_order:
        chosen.update(chain.names_in_speaking_order(attributed, names_in_order))
    result = chain.analyze(attributed, audio, settings, names=chosen,
                           speaker_overlaps=diarization.get("overlaps") or [],
                           unrecognised_speech=chain.unrecognised_of(transcript, diarization),
                           progress=scaled(progress, 0.9, 1.0), cancel=cancel)
    result["transcription"] = {"model": transcript.get("model"), "language": transcript.get("language")}
    result["diarization_warnings"] = list(diarization.get("warnings") or [])
    return {"transcript": transcript, "diarization": diarization, "words": attributed, "analysis": result}


def analyze_file(path: str | Path, settings: Settings, num_speakers: int = 2,
                 progress: Optional[ProgressFn] = None, cancel: Optional[CancelToken] = None) -> dict:
    """The whole chain on an audio file; the voices keep their labels (S1, S2, ...)."""
    check_speaker_count(num_speakers)  # before the file is decoded and transcribed
    with _said_of_file(path):
        return analyze_audio(read_audio_file(path), settings, num_speakers, progress=progress, cancel=cancel,
                             label=f"'{Path(path).name}'")
