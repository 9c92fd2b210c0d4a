"""rep44: what a therapist reads on the walk43 reports.

- walk43a b: page 1 said "At 00:06 Lauren said “I'll do it at the weekend.”; over the next 29 seconds the exchange grew
  tense.", a page before its Key moment's "first sign from Owen" over Owen's "You said that last weekend.": the
  headline read as Lauren's words setting it off.
- walk43a a: "Nicola named signs of being overwhelmed" and, just under it, "3 repair attempts: all came when nothing
  had heated up."
- walk43a a: "Nicola turned toward all 2 of Ben's bids".
"""

from __future__ import annotations

from talktogether_desktop.reports.model import build_model
from talktogether_desktop.reports.patterns import _bids_met

CONTEXT = {"couple_name": "Owen & Lauren", "partners": {"A": "Owen", "B": "Lauren"}}
SPEAKERS = [{"id": "A", "name": "Owen"}, {"id": "B", "name": "Lauren"}]


def _turn(speaker, start, end, text):
    return {"speaker": speaker, "start": start, "end": end, "text": text, "quote_text": text, "words": []}


TURNS = [_turn("A", 0.5, 5.0, "So have you rung your mum back about Christmas?"),
         _turn("B", 6.0, 7.5, "Not yet. I'll do it at the weekend."),
         _turn("A", 8.0, 16.0, "You said that last weekend. You always do this."),
         _turn("B", 17.0, 20.0, "I know. It's just really hard with her at the moment.")]


def test_a_rises_headline_opens_with_the_words_of_its_first_sign():
    rise = {"start": 0.5, "end": 29.0, "peak_t": 5.0, "score": 2.6, "first_sign_from": "A", "quote": "I'll do it at the weekend.",
            "quote_t": 6.1, "quote_by": "B", "confidence": "medium", "signals": ["negative_markers"],
            "signals_by_speaker": {"A": ["negative_markers"]}, "what_next": {}}
    said = ("At 00:06 Lauren said \u201cI'll do it at the weekend.\u201d; over the next 29 seconds the exchange grew tense. "
            "Lauren tried to repair (\u201cLook, I'm sorry.\u201d, 00:36), but it stayed heated for a while.")
    analysis = {"speakers": SPEAKERS, "turns": TURNS, "duration_s": 30.0, "escalation_points": [rise],
                "observations": [{"kind": "escalation", "text": said, "rank": 1,
                                  "evidence": [{"t": 6.1, "speaker": "B", "quote": "I'll do it at the weekend."}]}]}
    text, t = build_model(analysis, CONTEXT).observations[0]
    assert text.startswith("At 00:08 Owen said \u201cYou said that last weekend.\u201d; over the next 29 seconds"), text
    assert "Lauren tried to repair" in text and t == 8.0


def test_repairs_under_named_overwhelm_are_not_said_to_come_when_nothing_had_heated_up():
    flooding = {"kind": "flooding", "speaker": "B", "confidence": "medium",
                "evidence": [{"t": 35.0, "speaker": "B", "quote": "My chest's gone really tight."}]}
    repairs = [{"t": 43.0, "by": "B", "quote": "I'll go and sit in the garden, and I'll come back.", "landed": None,
                "confidence": "medium"},
               {"t": 65.0, "by": "B", "quote": "You're right that I didn't really ask you.", "landed": None,
                "confidence": "medium"}]
    analysis = {"speakers": SPEAKERS, "turns": TURNS, "duration_s": 90.0, "patterns": [flooding], "repairs": repairs}
    said = {p.title: p for p in build_model(analysis, CONTEXT).patterns}
    assert "nothing had heated up" not in said["Repair attempts"].text, said["Repair attempts"].text
    assert said["Repair attempts"].text == "2 repair attempts: all came with no heated moment measured."
    assert all(f.outcome == "with no heated moment measured" for f in said["Repair attempts"].evidence)


def test_two_bids_all_met_are_both_not_all_two():
    assert _bids_met({"total": 2, "toward": 2}, "Nicola", "Ben") == "Nicola turned toward both of Ben's bids"


