#!/usr/bin/env python3
"""Render the one-phone development conversations: scripted dialogue -> phone-like mono audio + ground truth.

Each `scripts/NAME.txt` is a scripted two-partner conversation (format in scripts/README.md). Every
line is synthesised on its own (espeak-ng or Festival), shaped with sox (raised voices louder, faster
and higher; soft ones quieter and slower), trimmed to where speech is, and placed on one timeline at
an exact, seeded time; so the times written to the truth are where the words really are. The mix is
mono, given room reverb (sox), background noise at a seeded 20-30 dB SNR, and encoded as AAC 64 kbit/s
in an m4a (ffmpeg), as a phone lying on the table would record it.

Writes into OUT (default benchmarks/devset/out/, git-ignored), per conversation:
  NAME.m4a        the phone-style recording (what the product is fed)
  NAME.wav        the same mix before AAC (16 kHz mono)
  NAME.rttm       reference speaker segments (speech of each clip, split at its own pauses >= 0.5 s)
  NAME.truth.json the ground truth in the format /work/shared/scoring/check_suite.py reads

Needs espeak-ng, festival (festvox-us-slt-hts, festvox-kallpc16k), sox, ffmpeg with the aac encoder.
Run:  python benchmarks/devset/generate.py [--out DIR] [--only NAME ...] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import wave
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from script_format import Line, Script, parse_script  # noqa: E402

RATE = 16000
HERE = Path(__file__).resolve().parent
SCRIPTS = HERE / "scripts"
DEFAULT_OUT = HERE / "out"

# Voice ids used in the scripts -> how to synthesise them.
VOICES = {
    "slt": ("festival", "(voice_cmu_us_slt_arctic_hts)", "F"),
    "kal": ("festival", "(voice_kal_diphone)", "M"),
    "us": ("espeak", "en-us", "M"),
    "us_m3": ("espeak", "en-us+m3", "M"),
    # espeak-ng 1.51 ignores a variant after "en-gb" (en-gb+m1 and en-gb+f4 are the plain en-gb man,
    # byte for byte), so gb_m1 and gb_f4 are one male voice; kept as they are so the set stays the same.
    "gb_m1": ("espeak", "en-gb+m1", "M"),
    "us_m7": ("espeak", "en-us+m7", "M"),
    "us_f2": ("espeak", "en-us+f2", "F"),
    "us_f3": ("espeak", "en-us+f3", "F"),
    "gb_f4": ("espeak", "en-gb+f4", "M"),
    "rp_f1": ("espeak", "en-gb-x-rp+f1", "F"),
    # added with the held-out scripts (garden, gifts, screens, gym, neighbours); each variant checked
    # to change the sound of its base voice
    "sc_m2": ("espeak", "en-gb-scotland+m2", "M"),
    "nyc_m4": ("espeak", "en-us-nyc+m4", "M"),
    "car_m6": ("espeak", "en-029+m6", "M"),
    "wm_m5": ("espeak", "en-gb-x-gbcwmd+m5", "M"),
    "lan_f5": ("espeak", "en-gb-x-gbclan+f5", "F"),
    "us_annie": ("espeak", "en-us+Annie", "F"),
    "us_belinda": ("espeak", "en-us+belinda", "F"),
}

# sox effects per style, each number drawn from a seeded range: tempo, pitch (cents), gain (dB).
STYLE_RANGES = {
    "calm": {"tempo": (0.97, 1.03), "pitch": (-20, 20), "gain": (-4, -2)},
    "soft": {"tempo": (0.9, 0.96), "pitch": (-60, -20), "gain": (-9, -6)},
    "tense": {"tempo": (1.1, 1.22), "pitch": (150, 320), "gain": (3, 7)},
}


def _read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        frames = w.readframes(w.getnframes())
    return np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0


def _write_wav(path: Path, samples: np.ndarray) -> None:
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm)


def synthesise(text: str, voice: str, style: str, rng: random.Random, workdir: Path, index: int) -> np.ndarray:
    engine, name, _gender = VOICES[voice]
    raw = workdir / f"line{index:03d}_raw.wav"
    shaped = workdir / f"line{index:03d}.wav"
    if engine == "festival":
        subprocess.run(["text2wave", "-eval", name, "-o", str(raw)], input=text.encode(), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    else:
        speed = str(rng.randint(150, 175))
        subprocess.run(["espeak-ng", "-v", name, "-s", speed, "-w", str(raw), text], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    r = STYLE_RANGES[style]
    tempo, pitch, gain = (rng.uniform(*r["tempo"]), rng.uniform(*r["pitch"]), rng.uniform(*r["gain"]))
    # norm first so all voices start from one level, then the style, then trim the synthesiser's
    # own leading/trailing silence so the written times are where speech is.
    subprocess.run(["sox", "-R", "-D", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(shaped), "norm", "-6",
                    "tempo", f"{tempo:.3f}", "pitch", f"{pitch:.0f}", "gain", f"{gain:.1f}",
                    "silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%", "reverse"],
                   check=True)
    return _read_wav(shaped)


def speech_spans(clip: np.ndarray, min_pause_s: float = 0.5) -> list[tuple[float, float]]:
    """(start, end) seconds where the clip has speech, split at its own pauses of min_pause_s or more."""
    frame = int(0.01 * RATE)
    n = len(clip) // frame
    if n == 0:
        return []
    energy = np.sqrt(np.square(clip[: n * frame].reshape(n, frame)).mean(axis=1))
    active = energy > max(1e-4, 0.05 * float(np.percentile(energy, 95)))
    spans, start, quiet = [], None, 0
    for i, on in enumerate(active):
        if on:
            if start is None:
                start = i
            quiet = 0
        elif start is not None:
            quiet += 1
            if quiet * 0.01 >= min_pause_s:
                spans.append((start * 0.01, (i - quiet + 1) * 0.01))
                start, quiet = None, 0
    if start is not None:
        spans.append((start * 0.01, (n - quiet) * 0.01))
    return spans


def _gap(line: Line, rng: random.Random) -> float:
    if line.gap is not None:
        return line.gap
    return rng.uniform(0.15, 0.7)


def place(script: Script, clips: list[np.ndarray], rng: random.Random) -> list[dict]:
    """Start time of every line. Floor lines follow each other with a gap (negative = overlap);
    an interrupting line starts `overlap` seconds before the line it cuts into ends (that line's
    text is only what gets said before it breaks off); a backchannel sits under the previous floor
    line at a seeded point, and does not take the floor."""
    placed: list[dict] = []
    cursor = 0.6
    last_floor = None
    for line, clip in zip(script.lines, clips):
        length = len(clip) / RATE
        if line.backchannel:
            host = placed[last_floor]
            lo, hi = host["start"] + 0.6, host["end"] - length - 0.3
            start = rng.uniform(lo, max(lo, hi))
        elif line.interrupt:
            overlap = line.overlap if line.overlap is not None else rng.uniform(0.3, 1.0)
            start = max(0.0, cursor - overlap)
        elif line.cutoff_reply:
            start = cursor + rng.uniform(0.0, 0.12)
        else:
            start = cursor + _gap(line, rng)
        entry = {"line": line, "start": round(start, 3), "end": round(start + length, 3)}
        placed.append(entry)
        if not line.backchannel:
            cursor = max(cursor, entry["end"])
            last_floor = len(placed) - 1
    return placed


def render(script: Script, out: Path) -> dict:
    rng = random.Random(script.seed)
    with tempfile.TemporaryDirectory() as tmp:
        clips = [synthesise(line.text, script.voices[line.who], line.style, rng, Path(tmp), i)
                 for i, line in enumerate(script.lines)]
    placed = place(script, clips, rng)
    duration = max(p["end"] for p in placed) + 1.0
    mix = np.zeros(int(duration * RATE) + 1, dtype=np.float32)
    for p, clip in zip(placed, clips):
        at = int(round(p["start"] * RATE))
        mix[at: at + len(clip)] += clip
    truth = _truth(script, placed, clips, duration)
    _write_rttm(out / f"{script.name}.rttm", script.name, placed, clips)
    phone = _phone_like(mix, rng, out / f"{script.name}.wav")
    truth["snr_db"] = phone["snr_db"]
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(out / f"{script.name}.wav"),
                    "-c:a", "aac", "-b:a", "64k", "-ar", "44100", "-map_metadata", "-1",
                    str(out / f"{script.name}.m4a")], check=True)
    (out / f"{script.name}.truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
    return truth


def _phone_like(mix: np.ndarray, rng: random.Random, wav_path: Path) -> dict:
    """Room reverb (sox), then background noise at a seeded 20-30 dB SNR (against the speech level)."""
    with tempfile.TemporaryDirectory() as tmp:
        dry, wet = Path(tmp) / "dry.wav", Path(tmp) / "wet.wav"
        _write_wav(dry, mix / max(1.0, float(np.abs(mix).max()) / 0.7))
        reverb = [f"{rng.uniform(20, 45):.0f}", "50", f"{rng.uniform(30, 70):.0f}"]
        subprocess.run(["sox", "-R", str(dry), str(wet), "reverb", *reverb, "highpass", "100", "lowpass", "7000"],
                       check=True)
        room = _read_wav(wet)[: len(mix)]
    level = float(np.sqrt(np.mean(np.square(room[np.abs(room) > 0.01])))) if np.any(np.abs(room) > 0.01) else 0.1
    snr = rng.uniform(20, 30)
    noise_rng = np.random.default_rng(rng.randrange(1 << 30))
    white = noise_rng.standard_normal(len(room)).astype(np.float32)
    brown = np.cumsum(white) / 60.0  # a fridge/street rumble plus a little hiss
    brown -= np.convolve(brown, np.ones(400) / 400, mode="same")
    noise = brown + 0.3 * white
    noise *= level / 10 ** (snr / 20) / float(np.sqrt(np.mean(np.square(noise))))
    out = room + noise
    out /= max(1.0, float(np.abs(out).max()) / 0.9)
    _write_wav(wav_path, out)
    return {"snr_db": round(snr, 1)}


def _truth(script: Script, placed: list[dict], clips, duration: float) -> dict:
    turns, interruptions, backchannels, repairs, needs = [], [], [], [], []
    for i, p in enumerate(placed):
        line: Line = p["line"]
        turn = {"who": line.who, "start": p["start"], "end": p["end"], "text": line.text}
        if line.backchannel:
            turn["backchannel"] = True
            backchannels.append({"t": p["start"], "by": line.who})
        if line.style != "calm":
            turn["style"] = line.style
        turns.append(turn)
        if line.interrupt or line.cutoff_reply:
            prev = next(q for q in reversed(placed[:i]) if not q["line"].backchannel)
            interruptions.append({"t": p["start"], "by": line.who, "of": prev["line"].who,
                                  "overlap_s": round(max(0.0, prev["end"] - p["start"]), 3)})
        if line.repair:
            repairs.append({"t": p["start"], "by": line.who, "quote": line.text})
        if line.need:
            needs.append({"t": p["start"], "by": line.who, "quote": line.text})
    tense = [p for p in placed if p["line"].style == "tense" and not p["line"].backchannel]
    escalation = {"start": tense[0]["start"], "end": tense[-1]["end"]} if tense else None
    return {
        "name": script.name,
        "about": script.about,
        "voices": {who: {"voice": v, "engine": VOICES[v][0], "gender": VOICES[v][2]} for who, v in script.voices.items()},
        "duration_s": round(duration, 3),
        "seed": script.seed,
        "turns": turns,
        "interruptions": interruptions,
        "backchannels": backchannels,
        "repairs": repairs,
        "needs": needs,
        "escalation": escalation,
    }


def _write_rttm(path: Path, name: str, placed: list[dict], clips) -> None:
    rows = []
    for p, clip in zip(placed, clips):
        for a, b in speech_spans(clip):
            rows.append((p["start"] + a, b - a, p["line"].who))
    rows.sort()
    path.write_text("".join(f"SPEAKER {name} 1 {a:.3f} {d:.3f} <NA> <NA> {who} <NA> <NA>\n" for a, d, who in rows))


def _render_one(args) -> str:
    path, out = args
    script = parse_script(Path(path))
    truth = render(script, Path(out))
    return f"{script.name}: {truth['duration_s']:.1f} s, {len(truth['turns'])} lines, " \
           f"{len(truth['interruptions'])} interruptions, {len(truth['backchannels'])} backchannels"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="*", help="script names to render (default: all)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--scripts", type=Path, default=SCRIPTS,
                        help="folder of scripts (default: scripts/, the development set; cooperative/ holds the overlap checks)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    paths = sorted(args.scripts.glob("*.txt"))
    if args.only:
        paths = [p for p in paths if p.stem in set(args.only)]
    work = [(str(p), str(args.out)) for p in paths]
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            for line in pool.map(_render_one, work):
                print(line, flush=True)
    else:
        for w in work:
            print(_render_one(w), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
