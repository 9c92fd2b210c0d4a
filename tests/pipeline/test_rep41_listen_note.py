"""The therapist's note when the couple's version leaves out lines only to listen to: said of two lines as of two
(walk40p c2, `report 1 --mode shareable`: "leaves out 2 lines … with what led up to it … and it may be nothing. The
clinician's version … has it"), and two kinds told apart ("coercive control: money, threat or intimidation" read as
one list of three)."""

from __future__ import annotations

from talktogether_desktop.pipeline.ops_reports import listen_only_note

MONEY = {"t": 19.0, "category": "financial_control", "group": "coercive control: money", "source": "meaning",
         "confidence": "low", "listen_only": True}
THREAT = {"t": 74.0, "category": "threat", "group": "threat or intimidation", "source": "meaning", "confidence": "low",
          "listen_only": True}


def test_two_lines_are_them_and_their_kinds_are_told_apart():
    note = listen_only_note([MONEY, THREAT])
    assert "leaves out 2 lines kept for you to listen to first (at 00:19, 01:14; read by their meaning" in note, note
    assert "with what led up to them." in note and "and they may be nothing." in note, note
    assert "has them: listen there" in note, note
    assert " it " not in note.replace("it may", "").replace("(it", ""), note
    assert "coercive control: money; threat or intimidation" in note, note


def test_one_line_is_it():
    note = listen_only_note([MONEY])
    assert "leaves out 1 line kept for you to listen to first (at 00:19; read by its meaning" in note, note
    assert "with what led up to it." in note and "and it may be nothing." in note and "has it: listen there" in note
