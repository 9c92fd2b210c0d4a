"""Round 35: the couple's version times and lists nothing inside what it leaves out, and counts for both together."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.model import build_model

from .report_synthetic import synthetic_analysis
from .test_report_for_both import quarrel, text_of  # noqa: F401  (quarrel is a fixture)
from .test_report_modes import CONTEXT, lines
from .test_round34c_reports import REPAIR_PRACTICE, _practised

TIME_OUT = {"id": 1, "title": "Time-out plan", "template": "time_out_plan", "behaviour": "Take a break and come back."}


def _break_beside_self_harm() -> dict:
    return lines(("You never listen to me, you always do this.", 0), ("That's not true, you started it.", 0),
                 ("Can we take a break? I need twenty minutes.", 0), ("Okay.", 0),
                 ("Sometimes I think everyone would be better off without me.", 0), ("I hear you.", 0),
                 ("I'm back. Can we start again?", 32.0), ("Yes, let's start again.", 0))


def test_the_couples_practice_summary_names_no_time_inside_a_flagged_passage():
    """The couple's "Practised" line said "one of you asked for a break at 00:06", a time in the ten seconds that led
    up to a self-harm line the version leaves out (its quote was already dropped from the evidence below it)."""
    a = _break_beside_self_harm()
    assert [f["category"] for f in a["safety_flags"]] == ["self_harm"]
    context = dict(CONTEXT, assignment=TIME_OUT)
    assert "Alex asked for a break at 00:06 and came back at 00:47" in _practised(render_session_prep(a, context))
    both = _practised(render_session_prep(a, context, mode="shareable"))
    assert "one of you asked for a break and came back at 00:47" in both, both
    assert "00:06" not in both and "take a break" not in both


def _rise_with_an_apology_set_aside(quarrel: dict) -> dict:  # noqa: F811
    """The quarrel's rise stretched over its middle (00:06-00:22), its apology set aside: withheld for the couple
    (peak_withheld) with no safety flag anywhere."""
    a = copy.deepcopy(quarrel)
    point = a["escalation_points"][0]
    point["end"] = 21.6
    point["what_next"] = dict(point["what_next"], apology_set_aside=True, eased_after_repair=None, repair_landed=False,
                              text="An apology was set aside.")
    a["observations"] = [dict(o, after_threat=True) if o.get("kind") == "escalation" else o for o in a["observations"]]
    assert not a["safety_flags"]
    return a


def test_bids_repairs_and_silences_inside_a_withheld_rise_are_not_listed_in_the_couples_version(quarrel):  # noqa: F811
    """The couple's version left the rise out, yet listed "You never listen to me." (00:06) and "Can we start again,
    please?" (00:20) among the bids, counted the repairs inside it and timed its 4 s silence (00:16)."""
    a = _rise_with_an_apology_set_aside(quarrel)
    both = build_model(a, CONTEXT, mode="shareable")
    assert not both.peaks and both.withheld["peaks"] == 1
    assert both.reaching_total["S1"] == 1 and not both.reaching["S1"]  # (only bids taken up are listed: round 39)
    said = " ".join(text for text, _ in both.observations)
    assert "silence" not in said and "00:12" not in said and "00:14" not in said and "00:20" not in said, said
    shared = text_of(render_session_prep(a, CONTEXT, mode="shareable"))
    assert "You never listen" not in shared and "Can we start again" not in shared
    clinician = build_model(a, CONTEXT)  # the clinician's version is unchanged: everything in it
    assert [r.t for r in clinician.reaching["S1"]] == [0.0, 5.897, 19.937]
    assert clinician.peaks and "silence" in " ".join(text for text, _ in clinician.observations)


def _reaching_section(pdf: bytes) -> str:
    text = text_of(pdf)
    at = text.index("What each partner was reaching for")
    return text[at:text.index("Notes for the session", at)]


def test_the_couples_bid_list_counts_the_two_of_them_together():
    """The couple's columns said "Zoë (4 shown of 22)" and "Łukasz (4 shown of 18)": a tally per partner, where the
    rest of the version says "4 repair attempts between you"."""
    a = synthetic_analysis(minutes=10)
    a["safety_flags"] = []  # (the couple's count is of what their version lists)
    clinician = _reaching_section(render_session_prep(a, CONTEXT))
    assert re.search(r"Alex \(4 shown of \d+\)", clinician), clinician
    both = build_model(a, CONTEXT, mode="shareable")
    shown = sum(len(both.reaching[p.id]) for p in both.partners)
    total, met = sum(both.reaching_total.values()), sum(both.reaching_met.values())
    assert shown == 8 and met > shown and total > met
    shared = _reaching_section(render_session_prep(a, CONTEXT, mode="shareable"))
    assert "shown of" not in shared, shared
    assert (f"Between you, {total} needs and bids were picked up in this recording; {met} were taken up (below) and "
            f"{total - met} were not taken up. {shown} of the {met} taken up are shown.") in shared, shared


