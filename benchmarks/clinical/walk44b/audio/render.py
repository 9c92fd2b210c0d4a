"""Render a walk40p script (audio/*.txt here: `SPK|gap|style|text`, gap < 0 = a cut-in overlapping the line
before, BC = a backchannel under the previous line) into a mono 16 kHz WAV, an m4a (aac 64k, as a phone gives)
and a lines file `SPK start end text`.

    python benchmarks/clinical/walk40p/audio/render.py benchmarks/clinical/walk40p/audio/c2_motorbike.txt OUTDIR [SEED]

(SEED, default 40, sets the timing jitter and the room hiss; walk41a's scripts were rendered with 41, walk41b's with 40,
walk42a's and walk42b's with 42.)

Voices come from the script's `# voices:` line (festival:VOICE or espeak:VOICE:pPITCH:sSPEED); needs
text2wave, espeak-ng, sox and ffmpeg. The truth files beside this folder hold the same lines (backchannels
left out) with their labels."""
import random, subprocess, sys, tempfile
from pathlib import Path
import wave
import numpy as np

RATE = 16000
STYLE = {"calm": (1.0, 0, -3), "soft": (0.93, -40, -8), "tense": (1.15, 220, 4)}

def synth(voice, text, style, work, i, rng):
    raw, out = work / f"{i}_raw.wav", work / f"{i}.wav"
    eng, name, *opts = voice.split(":")
    if eng == "festival":
        subprocess.run(["text2wave", "-eval", f"({name})", "-o", str(raw)], input=text.encode(), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    else:
        o = {k[0]: k[1:] for k in opts}
        subprocess.run(["espeak-ng", "-v", name, "-p", o.get("p", "50"), "-s", o.get("s", "165"), "-w", str(raw), text],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tempo, pitch, gain = STYLE[style]
    tempo *= rng.uniform(0.98, 1.02)
    subprocess.run(["sox", "-R", "-D", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out), "norm", "-6",
                    "tempo", f"{tempo:.3f}", "pitch", str(pitch), "gain", str(gain),
                    "silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%", "reverse"], check=True)
    with wave.open(str(out)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768

def main(script, outdir, seed=40):
    script, outdir = Path(script), Path(outdir)
    voices, lines = {}, []
    for raw in script.read_text().splitlines():
        if raw.startswith("# voices:"):
            voices = dict(p.split("=", 1) for p in raw[len("# voices:"):].split())
        elif raw.strip() and not raw.startswith("#"):
            spk, gap, style, text = raw.split("|", 3)
            lines.append((spk, gap, style, text))
    rng = random.Random(seed)
    placed, t, last = [], 0.0, None
    with tempfile.TemporaryDirectory() as d:
        for i, (spk, gap, style, text) in enumerate(lines):
            clip = synth(voices[spk], text, style, Path(d), i, rng)
            dur = len(clip) / RATE
            if gap == "BC":  # under the previous floor line, ~55% through it
                s0, e0 = last
                start = s0 + 0.55 * (e0 - s0)
            else:
                start = t + float(gap)
            placed.append((spk, start, start + dur, text, clip))
            if gap != "BC":
                t = max(t, start + dur); last = (start, start + dur)
    total = max(p[2] for p in placed) + 0.8
    mix = np.zeros(int(total * RATE) + 1, dtype=np.float32)
    for spk, s, e, text, clip in placed:
        i = int(s * RATE); mix[i:i + len(clip)] += clip
    mix += np.random.default_rng(seed).normal(0, 0.002, len(mix)).astype(np.float32)  # room hiss
    mix = np.clip(mix, -0.99, 0.99)
    stem = outdir / script.stem
    with wave.open(f"{stem}.wav", "wb") as w:
        w.setnchannels(1); w.setsampwidth(2); w.setframerate(RATE)
        w.writeframes((mix * 32767).astype("<i2").tobytes())
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", f"{stem}.wav", "-c:a", "aac", "-b:a", "64k",
                    f"{stem}.m4a"], check=True)
    with open(f"{stem}.lines", "w") as f:
        for spk, s, e, text, _ in sorted(placed, key=lambda p: p[1]):
            f.write(f"{spk} {s:.2f} {e:.2f} {text}\n")
    print(script.stem, f"{total:.1f}s", len(placed), "lines")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:4]))
