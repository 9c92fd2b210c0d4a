"""Round 34b walk-throughs (walk34a, walk34b): the questions after self-harm language, how sure a safety line is."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_modes import CONTEXT, lines, pages


def _questions(pdf: bytes) -> str:
    first = pages(pdf)[0]
    return first[first.index("Questions you might ask"):]


def test_self_harm_asks_for_a_risk_assessment_with_the_one_who_said_it_and_a_support_check_in_with_the_other():
    """After self-harm language the check-ins were the violence script for both ("how safe do you feel at home")."""
    r = lines(("I can't keep going. Everyone would be better off without me.", 0), ("Please don't say that.", 0),
              ("I've been saving up my pills just in case.", 0), ("Can we talk to someone about it?", 0))
    assert {(f["category"], f["speaker"]) for f in r["safety_flags"]} == {("self_harm", "S1")}
    questions = _questions(render_session_prep(r, CONTEXT))
    assert "Risk assessment with Alex, individually" in questions
    assert "any plan, the means (such as pills saved up), who else knows" in questions
    assert "Support check-in with Sam, individually: how are you coping with what Alex said" in questions
    assert "who supports you?" in questions
    assert "how safe do you feel at home" not in questions
    assert "Risk assessment with Sam" not in questions


def test_with_a_threat_and_self_harm_each_check_in_holds_both_branches():
    r = lines(("If you walk out I will hurt you.", 0), ("Okay.", 0),
              ("Everyone would be better off without me.", 0), ("Don't say that.", 0))
    assert {f["category"] for f in r["safety_flags"]} == {"threat", "self_harm"}
    questions = _questions(render_session_prep(r, CONTEXT))
    assert "Risk assessment with Alex" in questions and "Support check-in with Sam" in questions
    assert questions.count("how safe do you feel at home") == 2


def test_how_sure_a_safety_line_is_reads_as_one_plain_phrase():
    """Every safety line said "how sure: medium (speaker certainty unknown)", and a weaker rule's reason came in
    brackets inside brackets ("(a weaker rule (one word, timing or context), …)")."""
    r = lines(("If you walk out I will hurt you.", 0), ("Okay.", 0))
    text = " ".join(pages(render_session_prep(r, CONTEXT)))
    assert "how sure: medium" in text
    assert "certainty unknown" not in text and "a weaker rule" not in text
    from talktogether_desktop.reports.text import how_sure
    assert how_sure("medium", ["a weaker rule (one word, timing or context)", "some words not clearly recognised",
                               "speaker certainty unknown"]) == \
        "how sure: medium \u2014 a short phrase or timing clue, some words unclear"


def _affair():
    """walk34a rec 1 (words corrected): the rise the voices showed is put in as the analysis found it, with Mark
    (S2) its first sign and Claire's (S1) words its quote."""
    r = lines(("Right. And I found that out from the bank app, not from you.", 0),
              ("I didn't think it mattered. It was ten minutes.", 0),
              ("It matters because ten minutes turned out to be a whole other life.", 0),
              ("I told you about the petrol as soon as you asked.", 0),
              ("Oh, look at you, Mr Honesty.", 0), ("I've apologised a hundred times, what more do you want?", 0),
              ("I want to not have to check.", 0))
    said = {t["text"]: t for t in r["turns"]}
    claire = said["Oh, look at you, Mr Honesty."]
    r["escalation_points"] = [{
        "start": said["I didn't think it mattered. It was ten minutes."]["start"], "end": claire["end"] + 6.0,
        "peak_t": claire["start"], "score": 7.9, "first_sign_from": "S2", "led_by": "S2",
        "quote": "Oh, look at you, Mr Honesty.", "quote_t": claire["start"], "quote_by": "S1",
        "signals": ["loudness", "contempt"], "confidence": "medium", "what_next": {"text": "It eased."}}]
    return r


