"""Wording nits a therapist noticed (issue 15): one full stop after a quote, a key only for marks shown."""

from __future__ import annotations

from types import SimpleNamespace

from talktogether_desktop.analysis.observations import _said, _stop
from talktogether_desktop.reports import charts
from talktogether_desktop.reports.evidence import what_next


def _strings(drawing) -> list[str]:
    return [getattr(item, "text", "") for item in drawing.getContents()]


def test_a_quote_ending_a_sentence_gets_one_full_stop():
    for quote, sentence in (("I never knew.", "“I never knew.”"), ("Did you know?", "“Did you know?”"),
                            ("you never ask me", "“you never ask me”.")):
        said = _said({"quote": quote})
        assert said + _stop(said) == sentence
    model = SimpleNamespace(name=lambda who: {"S2": "José"}.get(who, who))
    text = what_next({"next": {"quote": "Okay, I hear you.", "t": 50.0, "by": "S2"}}, model, lambda s: s)
    assert text.endswith("“Okay, I hear you.”") and ".”." not in text


def test_the_chart_key_lists_only_marks_on_the_chart():
    partners = [SimpleNamespace(id="S1"), SimpleNamespace(id="S2")]
    calm = SimpleNamespace(partners=partners, overlaps=[], interruptions=[], peaks=[], safety=[])
    texts = " ".join(_strings(charts.legend(500, calm)))
    assert "both talking" not in texts and "cut in" not in texts and "numbered rise" not in texts
    busy = SimpleNamespace(partners=partners, overlaps=[(1.0, 2.0)], interruptions=[{"t": 3.0, "by": "S1"}],
                           peaks=[object()], safety=[])
    texts = " ".join(_strings(charts.legend(500, busy)))
    assert "both talking at once" in texts and "cut in" in texts and "numbered rise" in texts


def test_a_heated_stretch_from_the_first_seconds_is_not_asked_about_just_before_it():
    """Walk-through 33: "At 00:01 the conversation got more intense. What was each of you feeling just before that?"
    (nothing came before 00:01)."""
    import io

    import pypdf

    from talktogether_desktop.analysis import analyze
    from talktogether_desktop.reports import render_session_prep

    from ..analysis.timeline import conversation, end_of, say

    a = say("S1", 0.0, "What is wrong with you? You took the money out of our savings.")
    b = say("S2", end_of(a) + 0.4, "I needed the car for work, I told you that.")
    c = say("S1", end_of(b) + 0.4, "You didn't ask me. You never ask me anything.")
    result = analyze(conversation(a, b, c), names={"S1": "Alex", "S2": "Sam"})
    context = {"couple_name": "Alex & Sam", "partners": {"S1": "Alex", "S2": "Sam"}, "recorded_at": "2026-11-28"}

    def first_page(start: float) -> str:
        point = {"start": start, "end": start + 5.0, "peak_t": start + 2.0, "score": 3.0, "first_sign_from": "S1",
                 "signals_by_speaker": {"S1": ["loudness"]}, "what_next": {}}
        pdf = render_session_prep(dict(result, escalation_points=[point], safety_flags=[]), context)
        return " ".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())

    early = first_page(1.0)
    assert "just before" not in early
    assert "At 00:01, as the conversation began, it got more intense. What was each of you feeling as it started?" in early
    later = first_page(12.0)
    assert "At 00:12 the conversation got more intense. What was each of you feeling just before that?" in later


def test_an_analysis_made_before_patterns_were_read_does_not_say_none_were_found():
    """The demo's stored analysis (no patterns, repairs, horsemen or bids in it) printed "No … repair attempts were
    found" and "Criticism: none found" under a moment whose signals were criticism words and whose repair eased it."""
    import io
    import json
    from pathlib import Path

    import pypdf

    from talktogether_desktop.reports import render_session_prep
    from talktogether_desktop.reports.patterns import OLDER_ANALYSIS

    from .test_report_modes import CONTEXT, lines

    demo = json.loads((Path(__file__).parent / "fixtures" / "analysis_demo.json").read_text())

    def text(analysis):
        pdf = render_session_prep(analysis, CONTEXT)
        return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)

    older = text(demo)
    assert "criticism words" in older and "it eased afterwards" in older
    assert "none found" not in older and "repair attempts were found" not in older
    assert " ".join(OLDER_ANALYSIS.split()) in older
    calm = text(lines(("How was your day?", 0), ("It went well, thanks for asking.", 0)))
    assert "none found" in calm and OLDER_ANALYSIS[:30] not in calm
