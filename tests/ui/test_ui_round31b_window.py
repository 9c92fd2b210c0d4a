"""Round 31b: the window at its smallest size (900x600) cuts nothing silently; a recording cut short says so on its
own page; the recording page works from the keyboard alone."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from .uihelp import cut_off, settle


def test_at_900x600_long_titles_end_with_an_ellipsis_and_nothing_is_cut_silently(qtbot, demo_window):
    window, ids = demo_window
    window.resize(900, 600)
    settle(qtbot, window)
    page = window.recording_page
    problems = {}
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        if page.tabs.currentWidget() is page.report:
            qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=30000)
        settle(qtbot, window)
        problems[page.tabs.tabText(index)] = cut_off(window)
        # the two long lines are shortened visibly, and say the rest when pointed at
        for label, start in ((page.title, "Demo couple · demo_conversation.opus · 20"),
                             (page.practice.label, "Practice: Weekly check-in on how you are doing (2026-")):
            shown = QLabel.text(label)  # what is on the screen (text() is the whole text)
            assert label.text().startswith(start)
            assert shown != label.text() and "…" in shown, shown
            assert label.toolTip() == label.text()
            assert label.accessibleName() == label.text()
    assert QLabel.text(page.title).endswith(page.title.text()[-10:])  # the date stays whole; the file name gives way
    window.couple_flow.open_couple(ids.couple_id)
    settle(qtbot, window)
    problems["couple page"] = cut_off(window)
    assert window.content.width() <= window.workspace.sizes()[1]  # no page wider than its room (its right edge cut)
    window.show_settings()
    settle(qtbot, window)
    problems["settings"] = cut_off(window)
    assert not any(problems.values()), problems


def test_the_practice_day_dialog_shows_the_whole_practice_title(qtbot):
    from talktogether_desktop.ui.practice_flow import LogDayDialog

    title = "Weekly check-in on how you are doing · 20 min, 1× a week · Sunday after breakfast"
    dialog = LogDayDialog(title, None, ("2026-12-04", "2026-12-10"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    assert dialog.practice_title.text() == title
    assert cut_off(dialog) == []