def test_the_quote_under_a_first_sign_from_a_partner_is_that_partners_own_words():
    """"Moment 1 · first sign from Mark" printed Claire's "Oh, look at you, Mr Honesty." as its bold quote."""
    from talktogether_desktop.reports.model import build_model

    r = _affair()
    moment = build_model(r, dict(CONTEXT, partners={"S1": "Claire", "S2": "Mark"})).peaks[0]
    assert moment.who == "Mark"
    assert moment.quote == "I've apologised a hundred times, what more do you want?"
    hit = [(name, text) for _, name, text, is_hit in moment.context if is_hit]
    assert hit == [("Mark", moment.quote)]
    pdf = render_session_prep(r, dict(CONTEXT, partners={"S1": "Claire", "S2": "Mark"}))
    assert "first sign from Mark" in " ".join(pages(pdf))


def test_the_analyze_summary_quotes_the_first_sign_in_their_own_words():
    from talktogether_desktop.cli.analyze_cmds import summary_text

    r = _affair()
    text = summary_text(r)
    line = next(x for x in text.splitlines() if "first sign from" in x)
    assert "first sign from Sam: \u201cI've apologised a hundred times, what more do you want?\u201d" in line, line
    assert "Mr Honesty" not in line


def _misheard_repair():
    from ..analysis.timeline import conversation, end_of, say
    from talktogether_desktop.analysis import analyze

    out, t = [], 0.0
    for k, words in enumerate(["You never listen to me, you always do this.", "That's not true, you started it.",
                               "Okay, I'm sorry, I got loud.", "I'm sorry too, that was unfair."]):
        u = say("S1" if k % 2 == 0 else "S2", t, words)
        out.append([dict(w, probability=0.3) for w in u] if k == 2 else u)
        t = end_of(u) + 0.5
    return analyze(conversation(*out), names={"S1": "Alex", "S2": "Sam"})


def test_the_couples_version_prints_no_check_the_recording_note():
    """The shareable version showed "(words uncertain: check the recording)", a note for the clinician."""
    a = _misheard_repair()
    assignment = {"id": 1, "title": "Repair when it gets heated", "behaviour": "Try a repair attempt."}
    item = next(x for x in a["reaching_for"] if isinstance(x, dict)) if isinstance(a["reaching_for"], list) else None
    a["reaching_for"] = [dict(item or {"speaker": "S2", "t": 3.0, "category": "reassurance", "quote": "x"},
                              confidence="low")]
    context = dict(CONTEXT, assignment=assignment)
    clinician = " ".join(pages(render_session_prep(a, context)))
    assert "check the recording" in clinician  # the clinician's version keeps it
    both = " ".join(pages(render_session_prep(a, context, mode="shareable")))
    assert "check the recording" not in both and "words uncertain" not in both
    assert "“I'm sorry too, that was unfair.”" in both and "Sam:" not in both  # (said of both: rep34c)


def test_the_couples_version_does_not_point_at_what_it_leaves_out():
    """"Parts of this conversation are left out of this version." and "Some of them are left out of this version."
    hinted at hidden content."""
    a = lines(("I felt really appreciated when you made dinner on Tuesday.", 0),
              ("So what I hear is that dinner on Tuesday made you feel appreciated. Did I get that right?", 0),
              ("Yes. You got it. Thank you.", 0), ("I've been worried about Sam coming home so late on weekends.", 0),
              ("Honestly, you are way too strict with him.", 0), ("I just want to know where he is.", 0),
              ("Well you never let him do anything.", 0))
    a["escalation_points"] = [{"start": 20.0, "end": 26.0, "peak_t": 22.0, "score": 3.0, "first_sign_from": "S1",
                               "quote": "I just want to know where he is.", "quote_t": 21.0, "what_next": {}}]
    from talktogether_desktop.reports.model import build_model
    both_model = build_model(a, CONTEXT, mode="shareable")
    assert any(both_model.withheld.values()), both_model.withheld
    both = " ".join(pages(render_session_prep(a, CONTEXT, mode="shareable")))
    assert "left out" not in both and "in this version" not in both.replace("in this version, not", "")


