"""Fix 51w in the window (real offscreen window on the processed demo): how sure a finding is, beside it, where the
report says it.

The demo's one heated stretch is read with low confidence (its quote is half heard: "… asked me after you had already
told them yes …"). The report says "(Low confidence: check the recording.)" under it in What stood out and "How sure:
low: check the recording" under its Key moment, and it quotes no need or bid read with low confidence ("(words unsure:
check the recording)"). The Analysis tab said the same sentence, the same moment and the same words as if sure."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui

CHECK = "check the recording"


def test_the_analysis_tab_says_how_sure_as_the_report_does(qtbot, demo_window):
    import html

    window, _ids = demo_window
    page = window.recording_page
    page.tabs.setCurrentWidget(page.analysis)
    analysis = page.data["analysis"]
    view = page.analysis

    points = analysis.get("escalation_points") or []
    low = [p for p in points if p.get("confidence") == "low"]
    assert low, "the demo's heated stretch is read with low confidence (the words this test is about)"
    moments = [view.moments.item(i).text() for i in range(view.moments.count())]
    for point, text in zip(points, moments):
        assert (CHECK in text) == (point.get("confidence") == "low"), text

    glance = view.summary.text()
    rise = next(o for o in analysis["observations"] if o.get("kind") == "escalation")
    said = glance.split("<li>")[1 + [o for o in analysis["observations"] if o.get("kind") != "safety_prompt"].index(rise)]
    assert "Low confidence: check the recording." in said, said

    reaching = view.reaching.text()
    for items in (analysis.get("reaching_for") or {}).values():
        for item in items[:6]:
            quoted = f"“{html.escape(item['quote'])}”"
            assert (quoted in reaching) == (item.get("confidence") != "low"), quoted  # low: not quoted as if clear
    if any(i.get("confidence") == "low" for items in (analysis.get("reaching_for") or {}).values() for i in items[:6]):
        assert f": {CHECK})" in reaching
