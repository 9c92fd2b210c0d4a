"""Fix 42w in the window (real vault, real offscreen widgets): long names at 1024x700, nothing cut without a word.

- A couple with two 60-character partner names: the one-line "Partners: …" widened the couple page past the window,
  cutting off its right side (the title's "…", the More… button, the table's columns) with no way to scroll to it.
- The analysis' figures, headed by the two names side by side, widened the analysis sideways: every sentence of
  "At a glance" was cut at the right edge and had to be scrolled to.
- The couples list ended a long name and the partners with "…" and had no tooltip to give them whole.
- The waveform painted each name in its 88 pixels, cut mid-letter ("Bartholome"), with nothing to give it whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolTip

from talktogether_desktop.storage import couples
from talktogether_desktop.storage.vault import open_vault

from tt_testing import PASSPHRASE

from .uihelp import cut_off, open_couple, open_recording, settle, shoot, unlock

pytestmark = pytest.mark.gui

COUPLE = "Wolfeschlegelsteinhausen-Bergerdorff and Papadopoulou-Nakamu"
FIRST = "Maximiliana Alejandra Konstantinopoulou-Featherstonehaugh Jr"
SECOND = "Bartholomew Ignatius Vanderbilt-Oyelaran-Smithson-Kowalczyk"


@pytest.fixture
def long_names(qtbot, open_window, demo_vault_dir):
    data_dir, ids = demo_vault_dir
    assert len(COUPLE) == len(FIRST) == 60 and len(SECOND) == 59
    with open_vault(data_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        partners = couples.get_couple(vault, ids.couple_id)["partners"]
        couples.update_couple(vault, ids.couple_id, name=COUPLE,
                              partner_names={partners[0]["id"]: FIRST, partners[1]["id"]: SECOND})
    window = open_window(data_dir)
    unlock(qtbot, window)
    window.resize(1024, 700)
    open_couple(qtbot, window, ids.couple_id)
    QApplication.processEvents()
    return window, ids


def _fits_sideways(scroll) -> None:
    assert scroll.widget().width() <= scroll.viewport().width(), "the page is wider than its window"


def test_a_couple_with_long_names_fits_the_window_and_shows_them_whole(qtbot, long_names):
    window, _ids = long_names
    page = window.couple_page
    _fits_sideways(page.scroll)
    right = page.scroll.viewport().mapTo(window, QPoint(page.scroll.viewport().width(), 0)).x()
    for button in page.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            assert button.mapTo(window, QPoint(button.width(), 0)).x() <= right, button.text()
    assert FIRST in page.partners.text() and SECOND in page.partners.text()
    assert page.title.is_elided() and page.title.toolTip() == COUPLE
    assert cut_off(window) == []
    view = window.couples.view  # the list ends the long name and partners with "…": the tooltip has them whole
    row = next(view.model().index(r, 0) for r in range(view.model().rowCount())
               if view.model().index(r, 0).data().startswith(COUPLE))
    assert COUPLE in row.data(Qt.ItemDataRole.ToolTipRole) and FIRST in row.data(Qt.ItemDataRole.ToolTipRole)
    shoot(window, "fix42w-long-names-couple", sizes=((1024, 700),))


def test_the_analysis_and_the_waveform_with_long_names(qtbot, long_names):
    window, ids = long_names
    page = open_recording(qtbot, window, ids.recording_id)
    settle(qtbot, window)
    page.tabs.setCurrentWidget(page.analysis)
    QApplication.processEvents()
    _fits_sideways(page.analysis)

    wave = page.waveform
    shown = [wave.lane_name_shown(0), wave.lane_name_shown(1)]
    assert all(name.endswith("\u2026") for name in shown), shown
    assert {shown[0][:-1], shown[1][:-1]} <= {FIRST[:len(shown[0]) - 1], SECOND[:len(shown[1]) - 1]}
    tips = []
    for lane in (0, 1):
        at = QPoint(20, 6 + lane * 34 + 17)
        QApplication.sendEvent(wave, QHelpEvent(QEvent.Type.ToolTip, at, wave.mapToGlobal(at)))
        tips.append(QToolTip.text())
    assert sorted(tips) == sorted([FIRST, SECOND])
    shoot(window, "fix42w-long-names-analysis", sizes=((1024, 700),))


def test_short_partner_names_stay_on_one_line(qtbot, demo_window):
    window, ids = demo_window
    open_couple(qtbot, window, ids.couple_id)
    window.resize(1024, 700)
    QApplication.processEvents()
    partners = window.couple_page.partners
    assert partners.text() == "Partners: Zoë and José"
    assert partners.height() < 2 * partners.fontMetrics().lineSpacing(), "two short names wrapped onto two lines"
