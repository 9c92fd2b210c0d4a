"""rep48: every clinician-only report's running header ran off the page: "CLINICIAN ONLY — contains safety information;
do not share with the couple · Session prep: recorded conversation · recording of 1 Dec 2026, 19:40 UTC" ended at
x = 600 pt on A4 (595 pt wide), its date cut at "19:40 UT" on paper and on screen (pdftotext -bbox on 94 of the rendered
reports of the labelled timelines). Now no word of any page lies outside the margins, on A4 or on letter."""

from __future__ import annotations

import re
import subprocess

import pytest
from reportlab.lib.units import mm

from talktogether_desktop.reports import render_session_prep

from .test_report_modes import lines

CONTEXT = {"couple_name": "Ana & Ben", "partners": {"S1": "Ana", "S2": "Ben"}, "recorded_at": "2026-12-01T19:40:00"}
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def _outside(pdf: bytes) -> list:
    boxes = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    out = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', boxes, re.S):
        width, height = float(page.group(1)), float(page.group(2))
        for m in _WORD.finditer(page.group(3)):
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            if x0 < 18 * mm - 1 or x1 > width - 18 * mm + 1 or y0 < 0 or y1 > height:
                out.append((m.group(5), round(x0), round(x1), round(y0)))
    return out


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_word_lies_outside_the_margins_of_a_clinician_only_report(paper):
    a = lines(("Give me your bank card. You get an allowance from now on.", 0),
              ("But it's my salary, I just need to feel safe with my own money.", 0),
              ("If you bring this up in front of the therapist again, you will be sorry.", 0),
              ("I'm sorry. Forget I said anything.", 2.0))
    pdf = render_session_prep(a, CONTEXT, paper=paper)
    assert _outside(pdf) == []
    page_two = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-", "-"], input=pdf, capture_output=True,
                              check=True).stdout.decode()
    assert "CLINICIAN ONLY" in page_two and "recording of 1 Dec 2026, 19:40" in " ".join(page_two.split())


def test_the_charts_key_stays_inside_the_margins_with_every_mark_shown():
    # (walk45a b_keys from audio: both talking at once, a cut-in, a numbered rise and safety flags: the key's "safety
    # flag" ended 8 pt past the right margin of A4)
    import json
    from pathlib import Path

    analysis = json.loads((Path(__file__).parent / "fixtures" / "analysis_walk45a_b_keys_audio.json").read_text("utf-8"))
    for paper in ("a4", "letter"):
        pdf = render_session_prep(analysis, {"couple_name": "Nina & Liam", "recorded_at": "2026-12-01"}, paper=paper)
        assert _outside(pdf) == [], paper
        assert "safety flag" in subprocess.run(["pdftotext", "-l", "1", "-", "-"], input=pdf, capture_output=True,
                                               check=True).stdout.decode()
