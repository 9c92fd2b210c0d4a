"""Round 36b: the window's analysis says a safety line as the report and the command line do. It showed a self-harm
line heard with low confidence as "(self-harm)" and "At a glance: Safety language (self-harm) at 00:06" while the
report said "possible self-harm" and its risk box "possible self-harm language"; the risk prompt was not shown at
all. A real analysis, a real offscreen window and a real PDF."""

from __future__ import annotations

import io
import re

import pypdf

from talktogether_desktop.analysis import analyze
from talktogether_desktop.cli.analyze_cmds import summary_text
from talktogether_desktop.reports import render_session_prep

from analysis.timeline import conversation, end_of, say

NAMES = {"S1": "Alex", "S2": "Sam"}
PROMPT = "Assess risk before the next session: possible self-harm language from Sam at 00:05"  # (its line begins 4.8 s)


def _unclear_self_harm() -> dict:
    utterances, t = [], 0.0
    for k, text in enumerate(["We need to talk about the weekend, I planned the market on Saturday.",
                              "Sometimes I think everyone would be better off without me.",
                              "Okay. Can we talk about dinner on Sunday?"]):
        utterances.append(say("S1" if k % 2 == 0 else "S2", t, text))
        t = end_of(utterances[-1]) + 0.5
    analysis = analyze(conversation(*utterances), names=NAMES)
    assert [f["category"] for f in analysis["safety_flags"]] == ["self_harm"]
    analysis["safety_flags"][0]["confidence"] = "low"  # heard with low confidence: only possibly so
    return analysis


def test_the_window_says_a_possible_self_harm_line_as_the_report_and_the_command_line_do(qtbot):
    from talktogether_desktop.ui.analysis_view import AnalysisView

    analysis = _unclear_self_harm()
    report = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(
        render_session_prep(analysis, {"partners": NAMES, "recorded_at": "2026-11-28"}))).pages)
    said = summary_text(analysis)
    assert PROMPT in report and PROMPT.upper() in said and "Sam (possible self-harm)" in said
    assert "Safety language (possible self-harm) at 00:05" in report

    view = AnalysisView()
    qtbot.addWidget(view)
    view.show()
    view.set_analysis(analysis, NAMES)
    window = " ".join(re.sub(r"<[^>]+>", " ", view.safety.text() + " " + view.summary.text()).split())
    assert PROMPT in window, window
    assert "(possible self-harm" in view.safety.text(), view.safety.text()
    assert "Safety language (possible self-harm) at 00:05" in window, window
    assert not re.search(r"(?<!possible )self-harm\)", window), window