def test_a_reply_holding_words_of_self_harm_is_not_called_a_threat():
    """walk43b b2: Claire's "And Ellie needs new school shoes." answered by Dan's "Sometimes I think you'd all be better
    off without me." was listed "After a threat, Dan's reply is not read as turning toward or away"."""
    from talktogether_desktop.reports.evidence import response_phrase

    model = build_model({"speakers": [{"id": "A", "name": "Dan"}, {"id": "B", "name": "Claire"}], "turns": TURNS},
                        {"partners": {"A": "Dan", "B": "Claire"}})
    bid = {"t": 34.1, "quote": "And Ellie needs new school shoes.", "response": "unclear",
           "response_reason": "the reply holds words of self-harm: not read as turning away",
           "response_quote": "Sometimes I think you'd all be better off without me."}
    said = response_phrase(bid, model, model.partners[1])
    assert "threat" not in said and said.startswith("Dan's reply told of self-harm"), said


def test_thanks_said_after_safety_language_is_counted_apart_not_weighed_as_praise():
    from talktogether_desktop.reports import praise

    after = {"t": 70.0, "speaker": "B", "quote": "Thank you for telling me.", "outcome": "unclear", "how": "",
             "reply": None, "not_read_because": "said after safety language: no reply is read as taking praise in"}
    assert praise.for_clinician({"appreciation_replies": [after]}, str, str) == ""
    taken = {"t": 10.0, "speaker": "A", "quote": "I appreciated the soup.", "outcome": "accepted", "how": "taken in",
             "reply": {"t": 12.0, "speaker": "B", "quote": "Thank you."}}
    said = praise.for_clinician({"appreciation_replies": [taken, after]}, str, str)
    assert said == "1 said. 1 received: \u201cThank you.\u201d at 00:12. (1 more, said after safety language, is not read.)"


def test_a_harsh_start_up_is_no_surer_than_its_surest_line():
    """walk43b c3: "Harsh start-up (high confidence)" over "00:01 “Mate, you always burn the snags.” (medium
    confidence)" and "00:12 “You're an idiot.” (medium confidence)"."""
    lines = [{"t": 0.9, "speaker": "B", "category": "criticism", "quote": "Mate, you always burn the snags.",
              "confidence": "medium"},
             {"t": 12.3, "speaker": "A", "category": "contempt", "quote": "You're an idiot.", "confidence": "medium"}]
    startup = {"kind": "harsh_startup", "t": 0.9, "first_sign_from": "B", "confidence": "high", "evidence": lines}
    analysis = {"speakers": SPEAKERS, "turns": TURNS, "duration_s": 80.0, "patterns": [startup]}
    said = {p.title: p for p in build_model(analysis, CONTEXT).patterns}
    assert said["Harsh start-up"].confidence == "medium", said["Harsh start-up"]


def test_only_the_first_safety_line_on_page_one_is_to_be_heard_before_anything_else():
    """walk43a c: four lines of "What stood out" each ended "Please listen to this moment before anything else."."""
    said = [("Safety language (coercive control: isolation) at 00:14: Owen said \u201cDan's lot are a bad influence on "
             "you.\u201d Please listen to this moment before anything else.", 14.0),
            ("Possible fear response at 00:36: after the other partner's threat or control, Lauren said \u201cCourse it "
             "is.\u201d This is not read as a repair; please listen to it before anything else.", 36.0),
            ("Safety language (threat or intimidation) at 01:17: Owen said \u201cIt would be such a shame.\u201d Please "
             "listen to this moment before anything else.", 77.0)]
    analysis = {"speakers": SPEAKERS, "turns": TURNS, "duration_s": 100.0,
                "observations": [{"kind": "safety", "text": text, "rank": k, "evidence": [{"t": t, "speaker": "A"}]}
                                 for k, (text, t) in enumerate(said, 1)]}
    page = [text for text, _ in build_model(analysis, CONTEXT).observations]
    assert sum("before anything else" in text for text in page) == 1 and "before anything else" in page[0], page
    assert page[1].endswith("please listen to it.") and page[2].endswith("Please listen to this moment."), page