OLD_ANALYSIS = Path(__file__).resolve().parent / "fixtures" / "analysis_demo.json"  # rises with `led_by` only, no
LED_BY = "At 00:35 the conversation got louder and faster, led by Zoë."              # `first_sign_from`


def test_an_analysis_stored_by_an_older_version_is_read_with_first_sign_wording_never_led_by(vault):
    """An analysis stored before 'first sign from' (its rise naming only `led_by`, a sentence "…, led by Zoë.") printed
    the culprit's words in the report's "What stood out" and in the window's analysis."""
    from talktogether_desktop.pipeline import ops_reports
    from talktogether_desktop.pipeline.named_analysis import latest_analysis_as_named
    from talktogether_desktop.storage import analyses
    from talktogether_desktop.storage.settings import load_settings
    from tt_testing import analysed_recording

    old = json.loads(OLD_ANALYSIS.read_text(encoding="utf-8"))
    old["observations"][0] = {"kind": "escalation", "rank": 1, "text": LED_BY,
                              "evidence": [{"t": 34.69, "speaker": "S1", "quote": "You never listen to me."}]}
    old["suggested_questions"] = ["At 00:35 (led by Zoë) the conversation got more intense. What was each of you "
                                  "feeling just before that?"]
    assert "first_sign_from" not in old["escalation_points"][0]
    _couple_id, rid = analysed_recording(vault, "Demo", ["Zoë", "Łukasz"], old)
    report = text_of(ops_reports.make_session_prep(vault, load_settings(vault), rid)["pdf"])
    assert "led by" not in report.lower(), report
    assert "louder and faster, first sign from Zoë." in report and "first sign from Zoë" in report
    assert "At 00:35 (first sign from Zoë) the conversation got more intense." in report
    shown = latest_analysis_as_named(vault, rid)  # the window's analysis
    assert shown["escalation_points"][0]["first_sign_from"] == "S1"
    assert "led by" not in json.dumps(shown, ensure_ascii=False).lower().replace('"led_by"', "")
    assert shown["observations"][0]["text"] == "At 00:35 the conversation got louder and faster, first sign from Zoë."
    assert analyses.latest_analysis(vault, rid)["observations"][0]["text"] == LED_BY  # stored as it was made


def test_the_practice_summary_says_how_often_in_words_not_time_s():
    """A calm practice's "Practised" line said "only one of you said back what they heard (1 time(s))"."""
    a = lines(("What I heard is that you felt alone on Sunday.", 0), ("Yes, that's it. I felt alone.", 0),
              ("I need us to plan one evening together this week.", 0),
              ("So you're saying you want an evening for us. Yes, Thursday.", 0), ("I'd love that.", 3.5))
    context = dict(CONTEXT, assignment={"id": 2, "title": "Reflect back", "template": "reflect_back"})
    assert "only Sam said back what they heard (once)" in _practised(render_session_prep(a, context))
    both = _practised(render_session_prep(a, context, mode="shareable"))
    assert "only one of you said back what they heard (once)" in both and "time(s)" not in both, both


def test_the_couples_what_stood_out_lists_a_sentence_by_a_time_it_names_not_one_of_what_it_leaves_out():
    """The couple's silence sentence was listed as "00:20 There was 1 silence of 3 s or more; the longest was 4 s, at
    00:12.": 00:20 was the analysis's time for the 20 s silence that ran into the passage before a threat, the one the
    sentence no longer counts."""
    a = lines(("I need you to ask about my day sometimes.", 0), ("Okay, I hear you. How was your day?", 0),
              ("You never listen to me, you always do this.", 0), ("I'm sorry, that was unfair of me.", 0),
              ("Can we start again, please?", 4.0), ("Yes, let's start again.", 0),
              ("I wish we spent more evenings together.", 20.0), ("Did you pay the electricity bill?", 0),
              ("If you bring this up in front of the therapist again, you will be sorry.", 0),
              ("I'm sorry. Forget I said anything.", 2.0), ("Good.", 0))
    assert [round(s["duration_s"]) for s in a["silences"]] == [4, 20]
    both = build_model(a, CONTEXT, mode="shareable")
    said = [(text, t) for text, t in both.observations if "silence" in text]
    assert said and said[0][0].endswith("the longest was 4 s, at 00:12.") and round(said[0][1], 1) == 12.3, said
    page = text_of(render_session_prep(a, CONTEXT, mode="shareable"))
    stood_out = page[page.index("What stood out"):page.index("How the conversation went")]
    assert "00:20" not in stood_out and "There was 1 silence" in stood_out, stood_out


