"""Diarization benchmark: DER on every reference, and speed and memory on a long recording.

    .venv/bin/python benchmarks/diarize.py [--minutes 60] [--skip-long] [--skip-der]

Prints (1) DER with a 0.25 s collar and without, its parts, and overlap precision/recall for
each recording in ../shared/data and for generated two-voice dialogues (espeak-ng and festival
voices, including two male pairs), with word attribution accuracy on the generated ones; (2) the
real-time factor on 2 cores and the peak memory of diarizing a long two-voice recording (the
generated dialogue repeated, with noise, to the length asked), measured in a child process.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import wave
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO / "tests"))

PAIRS = [("slt", "kal"), ("en_f", "en_m1"), ("en_m1", "en_m3"), ("kal", "en_m1"), ("slt", "en_f")]


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).reshape(-1, w.getnchannels())
    return data.mean(axis=1).astype(np.float32) / 32768.0


def row(name, ref, result, words=None):
    from talktogether_desktop.diarization.der import der, overlap_precision_recall

    a, b = der(ref, result["turns"], 0.25), der(ref, result["turns"], 0.0)
    ov = overlap_precision_recall(ref, result["overlaps"])
    fmt = lambda v: "  -  " if v != v else f"{v:5.2f}"  # noqa: E731 - nan for no overlap
    line = (f"{name:42s} {a['der'] * 100:6.1f} {b['der'] * 100:6.1f}  {a['miss'] * 100:5.1f} {a['false_alarm'] * 100:5.1f} "
            f"{a['confusion'] * 100:5.1f}   {fmt(ov['precision'])} {fmt(ov['recall'])} ({ov['reference_s']:.1f}s)")
    if words is not None:
        line += f"  words {word_accuracy(words) * 100:5.1f}%"
    print(line, flush=True)


def single_label_floor(ref) -> float:
    """DER of a perfect system that gives each moment one speaker: what overlap alone costs."""
    from talktogether_desktop.diarization.der import der

    step = 0.01
    end = max(t["end"] for t in ref)
    owner = np.full(int(end / step) + 2, "", dtype=object)
    for t in sorted(ref, key=lambda t: t["start"], reverse=True):  # earlier turns keep the frame
        owner[int(round(t["start"] / step)):int(round(t["end"] / step))] = t["speaker"]
    turns, start = [], 0
    for i in range(1, len(owner) + 1):
        if i == len(owner) or owner[i] != owner[start]:
            if owner[start]:
                turns.append({"speaker": owner[start], "start": start * step, "end": i * step})
            start = i
    return der(ref, turns, 0.25)["der"]


def word_accuracy(attributed) -> float:
    pairs = Counter((w["speaker"], w["truth"]) for w in attributed)
    mapping, used = {}, set()
    for (hyp, truth), _ in pairs.most_common():
        if hyp not in mapping and truth not in used:
            mapping[hyp], _ = truth, used.add(truth)
    return float(np.mean([mapping.get(w["speaker"]) == w["truth"] for w in attributed]))


def der_table(workdir: Path) -> None:
    from diarization import synth
    from talktogether_desktop.diarization.engine import diarize
    from talktogether_desktop.diarization.rttm import read_rttm
    from talktogether_desktop.diarization.words import attribute_words

    print(f"{'recording':42s} {'DER%':>6s} {'noCol':>6s}  {'miss':>5s} {'FA':>5s} {'conf':>5s}   ovP   ovR")
    if SHARED.is_dir():
        for folder in sorted(p for p in SHARED.iterdir() if p.is_dir()):
            ref = next(iter(read_rttm((folder / f"{folder.name}.rttm").read_text()).values()))
            k = len({t["speaker"] for t in ref})
            row(folder.name, ref, diarize(read_wav(folder / f"{folder.name}.wav"), num_speakers=k))
            print(f"{'':42s} (one speaker at a time, perfectly: {single_label_floor(ref) * 100:.1f}% DER)")
    else:
        print("(../shared/data is absent: references skipped)")
    for pair in PAIRS:
        for label, gaps in (("", None), (" +overlaps", [0.3, -0.6, 0.25, 0.4, -0.5, 0.2, 0.35])):
            mono, stereo, ref, words = synth.dialogue(pair, workdir, gaps=gaps)
            result = diarize(mono, num_speakers=2, words=words)
            row(f"gen {'/'.join(pair)}{label}", ref, result, attribute_words(words, result))
            if gaps:
                row(f"gen {'/'.join(pair)}{label} stereo", ref, diarize(mono, num_speakers=2, channels=stereo))


def long_child(path: str, stereo: bool) -> None:
    """Runs in a child process limited to 2 cores: decode-free, the samples come from a raw file."""
    import resource

    os.sched_setaffinity(0, {0, 1}) if hasattr(os, "sched_setaffinity") else None
    from talktogether_desktop.diarization.engine import diarize

    levels = None
    started = time.perf_counter()
    if stereo:  # an m4a file, decoded as the diarize step does: mono mix and channel levels in one pass
        from talktogether_desktop.audio.analysis_audio import decode_for_analysis

        audio = decode_for_analysis(Path(path).read_bytes())
        samples, levels = audio.samples, audio.channel_levels
    else:
        samples = np.fromfile(path, dtype=np.float32)
    decoded_s = time.perf_counter() - started
    started = time.perf_counter()
    result = diarize(samples, num_speakers=2, channel_levels=levels)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"elapsed_s": elapsed, "decode_s": decoded_s, "audio_s": len(samples) / 16000, "peak_mb": peak_mb,
                      "turns": result["turns"], "warnings": result["warnings"], "method": result["params"].get("method")}))


def long_recording(workdir: Path, minutes: float, stereo: bool = False) -> None:
    from diarization import synth
    from talktogether_desktop.diarization.der import der

    mono, two, ref, _ = synth.dialogue(("slt", "en_m1"), workdir)
    length = len(mono)
    reps = int(np.ceil(minutes * 60 * 16000 / length))
    rng = np.random.default_rng(1)
    with tempfile.NamedTemporaryFile(suffix=".f32", dir=workdir, delete=False) as handle:
        for _ in range(reps):  # generated test speech only, never client audio
            gain = rng.uniform(0.6, 1.4)
            if stereo:
                (two.T * gain + rng.normal(0, 0.002, (length, 2))).astype(np.float32).tofile(handle)
            else:
                (mono * gain + rng.normal(0, 0.002, length)).astype(np.float32).tofile(handle)
        raw = handle.name
    if stereo:  # a phone-like file: AAC in m4a at 44.1 kHz
        m4a = raw + ".m4a"
        subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-f", "f32le", "-ar", "16000", "-ac", "2", "-i", raw,
                        "-ar", "44100", "-c:a", "aac", "-b:a", "96k", m4a], check=True)
        os.unlink(raw)
        raw = m4a
    long_ref = [{**t, "start": t["start"] + i * length / 16000, "end": t["end"] + i * length / 16000}
                for i in range(reps) for t in ref]
    env = dict(os.environ, OMP_NUM_THREADS="2")
    out = subprocess.run([sys.executable, __file__, "--child", raw, "stereo" if stereo else "mono"],
                         capture_output=True, text=True, env=env)
    os.unlink(raw)
    if out.returncode:
        print(out.stderr)
        return
    data = json.loads(out.stdout.strip().splitlines()[-1])
    scored = der(long_ref, data["turns"])
    print(f"\nlong {'stereo' if stereo else 'mono'} recording ({data['method']}): {data['audio_s'] / 60:.1f} min, 2 cores: {data['elapsed_s']:.1f} s "
          f"= {data['elapsed_s'] / data['audio_s']:.4f} x real time (decoding the file first: {data['decode_s']:.1f} s); peak memory {data['peak_mb']:.0f} MB "
          f"(the float32 audio alone is {data['audio_s'] * 16000 * 4 / 1e6:.0f} MB); DER {scored['der'] * 100:.1f}%; "
          f"warnings {data['warnings']}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        long_child(sys.argv[2], sys.argv[3] == "stereo")
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--skip-long", action="store_true")
    parser.add_argument("--skip-der", action="store_true")
    parser.add_argument("--stereo", action="store_true", help="also time a stereo recording, one partner per channel")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        if not args.skip_der:
            der_table(workdir)
        if not args.skip_long:
            long_recording(workdir, args.minutes)
            if args.stereo:
                long_recording(workdir, args.minutes, stereo=True)


if __name__ == "__main__":
    main()
