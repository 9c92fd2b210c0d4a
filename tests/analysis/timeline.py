"""Hand-built word timelines: each utterance's words spread over its time by letter count."""

from __future__ import annotations

from typing import Iterable


def say(speaker: str, start: float, text: str, wps: float = 3.0, end: float | None = None) -> list[dict]:
    tokens = text.split()
    duration = (end - start) if end is not None else len(tokens) / wps
    weights = [len(t.strip(".,?!")) + 1 for t in tokens]
    total = float(sum(weights))
    words, t = [], start
    for tok, w in zip(tokens, weights):
        span = duration * w / total
        words.append({"start": round(t, 3), "end": round(t + span * 0.9, 3), "word": tok,
                      "probability": 0.95, "speaker": speaker})
        t += span
    return words


def conversation(*utterances: Iterable[dict]) -> list[dict]:
    words = [w for u in utterances for w in u]
    return sorted(words, key=lambda w: w["start"])


def end_of(utterance: list[dict]) -> float:
    return utterance[-1]["end"]


def spoken(*lines) -> list[dict]:
    """(speaker, text, gap before) lines in order, as one word timeline."""
    utterances, t = [], 0.0
    for speaker, text, gap in lines:
        t += gap
        u = say(speaker, t, text)
        utterances.append(u)
        t = end_of(u)
    return conversation(*utterances)


def calm_exchange(start: float = 0.0, turns: int = 6, a: str = "S1", b: str = "S2") -> list[list[dict]]:
    """Neutral alternating turns with ~0.3 s gaps."""
    lines = [
        "So I was thinking about what to cook on Friday evening.",
        "That sounds nice. Maybe we could try the new pasta recipe.",
        "Good idea. I can pick up the vegetables on the way home.",
        "And I will get the bread from the bakery near the station.",
        "Then we can eat at around seven and watch a film afterwards.",
        "Sounds like a plan. Let me know if the train is late.",
        "I will send you a message when I leave the office.",
        "Great. I will have the water boiling by then.",
    ]
    out, t = [], start
    for i in range(turns):
        u = say(a if i % 2 == 0 else b, t, lines[i % len(lines)])
        out.append(u)
        t = end_of(u) + 0.3
    return out


def render_voices(words: list[dict], duration: float, voices: dict, boosts: dict | None = None, rate: int = 16000):
    """A buzz per word: harmonics of the speaker's f0 at their level, so Praat finds pitch and
    intensity. `voices`: speaker -> (f0 Hz, amplitude); `boosts`: (start, end) -> (f0 factor,
    gain in dB) for words starting in that span."""
    import numpy as np

    audio = np.zeros(int(duration * rate) + rate, dtype=np.float32)
    rng = np.random.default_rng(7)
    for w in words:
        f0, amp = voices[w["speaker"]]
        for (t0, t1), (factor, gain_db) in (boosts or {}).items():
            if t0 <= w["start"] < t1:
                f0, amp = f0 * factor, amp * 10 ** (gain_db / 20)
        a, b = int(w["start"] * rate), int(w["end"] * rate)
        t = np.arange(b - a) / rate
        f = f0 * (1 + 0.03 * rng.standard_normal())
        tone = sum(np.sin(2 * np.pi * f * k * t) / k for k in range(1, 6))
        audio[a:b] += (amp * tone * np.hanning(b - a)).astype(np.float32)
    return audio


def run_lines(*lines):
    """Analyse (speaker, gap after the previous line, text) lines said one after another."""
    from talktogether_desktop.analysis import analyze

    utterances, t = [], 0.0
    for speaker, gap, text in lines:
        u = say(speaker, t + gap, text)
        utterances.append(u)
        t = end_of(u)
    return analyze(conversation(*utterances))

