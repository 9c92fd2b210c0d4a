"""The held-out bid exchanges (benchmarks/clinical/bids/, benchmarks/bid_sets.py) read by the analysis, with
floors just under what was measured, so losing the bids read by meaning (or their weights) fails here.
Measured (round 10): 104 of 150 bids found and 61 replies read as labelled (the phrase rules alone: 35 and 18);
round 12, a reply read as an attack meeting the bid against it: 71; round 16, the replies examples read by words
too and outweighing weak signs of taking a bid up: 92 (and 119 of round 16's new set of 180)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bid_sets  # noqa: E402

# (found, agreed over all exchanges) at least, just under what was measured (clinical/measured/README.md): round 10's
# set 106 and 92 of 150, round 16's 141 and 119 of 180 (neither ever used to fit)
AT_LEAST = {"heldout_round10.tsv": (0.65, 0.58), "heldout_round16.tsv": (0.75, 0.62)}


@pytest.mark.parametrize("name, size", [("heldout_round10.tsv", 150), ("heldout_round16.tsv", 180)])
def test_held_out_bids_found_and_met_as_labelled(name, size):
    FOUND_AT_LEAST, AGREED_AT_LEAST = AT_LEAST[name]
    rows = bid_sets.exchanges(ROOT / "benchmarks" / "clinical" / "bids" / name, None)
    assert len(rows) == size and {label for label, _, _ in rows} == set(bid_sets.LABELS)
    got = [(label, bid_sets.met(bid, reply)) for label, bid, reply in rows]
    found = sum(1 for _, g in got if g is not None)
    agreed = sum(1 for label, g in got if g == label)
    assert found >= FOUND_AT_LEAST * len(rows) and agreed >= AGREED_AT_LEAST * len(rows), (found, agreed)
