"""Fix 40 in the window (real vault, real offscreen widgets): what is shown follows today's rules, the stored words
and states stay as they were.

- An analysis stored before quotes were cut at word boundaries showed "…you went on abou…" in "At a glance" (the PDF
  already printed "…you went on…").
- A planned session whose day had passed stayed "planned", and a practice whose review session was held stayed
  "active", with nothing said; now each is said on the couple page with a one-click mark."""

from __future__ import annotations

import re
from datetime import date, timedelta

from talktogether_desktop.analysis import analyze
from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.storage import couples, practice
from talktogether_desktop.storage.settings import Settings
from talktogether_desktop.storage.vault import open_vault

from analysis.timeline import spoken
from tt_testing import PASSPHRASE, tone_wav

from .uihelp import open_couple, open_recording, settle, shoot, unlock

LONG = ("Because you went through my phone every night like last month, and I only shoved you, it was not a big deal "
        "and you went on about it for days and days.")


def _older_analysis() -> dict:
    analysis = analyze(spoken(("S1", "Why do you keep bringing up what happened in the kitchen?", 0), ("S2", LONG, 0.5),
                              ("S1", "You did shove me.", 0.5)), names={"S1": "Ruth", "S2": "Dan"})
    o = next(o for o in analysis["observations"] if LONG[:30] in o["text"])
    o["text"] = f"Safety language (violence) at 00:05: Dan said \u201c{LONG[:128]}\u2026\u201d Please listen to it."
    assert LONG[:128].endswith("abou")  # as an analysis saved before the cut at a word's end says it
    return analysis


def test_an_older_analysis_cut_mid_word_is_shown_cut_at_the_word_before(qtbot, open_window, fresh_vault_dir):
    from talktogether_desktop.storage import analyses, recordings

    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples.add_couple(vault, "Ruth and Dan", ["Ruth", "Dan"])
        couples.record_consent(vault, couple_id)
        data = tone_wav(12.0)
        rid = recordings.add_recording(vault, couple_id, data, recordings.sha256_hex(data), {
            "container": "wav", "codec": "pcm_s16le", "duration_s": 12.0, "channels": 1, "sample_rate": 16000},
            original_name="kitchen.wav")
        recordings.set_status(vault, rid, "analysed")
        analyses.save_analysis(vault, rid, _older_analysis())
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page = open_recording(qtbot, window, rid)
    settle(qtbot, window)
    shown = " ".join(re.sub(r"<[^>]+>", " ", page.analysis.summary.text()).split())
    assert "went on\u2026\u201d" in shown and "abou\u2026" not in shown, shown
    page.tabs.setCurrentWidget(page.analysis)
    shoot(window, "fix40-older-quote")
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:  # the stored words kept
        stored = analyses.latest_analysis(vault, rid)
        assert any("abou\u2026" in o["text"] for o in stored["observations"])


def test_a_passed_session_and_a_practice_due_for_review_are_said_and_marked_with_one_click(
        qtbot, open_window, fresh_vault_dir):
    today = date.today()
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        couple_id = couples.add_couple(vault, "Ana and Sam", ["Ana", "Sam"])
        given = ops_practice.draft_assignment("time_out_plan", start_date=(today - timedelta(days=20)).isoformat(),
                                              review_on=(today - timedelta(days=6)).isoformat())
        aid = ops_practice.assign_practice(vault, Settings(), couple_id, given)["id"]
        past = couples.add_session(vault, couple_id, (today - timedelta(days=30)).isoformat() + "T10:00", 50)
        held = couples.add_session(vault, couple_id, (today - timedelta(days=5)).isoformat() + "T10:00", 50)
        couples.update_session(vault, held, status="attended")
    window = open_window(fresh_vault_dir)
    unlock(qtbot, window)
    open_couple(qtbot, window, couple_id)
    page, flow = window.couple_page, window.couple_flow.follow_up
    day = today - timedelta(days=30)
    said = f"{day.day} {day:%b}" + ("" if day.year == today.year else f" {day.year}")
    behind = page.sessions.item(0)
    assert behind.text().endswith("· not marked held"), behind.text()  # one line; the whole sentence on hover
    assert behind.toolTip().startswith(f"Planned for {said}, not marked held."), behind.toolTip()
    assert "Due for review: the session on" in page.practice.item(0).text(), page.practice.item(0).text()
    assert flow.held_btn.isVisible() and flow.held_btn.text() == f"Mark {said} held"
    assert flow.done_btn.isVisible()
    shoot(window, "fix40-marks")
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert couples.get_session(vault, past)["status"] == "planned"  # nothing marked by itself
    qtbot.mouseClick(flow.held_btn, _left())
    qtbot.waitUntil(lambda: not flow.held_btn.isVisible(), timeout=20000)
    qtbot.mouseClick(flow.done_btn, _left())
    qtbot.waitUntil(lambda: not flow.done_btn.isVisible(), timeout=20000)
    settle(qtbot, window)
    assert not any("not marked held" in page.sessions.item(i).text() for i in range(page.sessions.count()))
    assert "Due for review" not in page.practice.item(0).text() and "done" in page.practice.item(0).text()
    shoot(window, "fix40-marked")
    with open_vault(fresh_vault_dir, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert couples.get_session(vault, past)["status"] == "attended"
        assert practice.get_assignment(vault, aid)["status"] == "done"


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
