"""The held-out bid exchanges (benchmarks/clinical/bids/, benchmarks/bid_sets.py) read by the analysis, with
floors just under what was measured, so losing the bids read by meaning (or their weights) fails here.
Measured (round 10): 104 of 150 bids found and 61 replies read as labelled (the phrase rules alone: 35 and 18);
round 12, a reply read as an attack meeting the bid against it: 71."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bid_sets  # noqa: E402

FOUND_AT_LEAST = 0.65
AGREED_AT_LEAST = 0.45


def test_held_out_bids_found_and_met_as_labelled():
    rows = bid_sets.exchanges(ROOT / "benchmarks" / "clinical" / "bids" / "heldout_round10.tsv", None)
    assert len(rows) == 150 and {label for label, _, _ in rows} == set(bid_sets.LABELS)
    got = [(label, bid_sets.met(bid, reply)) for label, bid, reply in rows]
    found = sum(1 for _, g in got if g is not None)
    agreed = sum(1 for label, g in got if g == label)
    assert found >= FOUND_AT_LEAST * len(rows) and agreed >= AGREED_AT_LEAST * len(rows), (found, agreed)
