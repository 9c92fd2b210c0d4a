"""The first hour, start to end, through clicks and key presses (issue 15, "Done when").

Create a vault, take the demo, add a couple with accented names, record consent, import a
generated m4a, name its voices the wrong way round, swap them, import a second recording of the
same couple and find it named right from the voice samples, assign practice from the menu, export
the handout and the report, lock, unlock with the recovery code and set a new passphrase.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.couple_page import ConsentDialog
from talktogether_desktop.ui.couples_list import NewCoupleDialog
from talktogether_desktop.ui.practice_dialog import PracticeDialog
from talktogether_desktop.ui.recording_page import RenameDialog
from talktogether_desktop.ui.settings_page import PassphraseDialog
from talktogether_desktop.ui.vault_pages import RecoveryCodeDialog
from tt_speech import ffmpeg_convert, make_dialogue

from .uihelp import (
    choose_from_menu,
    choose_in_combo,
    click_message_button,
    double_click,
    settle,
    tick,
    type_text,
    wait_jobs_done,
    when_modal,
)

pytestmark = [pytest.mark.gui, pytest.mark.slow]

HER, HIM = "en-us+f3", "en-us"  # Hélène's and Joaquín's voices
FIRST = [
    (HER, "I wish we could plan the garden together this spring."),
    (HIM, "I know. The weekends have been busy with work."),
    (HER, "It would help me if you asked about my day."),
    (HIM, "You are right. I will ask you every evening."),
    (HER, "Thank you. That matters to me a lot."),
    (HIM, "Let us start on Saturday morning then."),
]
SECOND = [
    (HIM, "Did you see the new bicycle shop on the corner?"),
    (HER, "Yes, the garden centre is right next to it."),
    (HIM, "Maybe we could ride there together on Sunday."),
    (HER, "I would love that. We need more time outside."),
    (HIM, "The old bicycle needs new tyres first."),
    (HER, "Then let us fix it together on Saturday."),
]
NEW_PASSPHRASE = "copper meadow lantern violin"


def make_m4a(folder: Path, lines, recorded: str) -> tuple[Path, list]:
    wav, spans = make_dialogue(folder, lines)
    out = ffmpeg_convert(wav, folder / f"{folder.name}.m4a", "-c:a", "aac", "-b:a", "64k",
                         "-metadata", f"creation_time={recorded}")
    voices = [voice for voice, _text in lines]
    return out, [(start, end, voice) for (start, end, _t), voice in zip(spans, voices)]


def voice_of(line: dict, spans) -> str:
    """Which generated voice spoke a transcript line (the one covering most of it)."""
    def overlap(span):
        return min(line["end"], span[1]) - max(line["start"], span[0])

    return max(spans, key=overlap)[2]


def names_by_voice(page, spans) -> dict:
    """{voice: [names the transcript gives its lines]}."""
    out: dict = {HER: [], HIM: []}
    for i in range(page.transcript.list.count()):
        item = page.transcript.list.item(i)
        line = item.data(Qt.ItemDataRole.UserRole + 1)
        out[voice_of(line, spans)].append(page.transcript.speakers.get(line["speaker"], line["speaker"]))
    return out


def majority(names: list) -> str:
    return max(set(names), key=names.count) if names else ""


def shortcut(qtbot, window, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    """A key press on the window, as the therapist makes it (the window is the active one)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, key, modifiers)


def open_recording_row(qtbot, window, row: int) -> None:
    table = window.couple_page.table
    double_click(qtbot, table.viewport(), table.visualItemRect(table.item(row, 1)).center())
    qtbot.waitUntil(lambda: window.recording_page.data is not None and window.content.currentWidget() is window.recording_page,
                    timeout=30000)
    settle(qtbot, window)


