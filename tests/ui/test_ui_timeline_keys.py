"""The escalation timeline by keyboard: Tab reaches it, the arrows choose a key moment, Enter or Space plays it,
a frame marks the chosen moment, and its accessible description says where that moment is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from talktogether_desktop.ui.timeline import EscalationTimeline

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]

ANALYSIS = {
    "duration_s": 300.0,
    "params": {"escalation_threshold": 1.5},
    "escalation_curve": [{"t": t, "end": t + 20.0, "score": 2.5 if 60 <= t <= 200 else 0.4} for t in range(0, 300, 10)],
    # out of order on purpose: the keyboard goes through them in time order
    "escalation_points": [{"start": 180.0, "end": 200.0, "peak_t": 190.0}, {"start": 60.0, "end": 90.0, "peak_t": 75.0}],
}


def _form(qtbot):
    form = QWidget()
    before = QPushButton("Before", form)
    timeline = EscalationTimeline(form)
    layout = QVBoxLayout(form)
    layout.addWidget(before)
    layout.addWidget(timeline)
    form.resize(700, 260)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=3000)
    return form, before, timeline


def test_tab_arrows_and_enter_do_what_a_click_does(qtbot):
    _form_widget, before, timeline = _form(qtbot)
    timeline.set_analysis(ANALYSIS)
    assert "2 key moments" in timeline.accessibleDescription()
    unfocused = timeline.grab().toImage()

    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert timeline.hasFocus()
    assert timeline.chosen() == 0
    assert timeline.accessibleDescription().startswith("Key moment 1 of 2: 1:00 to 1:30, at its height at 1:15 (20% into")
    assert timeline.grab().toImage() != unfocused  # the focus mark is drawn

    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.chosen() == 1 and timeline.accessibleDescription().startswith("Key moment 2 of 2: 3:00 to 3:20")
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.chosen() == 1  # the last stays chosen
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.chosen() == 0
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    assert timeline.chosen() == 1
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.chosen() == 0

    with qtbot.waitSignal(timeline.moment_clicked, timeout=2000) as enter:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    with qtbot.waitSignal(timeline.moment_clicked, timeout=2000) as space:
        qtbot.keyClick(timeline, Qt.Key.Key_Space)
    box = timeline._plot()
    x = box.left() + box.width() * 185.0 / 300.0
    with qtbot.waitSignal(timeline.moment_clicked, timeout=2000) as click:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(box.center().y())))
    assert enter.args == [60.0] and space.args == [60.0]
    assert click.args == [180.0] and timeline.chosen() == 1  # a click chooses the moment for the keyboard too

    qtbot.keyClick(timeline, Qt.Key.Key_Tab)
    assert not timeline.hasFocus()
    assert timeline.grab().toImage() == unfocused  # the mark goes with the focus


def test_a_chart_without_key_moments_says_so_and_enter_does_nothing(qtbot):
    _form_widget, before, timeline = _form(qtbot)
    timeline.set_analysis({**ANALYSIS, "escalation_points": []})
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert timeline.hasFocus() and timeline.chosen() is None
    assert timeline.accessibleDescription() == "No moments where the conversation clearly heated up."
    with qtbot.assertNotEmitted(timeline.moment_clicked):
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
        qtbot.keyClick(timeline, Qt.Key.Key_Right)


def test_in_the_window_tab_reaches_the_chart_and_enter_plays_the_chosen_moment(qtbot, demo_window):
    window, _ids = demo_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    page = window.recording_page
    page.tabs.setCurrentWidget(page.analysis)
    timeline = page.analysis.timeline
    moments = timeline.moments()
    assert moments
    page.tabs.tabBar().setFocus()
    for _press in range(8):  # as a person tabs: from the tab bar into the analysis, to the chart
        if timeline.hasFocus():
            break
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert timeline.hasFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    last = len(moments) - 1
    assert timeline.chosen() == last
    assert timeline.accessibleDescription().startswith(f"Key moment {last + 1} of {len(moments)}:")
    qtbot.keyClick(timeline, Qt.Key.Key_Space)  # Space on the chart plays the moment, not the last place played
    qtbot.waitUntil(lambda: page.player.player.playing, timeout=3000)
    start, end, _peak = moments[last]
    assert start - 1.5 <= page.player.position() <= end + 2.0
    page.stop_playback()
    assert timeline.hasFocus()


def test_the_shortcuts_list_names_the_charts_keys(qtbot):
    from PySide6.QtWidgets import QMenuBar

    from talktogether_desktop.ui.about import ShortcutsDialog

    bar = QMenuBar()
    qtbot.addWidget(bar)
    dialog = ShortcutsDialog(bar)
    qtbot.addWidget(dialog)
    assert "Choose a key moment on the escalation chart (Tab to it)</td><td><b>Left, Right, Home, End" in dialog.text
    assert "Hear the chosen key moment</td><td><b>Enter, Space" in dialog.text
