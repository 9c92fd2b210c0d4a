"""Generated two-voice dialogues with exact truth (test data, made in a temporary folder).

Each utterance is synthesised alone (espeak-ng or festival), trimmed to its voiced part and
placed at an exact time, so the reference turns, overlaps and the speaker of every word are known.
Word times inside an utterance are spread by letter count (the truth is the utterance's speaker).
"""

from __future__ import annotations

import hashlib
import subprocess
import wave
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import numpy as np

RATE = 16000

# name -> how to synthesise; espeak variants differ in voice and pitch so two male voices differ
VOICES: Dict[str, Tuple[str, ...]] = {
    "slt": ("festival", "(voice_cmu_us_slt_arctic_hts)"),  # female
    "kal": ("festival", "(voice_kal_diphone)"),  # male
    "en_f": ("espeak", "en-us+f3", "60", "160"),  # female
    "en_m1": ("espeak", "en-us+m1", "35", "165"),  # male
    "en_m3": ("espeak", "en-gb+m3", "55", "150"),  # male, other accent and pitch
}

LINES = [
    "I feel like we never talk about the weekend until it is already here.",
    "Yeah.",
    "That is not fair, I asked you on Tuesday and you said you were busy.",
    "No.",
    "I was busy, but I still wanted to plan something with you.",
    "Wait.",
    "Can we just pick one evening this week and keep it free for us?",
    "Okay, Thursday works for me if you can leave work on time.",
    "I will try, but I need you to remind me in the morning.",
    "Right.",
    "I can do that, and maybe we could cook together instead of going out.",
    "I would like that, it feels calmer at home.",
    "Mm hm.",
    "Then it is settled, Thursday dinner at home, no phones at the table.",
]


def synth(voice: str, text: str, workdir: Path) -> np.ndarray:
    spec = VOICES[voice]
    key = hashlib.sha1(f"{voice}|{text}".encode()).hexdigest()[:16]
    raw = workdir / f"raw_{key}.wav"
    out = workdir / f"u_{key}.wav"
    if spec[0] == "festival":
        subprocess.run(["text2wave", "-eval", spec[1], "-o", str(raw)], input=text.encode(), check=True,
                       capture_output=True)
    else:
        subprocess.run(["espeak-ng", "-v", spec[1], "-p", spec[2], "-s", spec[3], "-w", str(raw), text],
                       check=True, capture_output=True)
    subprocess.run(["sox", "-R", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out)], check=True, capture_output=True)
    x = read_wav(out)
    return trim(x / max(1e-6, float(np.abs(x).max())) * 0.5)


def trim(x: np.ndarray, threshold: float = 0.01) -> np.ndarray:
    loud = np.flatnonzero(np.abs(x) > threshold)
    return x[loud[0] : loud[-1] + 1] if len(loud) else x


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).reshape(-1, w.getnchannels())
    return data.mean(axis=1).astype(np.float32) / 32768.0


def write_wav(path: Path, x: np.ndarray) -> None:
    x = np.atleast_2d(x)
    pcm = (np.clip(x, -1, 1) * 32767).astype(np.int16).T.copy()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(pcm.shape[1])
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())


def dialogue(voices: Sequence[str], workdir: Path, lines: Sequence[str] = LINES, gaps: Sequence[float] | None = None,
             repeat: int = 1, noise_db: float = -55.0, seed: int = 0):
    """Alternate the voices over the lines. gaps[i] is the offset before line i (negative: overlap).

    Returns (mono samples, stereo (2, n) with each voice on its own channel plus -20 dB cross-talk,
    reference turns [{"speaker","start","end"}], words [{"start","end","word","truth"}]).
    """
    rng = np.random.default_rng(seed)
    workdir.mkdir(parents=True, exist_ok=True)
    utterances, t = [], 0.5
    for r in range(repeat):
        for i, text in enumerate(lines):
            who = i % len(voices)
            audio = synth(voices[who], text, workdir)
            gap = (gaps[i % len(gaps)] if gaps else float(rng.uniform(0.15, 0.6))) if (i or r) else 0.0
            start = max(0.0, t + gap)
            utterances.append((who, start, audio, text))
            t = max(t, start + len(audio) / RATE)
    n = int((t + 0.5) * RATE)
    tracks = np.zeros((len(voices), n), dtype=np.float32)
    turns, words = [], []
    for who, start, audio, text in utterances:
        a = int(round(start * RATE))
        tracks[who, a : a + len(audio)] += audio
        end = start + len(audio) / RATE
        turns.append({"speaker": f"V{who + 1}", "start": round(start, 3), "end": round(end, 3)})
        words += spread_words(text, start, end, f"V{who + 1}")
    noise = rng.normal(0, 10 ** (noise_db / 20), n).astype(np.float32)
    mono = tracks.sum(axis=0) + noise
    leak = 10 ** (-20 / 20)
    other = tracks[1] if len(tracks) > 1 else np.zeros(n, dtype=np.float32)
    stereo = np.stack([tracks[0] + leak * tracks[1:].sum(axis=0), other + leak * tracks[0]]) + noise
    words.sort(key=lambda w: w["start"])
    return mono, stereo, turns, words


def spread_words(text: str, start: float, end: float, speaker: str) -> List[dict]:
    tokens = text.split()
    weights = np.array([len(tok) + 2 for tok in tokens], dtype=float)
    edges = start + (end - start) * np.concatenate([[0], np.cumsum(weights)]) / weights.sum()
    return [{"start": round(float(edges[i]) + 0.02, 3), "end": round(float(edges[i + 1]) - 0.02, 3),
             "word": tok.strip(".,?!"), "truth": speaker} for i, tok in enumerate(tokens)]
