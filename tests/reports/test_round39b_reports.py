"""Round 39 (walk39m, walk39n): the report's wording. A line heard clearly whose speaker is unsure was marked
"(words uncertain: …)"; quotes cut mid-word; joint questions for the couple after safety flags; the practice's
"Practised" quotes out of time order; repairs "landed" beside "No marked rise"; the couple's curve on another scale."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.model import build_model

from ..analysis.timeline import conversation, end_of, say
from .test_report_for_both import text_of
from .test_report_modes import CONTEXT

NAMES = {"S1": "Ruth", "S2": "Dan"}
WHO = dict(CONTEXT, partners=NAMES, couple_name="Ruth & Dan")


def _sure(utterance: list[dict], speaker_confidence: float) -> list[dict]:
    for w in utterance:
        w["speaker_confidence"] = speaker_confidence
    return utterance


def test_a_bid_heard_clearly_whose_speaker_is_unsure_says_so_not_words_uncertain():
    """walk39n redundancy p3: "Do you want to talk about what happened at work?", heard at 0.95, was "(words
    uncertain: check the recording)"; its one reason was "unsure who said it"."""
    a = _sure(say("S1", 0.0, "Do you want to talk about what happened at work?"), 0.3)
    b = _sure(say("S2", end_of(a) + 0.6, "Not really."), 0.95)
    c = _sure(say("S1", end_of(b) + 0.6, "Okay, I just want to know how you are doing."), 0.95)
    analysis = analyze(conversation(a, b, c), names=NAMES)
    [bid] = [x for x in analysis["reaching_for"]["S1"] if x["t"] == 0.0]
    assert bid["confidence"] == "low" and bid["confidence_reasons"] == ["unsure who said it"]
    page = text_of(render_session_prep(analysis, WHO))
    assert "(who said it unsure: check the recording)" in page, page
    assert "words uncertain" not in page, page


LONG = ("Because you went through my phone every night like last month, and I only shoved you, it was not a big deal "
        "and you went on about it for days and days.")


def _shove():
    from ..analysis.timeline import spoken

    return analyze(spoken(("S1", "Why do you keep bringing up what happened in the kitchen?", 0), ("S2", LONG, 0.5),
                          ("S1", "You did shove me.", 0.5)), names=NAMES)


def _cut_words(text: str) -> list[str]:
    """The words of each quote in `text` shortened with "…"."""
    import re

    return [q.split()[-1] for q in re.findall("\u201c([^\u201d]*?)\u2026\u201d", text)]


def test_a_long_quote_in_what_stood_out_is_cut_at_a_word_boundary():
    """walk39n redundancy p1: "…and you went on abou…"."""
    analysis = _shove()
    said = next(o["text"] for o in analysis["observations"] if LONG[:30] in o["text"])
    whole = LONG.replace(",", "").split()
    assert _cut_words(said) and all(w.rstrip(",") in whole for w in _cut_words(said)), said
    page = text_of(render_session_prep(analysis, WHO))
    assert all(w.rstrip(",") in whole for w in _cut_words(page)), page


def test_an_older_analysis_cut_mid_word_is_printed_cut_at_the_word_before():
    """An analysis saved before this round keeps its sentence; the page shortens its quote at a word's start."""
    analysis = _shove()
    o = next(o for o in analysis["observations"] if LONG[:30] in o["text"])
    o["text"] = f"Safety language (violence) at 00:05: Dan said \u201c{LONG[:128]}\u2026\u201d Please listen to it."
    assert LONG[:128].endswith("abou")
    page = text_of(render_session_prep(analysis, WHO))
    assert "abou\u2026" not in page and "went on\u2026" in page, page


def test_a_key_moment_shows_a_long_turn_in_whole_words():
    from talktogether_desktop.reports.evidence import clip_text

    turn = "Well " + " ".join(f"something{i} happened" for i in range(40)) + " and that is all."
    shown = clip_text(turn, "something20 happened", limit=150)
    words = set(turn.split())
    assert shown.startswith("\u2026") and shown.endswith("\u2026")
    assert all(w.strip("\u2026") in words for w in shown.split()), shown
    assert clip_text(turn, "and that is all.", limit=150).endswith("all.")  # the turn's own end: no "…"


def test_after_a_line_heard_as_violence_the_couples_version_asks_nothing_together():
    """walk39n: after a disclosed shove the couple's version still asked "What went the way you hoped in this
    conversation, and what would you like to try next time?"; now it asks nothing together and closes as every couple's
    version does (round 40: not "with each of you on your own first", a sign that something was heard)."""
    analysis = _shove()
    assert any(not f.get("listen_only") for f in analysis["safety_flags"])
    page = " ".join(text_of(render_session_prep(analysis, WHO, mode="shareable")).split())
    assert "try next time" not in page and "Questions to talk about together" not in page, page
    from talktogether_desktop.reports.modes import TALK_NEXT

    assert " ".join(TALK_NEXT.split()) in page, page
    assert "safety" not in page.lower() and "shove" not in page, page  # (nothing of what was said is told)


