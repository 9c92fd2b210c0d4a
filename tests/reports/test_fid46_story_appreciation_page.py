"""Round 46 (fid46): a recording of the appreciation practice in which each partner told an appreciation as a story
("You swapped your shift on Thursday so you could pick me up…", "When you got up with the baby so I could have a
lie-in, I felt looked after.") was "partly — only Alex said one" on the report's practice page and in `practice
review`, quoting only "…and that meant a lot." (benchmarks/fidelity). Both now say it was practised, with the deed."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines

STORY = (("You swapped your shift on Thursday so you could pick me up from the clinic. I didn't have to get the bus "
          "feeling rough, and that meant a lot.", 0),
         ("Thank you. I'm really glad I could be there. My one is Saturday. When you got up with the baby so I could "
          "have a lie-in, I felt looked after.", 0),
         ("Thank you, love.", 0))


def _practice_recorded(vault):
    from talktogether_desktop.pipeline import ops_practice
    from talktogether_desktop.pipeline.ops_reports import report_context
    from talktogether_desktop.practice.assignment import build_assignment
    from talktogether_desktop.storage.couples import add_couple, list_partners
    from talktogether_desktop.storage.settings import load_settings
    from tt_timelines import store_analysed

    couple_id = add_couple(vault, "Alex and Sam", ["Alex", "Sam"])
    ids = {p["display_name"]: p["id"] for p in list_partners(vault, couple_id)}
    settings = load_settings(vault)
    aid = ops_practice.assign_practice(vault, settings, couple_id,
                                      build_assignment("appreciation_exchange", start_date="2026-11-30"))["id"]
    a = lines(*STORY)
    rid = store_analysed(vault, couple_id, ids, a, "2026-12-02T20:00:00", 30, aid, names=CONTEXT["partners"])
    return a, report_context(vault, settings, rid), ops_practice.review_inputs(vault, couple_id)


def test_the_report_and_the_review_say_an_appreciation_told_as_a_story_was_practised(vault):
    from talktogether_desktop.pipeline.formats import format_review
    from talktogether_desktop.practice.review import build_review

    a, context, inputs = _practice_recorded(vault)
    said = "Practised in the recording (appreciation): yes \u2014 both partners said an appreciation and it was taken up"
    text = text_of(render_session_prep(a, context, mode="clinician"))
    page = text[text.index("Practice Assignment"):]
    assert said in page, page
    assert "You swapped your shift on Thursday" in page, page
    shared = text_of(render_session_prep(a, context, mode="shareable"))
    assert said in shared[shared.index("Practice Assignment"):], shared
    review = format_review(build_review(inputs))
    assert said in review, review  # (the review says the verdict; the quotes are on the report's practice page)
