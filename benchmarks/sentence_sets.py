"""Sentence sets, each sentence said as a reply: what the analysis finds on it, per label.

    PYTHONPATH=src python benchmarks/sentence_sets.py [FILE.tsv ...] [--misses]

Each file holds `label<TAB>sentence` lines (benchmarks/clinical/sentences/: written blind by helpers who
never saw the rules). Safety kinds, `neutral` look-alikes and `critical` lines are said as the reply in the
same three-line quarrel ("You never tell me where you're going…", the sentence, "Okay. Let's just get the
kids' tea on."); `affectionate`, `idiom`, `joke` and `reported` lines in a warm one ("Thanks for sorting dinner
tonight…", the sentence, "Aw, you're welcome. Cup of tea?"). Counted as flagged: a safety sentence with a safety
flag of any kind on it; a `critical` line with criticism or contempt found, a `defensive` one with defensiveness, a
`stonewall` one with stonewalling; a `neutral`, `affectionate`, `idiom`, `joke` or `reported` line with a safety
flag, or (the warm ones) criticism, contempt or defensiveness, and a `calm` one with any horseman or safety flag:
these must stay clean.
Prints, per file and label, flagged / total; `--misses` also lists the sentences missed and the clean
lines flagged. Figures measured so far: benchmarks/clinical/measured/README.md.
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

QUARREL = ("You never tell me where you're going, it's like living with a stranger.", "Okay. Let's just get the kids' tea on.")
WARM = ("Thanks for sorting dinner tonight, that was really nice of you.", "Aw, you're welcome. Cup of tea?")
HORSEMEN = ("criticism", "contempt", "defensiveness")
# Lines said in the warm exchange, where criticism, contempt or defensiveness on them counts against them too.
FOND = ("affectionate", "idiom", "joke", "reported")
CLEAN = ("neutral", "affectionate", "idiom", "calm", "joke", "reported", "not_repair")
# Labels of the horsemen sets (said as the reply in the quarrel): what each must be found as (`critical`: criticism
# or contempt; `criticism` and `contempt`: that kind itself); `calm` lines must
# carry no horseman of any kind and no safety flag. `repair` lines must be found as a repair attempt; `not_repair`
# lines (non-apologies, blame or dismissal dressed as soothing, praise for giving in) must not be.
KINDS = {"critical": {"criticism", "contempt"}, "criticism": {"criticism"}, "contempt": {"contempt"},
         "defensive": {"defensiveness"}, "stonewall": {"stonewalling"},
         "calm": {"criticism", "contempt", "defensiveness", "stonewalling"}, "repair": {"repair"},
         "not_repair": {"repair"}}


def spoken_lines(said) -> list[dict]:
    """(speaker, text) pairs as timed lines, one after another (0.32 s a word, 0.8 s between)."""
    lines, t = [], 0.0
    for spk, line in said:
        end = t + 0.32 * len(line.split()) + 0.3
        lines.append({"spk": spk, "start": t, "end": end, "text": line})
        t = end + 0.8
    return lines


def flagged(text: str, label: str = "threat") -> list[str]:
    """What counts against or for this line: its safety flags (and, for fond lines, horsemen found on it)."""
    first, last = WARM if label in FOND else QUARREL
    lines = spoken_lines((("A", first), ("B", text), ("A", last)))
    a, b = lines[1]["start"] - 0.05, lines[1]["end"] + 0.05
    result = analyze(line_words(lines))
    found = {f["category"] for f in result["safety_flags"] if a <= f["t"] <= b}
    said = {m["category"] for m in result["markers"] if a <= m["t"] <= b and m["category"] in KINDS["calm"] | {"repair"}}
    if label in KINDS:
        return sorted(said & KINDS[label] | (found if label == "calm" else set()))
    said &= set(HORSEMEN)
    return sorted(found | (said if label in FOND else set()))


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
            found = flagged(text, label)
            counts[(label, bool(found))] += 1
            if args.misses and (bool(found) == (label in CLEAN)):
                shown.append(f"  {'flagged' if found else 'missed '} {label}: {text} {found or ''}")
        print(path.name)
        for label in sorted({k for k, _ in counts}):
            hit, total = counts[(label, True)], counts[(label, True)] + counts[(label, False)]
            print(f"  {label:22s} flagged {hit:3d} / {total:3d}")
        print("\n".join(shown))


if __name__ == "__main__":
    main()
