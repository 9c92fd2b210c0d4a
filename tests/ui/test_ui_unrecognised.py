"""The transcript marks speech that was heard but not recognised, in time order, and plays it on double-click."""

from __future__ import annotations

import pytest

from talktogether_desktop.ui.recording_data import lines_from_words, with_unrecognised
from talktogether_desktop.ui.transcript_view import TranscriptView

from .uihelp import double_click

pytestmark = pytest.mark.gui


def test_unrecognised_speech_is_a_line_of_its_own(qtbot):
    words = [{"start": 0.5, "end": 0.9, "word": "Hello", "speaker": "S1", "seq": 0},
             {"start": 6.0, "end": 6.4, "word": "Okay.", "speaker": "S2", "seq": 1}]
    lines = with_unrecognised(lines_from_words(words), [{"start": 2.0, "end": 4.5}])
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    view.set_lines(lines, {"S1": "Ana", "S2": "Ben"})
    texts = view.line_texts()
    assert texts[0].endswith("Ana:  Hello") and texts[2].endswith("Ben:  Okay.")
    assert "speech here, no words recognised, 00:02–00:04" in texts[1]
    item = view.list.item(1)
    assert item.font().italic()
    with qtbot.waitSignal(view.play_from, timeout=2000) as played:  # a click selects; a double-click plays (issue 15)
        double_click(qtbot, view.list.viewport(), view.list.visualItemRect(item).center())
    assert played.args == [2.0, 4.5]
