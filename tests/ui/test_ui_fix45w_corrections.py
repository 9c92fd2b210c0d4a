"""Fix 45w in the window (real vault, real offscreen widgets): the analysis shown while a correction is processed.

A word corrected on the transcript is processed as a job that makes the analysis again. Meanwhile the Report tab said
that the report is made again once the change is done (fix 44w), but the Analysis tab went on showing the reading from
before the change with nothing on the page to say so but the small "Updating the transcript…" in the corner. The banner
under the title now says that the analysis shown is from before the change under way, until the new one is shown."""

from __future__ import annotations

import pytest

from .uihelp import edit_a_word, shoot, wait_jobs_done

pytestmark = pytest.mark.gui


def test_the_analysis_shown_while_a_correction_is_processed_says_it_is_from_before_the_change(qtbot, demo_window):
    window, _ids = demo_window
    page = window.recording_page
    assert not page.banner.isVisible()
    view = page.transcript
    edit_a_word(qtbot, view)
    page.tabs.setCurrentWidget(page.analysis)
    assert window.jobs.is_busy_with(page.recording_id)  # (handed to the jobs as the dialog closed)
    assert page.analysis.summary.text()  # the analysis from before the change is still shown...
    assert page.banner.isVisible() and "from before the change under way" in page.banner.text()  # ...and says so
    shoot(window, "fix45w-analysis-while-a-correction-is-processed")

    wait_jobs_done(qtbot, window)
    qtbot.waitUntil(lambda: page.state.text() == "Ready", timeout=30000)
    assert not page.banner.isVisible() and "Honestly" in view.list.item(1).text()
