"""Each recording's analysis opens at its top, where the safety box is (walk48a)."""

from __future__ import annotations


def _analysis(n_flags: int) -> dict:
    flags = [{"t": 10.0 + k, "end": 11.0 + k, "speaker": "S2", "category": "fear", "quote": f"I am scared of you {k}"}
             for k in range(n_flags)]
    return {"duration_s": 600.0, "safety_flags": flags, "escalation_points": [], "reaching_for": {},
            "speakers": [{"id": "S1", "talk_share": 0.5}, {"id": "S2", "talk_share": 0.5}], "observations": []}


def test_the_next_recording_opens_at_the_top_not_where_the_last_was_scrolled(qtbot):
    """The Analysis tab kept the scroll position of the recording seen before: the next one opened with its red
    "Safety: please review first" box out of view."""
    from talktogether_desktop.ui.analysis_view import AnalysisView

    view = AnalysisView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    view.set_analysis(_analysis(40), {"S1": "Owen", "S2": "Marcus"})
    qtbot.wait(50)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    view.set_analysis(_analysis(3), {"S1": "Jenna", "S2": "Mike"})
    qtbot.wait(50)
    assert bar.value() == 0 and view.safety.isVisible()
