"""Fix 45w in the window (real vault, real offscreen widgets): finding a couple whose names have accents.

The couples search set case and dashes aside but not accents: typed on a keyboard without those letters, "zoe" did not
find Zoë, "sorensen" did not find Sørensen and "nunez" did not find Núñez. The list said "No couple matches “zoe”.", as
if there were no such couple. Accents are set aside now, both ways (typed with them, they still find the couple)."""

from __future__ import annotations

import pytest

from talktogether_desktop.storage import couples as couples_store
from talktogether_desktop.storage.vault import open_vault
from tt_testing import PASSPHRASE

from .uihelp import shoot, type_text, unlock

pytestmark = pytest.mark.gui


def test_the_couples_search_finds_names_typed_without_their_accents(qtbot, open_window, fresh_vault_dir):
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couples_store.add_couple(vault, "Sørensen", ["Zoë", "陈伟"])
        couples_store.add_couple(vault, "Dupré-Núñez", ["Hélène", "Joaquín"])
        couples_store.add_couple(vault, "Okafor", ["Ada", "Chidi"])
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    panel = window.couples
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 3, timeout=10000)
    for typed, found in (("sorensen", "Sørensen"), ("zoe", "Sørensen"), ("nunez", "Dupré-Núñez"),
                         ("dupre", "Dupré-Núñez"), ("helene joaquin", "Dupré-Núñez"), ("Zoë", "Sørensen"),
                         ("Núñez", "Dupré-Núñez"), ("陈", "Sørensen"), ("chidi", "Okafor")):
        panel.search.clear()
        type_text(qtbot, panel.search, typed)
        assert panel.search.text() == typed
        assert panel.proxy.rowCount() == 1, typed
        assert panel.proxy.index(0, 0).data().startswith(found), typed
        assert not panel.empty.isVisible()
    shoot(window, "fix45w-search-without-accents")
    panel.search.clear()
    type_text(qtbot, panel.search, "sorenson")  # a different name is still no match
    assert panel.proxy.rowCount() == 0 and panel.empty.text() == "No couple matches “sorenson”."


def test_the_transcript_search_finds_words_typed_without_their_accents(qtbot, demo_window):
    """The same in the transcript's search: "jose" found none of José's lines ("0 found"), and Enter went nowhere."""
    from PySide6.QtCore import Qt

    window, _ids = demo_window
    view = window.recording_page.transcript
    joses = [i for i in range(view.list.count()) if "José" in view.list.item(i).text()]
    assert joses
    type_text(qtbot, view.search, "José")
    assert view.matches.text() == f"{len(joses)} found"
    view.search.clear()
    view.list.setCurrentRow(0)
    qtbot.keyClicks(view.search, "jose")
    assert view.matches.text() == f"{len(joses)} found"
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # the next match
    assert view.list.currentRow() == joses[0]
