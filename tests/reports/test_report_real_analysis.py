"""A report from a real analysis: the analysis engine run on the demo conversation's words and audio.

The words come from the demo's ground truth (spread evenly over each scripted turn), the audio is
the bundled demo recording decoded from memory, so the analysis is the engine's own output.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest

from talktogether_desktop.reports import render_session_prep

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo"


def words_from_script(truth: dict) -> list[dict]:
    words = []
    for turn in truth["turns"]:
        tokens = turn["text"].split()
        step = (turn["end"] - turn["start"]) / len(tokens)
        for i, token in enumerate(tokens):
            words.append({"start": turn["start"] + i * step, "end": turn["start"] + (i + 0.85) * step,
                          "word": token, "probability": 0.95, "speaker": turn["speaker"]})
    return words


@pytest.fixture(scope="module")
def real():
    from talktogether_desktop.analysis import analyze
    from talktogether_desktop.audio import decode_for_analysis

    truth = json.loads((DEMO / "demo_conversation.json").read_text(encoding="utf-8"))
    mono = decode_for_analysis((DEMO / truth["audio"]).read_bytes()).samples
    names = {"S1": "Zoë", "S2": "Łukasz"}
    analysis = analyze(words_from_script(truth), mono, 16000, names=names)
    context = {"couple_name": "Zoë & Łukasz", "partners": names, "recorded_at": "2026-11-22T19:40:00",
               "assignment": truth["demo_context"]["assignment"]}
    pdf = render_session_prep(analysis, context)
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    return truth, analysis, pages


def test_real_analysis_report_has_every_section_names_times_and_quotes(real):
    truth, analysis, pages = real
    whole = " ".join(pages)
    for heading in ("What stood out", "Who talked", "How the conversation went", "Questions you might ask",
                    "Key moments", "What each partner was reaching for", "Figures per partner", "Practice",
                    "Notes for the session"):
        assert heading in whole, heading
    assert "Zoë & Łukasz" in pages[0] and "Łukasz" in whole
    # Each escalation point is printed with its time span and who led it.
    assert analysis["escalation_points"]
    from talktogether_desktop.reports.text import fmt_time

    for point in analysis["escalation_points"][:6]:
        assert f"{fmt_time(point['start'])}–{fmt_time(point['end'])}" in whole
    first_quote = " ".join(analysis["escalation_points"][0]["quote"].split()[:6])
    assert first_quote in whole  # the words that set the first rise off
    assert "I hear you" in whole  # the repair attempt, quoted
    assert "I need to feel that my time matters to you too" in whole  # a need, in reaching-for
    # Figures match the analysis.
    share = round(100 * analysis["speakers"][0]["talk_share"])
    assert f"{share}%" in whole


def test_real_analysis_interruption_and_timeline_agree_with_the_script(real):
    truth, analysis, _ = real
    planted = truth["interruptions"][0]
    found = [i for i in analysis["interruptions"] if i["successful"]]
    assert any(abs(i["t"] - planted["t"]) < 0.5 and i["by"] == planted["by"] for i in found)
