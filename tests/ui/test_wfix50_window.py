"""wfix50 (walk50a a_phone): the window said "(met with pushback)" where the PDF said "Ross answered with coercive
control: monitoring" for the same bid, and its Figures line "not scored: their words were read as control" did not say
whose. A real analysis in a real offscreen window, beside the real PDF read back."""

from __future__ import annotations

import io
import re

import pypdf
from PySide6.QtWidgets import QLabel

from analysis.wfix49_lines import said

NAMES = {"S1": "Calum", "S2": "Ross"}
PHONE = (("S1", "Look, I just want to see your phone, Ross. Give us it a wee minute?"),
         ("S2", "You had it last night. You had it on Sunday as well."),
         ("S1", "Because I love you, that's how. I'm no checking up on you. I just need to know where you are."),
         ("S2", "You know where I am. My location's on your phone. You check it when I'm at my work."),
         ("S1", "Who were you messaging at the pub on Friday? Can you give me the phone now?"),
         ("S2", "My brother. And Stevie, about the football."))


def _window(qtbot, analysis):
    from talktogether_desktop.ui.analysis_view import AnalysisView

    view = AnalysisView()
    qtbot.addWidget(view)
    view.show()
    view.set_analysis(analysis, NAMES)
    return view


def test_the_window_says_a_reply_against_a_bid_as_the_pdf_does_naming_who_replied(qtbot):
    from talktogether_desktop.reports import render_session_prep

    analysis = said(PHONE, names=NAMES)
    bid = next(b for b in analysis["reaching_for"].get("S1", []) if b["response"] == "against")
    assert "control" in bid["response_reason"]
    reaching = " ".join(re.sub(r"<[^>]+>", " ", _window(qtbot, analysis).reaching.text()).split())
    said_so = "Ross answered with coercive control: monitoring (see the safety passages)"
    assert said_so in reaching and "pushback" not in reaching, reaching
    pdf = render_session_prep(analysis, {"partners": NAMES, "recorded_at": "2026-12-05"}, mode="clinician")
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert said_so in text, text


def test_the_figures_name_whose_words_were_read_as_control(qtbot):
    from analysis.wfix49_lines import CONTROL, NAMES as NIA_AND_JESS
    from talktogether_desktop.ui.analysis_view import AnalysisView

    view = AnalysisView()
    qtbot.addWidget(view)
    view.show()
    view.set_analysis(said(CONTROL), NIA_AND_JESS)
    grid = view.figures
    cells = [grid.itemAt(k).widget().text() for k in range(grid.count()) if isinstance(grid.itemAt(k).widget(), QLabel)]
    assert "2 bids, not scored: Jess's words were read as control" in cells, cells
