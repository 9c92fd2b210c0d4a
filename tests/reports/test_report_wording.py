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
