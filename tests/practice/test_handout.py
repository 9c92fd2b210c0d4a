"""The couple handout as a real PDF: its words (pypdf), one page, and what it looks like (pdftoppm)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import datetime, timezone

import numpy as np
import pytest
from pypdf import PdfReader

from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.handout import default_review_label, render_handout
from talktogether_desktop.practice.ics import escape_text, fold, make_ics
from talktogether_desktop.practice.templates import list_templates

PARTNERS = ["Zoë", "Łukasz"]


def _text(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join((page.extract_text() or "") for page in reader.pages), len(reader.pages)


@pytest.fixture(scope="module")
def reflect_back_pdf():
    a = build_assignment("reflect_back", start_date="2026-11-30", review_on="2026-12-07")
    return render_handout(a, PARTNERS, review_label=default_review_label(a))


def test_handout_says_what_when_how_long_and_how_to_record(reflect_back_pdf):
    text, pages = _text(reflect_back_pdf)
    flat = " ".join(text.split())
    assert pages == 1
    assert reflect_back_pdf.startswith(b"%PDF")
    for expected in ["Ten-minute listen-and-say-back conversation", "For Zoë and Łukasz", "What to do",
                     "After dinner on Wednesday", "10 minutes, once this week", "Voice Memos",
                     "Bring the phone to our next session", "Tick each day you did it",
                     "Monday 7 December", "30 Nov", "6 Dec", "practice day", "Did I get that right?"]:
        assert expected in flat, expected
    assert not re.search(r"homework|adherence|diagnos|clinical|assignment", flat, re.IGNORECASE)


@pytest.mark.parametrize("template", list_templates(), ids=lambda t: t.name)
def test_every_template_fits_one_page_in_a4_and_letter(template):
    a = build_assignment(template, start_date="2026-11-30")
    for paper in ("a4", "letter"):
        text, pages = _text(render_handout(a, PARTNERS, paper=paper))
        assert pages == 1, (template.name, paper)
        assert "practice" in text.lower() and "homework" not in text.lower()


def test_fonts_embedded_for_names_with_diacritics(reflect_back_pdf):
    reader = PdfReader(io.BytesIO(reflect_back_pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    base_fonts = {str(fonts[k].get_object()["/BaseFont"]) for k in fonts}
    # an embedded TrueType subset (Helvetica may be listed as reportlab's unused initial font)
    assert any("+" in f and ("Liberation" in f or "DejaVu" in f or "Noto" in f) for f in base_fonts), base_fonts


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_handout_renders_with_ink_in_every_part_of_the_page(reflect_back_pdf, tmp_path):
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(reflect_back_pdf)
    subprocess.run(["pdftoppm", "-r", "50", "-gray", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page*.png"))
    assert len(pngs) == 1
    from PIL import Image

    pixels = np.asarray(Image.open(pngs[0]).convert("L"), dtype=np.uint8)
    h, w = pixels.shape
    assert 0.65 < w / h < 0.75  # portrait A4
    ink = pixels < 160
    assert ink.mean() > 0.02, "the page is (nearly) blank"
    # text from the top to the lower part of the page, not one squashed corner
    rows_with_ink = np.flatnonzero(ink.any(axis=1))
    assert rows_with_ink[0] < 0.15 * h and rows_with_ink[-1] > 0.8 * h
    # the tinted facts box and the tick table are there: some mid-grey pixels
    assert ((pixels > 200) & (pixels < 250)).mean() > 0.01


def test_minutes_override_changes_the_text_too():
    a = build_assignment("reflect_back", minutes=5)
    assert a.minutes == 5 and "5-minute" in a.behaviour and "10-minute" not in a.behaviour
    assert a.title.startswith("Five-minute")
    text, _ = _text(render_handout(a, PARTNERS))
    assert "5 minutes, once this week" in " ".join(text.split())


def test_anchor_override_moves_the_reminder_day_and_time():
    a = build_assignment("reflect_back", anchor="at Sunday coffee")
    assert a.days == ["SU"] and a.time == "09:00"
    b = build_assignment("reflect_back", anchor="when we get home on Tuesday at 6.30 pm")
    assert b.days == ["TU"] and b.time == "18:30"
    c = build_assignment("stress_reducing_conversation", times_per_week=3)
    assert c.days == ["MO", "WE", "FR"]


# --- the calendar file -------------------------------------------------------------------------------
def _unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_ics_is_rfc5545_with_a_weekly_rule_at_the_anchor_time():
    a = build_assignment("reflect_back", start_date="2026-11-30", review_on="2026-12-14")
    ics = make_ics(a, now=datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc))
    assert ics.endswith("\r\n") and "\n" not in ics.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in ics.split("\r\n"))
    lines = _unfold(ics)
    props = {line.split(":", 1)[0]: line.split(":", 1)[1] for line in lines if ":" in line}
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert props["VERSION"] == "2.0" and props["PRODID"].startswith("-//TalkTogether")
    assert props["DTSTART"] == "20261202T200000"  # the first Wednesday, at the template's 20:00
    assert props["DURATION"] == "PT10M"
    assert props["RRULE"] == "FREQ=WEEKLY;BYDAY=WE;UNTIL=20261213T235959"
    assert props["DTSTAMP"] == "20261126T120000Z"
    assert props["UID"].endswith("@talktogether.local")
    assert "Zoë" not in ics  # no client names on a phone calendar
    # nothing clinical either: a calendar syncs and shows on lock screens
    for private in (a.anchor, a.behaviour, a.title, a.what_to_record):
        if private:
            assert private not in ics and escape_text(private) not in "".join(lines)
    assert props["SUMMARY"] == "Practice time"
    assert escape_text("a, b;\nc") == "a\\, b\\;\\nc"  # TEXT escaping


def test_ics_daily_practice_and_unicode_folding():
    a = build_assignment("stress_reducing_conversation", start_date="2026-11-30",
                         title="Stress-reducing talk for Zoë-style evenings " + "é" * 40,
                         anchor="after Ayesha's chemo on Thursday")
    ics = make_ics(a)
    assert all(len(line.encode("utf-8")) <= 75 for line in ics.split("\r\n"))
    lines = _unfold(ics)
    assert "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;UNTIL=20261206T235959" in lines
    assert "Zoë" not in ics and "chemo" not in "".join(lines) and "Ayesha" not in "".join(lines)
    folded = fold("SUMMARY:" + "é" * 60)
    assert all(len(line.encode("utf-8")) <= 75 for line in folded.split("\r\n"))
