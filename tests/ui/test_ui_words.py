"""Single words in the transcript: the therapist moves words of a line to the other partner, or edits one
word, from the line's menu and a small dialog; the words, the analysis and the audit log follow."""

from __future__ import annotations

import io
import os
import re

import pypdf
import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.pipeline import ops_reports
from talktogether_desktop.storage import speakers as speakers_store
from talktogether_desktop.storage import transcripts as transcripts_store
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.transcript_view import LineRole
from talktogether_desktop.ui.word_dialogs import EditWordDialog, MoveWordsDialog
from tt_testing import PASSPHRASE

from .uihelp import choose_from_menu, menu_action, right_click, type_text, wait_jobs_done, when_modal

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("TT_SHOTS")  # a folder to keep the dialog and the transcript as PNG (to look at them)


def _line_of(page, name: str, min_words: int = 4) -> int:
    """The row of the first line of `name` with at least `min_words` words."""
    for row in range(page.transcript.list.count()):
        line = page.transcript.list.item(row).data(LineRole)
        if page.transcript.speakers.get(line.get("speaker")) == name and len(line.get("words") or []) >= min_words:
            return row
    raise AssertionError(f"no line of {name} with {min_words} words")


def _open_menu_on(qtbot, page, row: int):
    """Select a line with a click and open its menu with a right-click, as a person does."""
    view = page.transcript.list
    item = view.item(row)
    view.scrollToItem(item)
    where = view.visualItemRect(item).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    page.transcript._last_menu = None
    right_click(qtbot, view.viewport(), where)
    qtbot.waitUntil(lambda: getattr(page.transcript, "_last_menu", None) is not None, timeout=3000)
    return page.transcript._last_menu


def _click_word(qtbot, picker, index: int) -> None:
    item = picker.item(index)
    qtbot.mouseClick(picker.viewport(), Qt.MouseButton.LeftButton, pos=picker.visualItemRect(item).center())


def _stored(data_dir, recording_id):
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        words = transcripts_store.load_words(vault, recording_id)
        fixes = speakers_store.list_fixes(vault, recording_id)
        corrections = transcripts_store.list_corrections(vault, recording_id)
        audit = [tuple(r) for r in vault.all("SELECT action, entity, entity_id FROM audit_log")]
    return words, fixes, corrections, audit


def test_move_two_words_of_a_line_to_the_other_partner(qtbot, demo_window, demo_vault_dir):
    window, ids = demo_window
    data_dir, _ = demo_vault_dir
    page = window.recording_page
    names = dict(page.transcript.speakers)
    zoe = next(label for label, name in names.items() if name == "Zoë")
    jose = next(label for label, name in names.items() if name == "José")
    row = _line_of(page, "Zoë")
    line = page.transcript.list.item(row).data(LineRole)
    moved = line["words"][1:3]  # the second and third word: José said them
    _before_words, _fixes, _c, audit_before = _stored(data_dir, ids.recording_id)
    turns_before = page.data["analysis"]["turns"]
    menu = _open_menu_on(qtbot, page, row)
    seen = {}

    def choose_words(dialog):
        assert dialog.windowTitle() == "Move words to the other speaker"
        assert "José said" in dialog.intro.text()  # partners by name, never S1 or S2
        assert not dialog.ok.isEnabled() and dialog.ok.toolTip()  # nothing chosen yet: greyed, says why
        _click_word(qtbot, dialog.picker, 1)
        _click_word(qtbot, dialog.picker, 2)
        assert dialog.ok.isEnabled() and dialog.ok.text() == "Move to José"
        seen["summary"] = dialog.summary.text()
        if SHOTS:
            dialog.grab().save(os.path.join(SHOTS, "move_words_dialog.png"))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    if SHOTS:
        menu.grab().save(os.path.join(SHOTS, "line_menu.png"))
    when_modal(MoveWordsDialog, choose_words)
    choose_from_menu(menu, "Move words to the other speaker")
    menu.close()
    assert seen["summary"].startswith("2 words for José: “" + " ".join(w["word"] for w in moved))
    wait_jobs_done(qtbot, window)
    moved_text = " ".join(w["word"] for w in moved)
    qtbot.waitUntil(lambda: any(t.endswith(f"José:  {moved_text}") for t in page.transcript.line_texts()),
                    timeout=20000)
    if SHOTS:
        page.transcript.grab().save(os.path.join(SHOTS, "transcript_after_move.png"))

    words, fixes, _c, audit = _stored(data_dir, ids.recording_id)
    at = {(round(w["start"], 3), round(w["end"], 3)): w["speaker"] for w in words}
    assert [at[(round(w["start"], 3), round(w["end"], 3))] for w in moved] == [jose, jose]
    first, after = line["words"][0], line["words"][3]
    assert at[(round(first["start"], 3), round(first["end"], 3))] == zoe  # only the chosen words moved
    assert at[(round(after["start"], 3), round(after["end"], 3))] == zoe
    assert fixes[-1]["kind"] == "reassign" and fixes[-1]["params"]["speaker"] == jose
    assert fixes[-1]["params"]["start"] == pytest.approx(moved[0]["start"])
    assert fixes[-1]["params"]["end"] == pytest.approx(moved[-1]["end"])
    assert audit.count(("speaker_fix", "recording", ids.recording_id)) == \
        audit_before.count(("speaker_fix", "recording", ids.recording_id)) + 1
    # the analysis was made again: José now has a turn of exactly those words
    turns = page.data["analysis"]["turns"]
    assert turns != turns_before
    assert any(t["speaker"] == jose and t["text"] == moved_text for t in turns)
    assert not any(t["speaker"] == jose and t["text"] == moved_text for t in turns_before)
    # and the report made from it (with its transcript appendix) gives those words to José
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        pdf = ops_reports.make_session_prep(vault, load_settings(vault), ids.recording_id, transcript=True)["pdf"]
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert re.search(rf"José\s+{moved_text}\s", text) and not re.search(rf"Zoë\s+OK\. {moved_text}", text)


