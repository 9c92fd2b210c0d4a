"""Errors become plain messages in one place; the task manager drops answers asked before a lock."""

from __future__ import annotations

import threading

import pytest

from talktogether_desktop import errors as E
from talktogether_desktop.ui.errors import ErrorPresenter, message_for
from talktogether_desktop.ui.taskman import TaskManager


@pytest.mark.parametrize(
    "exc, title",
    [
        (E.WrongPassphrase("That passphrase does not open this vault."), "Passphrase not accepted"),
        (E.WrongRecoveryCode("No."), "Recovery code not accepted"),
        (E.BadAudio("'x.txt' is not an audio file."), "This file cannot be used"),
        (E.ConsentMissing("Consent first."), "Consent is needed first"),
        (E.DuplicateRecording("Imported before.", 3), "Already imported"),
        (E.ModelUnavailable("Missing."), "Speech model not available"),
        (E.BackupError("Checksum mismatch."), "Backup problem"),
    ],
)
def test_typed_errors_map_to_a_title_and_advice(exc, title):
    msg = message_for(exc)
    assert msg.title == title
    assert str(exc).rstrip(".") in msg.text
    assert len(msg.text) > len(str(exc))  # what to do is added


def test_unexpected_errors_never_show_a_traceback():
    try:
        {}["missing"]
    except KeyError as exc:
        msg = message_for(exc)
    assert msg.title == "Something went wrong"
    assert "Traceback" not in msg.text and "KeyError" not in msg.text and "missing" not in msg.text


def test_cancel_is_quiet(qtbot):
    seen = []
    presenter = ErrorPresenter(None, status=seen.append)
    presenter.show(E.Cancelled("Stopped at your request."))
    assert seen == ["Stopped at your request."]
    assert presenter._boxes == []


def test_answers_asked_before_a_lock_are_dropped(qtbot):
    errors = []
    tasks = TaskManager(errors.append)
    release = threading.Event()
    results = []
    closed = []

    class FakeVault:
        def close(self):
            closed.append(True)

    tasks.run_without_vault(lambda: tasks.set_vault(FakeVault()))
    qtbot.waitUntil(tasks.is_idle, timeout=2000)
    tasks.run(lambda v: release.wait(2) and "client detail", results.append)
    tasks.close_vault()  # the lock
    release.set()
    qtbot.waitUntil(tasks.is_idle, timeout=3000)
    assert results == [] and errors == [] and closed == [True]
    # After the lock, vault work is refused with the typed error.
    tasks.run(lambda v: "x", results.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=2000)
    assert isinstance(errors[0], E.VaultLocked) and results == []
    tasks.shutdown()


def test_none_refcount_guard_applies_only_to_the_faulty_pyside():
    from talktogether_desktop.ui.qt_compat import needs_guard

    assert needs_guard("6.12.0", (3, 11))
    assert not needs_guard("6.12.0", (3, 12))
    assert not needs_guard("6.11.3", (3, 11))


def test_void_qt_calls_leave_none_alone(qtbot):
    import sys

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -50  # PySide6 6.12.0 on 3.11 loses one per call


def test_safety_flags_come_first_and_are_never_folded_in(qtbot):
    from talktogether_desktop.ui.analysis_view import AnalysisView

    view = AnalysisView()
    qtbot.addWidget(view)
    view.show()
    analysis = {
        "duration_s": 60.0,
        "safety_flags": [{"t": 12.0, "end": 13.0, "speaker": "S2", "category": "fear", "quote": "I am scared of you"}],
        "escalation_curve": [{"t": 0.0, "end": 10.0, "score": 0.1}, {"t": 10.0, "end": 20.0, "score": 0.9}],
        "escalation_points": [],
        "reaching_for": {},
        "speakers": [{"id": "S1", "talk_share": 0.5}, {"id": "S2", "talk_share": 0.5}],
        "observations": [],
    }
    view.set_analysis(analysis, {"S1": "Ann", "S2": "Ben"})
    assert view.safety.isVisible()
    assert "0:12" in view.safety.text() and "Ben" in view.safety.text() and "I am scared of you" in view.safety.text()
    layout = view.widget().layout()
    assert layout.indexOf(view.safety) == 0  # above everything else, the disclaimer included
    assert "not a diagnosis" in view.disclaimer.text()
    assert view.moments.item(0).text().startswith("No moments")
    view.clear()
    assert not view.safety.isVisible() and view.safety.text() == ""


