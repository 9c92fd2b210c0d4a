"""The transcript marks speech that was heard but not recognised, in time order; it can be chosen and played."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.ui.recording_data import lines_from_words, with_unrecognised
from talktogether_desktop.ui.transcript_view import TranscriptView

pytestmark = pytest.mark.gui


def test_unrecognised_speech_is_a_line_of_its_own(qtbot):
    words = [{"start": 0.5, "end": 0.9, "word": "Hello", "speaker": "S1", "seq": 0},
             {"start": 6.0, "end": 6.4, "word": "Okay.", "speaker": "S2", "seq": 1}]
    lines = with_unrecognised(lines_from_words(words), [{"start": 2.0, "end": 4.5}])
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.set_lines(lines, {"S1": "Ana", "S2": "Ben"})
    texts = view.line_texts()
    assert texts[0].endswith("Ana:  Hello") and texts[2].endswith("Ben:  Okay.")
    assert "speech here, no words recognised, 00:02–00:04" in texts[1]
    item = view.list.item(1)
    assert item.font().italic()
    view.list.scrollToItem(item)
    where = view.list.visualItemRect(item).center()
    with qtbot.waitSignal(view.line_chosen, timeout=2000) as chosen:
        qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert chosen.args == [2.0]
    with qtbot.waitSignal(view.play_from, timeout=2000) as played:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert played.args == [2.0, 4.5]
