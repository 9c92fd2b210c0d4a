"""Bid sets: a partner's bid for connection and the other's reply, and how the analysis met it.

    PYTHONPATH=src python benchmarks/bid_sets.py [FILE.tsv ...] [--odd | --even] [--misses]

Each file holds `label<TAB>bid<TAB>reply` lines, the label being how the reply meets the bid (`toward`,
`away` or `against`, Gottman's three), written blind by helpers who never saw the rules
(benchmarks/clinical/bids/). Each exchange is said after one calm line ("Right, that's the dishes
done."), as word timelines like the clinical benchmark's. Counted: the bid found (a `reaching_for` item on
the bid's line) and, of those found, the reply read as the label says. `--odd`/`--even` take every other
exchange (the odd ones are the lines studied while writing rules; the even ones are held out). Prints per
file and label: found / total and agreed / found, the confusion of labels, and the agreement over all
exchanges (an exchange whose bid is not found counts as not agreed). Figures: clinical/measured/README.md.

Some sets' replies are also `replies` examples (resources/lexicons/en/meaning/replies*.tsv: `round10_set*.tsv`,
`writer5_round16.tsv`): read so, they are read by a classifier fitted on them.
`--fitted-without` reads each file with the lexicons copied to a temporary folder and its replies left out of the
replies examples (fitted again there, in memory): the honest figure for those files. `heldout_round10.tsv` and
`heldout_round16.tsv` were never examples.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from clinical import line_words  # noqa: E402 - the word timelines of the clinical benchmark
from sentence_sets import spoken_lines  # noqa: E402 - the same timing as the sentence sets

from talktogether_desktop.analysis import analyze  # noqa: E402

LEAD = "Right, that's the dishes done."
LABELS = ("toward", "away", "against")


def met(bid: str, reply: str, settings: dict | None = None) -> str | None:
    """How the analysis read the reply to `bid` ("toward", "away", "against", "unclear"), or None when
    the bid was not found."""
    lines = spoken_lines((("B", LEAD), ("A", bid), ("B", reply)))
    a, b = lines[1]["start"] - 0.05, lines[1]["end"] + 0.05
    result = analyze(line_words(lines), settings=settings)
    items = [x for x in (result.get("reaching_for") or {}).get("A", []) if a <= x["t"] <= b]
    return items[0]["response"] if items else None


def exchanges(path: Path, part: str | None) -> list[tuple[str, str, str]]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    if part == "odd":
        rows = rows[0::2]
    elif part == "even":
        rows = rows[1::2]
    return [(label.strip(), bid.strip(), reply.strip()) for label, bid, reply in rows]


def lexicons_without(replies: set[str], into: Path) -> Path:
    """A copy of the shipped lexicons in `into` whose replies examples leave out `replies` (their fitted weights
    dropped, so the classifier is fitted again from what is left)."""
    from talktogether_desktop import paths

    root = into / "lexicons"
    shutil.copytree(paths.resource("lexicons"), root)
    meaning = root / "en" / "meaning"
    (meaning / "replies.weights.npz").unlink(missing_ok=True)
    for path in meaning.glob("replies*.tsv"):
        kept = [line for line in path.read_text(encoding="utf-8").splitlines()
                if line.startswith("#") or "\t" not in line or line.split("\t", 1)[1].strip() not in replies]
        path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return root


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    part = ap.add_mutually_exclusive_group()
    part.add_argument("--odd", action="store_const", const="odd", dest="part")
    part.add_argument("--even", action="store_const", const="even", dest="part")
    ap.add_argument("--misses", action="store_true", help="list the exchanges not found or read otherwise")
    ap.add_argument("--fitted-without", action="store_true",
                    help="read each file with its replies left out of the replies examples")
    args = ap.parse_args()
    files = args.files or sorted((HERE / "clinical" / "bids").glob("*.tsv"))
    for path in files:
        confusion: collections.Counter = collections.Counter()
        shown = []
        rows = exchanges(path, args.part)
        settings, scratch = None, None
        if args.fitted_without:
            scratch = tempfile.TemporaryDirectory()
            settings = {"lexicon_dir": str(lexicons_without({r for _, _, r in exchanges(path, None)}, Path(scratch.name)))}
        for label, bid, reply in rows:
            got = met(bid, reply, settings)
            confusion[(label, got or "not found")] += 1
            if args.misses and got != label:
                shown.append(f"  {label:7s} -> {got or 'not found':9s} {bid} || {reply}")
        print(f"{path.name}{' (' + args.part + ' lines)' if args.part else ''}")
        agreed_all = 0
        for label in LABELS:
            total = sum(n for (lab, _), n in confusion.items() if lab == label)
            found = total - confusion[(label, "not found")]
            agreed = confusion[(label, label)]
            agreed_all += agreed
            print(f"  {label:8s} found {found:3d} / {total:3d}   read as {label} {agreed:3d} / {found:3d}   "
                  + "  ".join(f"{g}:{confusion[(label, g)]}" for g in (*LABELS, "unclear", "not found")))
        found_all = len(rows) - sum(n for (_, g), n in confusion.items() if g == "not found")
        print(f"  all      found {found_all:3d} / {len(rows):3d}   agreed {agreed_all:3d} / {found_all:3d} on those found, "
              f"{agreed_all} / {len(rows)} over all")
        if shown:
            print("\n".join(shown))
        if scratch is not None:
            scratch.cleanup()


if __name__ == "__main__":
    main()
