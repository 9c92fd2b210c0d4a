"""rep49: the window's analysis said "0:02: Ben said “Last week you grabbed me…”" for a line the transcript gives at 0:00
(dev violence_blame_shift: the finding was timed at "grabbed"); a quoted line is timed where its words begin, as in the
transcript and the report (quote_times)."""

from __future__ import annotations

import json
import sys

from tt_testing import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import clinical  # noqa: E402

NAMES = {"S1": "Ana", "S2": "Ben"}


def _analysis(split: str, name: str) -> dict:
    from talktogether_desktop.analysis import analyze

    lines = json.loads((REPO / "benchmarks" / "clinical" / split / f"{name}.truth.json").read_text(encoding="utf-8"))
    for line in lines:
        line["spk"] = {"A": "S1", "B": "S2"}[line["spk"]]
    return analyze(clinical.line_words(lines), names=NAMES)


def test_the_window_times_a_quoted_safety_line_where_the_transcript_does(qtbot):
    from talktogether_desktop.ui.analysis_view import AnalysisView

    view = AnalysisView()
    qtbot.addWidget(view)
    view.set_analysis(_analysis("dev", "violence_blame_shift"), NAMES)
    said = view.safety.text()
    assert ">0:00</a>: Ben said “Last week you grabbed me" in said, said
    assert "href='t:0.50'" in said  # (a click plays the line from its first word)
