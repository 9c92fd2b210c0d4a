"""Round 38 (walk37h conv3): talk shares of 0.545 and 0.455 were printed "Pat 55%" and "Maureen 46%" (101%) on the
bar, in the figures and in "What stood out"; whole percents of two partners add up to 100."""

from __future__ import annotations

import copy
import re

import pytest

from talktogether_desktop.analysis.observations import _balance
from talktogether_desktop.percents import whole_percents
from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines


@pytest.fixture(scope="module")
def half_point_shares():
    a = lines(("We said we would talk about the weekend tonight.", 0), ("Yes. I would like to hear what you want.", 0),
              ("Could we go to the coast on Saturday?", 0), ("That sounds lovely. Let's do that.", 0))
    a = copy.deepcopy(a)
    for s, share in zip(sorted(a["speakers"], key=lambda s: s["id"]), (0.545, 0.455)):  # as the analysis wrote them
        s["talk_share"] = share
    return a


def test_the_bar_and_the_figures_add_up_to_100(half_point_shares):
    page = text_of(render_session_prep(half_point_shares, CONTEXT))
    assert "Who talked Alex 55% Sam 45%" in page, page
    assert "Talk share 55% 45%" in page, page
    assert "46%" not in page


def test_the_talk_time_sentence_adds_up_to_100():
    speakers = {k: {"id": k, "talk_share": v, "longest_turn_s": 9.0, "longest_turn_t": 17.0}
                for k, v in (("S1", 0.545), ("S2", 0.455))}
    text = _balance(speakers, {"S1": "Pat", "S2": "Maureen"}.get)[0]["text"]
    assert text.startswith("Talk time: Pat 55% and Maureen 45%."), text
    shown = [int(x) for x in re.findall(r"(\d+)%", text)]
    assert sum(shown) == 100


def test_whole_percents_keep_the_order_of_the_shares_and_their_sum():
    assert whole_percents([0.545, 0.455]) == [55, 45]
    assert whole_percents([1, 1, 1]) == [34, 33, 33] and whole_percents([0.0, 0.0]) == [0, 0]
    assert whole_percents([0.333, 0.333, 0.334]) == [33, 33, 34]
