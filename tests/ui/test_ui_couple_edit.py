"""Edit… on the couple page: the names filled in, a same name warned of, an empty one refused, the lists updated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import open_vault
from talktogether_desktop.ui.couple_dialogs import DeleteCoupleDialog
from talktogether_desktop.ui.couple_edit import EditCoupleDialog
from tt_testing import PASSPHRASE

from .uihelp import choose_from_menu, open_couple, settle, unlock, when_modal

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]


def test_edit_corrects_names_and_pronouns_and_both_lists_show_them(qtbot, open_window, fresh_vault_dir):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couples_store.add_couple(vault, "Brown", ["Ann", "Bo"])
        couple_id = couples_store.add_couple(vault, "Rivra-Okafor", ["Sma", "Ada"], ["she/her"])
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    seen: dict = {}

    def fill(dialog: EditCoupleDialog):
        (_sam, sam_name, sam_pron), (_ada, ada_name, ada_pron) = dialog.partner_fields
        seen["filled"] = (dialog.name.text(), sam_name.text(), sam_pron.text(), ada_name.text(), ada_pron.text())
        seen["first_warning"] = dialog.problem.isVisibleTo(dialog)
        dialog.name.clear()
        seen["empty"] = (dialog.ok.isEnabled(), dialog.problem.text())
        dialog.name.setText("brown")  # another couple's name, as the search compares names
        seen["same"] = (dialog.ok.isEnabled(), dialog.ok.text(), dialog.problem.isVisibleTo(dialog), dialog.problem.text())
        dialog.name.setText("Rivera–Okafor")
        sam_name.setText("Sam")
        sam_pron.setText("they/them")
        ada_pron.setText("she/her")
        seen["ok"] = (dialog.ok.isEnabled(), dialog.ok.text(), dialog.problem.isVisibleTo(dialog))
        dialog.ok.click()

    when_modal(EditCoupleDialog, fill)
    qtbot.mouseClick(window.couple_page.edit_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.couple_page.title.text() == "Rivera–Okafor", timeout=20000)
    settle(qtbot, window)

    assert seen["filled"] == ("Rivra-Okafor", "Sma", "she/her", "Ada", "")
    assert seen["first_warning"] is False
    assert seen["empty"][0] is False and "cannot be left empty" in seen["empty"][1]
    assert seen["same"][:3] == (True, "Save anyway", True)
    assert "A couple with this name is already in the list: Brown (Ann & Bo)" in seen["same"][3]
    assert seen["ok"] == (True, "Save", False)
    assert window.couple_page.partners.text() == "Partners: Sam (they/them) and Ada (she/her)"
    row = window.couples.model.row_for_id(couple_id)
    assert row is not None
    assert window.couples.model.index(row, 0).data().startswith("Rivera–Okafor\nSam & Ada")
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        stored = couples_store.get_couple(vault, couple_id)
        audit = [tuple(r) for r in vault.all("SELECT action, entity FROM audit_log WHERE action = 'update'")]
    assert stored["name"] == "Rivera–Okafor"
    assert [(p["display_name"], p["pronouns"]) for p in stored["partners"]] == [("Sam", "they/them"), ("Ada", "she/her")]
    assert audit == [("update", "couple"), ("update", "partner"), ("update", "partner")]

    def peek(dialog: DeleteCoupleDialog):  # the delete question names the couple as corrected, pronouns aside
        seen["delete"] = dialog.findChild(QLabel).text()
        dialog.reject()

    when_modal(DeleteCoupleDialog, peek)
    choose_from_menu(window.couple_page.more_btn.menu(), "Delete this couple")
    qtbot.waitUntil(lambda: "delete" in seen, timeout=20000)
    assert "This erases “Rivera–Okafor” (Sam and Ada):" in seen["delete"]


def test_the_more_menu_opens_the_same_dialog_and_cancel_keeps_the_names(qtbot, couple_window):
    window, couple_id, _data_dir = couple_window
    seen: dict = {}

    def cancel(dialog: EditCoupleDialog):
        seen["name"] = dialog.name.text()
        dialog.name.setText("Someone else")
        dialog.reject()

    when_modal(EditCoupleDialog, cancel)
    choose_from_menu(window.couple_page.more_btn.menu(), "Edit names")
    qtbot.waitUntil(lambda: "name" in seen, timeout=20000)
    settle(qtbot, window)
    assert seen["name"] == "Rivera–Okafor"
    assert window.couple_page.title.text() == "Rivera–Okafor"
    assert window.couple_page.partners.text() == "Partners: Sam and Ada"
