"""Safety sentences said in a quarrel: how many of each kind are flagged, and how many look-alikes.

    PYTHONPATH=src python benchmarks/safety_sentences.py [FILE.tsv ...] [--misses]

Each file holds `label<TAB>sentence` lines (benchmarks/clinical/sentences/: written blind by helpers who
never saw the rules; `neutral` lines are look-alikes that must not be flagged). Every sentence is said as
the reply in the same three-line quarrel ("You never tell me where you're going…", the sentence, "Okay.
Let's just get the kids' tea on.") and counted as flagged when a safety flag of any kind falls on it.
Prints, per file and label, flagged / total; `--misses` also lists the sentences missed and the
look-alikes flagged. Figures measured so far: benchmarks/clinical/measured/README.md.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from clinical import line_words  # noqa: E402 - the word timelines of the clinical benchmark

from talktogether_desktop.analysis import analyze  # noqa: E402

OPENER = "You never tell me where you're going, it's like living with a stranger."
CLOSER = "Okay. Let's just get the kids' tea on."


def flagged(text: str) -> list[str]:
    lines, t = [], 0.0
    for spk, line in (("A", OPENER), ("B", text), ("A", CLOSER)):
        end = t + 0.32 * len(line.split()) + 0.3
        lines.append({"spk": spk, "start": t, "end": end, "text": line})
        t = end + 0.8
    said = lines[1]
    result = analyze(line_words(lines))
    return sorted({f["category"] for f in result["safety_flags"] if said["start"] - 0.05 <= f["t"] <= said["end"] + 0.05})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    files = args.files or sorted((HERE / "clinical" / "sentences").glob("*.tsv"))
    for path in files:
        counts = collections.Counter()
        shown = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            label, text = line.split("\t", 1)
            found = flagged(text)
            counts[(label, bool(found))] += 1
            if args.misses and (bool(found) == (label == "neutral")):
                shown.append(f"  {'flagged' if found else 'missed '} {label}: {text} {found or ''}")
        print(path.name)
        for label in sorted({k for k, _ in counts}):
            hit, total = counts[(label, True)], counts[(label, True)] + counts[(label, False)]
            print(f"  {label:22s} flagged {hit:3d} / {total:3d}")
        print("\n".join(shown))


if __name__ == "__main__":
    main()
