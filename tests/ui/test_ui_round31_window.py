"""Round 31: the window at its smallest size, couples of the same name, files cut short or silent, and the
list of the therapist's transcript corrections."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .uihelp import settle

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("TT_SHOTS")


def _clipped(widget, window) -> bool:
    """True when part of `widget` lies outside one of its ancestors (up to the window): it cannot all be seen."""
    from PySide6.QtCore import QRect

    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        visible = QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()) if parent is not window else window.rect()
        if not visible.contains(rect):
            return True
        if parent is window:
            return False
        parent = parent.parentWidget()
    return False


def test_every_transcript_control_is_on_screen_in_the_smallest_window(qtbot, demo_window):
    window, _ids = demo_window
    window.resize(900, 600)
    window.recording_page.tabs.setCurrentWidget(window.recording_page.transcript)
    qtbot.wait(200)
    settle(qtbot, window)
    assert (window.width(), window.height()) == (900, 600)
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / "transcript-900x600.png"))
    view = window.recording_page.transcript
    controls = [view.search, view.rename_btn, view.swap_btn, view.reassign_btn, view.correct_btn, view.undo_btn]
    controls += getattr(view, "extra_controls", lambda: [])()
    # a button narrower than its text needs shows the text cut ("lected lines are"): that is cut off too
    hidden = [c.accessibleName() or getattr(c, "text", lambda: "")() for c in controls
              if not c.isVisible() or _clipped(c, window) or c.width() < c.sizeHint().width()
              and c is not view.search]
    assert not hidden, f"cut off or hidden at 900x600: {hidden}"


def test_a_new_couple_with_a_name_already_in_the_list_is_warned_and_may_still_be_added(qtbot, couple_window):
    from PySide6.QtWidgets import QApplication

    from talktogether_desktop.ui.couples_list import NewCoupleDialog

    from .uihelp import type_text, when_modal

    window, couple_id, _data_dir = couple_window
    seen = {}

    def fill(dialog: NewCoupleDialog):
        type_text(qtbot, dialog.name, "rivera-okafor")  # the same name, typed with a plain dash and no capitals
        type_text(qtbot, dialog.partner1, "Lu")
        seen["warned"] = dialog.same_name.isVisible(), dialog.same_name.text(), dialog.ok.text()
        dialog.name.setText("Rivera–Okafor (Lu)")  # changed: the warning goes
        seen["changed"] = dialog.same_name.isVisible(), dialog.ok.text()
        dialog.name.setText("Rivera–Okafor")  # back to the same name: the therapist goes on anyway
        dialog.ok.click()

    when_modal(NewCoupleDialog, fill)
    window.act_new.trigger()
    qtbot.waitUntil(lambda: window.couples.model.rowCount() == 2 and window.couple_page.couple_id != couple_id,
                    timeout=20000)
    settle(qtbot, window)
    visible, text, ok = seen["warned"]
    assert visible and ok == "Add anyway"
    assert "Rivera–Okafor (Sam & Ada)" in text and "same name" in text
    assert seen["changed"] == (False, "Add couple")
    assert window.couple_page.title.text() == "Rivera–Okafor"
    assert QApplication.activeModalWidget() is None


def _answer_dialogs(window, answers: dict, seen: list) -> None:
    """Answer each modal dialog as it opens, by its type: `answers[type](dialog)`; an unexpected dialog is
    closed. What was asked is kept in `seen` as (type name, text) to check afterwards: a failing assert
    inside the poller would leave the dialog open and hang the test. The poller belongs to the window, so it
    ends with this test and never answers a later test's dialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and not getattr(dialog, "_answered", False):
            dialog._answered = True
            if isinstance(dialog, QMessageBox):
                text = f"{dialog.text()} {dialog.informativeText()}"
            else:
                text = " ".join(label.text() for label in dialog.findChildren(QLabel))
            seen.append((type(dialog).__name__, text))
            act = next((fn for kind, fn in answers.items() if isinstance(dialog, kind)), None)
            try:
                act(dialog) if act is not None else dialog.reject()
            except BaseException:
                dialog.reject()

    for old in window.findChildren(QTimer, "answer-dialogs"):
        old.stop()
    timer = QTimer(window, objectName="answer-dialogs", interval=20)
    timer.timeout.connect(poll)
    timer.start()


