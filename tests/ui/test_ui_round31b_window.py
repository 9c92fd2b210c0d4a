"""Round 31b: the window at its smallest size (900x600) cuts nothing silently; a recording cut short says so on its
own page; the recording page works from the keyboard alone."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QLabel

from .uihelp import cut_off, open_recording, settle

SHOTS = os.environ.get("TT_SHOTS")  # a folder: the screens checked are saved there to look at


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
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, f"recording-{page.tabs.tabText(index)}-900x600.png"))
        # the two long lines are shortened visibly, and say the rest when pointed at
        for label, start in ((page.title, "Demo couple · demo_conversation.opus · 20"),
                             (page.practice.label, "Practice: Weekly check-in on how you are doing (2026-")):
            shown = QLabel.text(label)  # what is on the screen (text() is the whole text)
            assert label.text().startswith(start)
            assert shown != label.text() and "…" in shown, shown
            assert label.toolTip() == label.text()
            assert label.accessibleName() == label.text()
    assert not page.findChild(QLabel, "cut-short").isVisible()  # a whole recording has no such line
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


def test_a_recording_imported_cut_short_says_so_on_its_page_and_in_its_report(qtbot, open_window, demo_vault_dir):
    import io

    import pypdf

    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import PASSPHRASE

    from .uihelp import open_couple, unlock

    data_dir, ids = demo_vault_dir
    warning = "Cut short: it should last 2:30; only the first 1:16 could be read, so the end of the conversation is missing."
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault, vault.transaction():
        # as `import --accept-cut-short` (or "Import what is there") stores it
        vault.execute("UPDATE recordings SET import_warning = ? WHERE id = ?", (warning, ids.recording_id))
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    window.resize(900, 600)
    page = open_recording(qtbot, window, ids.recording_id)
    settle(qtbot, window)
    line = page.findChild(QLabel, "cut-short")
    assert line is not None and line.isVisible()
    assert line.text().startswith("The end of this recording is missing") and "only what is there" in line.text()
    assert line.toolTip() == warning  # what was found, in the import's own words
    assert cut_off(window) == []
    page.tabs.setCurrentWidget(page.report)
    qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=60000)
    settle(qtbot, window)
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "cut-short-900x600.png"))
    first = " ".join(pypdf.PdfReader(io.BytesIO(page.report._pdf)).pages[0].extract_text().split())
    assert "The end of this recording is missing" in first


def _stop_name(widget) -> str:
    text = getattr(widget, "text", None)
    return widget.accessibleName() or (text() if callable(text) else "")


def _tab_walk(qtbot, page, start, key) -> list:
    """Press Tab (or Shift+Tab) from `start` until the focus leaves the page; the widgets passed, a run of stops in
    one widget (the links of a label) counted once. More than 60 presses without leaving is a trap."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=3000)
    walked = [start]
    for _ in range(60):
        modifier = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        now = QApplication.focusWidget()
        if now is None or not page.isAncestorOf(now):
            return walked
        if now is not walked[-1]:
            walked.append(now)
    raise AssertionError(f"Tab stays in {_stop_name(QApplication.focusWidget())!r}: {[_stop_name(w) for w in walked]}")


def test_the_recording_page_is_walked_by_tab_in_reading_order_and_every_stop_has_a_name(qtbot, demo_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QComboBox, QLineEdit,
                                   QPlainTextEdit, QWidget)

    window, _ids = demo_window
    window.resize(900, 600)
    window.activateWindow()
    settle(qtbot, window)
    page = window.recording_page
    back = next(b for b in page.findChildren(QAbstractButton) if b.text() == "← Couple")
    head = ["Back to the couple", "Link to practice…", "Play", "Position in the recording", "Playback speed",
            "Waveform, one lane per speaker", "Views of the recording"]
    expected = {
        "Transcript": ["Search the transcript", "Rename speakers…", "Swap speakers", "Selected lines are…",
                       "Correct line…", "Corrections…", "Transcript"],  # the demo's two namings: listed, not counted (round 41)
        "Report": ["Make a new report", "Report version", "Export PDF…", "Print…", "Report pages"],
        # "Add note at the current time" is greyed (not a stop) while the note box is empty, as it is here; with no
        # notes yet the list gives way to the words saying what goes there (round 33)
        "Notes": ["Note about this recording"],
    }
    walks = {}
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        if page.tabs.currentWidget() is page.report:
            qtbot.waitUntil(lambda: page.report.page_count > 0, timeout=60000)
        settle(qtbot, window)
        forward = _tab_walk(qtbot, page, back, Qt.Key.Key_Tab)
        backward = _tab_walk(qtbot, page, forward[-1], Qt.Key.Key_Backtab)
        walks[page.tabs.tabText(index)] = (forward, backward)
        tab = page.tabs.currentWidget()
        kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSlider, QAbstractItemView)
        controls = [w for w in tab.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and not isinstance(w.parentWidget(), QComboBox) and not w.inherits("QScrollBar")]
        missed = [_stop_name(w) for w in controls if w not in forward]
        assert not missed, (page.tabs.tabText(index), missed)
    for name, (forward, backward) in walks.items():
        names = [_stop_name(w) for w in forward]
        assert all(names), (name, names)  # a screen reader has something to say at every stop
        assert names[:len(head)] == head, (name, names)
        if name in expected:
            assert names[len(head):] == expected[name], (name, names)
        assert backward == list(reversed(forward)), (name, [_stop_name(w) for w in backward])
    analysis = [_stop_name(w) for w in walks["Analysis"][0]][len(head):]
    assert analysis[:1] == ["Analysis"] and "Key moments" in analysis
    # the escalation chart is a stop of its own, in reading order just before the list of the same moments
    assert analysis[analysis.index("Key moments") - 1] == "Escalation over the conversation"


def test_at_900x600_a_processing_row_shows_its_cancel_button_and_says_the_rest_in_tooltips(qtbot, demo_window):
    import threading
    import time

    from PySide6.QtCore import Qt

    window, _ids = demo_window
    window.resize(900, 600)
    window.jobs_dock.show()
    release = threading.Event()

    def slow(_vault, progress, cancel):
        progress(0.4, "Transcribing the recording (step 2 of 4)")
        while not release.is_set() and not cancel.is_cancelled():
            time.sleep(0.02)

    label = "Demo couple · a-long-file-name-straight-from-the-phone-2026-12-04.m4a: correcting a word"
    uid = window.jobs.submit(label, slow)
    try:
        qtbot.waitUntil(lambda: uid in window.jobs_panel.rows
                        and "step 2" in window.jobs_panel.rows[uid].detail.text(), timeout=20000)
        qtbot.wait(50)
        row = window.jobs_panel.rows[uid]
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, "processing-900x600.png"))
        problems = cut_off(window)
        cancel_visible = row.cancel_btn.isVisible() and row.cancel_btn.visibleRegion().boundingRect().size() == \
            row.cancel_btn.size()
        name_tip = row.label.toolTip()
    finally:
        qtbot.mouseClick(window.jobs_panel.rows[uid].cancel_btn, Qt.MouseButton.LeftButton)
        release.set()
    assert not problems, problems
    assert cancel_visible  # whole, inside the window
    assert name_tip == label  # the name gave way with "…" and says itself whole