def test_with_no_safety_line_the_couples_questions_stay():
    a = say("S1", 0.0, "Can we plan the weekend together?")
    b = say("S2", end_of(a) + 0.5, "Yes, let's go to the coast on Saturday.")
    page = text_of(render_session_prep(analyze(conversation(a, b), names=NAMES), WHO, mode="shareable"))
    assert "try next time" in page and "Questions to talk about together" in page, page


def test_after_a_line_heard_as_violence_the_couples_version_has_no_practice_points_to_review_together():
    point = "It happened 1 of the 5 planned times so far: what was different on the days it happened?"
    practice = dict(WHO, assignment={"title": "Stress-reducing conversation", "behaviour": "Talk about your day."},
                    practice_review={"review_points": [point]})
    calm = analyze(conversation(say("S1", 0.0, "How was your day, love?"), say("S2", 2.0, "Long, but good.")),
                   names=NAMES)
    assert "What to review together" in text_of(render_session_prep(calm, practice, mode="shareable"))
    page = text_of(render_session_prep(_shove(), practice, mode="shareable"))
    assert "What to review together" not in page and "what was different" not in page, page
    assert "What to review together" in text_of(render_session_prep(_shove(), practice))  # (the clinician's has it)


def _appreciations():
    from ..analysis.timeline import spoken

    return analyze(spoken(
        ("S1", "Okay, it's Sunday coffee. Shall I go first?", 0), ("S2", "Go on then.", 0.5),
        ("S1", "This week I really appreciated you picking Mia up from swimming on Wednesday, when I was stuck at "
               "work.", 0.5),
        ("S2", "Thank you. I'm glad it helped. So Wednesday took some weight off you.", 0.5),
        ("S1", "It really did. Your turn.", 0.6),
        ("S2", "I appreciated you making that soup when I had the cold. You didn't make a fuss, you just did it.", 0.3),
        ("S1", "Aw, thank you. That's lovely to hear.", 0.5)), names={"S1": "Nadia", "S2": "Ben"})


def test_the_practised_quotes_are_printed_in_time_order():
    """walk39m c3: "00:22 Ben: …" was printed above "00:20 Nadia: …" (each behaviour's evidence comes in its own run).
    The order the practice check gave there is made here by reversing its evidence."""
    import io
    import re

    import pypdf
    from reportlab.platypus import SimpleDocTemplate

    from talktogether_desktop.practice.assignment import build_assignment
    from talktogether_desktop.reports import sections
    from talktogether_desktop.reports.styles import register_fonts

    given = build_assignment("appreciation_exchange", anchor="Sunday coffee", minutes=10, times_per_week=1,
                             start_date="2026-11-30").to_dict()
    names = {"S1": "Nadia", "S2": "Ben"}
    model = build_model(_appreciations(), dict(CONTEXT, partners=names, assignment=given))
    evidence = model.practice["fidelity"]["evidence"]
    assert len(evidence) >= 3
    evidence.reverse()
    register_fonts()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(sections.practice(model, 450))
    page = " ".join(pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text().split())
    times = re.findall(r"(\d\d:\d\d) (?:Nadia|Ben):", page)
    assert len(times) == len(evidence) and times == sorted(times), page


def test_repairs_that_landed_with_no_marked_rise_say_what_fell():
    """walk39m c3: "2 landed (the intensity fell afterwards)" beside "No marked rise in intensity was found"."""
    analysis = _appreciations()
    analysis["escalation_points"] = []
    analysis["repairs"] = [{"t": 13.4, "by": "S2", "quote": "Thank you.", "landed": True, "confidence": "high",
                            "outcome": "landed"},  # as the analysis wrote them in walk39m (no heated stretch marked)
                           {"t": 20.2, "by": "S1", "quote": "It really did.", "landed": True, "confidence": "high",
                            "outcome": "landed"}]
    page = text_of(render_session_prep(analysis, dict(CONTEXT, partners={"S1": "Nadia", "S2": "Ben"})))
    assert "No marked rise in intensity was found" in page
    assert "landed (the intensity fell afterwards from a small rise, not a marked one)" in page, page


def _flag(t, speaker, quote, category, confidence="low", listen=True, source="meaning"):
    return {"t": t, "end": t + 1.5, "speaker": speaker, "quote": quote, "category": category, "confidence": confidence,
            "listen_only": listen, **({"source": source} if source else {})}


