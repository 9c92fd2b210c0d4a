"""Sec 47 in the window (real vault, real offscreen window): the automatic lock counts the time the computer slept.

The idle minutes ran on Qt's timer, whose clock (CLOCK_MONOTONIC on Linux) stops while a laptop is suspended: closed
two minutes after the last click and opened the next morning, the window showed the couple's case file for eight more
minutes of a ten-minute setting, to whoever opened it. A suspend is played here by moving the clock that counts sleep
(Linux's CLOCK_BOOTTIME) on by eight hours while Qt's timer has hours left: the window locks within about a second."""

from __future__ import annotations

import time

import pytest

from talktogether_desktop.ui import idle_lock

from .uihelp import settle

pytestmark = pytest.mark.gui


def test_a_night_asleep_counts_as_idle_time(qtbot, couple_window, monkeypatch):
    window, _couple_id, _data_dir = couple_window
    window.idle.set_minutes(10)
    window.idle.arm()
    assert window.unlocked and window.idle.armed
    slept = 8 * 3600.0
    woke = time.monotonic()
    monkeypatch.setattr(idle_lock, "_clock", lambda real=idle_lock._clock: real() + slept)
    qtbot.waitUntil(lambda: not window.unlocked, timeout=5000)
    assert time.monotonic() - woke < 3.0  # Qt's own timer still had ten minutes to go
    settle(qtbot, window)
    assert "no activity" in window.unlock_page.status.text()


def test_activity_before_the_minutes_are_up_keeps_it_open(qtbot, couple_window, monkeypatch):
    window, _couple_id, _data_dir = couple_window
    window.idle.set_minutes(10)
    window.idle.arm()
    now = [idle_lock._clock()]
    monkeypatch.setattr(idle_lock, "_clock", lambda: now[0])
    now[0] += 9 * 60.0  # asleep nine minutes of ten: not yet
    qtbot.wait(1500)
    assert window.unlocked
    qtbot.keyClick(window.couples.view, "a")  # a key restarts the minutes
    now[0] += 9 * 60.0
    qtbot.wait(1500)
    assert window.unlocked
    now[0] += 61.0
    qtbot.waitUntil(lambda: not window.unlocked, timeout=5000)

