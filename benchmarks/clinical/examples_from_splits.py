"""Write the labelled lines of whole conversations as examples for the meaning reader's horsemen family.

    python benchmarks/clinical/examples_from_splits.py

The splits' lines (`benchmarks/clinical/<split>/*.truth.json`) are said in a conversation, the way the
product meets them: a criticism mid-quarrel, a plain complaint nobody tagged, a fond tease. Each line
becomes an example of `resources/lexicons/en/meaning/horsemen.conversations.tsv`: its horseman (one example
a tag), a repair, or neutral when it carries neither; lines with safety, coercion, appeasement or flooding
tags are left out (the safety family reads them).
The splits used are FITTED; every other split stays unseen by the fitted weights (measured/README.md,
Round 11). Then refit: `python -m talktogether_desktop.analysis.meaning`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEANING = HERE.parents[1] / "resources" / "lexicons" / "en" / "meaning"
# The splits read while building the rules, and the training conversations written for fitting; heldout12,
# heldout14, heldout15, heldout16, heldout17 and heldout18 stay out: they measure wording the weights never saw.
# train12 is not fitted: it moved the unseen splits by one line and read a warm reply ("Oh, that'd be lovely,
# you were so good.") as an attack. train13 (round 15: horsemen said without stock words, warm talk full of
# traps) is: unseen horsemen 153 -> 155 of 284, affectionate lines flagged 8 -> 7.
FITTED = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
          "heldout9", "heldout10", "heldout11", "heldout13", "train11", "train13")
HORSEMEN = ("CRITICISM", "CONTEMPT", "DEFENSIVENESS", "STONEWALLING")
NOT_HORSEMEN = ("SAFETY", "COERCION", "CONTROL", "APPEASEMENT", "FLOODING")


def _lines(split: str):
    for path in sorted((HERE / split).glob("*.truth.json")):
        for line in json.loads(path.read_text(encoding="utf-8")):
            yield [t.upper() for t in line["tags"]], " ".join(line["text"].split())


def horsemen_examples(split: str) -> list[tuple[str, str]]:
    out = []
    for tags, text in _lines(split):
        if any(t.startswith(NOT_HORSEMEN) for t in tags):
            continue
        kinds = [h.lower() for h in HORSEMEN if any(t.startswith(h) for t in tags)]
        if not kinds:
            kinds = ["repair" if any(t.startswith("REPAIR") for t in tags) else "neutral"]
        out += [(kind, text) for kind in kinds]
    return out


# The safety family is not fitted on them: tried in round 11, it found one more safety line and one more
# control on the unseen splits, but read "Don't forget to tell the counsellor about the holiday." as a threat and
# flagged 9 more of round8_safety.tsv's 240 everyday sentences (measured/README.md, Round 11).
FAMILIES = {"horsemen": horsemen_examples}


def render(family: str, splits: list[str]) -> str:
    rows = [row for split in splits for row in FAMILIES[family](split)]
    head = ("# Lines of whole conversations, labelled by their writers (benchmarks/clinical, splits: "
            f"{', '.join(splits)}),\n# written by benchmarks/clinical/examples_from_splits.py: label<TAB>sentence.\n")
    return head + "".join(f"{a}\t{b}\n" for a, b in rows)


def out_path(family: str) -> Path:
    return MEANING / f"{family}.conversations.tsv"


def main() -> int:
    for family in FAMILIES:
        text = render(family, list(FITTED))
        out_path(family).write_text(text, encoding="utf-8")
        print(f"{family}: {text.count(chr(10)) - 2} examples -> {out_path(family)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