def _cut_wav(tmp_path):
    from .uihelp import noise_wav

    whole = noise_wav(tmp_path / "whole.wav", seconds=6).read_bytes()
    cut = tmp_path / "voice-note.wav"
    cut.write_bytes(whole[: len(whole) // 2])  # the copy stopped half way
    return cut


def test_a_file_cut_short_is_offered_as_the_command_line_offers_it(qtbot, couple_window, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from talktogether_desktop.ui.couple_dialogs import RecordedDateDialog

    from .uihelp import click_message_button

    window, _couple_id, _data_dir = couple_window
    cut = _cut_wav(tmp_path)
    seen: list = []
    _answer_dialogs(window, {QMessageBox: lambda box: click_message_button(box, "Don't import")}, seen)
    window.couple_flow.import_files([str(cut)], process=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    settle(qtbot, window)
    qtbot.wait(300)
    assert [kind for kind, _text in seen] == ["QMessageBox"]  # asked first; no date asked for a file not imported
    assert "cut short" in seen[0][1] and "0:03" in seen[0][1]
    assert "--accept" not in seen[0][1]  # the command line's switch means nothing here
    assert window.couple_page.table.rowCount() == 0

    seen.clear()
    _answer_dialogs(window, {QMessageBox: lambda box: click_message_button(box, "Import what is there"),
                     RecordedDateDialog: lambda dialog: dialog.accept()}, seen)
    window.couple_flow.import_files([str(cut)], process=False)
    qtbot.waitUntil(lambda: window.couple_page.table.rowCount() == 1, timeout=20000)
    settle(qtbot, window)
    assert [kind for kind, _text in seen] == ["QMessageBox", "RecordedDateDialog"]
    status = window.couple_page.table.item(0, 3)
    assert "cut short" in status.text() and status.toolTip().startswith("Cut short")



def test_a_dated_file_cut_short_is_offered_too_and_nothing_else_is_asked(qtbot, couple_window, tmp_path):
    """A file that says when it was recorded is not asked about first: the import itself finds the cut."""
    from PySide6.QtWidgets import QMessageBox

    from tt_speech import ffmpeg_convert

    from .uihelp import click_message_button, noise_wav

    window, _couple_id, _data_dir = couple_window
    whole = ffmpeg_convert(noise_wav(tmp_path / "n.wav", seconds=8), tmp_path / "phone.m4a", "-c:a", "aac",
                           "-movflags", "+faststart", "-metadata", "creation_time=2026-11-20T19:30:00").read_bytes()
    cut = tmp_path / "from-the-phone.m4a"
    cut.write_bytes(whole[: int(len(whole) * 0.6)])
    seen: list = []
    _answer_dialogs(window, {QMessageBox: lambda box: click_message_button(box, "Import what is there")}, seen)
    window.couple_flow.import_files([str(cut)], process=False)
    qtbot.waitUntil(lambda: window.couple_page.table.rowCount() == 1, timeout=20000)
    settle(qtbot, window)
    assert [kind for kind, _text in seen] == ["QMessageBox"] and "cut short" in seen[0][1]
    assert window.couple_page.table.item(0, 0).text().startswith("2026-11-20")
    assert "cut short" in window.couple_page.table.item(0, 3).text()


def test_a_silent_file_is_refused_before_its_date_is_asked(qtbot, couple_window, tmp_path):
    import io
    import wave

    window, _couple_id, _data_dir = couple_window
    silent = tmp_path / "phone-in-pocket.wav"
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000), w.writeframes(bytes(2 * 16000 * 3))
    silent.write_bytes(out.getvalue())
    seen: list = []
    _answer_dialogs(window, {}, seen)  # any question is noted and closed
    window.errors.last = None
    window.couple_flow.import_files([str(silent)], process=False)
    qtbot.waitUntil(lambda: window.errors.last is not None, timeout=20000)
    settle(qtbot, window)
    assert seen == []  # nothing was asked about a file that cannot be imported
    assert "only silence" in window.errors.last.text
    assert window.couple_page.table.rowCount() == 0


def test_the_corrections_are_listed_and_one_of_them_is_taken_back(qtbot, demo_window, monkeypatch):
    from PySide6.QtCore import Qt

    from talktogether_desktop.ui import transcript_view
    from talktogether_desktop.ui.corrections_dialog import CorrectionsDialog

    from .uihelp import wait_jobs_done

    window, _ids = demo_window
    page = window.recording_page
    view = page.transcript
    lines = lambda: view.line_texts()  # noqa: E731
    before = lines()
    for row, text in ((0, "Okay, so we said we would talk about the weekend."), (1, "Right, I thought we could visit my parents.")):
        # clicked as a person does (the line corrected before stays selected after a correction, round 39)
        view.list.scrollToItem(view.list.item(row))
        qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.list.visualItemRect(view.list.item(row)).center())
        monkeypatch.setattr(transcript_view.CorrectLineDialog, "exec", lambda dialog, t=text: dialog.edit.setText(t) or 1)
        view.correct_btn.click()
        wait_jobs_done(qtbot, window)
        qtbot.waitUntil(lambda t=text: t in " ".join(lines()), timeout=20000)
    assert view.corrections_btn.isEnabled() and view.corrections_btn.text().startswith("Corrections (")
    seen = {}

    def look(dialog: CorrectionsDialog):
        items = [dialog.list.item(i) for i in range(dialog.list.count())]
        seen["rows"] = [item.text() for item in items]
        seen["nothing chosen"] = dialog.take_back.isEnabled()
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / "corrections-dialog.png"))
        named = [item for item in items if " named " in item.text()]
        if named:  # a speaker fix (the demo's voices were named): it cannot be taken back here, and it says why
            dialog.list.setCurrentItem(named[0])
            seen["speaker fix"] = dialog.take_back.isEnabled(), dialog.why.text()
        dialog.list.setCurrentItem(next(item for item in items if "talk about the weekend" in item.text()))
        seen["correction"] = dialog.take_back.isEnabled()
        dialog.take_back.click()

    _answer_dialogs(window, {CorrectionsDialog: look}, [])
    view.corrections_btn.click()
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: lines()[0] == before[0], timeout=20000)  # the first (not the latest) taken back
    settle(qtbot, window)
    rows = seen["rows"]
    first = next(r for r in rows if "talk about the weekend" in r)
    assert first.startswith("20") and "at 0:00" in first  # when it was made, and where in the recording
    assert first.endswith("\nLine rewritten: “Okay, so we said we would talk about the weekend.” (Zoë)")
    assert any("Line rewritten: “Right, I thought we could visit my parents.”" in r for r in rows)
    assert seen["nothing chosen"] is False and seen["correction"] is True
    if "speaker fix" in seen:
        assert seen["speaker fix"][0] is False and "cannot be taken back" in seen["speaker fix"][1]
    assert "visit my parents." in lines()[1]  # the other correction stays
    assert len(page.data["corrections"]) == 1
    if SHOTS:
        window.resize(900, 600)
        settle(qtbot, window)
        window.grab().save(str(Path(SHOTS) / "transcript-corrected-900x600.png"))
