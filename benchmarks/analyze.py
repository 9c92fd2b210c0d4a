"""Benchmark: analysing a 60-minute recording given its transcript and speakers.

Makes a synthetic hour (two speakers, ~10,000 words with backchannels, interruptions, heated
stretches and repairs; audio: a voiced buzz under every word at each speaker's pitch, louder in
heated stretches), then runs `analysis.analyze` in a fresh child process and prints the wall time
and the child's peak memory (RSS, audio included). Targets: under 20 s and under 500 MB.

    .venv/bin/python benchmarks/analyze.py [--minutes 60]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import sys
import time

import numpy as np

RATE = 16000
CALM = [
    "So I was thinking about what we could do on Saturday morning.",
    "That sounds good to me, we could go to the market early.",
    "I would like that, and maybe we can have lunch at the new place.",
    "We should check the opening hours before we leave the house.",
    "I need us to plan the week together before Monday.",
    "Can you help me with the shopping list tonight?",
    "Okay, I hear you, let us write it down after dinner.",
]
HEATED = [
    "You never listen to me and you always do what you want.",
    "That is not true, you are the one who never asks me first.",
    "Yes but every time I try to explain it you just walk away.",
    "Whatever. I am done talking about this tonight.",
]
REPAIR = "Okay. I'm sorry. Can we slow down and start over?"


def synthetic_hour(minutes: float, seed: int = 1):
    rng = np.random.default_rng(seed)
    total = minutes * 60.0
    words, t, speaker = [], 1.0, "S1"
    heated_until = -1.0
    while t < total - 10:
        if rng.random() < 0.02:
            heated_until = t + rng.uniform(30, 90)
        heated = t < heated_until
        pool = HEATED if heated else CALM
        text = " ".join(pool[rng.integers(len(pool))] for _ in range(rng.integers(1, 4)))
        if not heated and rng.random() < 0.05:
            text = REPAIR + " " + text
        wps = rng.uniform(3.2, 4.2) if heated else rng.uniform(2.3, 3.0)
        tokens = text.split()
        span = len(tokens) / wps
        for i, tok in enumerate(tokens):
            a = t + i / wps
            words.append({"start": round(a, 3), "end": round(a + 0.85 / wps, 3), "word": tok,
                          "probability": 0.9, "speaker": speaker, "heated": heated})
        other = "S2" if speaker == "S1" else "S1"
        if span > 4 and rng.random() < 0.5:  # a backchannel from the listener
            a = t + span * 0.5
            words.append({"start": round(a, 3), "end": round(a + 0.3, 3), "word": "mm-hm", "probability": 0.9,
                          "speaker": other, "heated": False})
        gap = rng.uniform(-0.6, -0.2) if heated and rng.random() < 0.4 else rng.uniform(0.1, 1.2)
        if rng.random() < 0.01:
            gap = rng.uniform(3.0, 6.0)
        t += span + gap
        speaker = other
    words.sort(key=lambda w: w["start"])
    return words, total


def render(words, total: float) -> np.ndarray:
    audio = np.zeros(int(total * RATE), dtype=np.float32)
    pitch = {"S1": 115.0, "S2": 210.0}
    for w in words:
        a, b = int(w["start"] * RATE), min(len(audio), int(w["end"] * RATE))
        if b - a < 16:
            continue
        n = np.arange(b - a, dtype=np.float32) / RATE
        f0 = pitch[w["speaker"]] * (1.25 if w["heated"] else 1.0)
        amp = 0.25 if w["heated"] else 0.08
        tone = np.sin(2 * np.pi * f0 * n) + 0.5 * np.sin(4 * np.pi * f0 * n) + 0.25 * np.sin(6 * np.pi * f0 * n)
        audio[a:b] += amp * tone * np.hanning(b - a).astype(np.float32)
    return audio


def child(conn, words, audio_path) -> None:
    from talktogether_desktop.analysis import analyze

    audio = np.load(audio_path)
    started = time.perf_counter()
    result = analyze(words, audio=audio, sample_rate=RATE, names={"S1": "Alex", "S2": "Sam"})
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    conn.send({
        "seconds": elapsed,
        "peak_rss_mb": peak_mb,
        "turns": len(result["turns"]),
        "interruptions": len(result["interruptions"]),
        "escalation_points": len(result["escalation_points"]),
        "markers": len(result["markers"]),
        "result_json_kb": len(json.dumps(result)) / 1024.0,
    })


def main(argv=None) -> int:
    import tempfile
    from pathlib import Path

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    args = parser.parse_args(argv)
    words, total = synthetic_hour(args.minutes)
    audio = render(words, total)
    for w in words:
        w.pop("heated")
    with tempfile.TemporaryDirectory() as folder:  # synthetic audio only, no client data
        path = Path(folder) / "audio.npy"
        np.save(path, audio)
        audio_mb = audio.nbytes / 1e6
        del audio
        ctx = mp.get_context("spawn")
        parent, conn = ctx.Pipe()
        proc = ctx.Process(target=child, args=(conn, words, str(path)))
        proc.start()
        figures = parent.recv()
        proc.join()
    print(f"recording: {args.minutes:.0f} min, {len(words)} words, audio {audio_mb:.0f} MB (float32, 16 kHz)")
    print(f"analysis time: {figures['seconds']:.1f} s (target < 20 s)")
    print(f"peak memory (child RSS, audio and imports included): {figures['peak_rss_mb']:.0f} MB (target < 500 MB)")
    print(f"result: {figures['turns']} turns, {figures['interruptions']} interruptions, "
          f"{figures['escalation_points']} escalation points, {figures['markers']} markers, "
          f"{figures['result_json_kb']:.0f} KB of JSON")
    ok = figures["seconds"] < 20 and figures["peak_rss_mb"] < 500
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
