"""Generated speech for the audio, transcription and pipeline tests (espeak-ng, sox, ffmpeg, PyAV).

Everything is made in pytest's temporary folders; nothing large is committed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

# A short practice conversation: two voices, known words, known utterance times.
DIALOGUE = [
    ("en-us", "Can we talk about the weekend?"),
    ("en-us+f3", "Yes. I would like that very much."),
    ("en-us", "I felt alone when you worked on Saturday."),
    ("en-us+f3", "I am sorry. Let us plan a walk on Sunday."),
]
GAP_S = 0.8
RATE = 16000


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (install with: make system-deps)")


def run(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True)


def speak(text: str, out: Path, voice: str = "en-us", rate: int = RATE) -> Path:
    """espeak-ng speech resampled to `rate` mono 16-bit WAV."""
    need("espeak-ng", "sox")
    raw = out.with_suffix(".raw.wav")
    run("espeak-ng", "-v", voice, "-s", "150", "-w", str(raw), text)
    run("sox", "-R", str(raw), "-r", str(rate), "-c", "1", "-b", "16", str(out))
    raw.unlink()
    return out


def wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def make_dialogue(folder: Path, lines=DIALOGUE, gap_s: float = GAP_S) -> tuple[Path, list[tuple[float, float, str]]]:
    """A WAV of the lines with `gap_s` of silence between them, and each line's (start, end, text)."""
    need("espeak-ng", "sox")
    folder.mkdir(parents=True, exist_ok=True)
    silence = folder / "gap.wav"
    run("sox", "-R", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(silence), "trim", "0", str(gap_s))
    parts, spans, t = [silence], [], gap_s
    for i, (voice, text) in enumerate(lines):
        line = speak(text, folder / f"line{i}.wav", voice)
        length = wav_seconds(line)
        spans.append((t, t + length, text))
        t += length + gap_s
        parts += [line, silence]
    out = folder / "dialogue.wav"
    run("sox", "-R", *map(str, parts), str(out))
    return out, spans


def ffmpeg_convert(src: Path, out: Path, *args: str) -> Path:
    need("ffmpeg")
    run("ffmpeg", "-y", "-loglevel", "error", "-i", str(src), *args, str(out))
    return out


def ffmpeg_with_video(src: Path, out: Path) -> Path:
    """An mp4/mov with a small black video track and the speech as AAC audio."""
    need("ffmpeg")
    seconds = f"{wav_seconds(src):.2f}"
    run(
        "ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", f"color=c=black:s=64x64:d={seconds}",
        "-i", str(src), "-shortest", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", str(out),
    )
    return out


def encode_amr(src: Path, out: Path, container: str, bit_rate: int | None = None) -> Path:
    """AMR-NB (8 kHz), as phones' voice recorders write it; PyAV bundles the encoder the system ffmpeg lacks.
    `bit_rate` 12200 is the 12.2 kbit/s mode phones use (the encoder's own default otherwise)."""
    import av

    with wave.open(str(src)) as w:
        rate = w.getframerate()
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=container) as muxer:
        stream = muxer.add_stream("libopencore_amrnb", rate=8000)
        if bit_rate:
            stream.bit_rate = bit_rate
        stream.layout = "mono"
        resampler = av.AudioResampler(format="s16", layout="mono", rate=8000)
        frame = av.AudioFrame.from_ndarray(pcm[None, :], format="s16", layout="mono")
        frame.sample_rate = rate
        for chunk in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(chunk):
                muxer.mux(packet)
        for packet in stream.encode(None):
            muxer.mux(packet)
    out.write_bytes(buffer.getvalue())
    return out


def normalised_words(text: str) -> list[str]:
    import re

    return re.sub(r"[^a-z' ]+", " ", text.lower()).split()
