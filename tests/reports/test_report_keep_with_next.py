"""A section's heading is never left alone at a page's foot, nor a table's last rows alone overleaf (walk34a: "What
each partner was reaching for" alone at the foot of page 2 in all three clinician reports; the figures table's last
rows alone on the next page). The real sections are laid out on a real page after a filler leaving `room` points."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.platypus import SimpleDocTemplate, Spacer

from talktogether_desktop.reports import sections
from talktogether_desktop.reports.model import build_model
from talktogether_desktop.reports.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, page_size, register_fonts

from .test_report_modes import CONTEXT, lines


@pytest.fixture(scope="module")
def model():
    r = lines(("I need you to ask about my day sometimes.", 0), ("Can we go for a walk on Sunday, just us?", 0),
              ("I feel alone when you're on your phone all evening.", 0), ("I'd like that. Let's do Sunday.", 0))
    return build_model(r, CONTEXT)


def _pages_after_filler(flowables, room: float) -> list[str]:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=page_size("a4"), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
    doc.build([Spacer(1, doc.height - 12 - room)] + flowables)  # (the frame's own padding, 6 pt top and bottom)
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages]


@pytest.mark.parametrize("room", [40, 70, 100, 140, 180])
def test_the_reaching_for_heading_stays_with_what_each_partner_was_reaching_for(model, room):
    assert model.reaching["S1"], model.reaching
    pages = _pages_after_filler(sections.reaching_for(model, 400), room)
    page = next(p for p in pages if "What each partner was reaching for" in p)
    assert "Alex" in page and "Sam" in page and model.reaching["S1"][0].category.capitalize() in page, pages


@pytest.mark.parametrize("room", [60, 120, 160, 200, 240])
def test_the_figures_table_is_never_split_from_its_last_rows(model, room):
    assert model.figures[-1][0] == "You-statements"
    pages = _pages_after_filler(sections.figures(model, 400), room)
    page = next(p for p in pages if "Figures per partner" in p)
    assert "Talk share" in page and "You-statements" in page, pages
