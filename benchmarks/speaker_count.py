#!/usr/bin/env python3
"""Could the number of voices be told from the recording? A measurement, not a product feature.

The speaker finder is told how many voices to find (`--speakers`, 2 for a couple). For a session recorded with a
third person this asks whether the window embeddings the finder computes anyway say how many voices there are:
for k = 2..MAX_K it clusters the reliable windows (1 s and longer) as the finder does (clustering.cluster) and
scores each k by the mean silhouette (cosine distance); the k with the highest score is the estimate. No extra
model and no extra decoding: the embeddings are the finder's own, the clustering of a few hundred windows takes
milliseconds.
Usage: python benchmarks/speaker_count.py [--devset DIR] [--shared DIR] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from talktogether_desktop.diarization import clustering, vad  # noqa: E402
from talktogether_desktop.diarization.encoder import loudness_gain  # noqa: E402
from talktogether_desktop.diarization.engine import RELIABLE_FRAMES, _speech_sample  # noqa: E402
from talktogether_desktop.diarization.windows import embed_windows  # noqa: E402

MAX_K = 4
JOIN_AT = (0.5, 0.6, 0.7, 0.8)  # centroid cosine similarity above which two groups are one voice


def silhouette(emb: np.ndarray, labels: np.ndarray) -> float:
    dist = 1.0 - emb @ emb.T
    scores = []
    for i in range(len(emb)):
        own = labels == labels[i]
        if own.sum() <= 1:
            scores.append(0.0)
            continue
        a = dist[i, own].sum() / (own.sum() - 1)
        b = min(dist[i, labels == c].mean() for c in set(labels.tolist()) if c != labels[i])
        scores.append((b - a) / max(a, b, 1e-9))
    return float(np.mean(scores))


def scores_for(samples: np.ndarray) -> tuple[dict, float]:
    total = vad.n_frames(len(samples))
    mask = vad.speech_mask(vad.speech_probabilities(samples, None), total)
    islands = vad.runs(mask)
    gain = loudness_gain(_speech_sample(samples, islands))
    wins = embed_windows(samples, islands, gain, None, None)
    began = time.perf_counter()
    emb = clustering.normalise(wins.embeddings.astype(np.float64))
    emb = emb[wins.lengths >= RELIABLE_FRAMES] if (wins.lengths >= RELIABLE_FRAMES).sum() >= 2 * MAX_K else emb
    out = {}
    for k in range(2, MAX_K + 1):
        labels, cents = clustering.cluster(emb, k)
        out[k] = silhouette(emb, labels) if len(set(labels.tolist())) > 1 else -1.0
    sims = cents @ cents.T
    out["voices"] = {t: voices_joined(sims, t) for t in JOIN_AT}
    return out, time.perf_counter() - began


def voices_joined(sims: np.ndarray, at: float) -> int:
    """The voices left when the MAX_K groups whose centroids are more alike than `at` are taken as one voice."""
    k = len(sims)
    parent = list(range(k))
    find = lambda i: i if parent[i] == i else find(parent[i])  # noqa: E731
    for i in range(k):
        for j in range(i + 1, k):
            if sims[i, j] > at:
                parent[find(i)] = find(j)
    return len({find(i) for i in range(k)})


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=ROOT / "benchmarks" / "devset" / "out")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args(argv)
    files = []
    for tp in sorted(args.devset.glob("*.truth.json")):
        name = json.loads(tp.read_text())["name"]
        if not args.only or name in args.only:
            files.append((name, tp.with_name(name + ".wav"), tp.with_name(name + ".rttm")))
    if args.shared.is_dir():
        for folder in sorted(p for p in args.shared.iterdir() if p.is_dir()):
            wavs, rttms = list(folder.glob("*.wav")), list(folder.glob("*.rttm"))
            if wavs and rttms and (not args.only or folder.name in args.only):
                files.append((folder.name, wavs[0], rttms[0]))
    right = 0
    joined_right = {t: 0 for t in JOIN_AT}
    print(f"{'file':40s} true  est  " + "  ".join(f"sil k={k}" for k in range(2, MAX_K + 1))
          + "  " + "  ".join(f"j>{t}" for t in JOIN_AT) + "  ms")
    for name, wav, rttm in files:
        true = len({line.split()[7] for line in rttm.read_text().splitlines() if line.startswith("SPEAKER")})
        scores, seconds = scores_for(read_wav(wav))
        joined = scores.pop("voices")
        estimate = max(scores, key=scores.get)
        right += estimate == true
        for t in JOIN_AT:
            joined_right[t] += joined[t] == true
        print(f"{name:40s} {true:4d} {estimate:4d}  " + "  ".join(f"{scores[k]:7.3f}" for k in scores)
              + "  " + "  ".join(f"{joined[t]:5d}" for t in JOIN_AT) + f"  {1000 * seconds:.0f}", flush=True)
    print(f"right, silhouette: {right}/{len(files)}; joined: "
          + ", ".join(f"above {t}: {joined_right[t]}/{len(files)}" for t in JOIN_AT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
