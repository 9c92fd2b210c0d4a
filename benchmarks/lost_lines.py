#!/usr/bin/env python3
"""Would another decoding hear the lines the chain lost? Each lost line decoded alone, several ways.

Reads the lines lost in an accuracy run (`benchmarks/accuracy.py --json FILE`: each file's "lost", "START text"),
cuts each line out of its phone-style recording by its true times (0.3 s either side: a boundary the product
does not know, so this is an upper bound for per-line decoding) and decodes it with tiny.en and base, greedy
and otherwise; a line counts as heard by the accuracy rule (at least half its words recognised). "prompt" gives
the chain's own words of the 12 s before the line (from --results) as whisper's initial prompt.
Usage: python benchmarks/lost_lines.py --scores FILE.json --results DIR [--devset DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks" / "devset"))

from scoring import norm  # noqa: E402

from talktogether_desktop.pipeline.file_run import read_audio_file  # noqa: E402
from talktogether_desktop.transcription.engine import DECODE_OPTIONS, load_model  # noqa: E402
from talktogether_desktop.transcription.models import resolve_model  # noqa: E402


def decode(model, x: np.ndarray, **options) -> str:
    chosen = dict(DECODE_OPTIONS, temperature=0.0)
    chosen.update(options)
    pieces, _ = model.transcribe(x, language="en", vad_filter=False, **chosen)
    return " ".join(p.text.strip() for p in pieces)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scores", type=Path, required=True)
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--devset", type=Path, default=ROOT / "benchmarks" / "devset" / "out")
    args = parser.parse_args(argv)
    tiny, base = load_model(resolve_model("tiny.en"), 2), load_model(resolve_model("base"), 2)
    ways = {
        "tiny": lambda x, prompt: decode(tiny, x, beam_size=5),
        "tiny prompt": lambda x, prompt: decode(tiny, x, beam_size=5, initial_prompt=prompt),
        "base": lambda x, prompt: decode(base, x, beam_size=5),
        "base beam 10": lambda x, prompt: decode(base, x, beam_size=10, patience=2.0),
        "base fallback": lambda x, prompt: decode(base, x, beam_size=5, temperature=list(DECODE_OPTIONS["temperature"])),
        "base prompt": lambda x, prompt: decode(base, x, beam_size=5, initial_prompt=prompt),
    }
    heard = {way: 0 for way in ways}
    lines = 0
    for name, scores in json.loads(args.scores.read_text()).items():
        if not scores.get("lost"):
            continue
        truth = json.loads((args.devset / f"{name}.truth.json").read_text())
        audio = np.asarray(read_audio_file(args.devset / f"{name}.m4a").samples).reshape(-1).astype(np.float32)
        if np.abs(audio).max() > 2.0:
            audio /= 32768.0
        words = json.loads((args.results / f"{name}.words.json").read_text())["words"]
        for lost in scores["lost"]:
            start = float(lost.split()[0])
            line = min(truth["turns"], key=lambda t: abs(t["start"] - start))
            x = audio[int(max(0.0, line["start"] - 0.3) * 16000) : int((line["end"] + 0.3) * 16000)]
            prompt = " ".join(w["word"].strip() for w in words if line["start"] - 12 <= w["start"] < line["start"] - 0.3)
            reference = norm(line["text"])
            lines += 1
            print(f"== {name} {line['start']:.1f}: {line['text']}", flush=True)
            for way, run in ways.items():
                text = run(x, prompt or None)
                pool = norm(text)
                ok = sum(1 for w in reference if w in pool) / len(reference) >= 0.5
                heard[way] += ok
                print(f"   {'heard' if ok else '     '} {way:13s} {text[:110]}", flush=True)
    print(f"{lines} lost lines; heard alone: " + ", ".join(f"{way} {n}" for way, n in heard.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
