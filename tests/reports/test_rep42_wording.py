"""rep42: wording a therapist reads on the walk41 reports.

- A repair said as a tag question ("Sorry, I do that, don't I.") was printed as cut off ("don't I.…").
- A practice of a kind not checked automatically said "Practised in the recording (the practice): not checked — this
  kind of practice is not checked automatically" (the same words twice, and "(the practice)" naming nothing).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf

from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.patterns import finding
from talktogether_desktop.reports.quote_ends import marked

FIXTURE = Path(__file__).parent / "fixtures" / "analysis_demo.json"
CONTEXT = {"couple_name": "Will & Hope", "partners": {"S1": "Will", "S2": "Hope"}, "recorded_at": "2026-11-29T19:40:00",
           "assignment": {"title": "One calm 10-minute conversation after dinner", "done": True}}


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def test_a_tag_question_is_not_printed_as_cut_off():
    for said in ("Sorry, I do that, don't I.", "We said we would, didn't we.", "I'm late again, aren't I."):
        assert finding({"t": 30.0, "quote": said, "confidence": "medium"}, lambda x: x).quote == said
    turns = [{"speaker": "S2", "start": 29.9, "end": 35.6,
              "text": "Yeah. Sorry, I do that, don't I. Thank you. I'm really glad you got the sleep."}]
    assert marked("Sorry, I do that, don't I.", turns, 30.0) == "Sorry, I do that, don't I."
    # words that do stop mid-clause still say so
    assert finding({"t": 1.0, "quote": "and then you just.", "confidence": "medium"}, lambda x: x).quote.endswith("\u2026")
    assert finding({"t": 1.0, "quote": "You barely left the", "confidence": "medium"}, lambda x: x).quote.endswith("\u2026")


def test_a_practice_not_checked_automatically_says_so_once():
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for mode in ("clinician", "shareable"):
        text = _text(render_session_prep(a, CONTEXT, mode=mode))
        assert "Practised in the recording: this kind of practice is not checked automatically" in text, (mode, text)
        assert "(the practice)" not in text and "not checked \u2014 this kind" not in text, (mode, text)


def _demo_like() -> dict:
    """The bundled demo conversation as `talktogether demo` analysed it on 5 Dec 2026: 7 needs and bids for the
    couple's version, one repair attempt and one heated stretch that eased after it."""
    return json.loads((FIXTURE.parent / "analysis_demo_run.json").read_text(encoding="utf-8"))


def test_the_couples_page_says_the_bid_count_once_and_the_repair_plainly():
    context = dict(CONTEXT, partners={"S1": "Zoë", "S2": "José"})
    shared = _text(render_session_prep(_demo_like(), context, mode="shareable"))
    count = shared.count("needs and bids were picked up in this recording")
    assert count == 1, shared
    assert "The 3 taken up (of 7 in all):" in shared, shared
    assert "of 1 heated stretch" not in shared and "eased after one." not in shared, shared
    assert "The heated stretch eased after it." in shared, shared


def test_a_bid_after_the_bidders_own_control_is_not_told_as_after_a_threat():
    """walk41a c (the heron): Priya's "They drink too much, and you come home so tired." after her own words read as
    isolation printed "After a threat, Tom's reply is not read as turning toward or away" where no threat was said."""
    from types import SimpleNamespace

    from talktogether_desktop.reports.evidence import response_phrase

    priya, tom = SimpleNamespace(id="A", name="Priya"), SimpleNamespace(id="B", name="Tom")
    model = SimpleNamespace(partners=[priya, tom], name=lambda sid: {"A": "Priya", "B": "Tom"}.get(sid, sid))
    item = {"response": "unclear", "response_quote": "It's only once a month.",
            "response_reason": "after A's coercive control: isolation, the reply is not read as turning away"}
    said = response_phrase(item, model, priya)
    assert said.startswith("After Priya's words read as coercive control: isolation, Tom's reply is not read as "
                           "turning toward or away"), said
    assert "threat" not in said


def test_repairs_after_a_stretch_had_eased_are_not_said_to_have_failed_on_it():
    """walk41a b: the rise at 00:24 calmed by 00:26; the five repair attempts came from 00:51. The couple's page said
    "0 of 1 heated stretch eased after one."; it now says nothing of stretches where none eased after an attempt."""
    a = _demo_like()
    for p in a["escalation_points"]:
        if isinstance(p.get("what_next"), dict):
            p["what_next"] = {"kind": "calmed", "text": "It calmed down with no spoken repair attempt."}
        p.pop("repair", None)
        p["repaired"] = False
    shared = _text(render_session_prep(a, dict(CONTEXT, partners={"S1": "Zoë", "S2": "José"}), mode="shareable"))
    assert "repair attempt between you" in shared, shared
    assert "heated stretch" not in shared, shared


def test_no_safety_language_is_said_once():
    """A calm recording's clinician report said "No language of threat, fear or harm was found in the transcript." on
    page 1 and "No language of threat, fear of the partner, violence or self-harm was found in the transcript." on
    page 2."""
    text = _text(render_session_prep(json.loads(FIXTURE.read_text(encoding="utf-8")), CONTEXT))
    assert text.count("was found in the transcript") == 1, text
    assert "Safety No language of threat, fear of the partner, violence or self-harm was found in the transcript." in text
