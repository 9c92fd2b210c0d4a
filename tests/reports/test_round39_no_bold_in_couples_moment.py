"""Walk-through 38l (c1): the couple's Key moment printed Claire's "You never put us first" in bold, as the words that
set the rise off: one partner's words singled out on the page both of them read. The couple's version prints the lines
around a rise alike; the clinician's keeps the bold quote."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Paragraph

from talktogether_desktop.reports import render_session_prep, sections
from talktogether_desktop.reports.model import build_model

from .test_report_for_both import quarrel, text_of  # noqa: F401  (the fixture)
from .test_report_modes import CONTEXT


def _paragraphs(flowables) -> list[str]:
    out = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            out += _paragraphs(f._content)
        elif isinstance(f, Paragraph):
            out.append(f.text)
    return out


def test_the_couples_key_moment_bolds_no_ones_words(quarrel):  # noqa: F811
    shared = _paragraphs(sections.key_moments(build_model(quarrel, CONTEXT, mode="shareable"), 500))
    # (rep50: the criticism itself is described there, not quoted back: hard_lines)
    line = next(p for p in shared if "a complaint put as a sweeping statement about the other" in p)
    assert "<b>" not in line.split("</b>", 1)[-1] and "context_hit" not in line, line
    assert not any("quoted words are in bold" in p for p in shared), shared
    clinician = _paragraphs(sections.key_moments(build_model(quarrel, CONTEXT), 500))
    assert any("<b>You never listen to me.</b>" in p for p in clinician), clinician
    assert "You never listen to me." not in text_of(render_session_prep(quarrel, CONTEXT, mode="shareable"))
