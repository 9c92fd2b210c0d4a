"""Round 37: the practice page names the practice whole and says the recording's verdict once (walk37i, rec 3)."""

from __future__ import annotations

from talktogether_desktop.reports import render_session_prep

from .test_report_for_both import text_of
from .test_report_modes import CONTEXT, lines

BEHAVIOUR = "One 10-minute talk where each of you says back what you heard before giving your side."
WHOLE = "One 10-minute talk where each of you says back what you heard before giving your side"
CUT = "One 10-minute talk where each of you says back"


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
    given = build_assignment("reflect_back", behaviour=BEHAVIOUR, anchor="after Sunday dinner", minutes=10,
                             times_per_week=1, start_date="2026-11-30")
    aid = ops_practice.assign_practice(vault, settings, couple_id, given)["id"]
    a = lines(("I felt so alone at the hospital.", 0), ("So you felt on your own with it. Is that right?", 0),
              ("Yes. I needed you there.", 0), ("What I'm hearing is, you needed someone to hold you.", 0))
    rid = store_analysed(vault, couple_id, ids, a, "2026-12-02T20:00:00", 30, aid, names=CONTEXT["partners"])
    return a, report_context(vault, settings, rid), ops_practice.review_inputs(vault, couple_id)


def test_the_practice_is_named_whole_in_the_report_and_the_practice_review(vault):
    """The report and `practice review` said "One 10-minute talk where each of you says back" (the stored title,
    cut at nine words); the handout had it whole."""
    from talktogether_desktop.pipeline.formats import format_review
    from talktogether_desktop.practice.review import build_review

    a, context, inputs = _practice_recorded(vault)
    assert inputs["assignment"].title == CUT  # as stored: the title made from the behaviour
    for mode in ("clinician", "shareable"):
        text = text_of(render_session_prep(a, context, mode=mode))
        page = text[text.index("Practice Assignment"):]
        assert page.startswith(f"Practice Assignment {WHOLE} When after Sunday dinner"), page[:200]
        assert page.count(WHOLE) == 1, page  # the title is the whole behaviour: no "What to do" saying it again
        head = text[:text.index("Practice Assignment")]
        assert f"{WHOLE} \u2014 practised" in head, head  # page 1's practice line too
    review = format_review(build_review(inputs))
    assert review.splitlines()[0].startswith(f"Practice: {WHOLE} (set "), review.splitlines()[0]


def test_the_recordings_practised_line_is_not_repeated_as_a_point_to_review(vault):
    """The clinician's practice page printed "Practised in the recording (reflect back): yes — both partners said back
    …" beside "Practised" and again, word for word, as the last "What to review together" bullet."""
    a, context, _ = _practice_recorded(vault)
    for mode in ("clinician", "shareable"):
        text = text_of(render_session_prep(a, context, mode=mode))
        page = text[text.index("Practice Assignment"):]
        assert page.count("Practised in the recording (reflect back)") == 1, page
        review = page[page.index("What to review together"):]
        assert "What got in the way?" in review and "2026-12-02:" not in review, review


def test_the_window_names_the_practice_whole_as_the_report_does(vault):
    """The window's practice list showed the stored title cut at nine words ("One 10-minute talk where each of you says
    back"); a recording's list of practices to link and the "Practice assigned" line take the same name
    (pipeline.ops_practice.title_shown)."""
    from talktogether_desktop.storage.couples import list_couples
    from talktogether_desktop.ui.page_data import assignments_of

    _practice_recorded(vault)
    couple_id = list_couples(vault)[0]["id"]
    assert [a["title"] for a in assignments_of(vault, couple_id)] == [WHOLE]