def test_a_possible_reading_by_meaning_is_listed_to_listen_to_not_as_heard(qtbot, monkeypatch):
    """A low reading by meaning alone (the real engine's result, the line's reading fixed below `meaning_sure`)
    sits in its own, softer box that says it may be nothing; the red 'heard' box is kept for what the rules heard."""
    from talktogether_desktop.analysis import analyze
    from talktogether_desktop.ui.analysis_view import AnalysisView

    from analysis.readings import fix_reading
    from analysis.timeline import conversation, end_of, say

    line = "Your phone lit up while you were in the shower, who's Dave?"
    fix_reading(monkeypatch, line, "safety_monitoring", 0.98, 0.7)
    lines = ["You are so selfish, what is wrong with you?", "I am scared of you.", line]
    utterances, t = [], 0.0
    for k, text in enumerate(lines):
        utterances.append(say("S1" if k % 2 == 0 else "S2", t, text))
        t = end_of(utterances[-1]) + 0.5
    analysis = analyze(conversation(*utterances))
    assert [f["listen_only"] for f in analysis["safety_flags"] if f.get("source") == "meaning"] == [True]
    view = AnalysisView()
    qtbot.addWidget(view)
    view.show()
    view.set_analysis(analysis, {"S1": "Ann", "S2": "Ben"})
    assert view.safety.isVisible() and "I am scared of you" in view.safety.text()
    assert "messages" not in view.safety.text()
    assert view.listen.isVisible() and "who&#x27;s Dave" in view.listen.text() and "may be nothing" in view.listen.text()
    view.clear()
    assert not view.listen.isVisible() and view.listen.text() == ""


def test_clicking_a_time_in_the_analysis_asks_to_play_it(qtbot):
    from talktogether_desktop.ui.analysis_view import AnalysisView

    view = AnalysisView()
    qtbot.addWidget(view)
    view.set_analysis({"duration_s": 30.0, "safety_flags": [{"t": 7.5, "speaker": "S1", "category": "threat", "quote": "q"}],
                       "reaching_for": {"S1": [{"t": 3.25, "label": "reassurance", "quote": "Do you care?", "response": "away"}]}},
                      {"S1": "Ann"})
    assert "href='t:7.50'" in view.safety.text() and "href='t:3.25'" in view.reaching.text()
    with qtbot.waitSignal(view.play_at) as got:
        view.reaching.linkActivated.emit("t:3.25")
    assert got.args[0] == 3.25


def test_a_bid_met_against_by_an_unsure_reading_says_so_in_the_window(qtbot):
    """Round 16: a reply read as against by the replies examples alone (no attack read) is shown as an unsure reading
    to check, not as plain pushback (the real engine's result)."""
    from talktogether_desktop.analysis import analyze
    from talktogether_desktop.ui.analysis_view import AnalysisView

    from analysis.timeline import conversation, end_of, say

    a = say("S1", 0.0, "I'm so excited about the concert on Friday!")
    analysis = analyze(conversation(a, say("S2", end_of(a) + 0.6, "Tribute bands are never as good as the real thing.")))
    view = AnalysisView()
    qtbot.addWidget(view)
    view.show()
    view.set_analysis(analysis, {"S1": "Ann", "S2": "Ben"})
    assert "Ben may have pushed it away (an unsure reading: check the recording)" in view.reaching.text()
    assert "may have answered it with push-back (an unsure reading: check the recording)" in " ".join(
        o["text"] for o in analysis["observations"])
