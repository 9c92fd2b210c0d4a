"""The clinical evaluation set (benchmarks/clinical: dev and six held-out splits as word timelines) read by
the analysis, with floors just under what benchmarks/clinical.py measured (benchmarks/clinical/
measured/after_*.txt), so a rule change that loses a safety statement, counts a threat as a repair
or misreads a horseman fails here. Text only: about two seconds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import clinical  # noqa: E402

SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
# Measured over the seven splits (339 labelled lines, measured/after_*.txt): every safety statement
# flagged (74/74, coercion 36/36), no threat or appeasement as repair, no bait flagged; criticism,
# contempt and harsh start-up 1.00/1.00; defensiveness precision 0.96 (24/25: "If you didn't wind me
# up I wouldn't lose it", blame-shifting the set labels blaming only), repair precision 0.97 (30/31:
# "Thank you for telling me…", a repair in heldout2 and heldout5 but not in heldout6), stonewalling
# recall 0.96 (27/28: "Yep." after a pause); pursue-withdraw precision 0.75; bids 30/31 found, all
# met as labelled.
MARKER_FLOOR = 0.9
PURSUE_WITHDRAW_PRECISION = 0.65
BID_AGREEMENT = 0.95
BIDS_FOUND = 0.95


@pytest.fixture(scope="module")
def tally(tmp_path_factory):
    return clinical.run([ROOT / "benchmarks" / "clinical" / s for s in SPLITS], tmp_path_factory.mktemp("clinical"))


@pytest.mark.parametrize("marker", ["criticism", "contempt", "defensiveness", "stonewalling", "repair"])
def test_each_horseman_and_repair(tally, marker):
    precision, recall = tally["markers"][marker].row()
    assert precision >= MARKER_FLOOR and recall >= MARKER_FLOOR, (marker, precision, recall, tally["misses"])


def test_patterns(tally):
    precision, recall = tally["harsh_startup"].row()
    assert precision >= MARKER_FLOOR and recall >= MARKER_FLOOR, tally["misses"]
    precision, recall = tally["pursue_withdraw"].row()
    assert precision >= PURSUE_WITHDRAW_PRECISION and recall >= MARKER_FLOOR


def test_safety_first(tally):
    missed = {kind: (found, of) for kind, (found, of) in tally["safety"].items() if found < of}
    assert not missed
    assert tally["threat_as_repair"] == []
    assert tally["trap_errors"] == []
    found, of = tally["appeasement"]
    assert found == of


def test_bids(tally):
    found, of = tally["bids"]
    agree, scored = tally["bid_agree"]
    assert found >= BIDS_FOUND * of and agree / scored >= BID_AGREEMENT, tally["bid_wrong"]
    cc = tally["check_clinical"]
    assert cc["safety"][0] == cc["safety"][1] and cc["horsemen"][0] >= MARKER_FLOOR * cc["horsemen"][1]
    assert cc["bait_flagged"] == cc["idiom_as_safety"] == cc["appeasement_as_repair"] == 0


# The two blind sets (benchmarks/clinical/blind.py), written outside the repository by writers who never
# saw the rules and not among the meaning reader's examples. Safety statements flagged on their own line
# (this benchmark's count): 54 of 61 with the meaning reader of round 5 (29 with round 4's, 15 with the
# phrase rules alone); flags on lines with no safety language: 17 (round 4: 9, rules alone: 5), most of them
# listen-only. Round 6 (readings heard once, of unsure words, under four words or in an everyday quarrel
# no longer stand alone; a clearer attack than control is the attack): 51 of 61, false flags 17 -> 11.
# Round 7 (veiled threats, fear of the partner's anger, plans that are no threat): 53 of 61, false flags 11.
# Floors just under, so losing the reader (or its weights) fails here.
BLIND_SAFETY_FOUND = 52
BLIND_FALSE_FLAGS_AT_MOST = 12
# The Four Horsemen on heldout7, heldout8 and heldout13 (check_clinical.py's count, right speaker within
# 1 s): round 7 finds 57 of 99 (heldout13 scored blind: 19 with the round's start, 21 after its first changes);
# round 8 (replies read by what they answer, more listed forms) 69 of 99. On heldout10 and heldout11 (read
# while round 8 was built): 63 -> 74 of 89.
BLIND_HORSEMEN_FOUND = 66
READ_HORSEMEN_FOUND = 71


def test_blind_sets_safety_read_by_meaning(tmp_path):
    t = clinical.run([ROOT / "benchmarks" / "clinical" / s for s in ("heldout7", "heldout8")], tmp_path)
    found = sum(f for f, _ in t["safety"].values())
    assert found >= BLIND_SAFETY_FOUND, t["safety"]
    assert len(t["safety_false"]) <= BLIND_FALSE_FLAGS_AT_MOST


def test_blind_sets_horsemen(tmp_path):
    t = clinical.run([ROOT / "benchmarks" / "clinical" / s for s in ("heldout7", "heldout8", "heldout13")], tmp_path)
    found, of = t["check_clinical"]["horsemen"]
    assert found >= BLIND_HORSEMEN_FOUND, (found, of)


def test_read_splits_horsemen_with_replies_read_by_what_they_answer(tmp_path):
    """The excuses, echoes and putting-off of analysis/answers.py and withdrawal.deferrals carry most of round
    8's gain on these two splits: losing them fails here."""
    t = clinical.run([ROOT / "benchmarks" / "clinical" / s for s in ("heldout10", "heldout11")], tmp_path)
    found, of = t["check_clinical"]["horsemen"]
    assert found >= READ_HORSEMEN_FOUND, (found, of)


# The splits the horsemen's weights never saw (heldout12, heldout14, heldout15, heldout16, and heldout17, written
# blind at round 11's start; examples_from_splits.FITTED names the others): check_clinical.py's horsemen
# count. Round 11's start (sentence vectors, the written examples only): 137 of 284; with the lines of the
# read splits and train11 as examples, the bids, warm replies and safety kinds borrowed as neutral, and the
# words read beside the vector: 142 (fitted so but without the words: 134). A floor just under, so losing
# the words or the conversations' examples fails here.
UNSEEN_SPLITS = ("heldout12", "heldout14", "heldout15", "heldout16", "heldout17")
UNSEEN_HORSEMEN_FOUND = 139


def test_horsemen_on_splits_the_weights_never_saw(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks" / "clinical"))
    import examples_from_splits

    assert not set(UNSEEN_SPLITS) & set(examples_from_splits.FITTED)
    t = clinical.run([ROOT / "benchmarks" / "clinical" / s for s in UNSEEN_SPLITS], tmp_path)
    found, of = t["check_clinical"]["horsemen"]
    assert found >= UNSEEN_HORSEMEN_FOUND, (found, of)


def test_the_conversations_examples_are_the_fitted_splits_lines():
    """resources/lexicons/en/meaning/<family>.conversations.tsv is what examples_from_splits.py writes from
    the splits it names (an edited split without a rewrite would leave the examples stale)."""
    sys.path.insert(0, str(ROOT / "benchmarks" / "clinical"))
    import examples_from_splits

    for family in examples_from_splits.FAMILIES:
        written = examples_from_splits.out_path(family).read_text(encoding="utf-8")
        assert written == examples_from_splits.render(family, list(examples_from_splits.FITTED)), family
