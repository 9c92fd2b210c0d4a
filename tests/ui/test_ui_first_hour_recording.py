"""The recording page in the first hour (issue 15): the report tab, playback keys, line clicks, the chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.ui.timeline import EscalationTimeline

from .uihelp import double_click, settle

pytestmark = pytest.mark.gui


def click_tab(qtbot, tabs, widget) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(widget)).center())


def click_line(qtbot, transcript, row: int, double: bool = False) -> None:
    item = transcript.list.item(row)
    transcript.list.scrollToItem(item)
    pos = transcript.list.visualItemRect(item).center()
    if double:
        double_click(qtbot, transcript.list.viewport(), pos)
    else:
        qtbot.mouseClick(transcript.list.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_a_recording_that_opens_on_the_report_tab_shows_the_report(qtbot, demo_window):
    window, ids = demo_window
    page = window.recording_page
    click_tab(qtbot, page.tabs, page.report)
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=60000)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back to the couple
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.couple_page, timeout=10000)
    settle(qtbot, window)
    table = window.couple_page.table
    rect = table.visualItemRect(table.item(0, 1))
    double_click(qtbot, table.viewport(), rect.center())
    qtbot.waitUntil(lambda: page.data is not None and window.content.currentWidget() is page, timeout=20000)
    assert page.tabs.currentWidget() is page.report
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=60000)  # without switching tabs


def test_a_click_selects_a_line_and_a_double_click_plays_it(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    click_line(qtbot, page.transcript, 2)
    qtbot.wait(300)
    assert not page.player.player.playing  # client audio does not start on a click
    assert page.transcript.list.currentRow() == 2
    start = page.transcript.list.item(2).data(Qt.ItemDataRole.UserRole + 1)["start"]
    assert abs(page.player.position() - start) < 0.05  # Play starts from the chosen line
    click_line(qtbot, page.transcript, 3, double=True)
    qtbot.waitUntil(lambda: page.player.player.playing, timeout=3000)
    qtbot.waitUntil(lambda: page.transcript.playing_row() == 3, timeout=3000)  # the line heard is marked
    assert page.transcript.list.item(3).font().bold()
    qtbot.mouseClick(page.player.play_btn, Qt.MouseButton.LeftButton)
    assert not page.player.player.playing


def test_space_and_ctrl_space_play_and_pause_from_the_transcript_and_analysis(qtbot, demo_window):
    window, _ids = demo_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    page = window.recording_page
    click_line(qtbot, page.transcript, 1)
    assert page.transcript.list.hasFocus()
    qtbot.keyClick(page.transcript.list, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.player.player.playing, timeout=3000)
    qtbot.keyClick(page.transcript.list, Qt.Key.Key_Space)
    assert not page.player.player.playing
    qtbot.keyClick(page.transcript.list, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.player.player.playing, timeout=3000)
    qtbot.keyClick(page.transcript.list, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert not page.player.player.playing
    click_tab(qtbot, page.tabs, page.analysis)
    moments = page.analysis.moments
    qtbot.mouseClick(moments.viewport(), Qt.MouseButton.LeftButton, pos=moments.visualItemRect(moments.item(0)).center())
    qtbot.waitUntil(lambda: page.player.player.playing, timeout=3000)  # a moment plays on click, as before
    qtbot.keyClick(moments, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert not page.player.player.playing
    qtbot.keyClick(moments, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.player.player.playing, timeout=3000)
    page.stop_playback()


def _curve(scores, step=10.0):
    return [{"t": i * step, "end": i * step + 20.0, "score": s} for i, s in enumerate(scores)]


def test_the_intensity_chart_keeps_a_fixed_scale(qtbot):
    """A calm talk draws low; the same score draws at the same height in any recording."""
    calm = EscalationTimeline()
    heated = EscalationTimeline()
    for chart in (calm, heated):
        qtbot.addWidget(chart)
        chart.resize(600, 170)
    calm.set_analysis({"duration_s": 120, "escalation_curve": _curve([0.1, 0.3, 0.4, 0.2, 0.1])})
    heated.set_analysis({"duration_s": 120, "escalation_curve": _curve([0.1, 0.4, 2.4, 3.0, 0.5])})
    assert calm.height_of(0.4) == heated.height_of(0.4) < 0.2
    # Painted: nothing of the calm curve reaches the upper half of the plot.
    image = calm.grab().toImage()
    box = calm._plot()
    line = calm.palette().color(calm.foregroundRole())
    from talktogether_desktop.ui import theme

    colour = theme.speaker_color(1)
    upper = [(x, y) for x in range(int(box.left()) + 1, int(box.right()))
             for y in range(int(box.top()) + 1, int(box.top() + box.height() / 2))
             if _near(image.pixelColor(x, y), colour)]
    lower = [(x, y) for x in range(int(box.left()) + 1, int(box.right()))
             for y in range(int(box.top() + box.height() / 2), int(box.bottom()))
             if _near(image.pixelColor(x, y), colour)]
    assert lower and not upper, (len(lower), len(upper), line)


def _near(a, b, tol: int = 40) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < tol