def test_of_the_lines_to_listen_to_the_one_that_may_be_the_threat_is_printed_before_the_pleas_after_it():
    """walk39m c1 (corrected words): 17 flags, 12 printed; "Could we just talk about it properly?" and "Please?" (possible
    fear responses, read from around them) were printed and "You know what I'm like when I'm pushed." was not."""
    from .test_report_render import CONTEXT as RENDER_CONTEXT, analysis as base

    a = base()
    heard = [_flag(10.0 + 4 * i, "S1", f"Show me receipt number {i}.", "financial_control", "medium", False, None)
             for i in range(8)]
    pleas = [_flag(50.0, "S2", "She's my oldest friend.", "appeasement"),
             _flag(52.0, "S2", "I've known her since school.", "appeasement"),
             _flag(54.0, "S2", "I really want to be there for her.", "appeasement"),
             _flag(56.0, "S2", "Could we just talk about it properly?", "appeasement", source=None),
             _flag(58.0, "S2", "Please?", "appeasement", source=None)]
    pushed = _flag(60.0, "S1", "You know what I'm like when I'm pushed.", "blaming")
    others = [_flag(18.0, "S1", "I'm only doing it so we don't end up in the mess we were in.", "self_harm"),
              _flag(87.0, "S1", "And bring me that receipt when you find it.", "threat")]
    a["safety_flags"] = heard + pleas + [pushed] + others
    a["observations"] = []
    page = " ".join(text_of(render_session_prep(a, RENDER_CONTEXT)).split())
    assert "16 safety flags in all; the 12 most certain are printed" in page, page
    assert "when I'm pushed" in page, page


def test_a_threat_heard_is_printed_before_lines_to_listen_to_that_page_one_names():
    from .test_report_render import CONTEXT as RENDER_CONTEXT, analysis as base

    a = base()
    listen = [_flag(10.0 + 3 * i, "S2", f"I worry about line {i}.", "fear") for i in range(13)]
    first = _flag(5.0, "S1", "Give me your phone.", "monitoring", "medium", False, None)
    threat = _flag(95.0, "S1", "Do that again and you will regret it.", "threat", "high", False, None)
    a["safety_flags"] = [first] + listen + [threat]
    a["observations"] = [{"kind": "safety_check", "rank": 1, "text": "Possibly safety language; please listen.",
                          "evidence": [{"t": f["t"], "speaker": "S2", "quote": f["quote"]} for f in listen]}]
    page = " ".join(text_of(render_session_prep(a, RENDER_CONTEXT)).split())
    assert "15 safety flags in all; the 14 most certain are printed" in page, page
    assert "you will regret it" in page, page


def test_the_clinicians_page_says_when_the_couples_curve_is_drawn_to_another_top():
    """walk39m c2: the couple's curve (its flagged passage left out, so its top is not set by it) was on another scale
    than the clinician's, unsaid. The clinician's page now says why; the couple's page says nothing of it."""
    from talktogether_desktop.reports.charts import curve_top, shows_curve
    from .test_report_shared_curve import DEMO, _flagged_at_the_rise

    analysis = _flagged_at_the_rise()
    for point in analysis["escalation_curve"] + analysis["escalation_points"]:  # a rise past the fixed top
        if 28.0 <= point.get("t", point.get("start", 0.0)) <= 46.0:
            point["score"] = 3 * point["score"]
        elif 4.0 <= point.get("t", point.get("start", 0.0)) <= 16.0 and "score" in point:  # a small rise it shows
            point["score"] = max(point["score"], 1.2)
    clinician, both = build_model(analysis), build_model(analysis, mode="shareable")
    assert curve_top(clinician) != curve_top(both) and shows_curve(both)
    said = "The couple's version draws this curve to a lower top: the passages it leaves out do not set its height"
    assert said in " ".join(text_of(render_session_prep(analysis)).split())
    assert "lower top" not in text_of(render_session_prep(analysis, mode="shareable"))
    assert curve_top(build_model(DEMO)) == curve_top(build_model(DEMO, mode="shareable"))
    assert "lower top" not in text_of(render_session_prep(DEMO))  # (the same top: nothing to say)


def test_no_word_of_the_couples_scale_where_their_version_draws_no_curve():
    """walk39n redundancy: the couple's version left the whole rise out and drew no curve at all; the clinician's page
    must not speak of its "lower top"."""
    from talktogether_desktop.reports.charts import shows_curve

    analysis = _shove()
    analysis["escalation_curve"] = [{"t": float(t), "end": t + 2.0, "score": 4.0 if 3 <= t <= 12 else 0.0}
                                    for t in range(0, 20, 2)]
    assert not shows_curve(build_model(analysis, mode="shareable"))
    assert "lower top" not in text_of(render_session_prep(analysis))


def test_lines_only_to_listen_to_keep_the_couples_question_that_names_nothing():
    """With no line heard (only lines read by meaning, left out of the couple's version), their closing question is
    still the one that names nothing (round 39, walk38l c2), not the "no questions together" line."""
    from talktogether_desktop.reports.modes import TALK_NEXT

    analysis = _shove()
    for f in analysis["safety_flags"]:
        f.update(listen_only=True, confidence="low", source="meaning")
    both = build_model(analysis, WHO, mode="shareable")
    assert both.hidden and TALK_NEXT not in both.questions
    assert any("would you most like to talk about" in q for q in both.questions), both.questions
