"""Truth files from rendered lines: what each walk-through split's audio/truth.py calls.

render.py writes NAME.lines ("SPK START END text" a line); `write` joins them with the labels (one list of tags per
floor line of the script, backchannels left out, in order) and writes ../PREFIXNAME.truth.json next to the split.
"""
import json
from pathlib import Path

BACKCHANNELS = {"mm", "mm-hm", "yeah"}


def write(audio_dir, tags_by_name: dict, split_dir: Path, prefix: str) -> None:
    for name, tags in tags_by_name.items():
        rows = []
        for raw in Path(audio_dir, f"{name}.lines").read_text().splitlines():
            spk, s, e, text = raw.split(" ", 3)
            if text.strip().lower() in BACKCHANNELS and float(e) - float(s) < 0.8:
                continue  # backchannel
            rows.append({"spk": spk, "start": float(s), "end": float(e), "text": text})
        assert len(rows) == len(tags), (name, len(rows), len(tags))
        for row, t in zip(rows, tags):
            row["tags"] = t
        (split_dir / f"{prefix}{name}.truth.json").write_text(json.dumps(rows, indent=1) + "\n")
        print(name, len(rows))