def test_practised_evidence_quotes_each_sentence_once():
    """"Practised" evidence printed one quote twice (00:01 and 00:02): an I-statement and a feeling in one sentence."""
    from talktogether_desktop.practice.fidelity import assess

    a = lines(("I feel anxious about Friday night, when you're out with the team.", 0),
              ("Okay. What would help?", 0), ("I need a text when you leave, so I'm not lying awake guessing.", 0),
              ("I can do that.", 0))
    assignment = {"id": 1, "title": "Gentle start-up", "behaviour": "Start with I feel … about … I need …"}
    quotes = [(e["speaker"], e["quote"]) for e in assess(assignment, a)["evidence"]]
    assert len(quotes) == len(set(quotes)) and quotes, quotes


def _rise_after_a_threat():
    """walk34b rec 1: a rise with isolation language in it, its curve back at the floor soon after; the analysis's
    observation of it ended "It had not calmed down by the end of the recording." (put in as the analysis gave it)."""
    r = lines(("Where were you this afternoon?", 0), ("At the shops, I told you.", 0),
              ("I don't want you seeing Mia anymore. She's turning you against me.", 0),
              ("Nobody is turning me against you.", 0), ("Fine. Give me your phone.", 0), ("Okay.", 0))
    threat = next(f for f in r["safety_flags"] if not f.get("listen_only"))
    said = (f"There was safety language ({threat['group']}) at 00:0{int(threat['t'])}; what followed is not read as "
            "repair or easing (a calm after it may be fear).")
    r["escalation_points"] = [{"start": threat["t"] - 1, "end": threat["t"] + 6, "peak_t": threat["t"] + 2,
                               "score": 6.4, "first_sign_from": "S1", "led_by": "S1", "quote": threat["quote"],
                               "quote_t": threat["t"], "quote_by": "S1", "signals": ["loudness"],
                               "what_next": {"text": said, "eased": False, "eased_at": None, "repair_attempts": [],
                                             "eased_after_repair": None, "after_threat": True}}]
    r["observations"] = [{"kind": "escalation", "rank": 1, "after_threat": True, "confidence": "low",
                          "text": f"At 00:0{int(threat['t'])} Alex said “{threat['quote']}”; over the next 7 s "
                                  "both voices got louder. It had not calmed down by the end of the recording.",
                          "evidence": [{"t": threat["t"], "speaker": "S1", "quote": threat["quote"]}]}]
    return r, said


def test_a_rise_after_a_threat_is_never_said_to_have_not_calmed_down():
    r, said = _rise_after_a_threat()
    text = " ".join(pages(render_session_prep(r, CONTEXT)))
    assert "had not calmed down" not in text
    assert f"both voices got louder. {said}" in text


def test_the_analyze_summary_says_the_same_of_a_rise_after_a_threat():
    from talktogether_desktop.cli.analyze_cmds import summary_text

    r, said = _rise_after_a_threat()
    text = summary_text(r)
    assert "had not calmed down" not in text and f"both voices got louder. {said}" in text


def test_the_repair_line_says_only_what_happened_in_plain_words():
    """"1 repair attempt: 0 landed (the intensity fell afterwards), 0 did not land straight away, 1 came outside a
    heated stretch"."""
    from talktogether_desktop.reports.model import build_model

    r = lines(("Can we talk about the weekend?", 0), ("Sure.", 0), ("Okay, I'm sorry, I got that wrong.", 0),
              ("That's alright.", 0))
    assert len(r["repairs"]) == 1 and r["repairs"][0].get("landed") is None, r["repairs"]
    said = {p.title: p.text for p in build_model(r, CONTEXT).patterns}
    assert said["Repair attempts"] == "1 repair attempt: it came when nothing had heated up."  # (rep43: no heated moment)
    text = " ".join(pages(render_session_prep(r, CONTEXT)))
    assert "0 landed" not in text and "0 did not land" not in text
    many = [{"landed": True}, {"landed": True}, {"landed": None}]
    from talktogether_desktop.reports.patterns import _repair_count
    assert _repair_count(many) == ("3 repair attempts: 2 landed (the intensity fell afterwards) and 1 came outside "
                                   "a heated stretch.")
    assert _repair_count([{"landed": False}] * 2) == "2 repair attempts: none landed straight away."


