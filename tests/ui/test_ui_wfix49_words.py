"""wfix49 (walk49a a_sister): the window's analysis said "(after a threat, the reply is not read either way)" where only
isolation was heard, and "Turned toward the other's bids: … Jess 2 of 2" beside Jess's words of control. A real
analysis in a real offscreen window."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel

from analysis.wfix49_lines import CONTROL, NAMES, said


def test_the_window_names_the_control_found_and_gives_the_controlling_partner_no_score(qtbot):
    from talktogether_desktop.ui.analysis_view import AnalysisView

    analysis = said(CONTROL)
    view = AnalysisView()
    qtbot.addWidget(view)
    view.show()
    view.set_analysis(analysis, NAMES)
    reaching = " ".join(re.sub(r"<[^>]+>", " ", view.reaching.text()).split())
    assert "(after Jess's words of control (isolation), the reply is not read either way)" in reaching, reaching
    assert "threat" not in reaching, reaching
    grid = view.figures
    cells = {(grid.getItemPosition(k)[0], grid.getItemPosition(k)[1]): grid.itemAt(k).widget().text()
             for k in range(grid.count()) if isinstance(grid.itemAt(k).widget(), QLabel)}
    row = next(r for (r, c), text in cells.items() if c == 0 and text == "Turned toward the other's bids")
    heads = {c: re.sub(r"<[^>]+>", "", text) for (r, c), text in cells.items() if r == 0 and c}
    figures = {heads[c]: text for (r, c), text in cells.items() if r == row and c}
    assert figures == {"Nia": "0 of 1", "Jess": "2 bids, not scored: Jess's words were read as control"}, figures
