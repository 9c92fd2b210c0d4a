"""Write the labelled lines of whole conversations as examples for the meaning reader's horsemen family.

    python benchmarks/clinical/examples_from_splits.py [SPLIT ...]

The splits' lines (`benchmarks/clinical/<split>/*.truth.json`) are said in a conversation, the way the
product meets them: a criticism mid-quarrel, a plain complaint nobody tagged, a fond tease. Each line
becomes an example of `resources/lexicons/en/meaning/horsemen.conversations.tsv`: its horseman (one
example a tag), a repair, or neutral when it carries neither; lines with safety, coercion, appeasement or
flooding tags are left out (another family reads them). The splits used are listed at the top of the
file; every other split stays unseen by the fitted weights (measured/README.md, Round 11). Then refit:
`python -m talktogether_desktop.analysis.meaning`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "resources" / "lexicons" / "en" / "meaning" / "horsemen.conversations.tsv"
# The splits read while building the rules, and the training conversations written for fitting; heldout12,
# heldout14, heldout15, heldout16 and heldout17 stay out: they measure wording the weights never saw.
FITTED = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
          "heldout9", "heldout10", "heldout11", "heldout13", "train11")
HORSEMEN = ("CRITICISM", "CONTEMPT", "DEFENSIVENESS", "STONEWALLING")
OTHER_FAMILY = ("SAFETY", "COERCION", "CONTROL", "APPEASEMENT", "FLOODING")


def examples(split: str) -> list[tuple[str, str]]:
    out = []
    for path in sorted((HERE / split).glob("*.truth.json")):
        for line in json.loads(path.read_text(encoding="utf-8")):
            tags = [t.upper() for t in line["tags"]]
            text = " ".join(line["text"].split())
            if any(t.startswith(OTHER_FAMILY) for t in tags):
                continue
            kinds = [h.lower() for h in HORSEMEN if any(t.startswith(h) for t in tags)]
            if not kinds:
                kinds = ["repair" if any(t.startswith("REPAIR") for t in tags) else "neutral"]
            out += [(kind, text) for kind in kinds]
    return out


def render(splits: list[str]) -> str:
    rows = [row for split in splits for row in examples(split)]
    head = ("# Lines of whole conversations, labelled by their writers (benchmarks/clinical, splits: "
            f"{', '.join(splits)}),\n# written by benchmarks/clinical/examples_from_splits.py: label<TAB>sentence.\n")
    return head + "".join(f"{a}\t{b}\n" for a, b in rows)


def main(splits: list[str]) -> int:
    text = render(splits)
    OUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - 2} examples -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(FITTED)))
