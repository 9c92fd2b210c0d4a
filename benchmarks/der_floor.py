#!/usr/bin/env python3
"""The lowest DER a speaker finder that gives each moment to one voice (or two) could reach on a reference RTTM.

An oracle: every 10 ms frame keeps at most N of its true speakers (in the reference's speaker order), scored with
the project's frame DER (0.25 s collar, overlap scored). What is left is speech that no N-voice output can cover.
Usage: python benchmarks/der_floor.py NAME ... (folders of ../shared/data) [--shared DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import read_rttm  # noqa: E402,F401 - the reference RTTM read as accuracy.py reads it
from talktogether_desktop.diarization.der import der  # noqa: E402

STEP = 0.01


def oracle(reference: list[dict], voices: int) -> list[dict]:
    speakers = sorted({s["speaker"] for s in reference})
    n = int(max(s["end"] for s in reference) / STEP) + 1
    active = np.zeros((len(speakers), n), dtype=bool)
    for s in reference:
        active[speakers.index(s["speaker"]), int(s["start"] / STEP) : int(s["end"] / STEP)] = True
    kept = np.zeros_like(active)
    for t in range(n):
        kept[np.flatnonzero(active[:, t])[:voices], t] = True
    out = []
    for i, speaker in enumerate(speakers):
        edges = np.flatnonzero(np.diff(np.r_[0, kept[i].astype(int), 0]))
        out += [{"start": a * STEP, "end": b * STEP, "speaker": speaker} for a, b in zip(edges[::2], edges[1::2])]
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    for name in args.names:
        reference = read_rttm(args.shared / name / f"{name}.rttm")
        n = int(max(s["end"] for s in reference) / STEP) + 1
        counts = np.zeros(n, dtype=int)
        for s in reference:
            counts[int(s["start"] / STEP) : int(s["end"] / STEP)] += 1
        print(f"{name}: speech {np.sum(counts > 0) * STEP:.1f} s, two or more voices {np.sum(counts >= 2) * STEP:.1f} s,"
              f" three or more {np.sum(counts >= 3) * STEP:.1f} s, speaker time {counts.sum() * STEP:.1f} s")
        for voices in (1, 2):
            d = der(reference, oracle(reference, voices))
            print(f"  at most {voices} voice(s) a moment, every one right: DER {100 * d['der']:.1f}%"
                  f" (missed {100 * d['miss']:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
