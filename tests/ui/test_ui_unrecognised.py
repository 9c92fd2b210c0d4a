"""The transcript marks speech that was heard but not recognised, in time order; it can be chosen and played."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talktogether_desktop.pipeline.formats import lines_from_words, with_unrecognised
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


def test_words_whose_speaker_is_unsure_are_a_marked_line(qtbot):
    said = [("You", 0.95), ("read", 0.93), ("it.", 0.95), ("I", 0.55), ("saw", 0.52), ("one", 0.58), ("line.", 0.57),
            ("It", 0.91), ("was", 0.9), ("work.", 0.92)]
    words = [{"start": 0.5 + 0.4 * k, "end": 0.8 + 0.4 * k, "word": w, "speaker": "S1", "speaker_confidence": c, "seq": k}
             for k, (w, c) in enumerate(said)]
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    view.set_lines(lines_from_words(words), {"S1": "Ana", "S2": "Ben"})
    texts = view.line_texts()
    assert [t.split("  ", 1)[1] for t in texts] == ["Ana:  You read it.", "Ana (speaker unsure):  I saw one line.",
                                                     "Ana:  It was work."]
    item = view.list.item(1)
    assert item.font().italic() and "hard to tell apart" in item.toolTip()
    assert not view.list.item(0).font().italic()
