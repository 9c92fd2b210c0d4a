"""rep48, read on real rendered reports of the labelled timelines: page one quoted one line two or three times.
dev repair_landed: “You're so selfish, you only care about your own plans.” in the rise and again as the harsh start-up,
“Okay, let's take a break and start over.” in the rise and in the repair count, and both bids again in the question;
heldout2 tracked_and_isolated: “You're not seeing her again, I decide who you spend time with.” as two safety findings
(isolation at 00:09, coercion at 00:11), which crowded the threat at 00:27 off page one. The first mention keeps the
quote, a later one points to it; two safety findings on one sentence are one, naming both kinds."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep

from .test_report_modes import pages

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import clinical  # noqa: E402

NAMES = {"S1": "Ana", "S2": "Ben"}
CONTEXT = {"couple_name": "Ana & Ben", "partners": NAMES, "recorded_at": "2026-12-01T19:40:00"}


def _analysis(split: str, name: str) -> dict:
    lines = json.loads((ROOT / "benchmarks" / "clinical" / split / f"{name}.truth.json").read_text(encoding="utf-8"))
    for line in lines:
        line["spk"] = {"A": "S1", "B": "S2"}[line["spk"]]
    return analyze(clinical.line_words(lines), names=NAMES)


def _page_one(analysis: dict, mode: str = "clinician") -> str:
    return " ".join(pages(render_session_prep(analysis, CONTEXT, mode=mode))[0].split())


def _quotes(text: str) -> list[str]:
    return [q.rstrip(".?!\u2026 ").lower() for q in re.findall("\u201c([^\u201d]+)\u201d", text) if len(q.split()) >= 3]


def test_page_one_quotes_a_line_once_and_points_back_to_it():
    a = _analysis("dev", "repair_landed")
    for mode in ("clinician", "shareable"):
        page = _page_one(a, mode)
        quotes = _quotes(page)
        assert len(quotes) == len(set(quotes)), (mode, page)
    page = _page_one(a)
    assert "The conversation opened with criticism: at 00:00 Ana said the words quoted in 1 above." in page, page
    assert "Repair attempts: Ben 1 (at 00:12, quoted in 1 above)" in page
    assert "What was each of you reaching for (Ana's words in 3 above and Ben's words in 4 above)?" in page
    assert page.count("“You're so selfish, you only care about your own plans.”") == 1


def test_two_safety_findings_on_one_sentence_are_one_and_leave_room_for_the_threat():
    page = _page_one(_analysis("heldout2", "tracked_and_isolated"))
    assert page.count("“You're not seeing her again, I decide who you spend time with.”") == 1, page
    assert ("Safety language (coercive control: isolation) at 00:09: Ana said “You're not seeing her again, I decide "
            "who you spend time with.”") in page
    assert "Safety language (threat or intimidation) at 00:27: Ana said “Say one more word about her and you'll regret " \
           "it.”" in page
