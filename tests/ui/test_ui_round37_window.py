"""Round 37: fixes found walking the window, each on real widgets offscreen (real vault, real PDF)."""

from __future__ import annotations

import io
import re

import pypdf

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep

from analysis.timeline import spoken

NAMES = {"S1": "Alex", "S2": "Sam"}


def _threat_at_1_41_8() -> dict:
    """A threat said at 101.8 s: the report rounds it to 01:42."""
    return analyze(spoken(("S1", "We need to talk about the weekend, I planned the market on Saturday.", 95.0),
                          ("S2", "If you go to that market I will hurt you.", 0.5),
                          ("S1", "Okay. Can we talk about dinner on Sunday?", 0.5)), names=NAMES)


def test_the_window_says_a_moment_at_the_second_the_report_gives(qtbot):
    """The window floored a moment's time (101.8 s read 1:41) where the PDF and the command line round it (01:42): a
    therapist looking for the report's 01:42 found 1:41 beside the same quote. One rule now, `timefmt.clock`'s."""
    from talktogether_desktop.ui.analysis_view import AnalysisView
    from talktogether_desktop.ui.player_bar import counter
    from talktogether_desktop.ui.transcript_view import TranscriptView
    from talktogether_desktop.ui.word_dialogs import word_time

    analysis = _threat_at_1_41_8()
    (flag,) = analysis["safety_flags"]
    assert 101.5 < flag["t"] < 102.0, flag["t"]
    report = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(
        render_session_prep(analysis, {"partners": NAMES, "recorded_at": "2026-11-28"}))).pages)
    # (rep49: a quoted line is timed where it begins, 99.8 s, as the transcript times it below: 01:40 everywhere)
    assert "01:40" in report and "01:41" not in report and "01:42" not in report, report

    view = AnalysisView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.set_analysis(analysis, NAMES)
    safety = " ".join(re.sub(r"<[^>]+>", " ", view.safety.text()).split())
    assert "1:40 : Sam said “If you go to that market" in safety and "1:41" not in safety, safety

    transcript = TranscriptView()
    qtbot.addWidget(transcript)
    transcript.set_lines([{"start": 99.8, "end": 101.0, "speaker": "S2", "text": "If you go",
                           "words": [{"start": 99.8, "end": 100.1, "word": "If", "speaker": "S2"}]}], NAMES)
    assert transcript.list.item(0).text().startswith("1:40  Sam"), transcript.list.item(0).text()
    assert counter(99.8, 180.0) == "1:40 / 3:00"  # the player's counter at that line
    assert word_time(99.84) == "1:39.8" and word_time(99.96) == "1:40.0"  # a word's own time keeps its tenth


def test_the_shareable_caution_names_what_was_left_out_and_the_window_s_own_clinician_version(qtbot, demo_window):
    """The window's caution above the couple's pages said only "This recording has safety language. The shareable
    version leaves it out…": now which lines (kind and time, never the words), why, and that "For the clinician",
    the choice beside it, has them; every word shown at 900x600."""
    from PySide6.QtCore import Qt

    from .uihelp import shoot

    window, _ids = demo_window
    page = window.recording_page
    window.resize(900, 600)
    page.data["analysis"]["safety_flags"] = [{"category": "threat", "t": 101.8, "start": 101.5, "end": 103.0}]
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        page.tabs.setCurrentWidget(page.report)
    report = page.report
    with qtbot.waitSignal(page.report_ready, timeout=60000):
        report.mode_box.setFocus()
        qtbot.keyClick(report.mode_box, Qt.Key.Key_Down)  # the couple's version
    qtbot.wait(100)
    text = report.caution.text()
    assert report.caution.isVisible() and "(1 line: threat at 1:42) and any sign that it was heard" in text, text  # (its time as found, round 49)
    assert "The clinician's version (“For the clinician”) has it in full." in text, text
    assert "For the clinician" in [report.mode_box.itemText(i) for i in range(report.mode_box.count())]
    assert "--mode" not in text  # the window's own words
    assert report.caution.height() >= report.caution.heightForWidth(report.caution.width())  # nothing cut off
    shoot(window, "round37-shareable-caution", sizes=((900, 600),))


def test_the_word_dialogs_open_tall_enough_for_everything_they_hold(qtbot):
    """Walked at 900x600: "Edit a word" opened at 560x300 while its contents needed about 360 px, so the word list was
    squeezed under its own minimum and the "What was said" field was drawn over the line's words. Each word dialog
    now opens as tall as its contents need at its width."""
    from talktogether_desktop.ui.word_dialogs import CorrectLineDialog, EditWordDialog, MoveWordsDialog

    said = "OK. So we said we would talk for ten minutes about the weekend and then we never did, again."
    words = [{"start": 0.4 * i, "end": 0.4 * i + 0.3, "word": w, "speaker": "S1"} for i, w in enumerate(said.split())]
    for dialog in (EditWordDialog(words), MoveWordsDialog(words, "Zoë", {"S2": "José"}), CorrectLineDialog(said)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        needed = dialog.layout().heightForWidth(dialog.width())
        assert dialog.height() >= needed, (type(dialog).__name__, dialog.size(), needed)
        picker = getattr(dialog, "picker", None)
        if picker is not None:
            assert picker.height() >= picker.minimumHeight(), (type(dialog).__name__, picker.height())
        if isinstance(dialog, EditWordDialog):
            below = dialog.edit.mapTo(dialog, dialog.edit.rect().topLeft()).y()
            assert below >= picker.geometry().bottom(), (below, picker.geometry())
        dialog.close()


def test_a_backups_place_is_shown_whole_in_settings_at_900x600(qtbot, couple_window, tmp_path, monkeypatch):
    """Walked at 900x600: after "Back up the vault…" Settings said "Backed up to /tmp/…/b.ttbackup (" beside "Save
    settings", cut mid-path with no "…" (one line, no wrapping). It now wraps, naming the file and then its folder."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from .uihelp import cut_off

    window, _couple_id, _data_dir = couple_window
    window.resize(900, 600)
    target = tmp_path / "talktogether-backup-2026-12-05.ttbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.show_settings()
    page = window.settings_page
    qtbot.mouseClick(page.backup_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backed up" in page.status.text(), timeout=60000)
    qtbot.wait(100)
    said = page.status.text()
    assert said.startswith(f"Backed up to {target.name} in {tmp_path} (") and target.exists(), said
    assert [c for c in cut_off(window) if "Backed up" in c] == []
    assert page.status.height() >= page.status.heightForWidth(page.status.width())