def test_edit_one_word_of_a_line(qtbot, demo_window, demo_vault_dir):
    window, ids = demo_window
    data_dir, _ = demo_vault_dir
    page = window.recording_page
    row = _line_of(page, "José")
    line = page.transcript.list.item(row).data(LineRole)
    target = line["words"][2]
    menu = _open_menu_on(qtbot, page, row)

    def edit(dialog):
        assert not dialog.ok.isEnabled() and not dialog.edit.isEnabled()  # choose a word first
        _click_word(qtbot, dialog.picker, 2)
        assert dialog.edit.text() == target["word"] and not dialog.ok.isEnabled()  # unchanged: nothing to do
        dialog.edit.selectAll()
        type_text(qtbot, dialog.edit, "sometimes")
        assert dialog.ok.text() == "Change the word" and dialog.ok.isEnabled()
        if SHOTS:
            dialog.grab().save(os.path.join(SHOTS, "edit_word_dialog.png"))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_modal(EditWordDialog, edit)
    choose_from_menu(menu, "Edit a word")
    menu.close()
    wait_jobs_done(qtbot, window)
    expected = [w["word"] for w in line["words"]]
    expected[2] = "sometimes"
    qtbot.waitUntil(lambda: page.transcript.list.item(row).data(LineRole)["text"] == " ".join(expected), timeout=20000)
    after = page.transcript.list.item(row).data(LineRole)["words"]
    # one word changed; every other word keeps its own time (a corrected line would spread them anew)
    assert [(w["start"], w["end"]) for w in after] == [(w["start"], w["end"]) for w in line["words"]]
    _words, _fixes, corrections, audit = _stored(data_dir, ids.recording_id)
    assert corrections[-1]["kind"] == "word" and corrections[-1]["text"] == "sometimes"
    assert corrections[-1]["start"] == pytest.approx(target["start"], abs=1e-3)
    assert ("correct_transcript", "recording", ids.recording_id) in audit
    assert any("sometimes" in t["text"] for t in page.data["analysis"]["turns"])


def test_word_actions_are_greyed_with_a_reason_for_several_lines(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    view = page.transcript.list
    view.setCurrentRow(0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     pos=view.visualItemRect(view.item(2)).center())
    assert len(view.selectedItems()) == 3
    qtbot.mouseClick(page.transcript.reassign_btn, Qt.MouseButton.LeftButton)
    menu = page.transcript._last_menu
    for text in ("Edit a word", "Move words to the other speaker", "Correct the whole line"):
        act = menu_action(menu, text)
        assert not act.isEnabled() and "one line" in act.toolTip()
    assert menu_action(menu, "Spoken by José").isEnabled()  # whole lines can still be given to a partner
    menu.close()


def test_words_chosen_in_two_places_are_two_moves_and_a_second_click_leaves_a_word(qtbot):
    words = [{"start": 0.5 * i, "end": 0.5 * i + 0.4, "word": w} for i, w in enumerate("yes I know that".split())]
    dialog = MoveWordsDialog(words, "Ana", {"S2": "Ben", "S3": "Cleo"})
    qtbot.addWidget(dialog)
    dialog.show()
    for index in (0, 1, 2, 3):
        _click_word(qtbot, dialog.picker, index)
    _click_word(qtbot, dialog.picker, 1)  # clicked again: Ana said it after all
    assert dialog.runs() == [(0.0, 0.4), (1.0, 1.9)]
    assert dialog.summary.text() == "3 words for Ben: “yes know that”, in 2 places."
    dialog.speaker.setFocus()
    qtbot.keyClick(dialog.speaker, Qt.Key.Key_Down)  # a third voice: say who
    assert dialog.target() == "S3" and dialog.ok.text() == "Move to Cleo"
