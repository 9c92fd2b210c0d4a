"""rep50, on real rendered reports of imported recordings: a quote whose turn stops on a comma was printed as if it
ended there, with the comma inside the marks: walk47b b_fridays page 1 "S1 said “you never once think about me sitting
up waiting, Oh,”." (the harsh start-up, and "Oh,…" in its pattern), walk46b a_ledger "with the reply unclear either
way: “I'm so ashamed, 11 months,” at 00:46". Words that stop mid-clause are marked as cut, "…waiting, Oh…”"."""

from __future__ import annotations

import json
import re
from pathlib import Path

from talktogether_desktop.reports import render_session_prep

from .test_report_modes import pages

FIXTURES = Path(__file__).parent / "fixtures"


def _text(name: str) -> str:
    analysis = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return " ".join(pages(render_session_prep(analysis, {"couple_name": "K", "recorded_at": "2026-12-01"})))


def test_a_quote_stopping_on_a_comma_is_marked_as_cut_on_page_one_and_in_the_patterns():
    whole = _text("analysis_walk47b_b_fridays_audio.json")
    assert "at 00:07 S1 said “you never once think about me sitting up waiting, Oh…”." in whole, whole
    assert "00:07 “you never once think about me sitting up waiting, Oh…” (medium confidence)" in whole
    assert not re.search(r"[,;:](\u2026)?\u201d", whole), re.findall(r".{40}[,;:]\u2026?\u201d", whole)


def test_the_appreciation_reply_stopping_on_a_comma_is_marked_as_cut():
    whole = _text("analysis_walk46b_a_ledger_audio.json")
    assert "“I'm so ashamed, 11 months…” at 00:46" in whole, whole
    assert not re.search(r"[,;:](\u2026)?\u201d", whole), re.findall(r".{40}[,;:]\u2026?\u201d", whole)
