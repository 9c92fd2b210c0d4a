"""The recording page in the first hour (issue 15): the report tab, playback keys, line clicks, the chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.ui.timeline import EscalationTimeline

from talktogether_desktop.storage import couples as couples_store

from .uihelp import choose_in_combo, double_click, settle, wait_jobs_done, when_modal

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
    heated.set_analysis({"duration_s": 120, "escalation_curve": _curve([0.1, 0.4, 2.4, 2.8, 0.5])})
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


def _embedding_side(data_dir, recording_id: int, partner_name: str) -> str:
    """Which of the engine's own voices (before any fix) the partner's newest voice sample sounds like."""
    import numpy as np

    from talktogether_desktop.diarization.enrollment import embed_voice_sample
    from talktogether_desktop.storage import speakers as speakers_store
    from talktogether_desktop.storage.vault import open_vault
    from tt_testing import PASSPHRASE

    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        raw = speakers_store.load_raw_diarization(vault, recording_id)
        rec = vault.one("SELECT couple_id FROM recordings WHERE id = ?", (recording_id,))[0]
        partner = next(p for p in couples_store.list_partners(vault, rec) if p["display_name"] == partner_name)
        samples = speakers_store.list_voice_samples(vault, partner["id"])
        assert samples, f"{partner_name} has no voice sample"
        audio = speakers_store.load_voice_sample_audio(vault, samples[-1]["id"])
    sample = embed_voice_sample(audio)
    sims = {label: float(np.dot(sample, np.asarray(v)) / (np.linalg.norm(sample) * np.linalg.norm(v)))
            for label, v in raw["speaker_embeddings"].items()}
    return max(sims, key=sims.get)


def test_swapping_wrongly_named_voices_fixes_the_voice_samples(qtbot, demo_window, demo_vault_dir):
    from talktogether_desktop.ui.recording_page import RenameDialog

    window, ids = demo_window
    data_dir, _ = demo_vault_dir
    page = window.recording_page
    assert "Zoë:" in page.transcript.list.item(0).text()  # S1 is Zoë's voice

    def name_wrongly(dialog: RenameDialog):
        assert set(dialog.fields) == {"S1", "S2"}
        choose_in_combo(qtbot, dialog.fields["S1"], "José")
        choose_in_combo(qtbot, dialog.fields["S2"], "Zoë")
        from PySide6.QtWidgets import QDialogButtonBox

        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(RenameDialog, name_wrongly)
    qtbot.mouseClick(page.transcript.rename_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "José:" in page.transcript.list.item(0).text(), timeout=60000)
    wait_jobs_done(qtbot, window)
    assert _embedding_side(data_dir, ids.recording_id, "Zoë") == "S2"  # the sample follows the (wrong) name
    qtbot.mouseClick(page.transcript.swap_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)
    # After the swap, the voice named Zoë is Zoë's own again, and so is her voice sample.
    assert _embedding_side(data_dir, ids.recording_id, "Zoë") == "S1"
    assert _embedding_side(data_dir, ids.recording_id, "José") == "S2"


def test_an_automatic_name_says_where_it_came_from_and_asks_for_a_check(qtbot, open_window, demo_vault_dir):
    from talktogether_desktop.storage import speakers as speakers_store
    from talktogether_desktop.storage.vault import open_vault
    from talktogether_desktop.ui.recording_page import RenameDialog
    from tt_testing import PASSPHRASE

    from .uihelp import open_couple, unlock

    data_dir, ids = demo_vault_dir
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        # As the diarize step leaves a recording named from voice samples: no name given by hand.
        vault.execute("DELETE FROM speaker_fixes WHERE recording_id = ?", (ids.recording_id,))
        zoe, jose = couples_store.list_partners(vault, ids.couple_id)
        speakers_store.set_speaker(vault, ids.recording_id, "S1", zoe["id"], None, 0.93)
        speakers_store.set_speaker(vault, ids.recording_id, "S2", jose["id"], None, 0.64)
    window = open_window(data_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, ids.couple_id)
    table = window.couple_page.table
    double_click(qtbot, table.viewport(), table.visualItemRect(table.item(0, 1)).center())
    page = window.recording_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    settle(qtbot, window)
    note = page.transcript.names_note.text()
    assert "voice samples" in note and "the first voice (S1) is Zoë (a clear match, 93%)" in note
    assert "the second voice (S2) is José (an unclear match, 64%)" in note
    assert "check" in note
    assert page.transcript.check_btn.isVisibleTo(page)
    heard = {}

    def listen(dialog: RenameDialog):
        heard["labels"] = [form_label for form_label in dialog.fields]
        qtbot.mouseClick(dialog.play_buttons["S2"], Qt.MouseButton.LeftButton)
        heard["playing"] = page.player.player.playing
        dialog.reject()

    when_modal(RenameDialog, listen)
    qtbot.mouseClick(page.transcript.check_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "playing" in heard, timeout=5000)
    assert heard == {"labels": ["S1", "S2"], "playing": True}
    page.stop_playback()


def test_ctrl_tab_moves_between_the_recording_tabs_wherever_the_focus_is(qtbot, demo_window):
    window, _ids = demo_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    page = window.recording_page
    page.player.play_btn.setFocus()  # focus outside the tabs
    assert page.tabs.currentWidget() is page.transcript
    qtbot.keyClick(page.player.play_btn, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.analysis
    qtbot.keyClick(page.player.play_btn, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.tabs.currentWidget() is page.transcript