def test_the_couples_review_points_time_nothing_inside_a_flagged_passage(vault):
    """"What to review together" in the couple's version printed the review's point "2026-12-02: Practised in the
    recording (time out): yes — one of you asked for a break at 00:06 …", the time in the passage before a self-harm
    line that the "Practised" line above it no longer names."""
    from talktogether_desktop.pipeline import ops_practice
    from talktogether_desktop.pipeline.ops_reports import report_context
    from talktogether_desktop.practice.assignment import build_assignment
    from talktogether_desktop.practice.review import build_review
    from talktogether_desktop.storage.couples import add_couple, list_partners
    from talktogether_desktop.storage.settings import load_settings
    from tt_timelines import store_analysed

    couple_id = add_couple(vault, "Alex and Sam", ["Alex", "Sam"])
    ids = {p["display_name"]: p["id"] for p in list_partners(vault, couple_id)}
    settings = load_settings(vault)
    aid = ops_practice.assign_practice(vault, settings, couple_id,
                                      build_assignment("time_out_plan", start_date="2026-11-30"))["id"]
    a = _break_beside_self_harm()
    rid = store_analysed(vault, couple_id, ids, a, "2026-12-02T20:00:00", 30, aid, names=CONTEXT["partners"])
    review = build_review(ops_practice.review_inputs(vault, couple_id))
    assert any("Alex asked for a break at 00:06" in p for p in review["review_points"])  # the clinician's
    # the report's own test (practice/withheld.py): the return at 00:21 lies outside what it leaves out
    assert any("one of you asked for a break and came back at 00:47." in p for p in review["shared_points"]), review
    assert not any("00:06" in p for p in review["shared_points"]), review["shared_points"]
    shared = text_of(render_session_prep(a, report_context(vault, settings, rid), mode="shareable"))
    assert "00:06" not in shared[shared.index("Practice Assignment"):], shared


def test_the_couples_practice_summary_counts_nothing_it_leaves_out():
    """The couple's "Practised" line said "both tried a repair (3 in all)" beside the one repair it could list, and
    "What stood out" said "1 repair attempt between you": the other two came inside a rise it withholds."""
    a = lines(("You never listen to me, you always do this.", 0), ("I'm sorry, that was unfair of me.", 0),
              ("Can we start over?", 0), ("Fine.", 0), ("Okay, I hear you.", 8.0), ("Thank you.", 0))
    repairs = [m["t"] for m in a["markers"] if m["category"] == "repair"]
    assert len(repairs) == 3 and not a["safety_flags"]
    point = {"start": 0.0, "end": repairs[1] + 1.0, "peak_t": 1.0, "score": 3.0, "first_sign_from": "S1", "quote_t": 0.0,
             "quote": "You never listen to me, you always do this.", "quote_by": "S1", "signals": ["loudness"],
             "what_next": {"text": "An apology was set aside.", "eased": False, "repair_attempts": [],
                           "apology_set_aside": True}}
    a = dict(a, escalation_points=[point])
    context = dict(CONTEXT, assignment=REPAIR_PRACTICE)
    assert "both tried a repair (3 in all)" in _practised(render_session_prep(a, context))  # the clinician's
    both = _practised(render_session_prep(a, context, mode="shareable"))
    assert "both tried a repair." in both and "in all" not in both, both
    assert "I'm sorry, that was unfair" not in both and "start over" not in both, both
    said = " ".join(text for text, _ in build_model(a, context, mode="shareable").observations)
    assert "1 repair attempt between you" in said or "repair" not in said, said


def test_the_couples_bids_summary_says_no_count_that_holds_a_bid_it_leaves_out(quarrel):  # noqa: F811
    from talktogether_desktop.practice.fidelity import summary_for_both

    bids = {"id": 3, "title": "Noticing bids", "template": "bids_noticing"}
    assert "1 of 3 bids were met by turning toward" in summary_for_both(bids, quarrel, CONTEXT["partners"])
    said = summary_for_both(bids, quarrel, CONTEXT["partners"], lambda t: 5.0 <= t <= 8.0)
    assert said.endswith("partly \u2014 some bids were met by turning toward."), said