def test_the_printed_transcript_shows_speech_with_no_words_where_recording_show_does():
    """The PDF transcript dropped "(speech here, no words recognised, 01:04–01:05)" that `recording show` prints."""
    from ..analysis.timeline import conversation, end_of, say
    from talktogether_desktop.analysis import analyze

    first = say("S1", 0.0, "Can I see your phone tonight, not to catch you out?")
    second = say("S2", end_of(first) + 4.0, "Here, take it now.")
    a = analyze(conversation(first, second), names={"S1": "Alex", "S2": "Sam"},
                unrecognised_speech=[{"start": end_of(first) + 0.8, "end": end_of(first) + 2.1}])
    assert a["unrecognised_speech"]
    text = " ".join(pages(render_session_prep(a, CONTEXT, transcript=True)))
    transcript = text[text.index("Transcript Machine transcript"):]
    from talktogether_desktop.transcription.formats import unrecognised_note

    note = unrecognised_note(a["unrecognised_speech"][0])  # the words `recording show` prints
    assert note == "(speech here, no words recognised, 00:04\u201300:06)"
    assert note in transcript, transcript
    assert transcript.index("catch you out") < transcript.index(note) < transcript.index("take it now")


def test_a_partners_line_read_by_meaning_alone_as_self_harm_gets_the_support_check_in_with_a_line_to_listen_to():
    """walk34b rec 2: Joy's "And will you give me the pills you've saved just for now?" was read by meaning as her
    own self-harm; with Lena's listed phrase heard, Joy is the partner to support (after listening to that line). The
    reading no longer reads that ask so (the means asked for by the partner, round 34); a line of the partner's read by
    meaning alone is put in the analysis here, as an older analysis or another such line would hold it."""
    r = lines(("I've been saving up my pills just in case.", 0), ("Oh, love. How long have you felt like this?", 0),
              ("A while. Everyone would be better off without me.", 0),
              ("And will you give me the pills you've saved just for now?", 0))
    asked = next(t for t in r["turns"] if t["text"].startswith("And will you give me"))
    assert not [f for f in r["safety_flags"] if f["speaker"] == "S2" and f["category"] == "self_harm"]
    r["safety_flags"].append({"t": asked["start"], "end": asked["end"], "speaker": "S2", "name": "S2",
                              "category": "self_harm", "group": "self-harm", "phrase": "read by meaning",
                              "quote": asked["text"], "source": "meaning", "probability_of_kind": 0.807,
                              "confidence": "medium", "listen_only": False})
    read = [(f["speaker"], f.get("source"), bool(f.get("listen_only"))) for f in r["safety_flags"]]
    assert ("S2", "meaning", False) in read and ("S1", "lexicon", False) in read, read
    questions = _questions(render_session_prep(r, CONTEXT))
    assert "Risk assessment with Alex" in questions and "Risk assessment with Sam" not in questions
    assert "Support check-in with Sam, individually" in questions
    assert (f"First listen at 00:{int(asked['start']):02d}: read by meaning as possibly about harming themselves; if it "
            "is, a risk assessment with Sam too.") in questions


def test_the_couples_version_of_an_unsure_moment_says_how_sure_without_the_clinicians_check_the_recording():
    r = lines(("You never listen to me.", 0), ("That's not true.", 0), ("Whatever, forget it.", 0), ("Fine.", 0))
    turn = r["turns"][2]
    r["escalation_points"] = [{"start": turn["start"], "end": turn["end"] + 3, "peak_t": turn["start"], "score": 3.0,
                               "first_sign_from": "S1", "quote": turn["text"], "quote_t": turn["start"],
                               "confidence": "low", "what_next": {}}]
    assert "How sure: low: check the recording" in " ".join(pages(render_session_prep(r, CONTEXT)))
    both = " ".join(pages(render_session_prep(r, CONTEXT, mode="shareable")))
    assert "How sure: low" in both and "check the recording" not in both