def test_the_first_hour(qtbot, open_window, tmp_path, monkeypatch):
    first, first_spans = make_m4a(tmp_path / "first", FIRST, "2026-11-02T18:30:00Z")
    second, second_spans = make_m4a(tmp_path / "second", SECOND, "2026-11-09T19:00:00Z")
    picked: list = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (picked, ""))  # the system's pickers
    saves: dict = {}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, suggested, *a, **k: (str(tmp_path / "out" / saves.setdefault(caption, suggested)), ""))
    (tmp_path / "out").mkdir()
    seen: dict = {}

    # --- a new vault, its recovery code, the demo -------------------------------------------------------
    def recovery(dialog: RecoveryCodeDialog):
        seen["code"] = dialog.code_label.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cannot be skipped...
        assert dialog.isVisible()
        tick(qtbot, dialog.confirm)  # ...until it is written down
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_modal(RecoveryCodeDialog, recovery)
    when_modal(QMessageBox, lambda box: click_message_button(box, "Yes"))  # the demo, please
    window = open_window(tmp_path / "vault")
    window.activateWindow()
    page = window.create_page
    qtbot.keyClicks(page.passphrase, "first hour passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)  # goes on to the second field
    qtbot.keyClicks(page.repeat, "first hour passphrase")
    qtbot.keyClick(page.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unlocked, timeout=60000)
    qtbot.waitUntil(lambda: window.couples.model.rowCount() == 1, timeout=30000)  # the demo couple
    assert window.jobs.active()  # the demo is being processed

    # --- a couple with accented names, consent ----------------------------------------------------------
    def new_couple(dialog: NewCoupleDialog):
        type_text(qtbot, dialog.name, "Dupré-Núñez")
        type_text(qtbot, dialog.partner1, "Hélène")
        type_text(qtbot, dialog.partner2, "Joaquín")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_modal(NewCoupleDialog, new_couple)
    shortcut(qtbot, window, Qt.Key.Key_N)
    couple = window.couple_page
    qtbot.waitUntil(lambda: couple.title.text() == "Dupré-Núñez" and window.content.currentWidget() is couple, timeout=30000)
    assert couple.partners.text() == "Partners: Hélène and Joaquín"

    def consent(dialog: ConsentDialog):
        for box in dialog.boxes:
            tick(qtbot, box)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_modal(ConsentDialog, consent)
    qtbot.mouseClick(couple.consent_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: couple.has_consent, timeout=30000)

    # --- the first recording: import, name the voices wrongly, swap ------------------------------------
    picked[:] = [str(first)]
    shortcut(qtbot, window, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: couple.table.rowCount() == 1, timeout=30000)
    assert couple.table.item(0, 0).text().startswith("2026-11-02")  # the date in the file, not today's
    wait_jobs_done(qtbot, window, 600000)
    qtbot.waitUntil(lambda: couple.table.item(0, 3).text() == "Ready", timeout=30000)
    open_recording_row(qtbot, window, 0)
    rec = window.recording_page
    labels = names_by_voice(rec, first_spans)
    her_label, his_label = majority(labels[HER]), majority(labels[HIM])
    assert {her_label, his_label} == {"S1", "S2"}, labels

    def name_wrongly(dialog: RenameDialog):
        assert set(dialog.fields) == {"S1", "S2"}
        choose_in_combo(qtbot, dialog.fields[her_label], "Joaquín")
        choose_in_combo(qtbot, dialog.fields[his_label], "Hélène")
        from PySide6.QtWidgets import QDialogButtonBox

        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(RenameDialog, name_wrongly)
    qtbot.mouseClick(rec.transcript.rename_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: majority(names_by_voice(rec, first_spans)[HER]) == "Joaquín", timeout=30000)
    qtbot.mouseClick(rec.transcript.swap_btn, Qt.MouseButton.LeftButton)
    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: majority(names_by_voice(rec, first_spans)[HER]) == "Hélène", timeout=30000)
    assert majority(names_by_voice(rec, first_spans)[HIM]) == "Joaquín"

    # --- the second recording is named from the (fixed) voice samples -----------------------------------
    shortcut(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.content.currentWidget() is couple, timeout=10000)
    picked[:] = [str(second)]
    qtbot.mouseClick(couple.import_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: couple.table.rowCount() == 2, timeout=30000)
    wait_jobs_done(qtbot, window, 600000)
    qtbot.waitUntil(lambda: all(couple.table.item(r, 3).text() == "Ready" for r in range(2)), timeout=30000)
    newest = next(r for r in range(2) if couple.table.item(r, 1).text() == second.name)
    open_recording_row(qtbot, window, newest)
    names = names_by_voice(rec, second_spans)
    assert majority(names[HER]) == "Hélène" and majority(names[HIM]) == "Joaquín", names
    assert "voice samples" in rec.transcript.names_note.text()  # where the names came from

    # --- the report, exported ---------------------------------------------------------------------------
    bar = rec.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(rec.tabs.indexOf(rec.report)).center())
    qtbot.waitUntil(lambda: rec.report.page_count > 0, timeout=120000)
    qtbot.mouseClick(rec.report.export_btn, Qt.MouseButton.LeftButton)
    report = tmp_path / "out" / saves["Export report"]
    assert report.read_bytes().startswith(b"%PDF")

    # --- practice from the menu, its handout and calendar file ------------------------------------------
    shortcut(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.content.currentWidget() is couple, timeout=10000)
    when_modal(PracticeDialog, lambda dialog: qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton))
    choose_from_menu(couple.more_btn.menu(), "Assign practice")
    qtbot.waitUntil(lambda: couple.selected_assignment() is not None, timeout=30000)
    qtbot.mouseClick(couple.handout_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Save the practice handout" in saves and (tmp_path / "out" / saves["Save the practice handout"]).exists(),
                    timeout=30000)
    handout = tmp_path / "out" / saves["Save the practice handout"]
    text = subprocess.run(["pdftotext", str(handout), "-"], capture_output=True, text=True, check=True).stdout
    assert "Hélène" in text and "Joaquín" in text
    qtbot.mouseClick(couple.calendar_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Save the calendar file" in saves and (tmp_path / "out" / saves["Save the calendar file"]).exists(),
                    timeout=30000)
    assert (tmp_path / "out" / saves["Save the calendar file"]).read_text().startswith("BEGIN:VCALENDAR")

    # --- the demo was processed meanwhile ---------------------------------------------------------------
    assert any(window.couples.proxy.index(r, 0).data().startswith("Demo couple")
               for r in range(window.couples.proxy.rowCount()))

    # --- lock; unlock with the recovery code and choose a new passphrase --------------------------------
    open_recording_row(qtbot, window, newest)
    shortcut(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: not window.unlocked, timeout=10000)
    assert window.couple_page.title.text() == "" and rec.transcript.list.count() == 0
    unlock = window.unlock_page
    tick(qtbot, unlock.use_recovery)
    qtbot.keyClicks(unlock.secret, seen["code"])

    def new_passphrase(dialog: PassphraseDialog):
        seen["passphrase dialog"] = True
        qtbot.keyClicks(dialog.passphrase, "short")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # to the second field
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter on a bad passphrase says why
        assert "too short" in dialog.hint.text()
        dialog.passphrase.selectAll()
        qtbot.keyClicks(dialog.passphrase, NEW_PASSPHRASE)
        qtbot.keyClicks(dialog.repeat, NEW_PASSPHRASE)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_modal(PassphraseDialog, new_passphrase)
    messages: list = []
    window.statusBar().messageChanged.connect(messages.append)
    qtbot.keyClick(unlock.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unlocked, timeout=60000)
    try:
        qtbot.waitUntil(lambda: any("New passphrase set" in m for m in messages), timeout=30000)
    except Exception:
        raise AssertionError(f"no new passphrase: {messages} {seen}")
    assert window.errors.last is None, (window.errors.last, messages)
    # Back where the therapist was: the second recording.
    qtbot.waitUntil(lambda: window.content.currentWidget() is rec and rec.data is not None, timeout=30000)
    settle(qtbot, window)
    window.close()
    open_vault(tmp_path / "vault", passphrase=NEW_PASSPHRASE, use_keychain=False).close()
