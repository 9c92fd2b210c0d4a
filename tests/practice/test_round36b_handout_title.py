"""Round 36b: the handout's title says how often and the whole behaviour in brief. A walk-through's practice "Once a
day, say one specific thing you appreciated and the other says thank you and one thing back." was titled "Say one
specific thing you appreciated and the other": how often and the thank-you were only under "What to do"."""

from __future__ import annotations

import io

from pypdf import PdfReader

from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.handout import render_handout

APPRECIATION = "Once a day, say one specific thing you appreciated and the other says thank you and one thing back."


def _title_part(pdf: bytes) -> str:
    """The words above the partners' names (the kicker and the title), on the handout's one page."""
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    flat = " ".join(reader.pages[0].extract_text().split())
    return flat[:flat.index("For Zoë and Łukasz")]


def test_the_handout_title_carries_how_often_and_the_whole_behaviour(cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    couple = cli("couple", "add", "--name", "Kowalski", "--partner", "Zoë", "--partner", "Łukasz").stdout.strip()
    given = cli("practice", "assign", "--couple", couple, "--behaviour", APPRECIATION, "--anchor", "after dinner",
                "--minutes", "5", "--start", "2026-11-30")
    assert given.returncode == 0, given.stderr
    pdf = tmp_path / "handout.pdf"
    assert cli("practice", "handout", given.stdout.strip(), "-o", str(pdf)).returncode == 0
    title = _title_part(pdf.read_bytes())
    assert title == ("OUR PRACTICE FOR THIS WEEK Say one specific thing you appreciated and the other says thank you "
                     "and one thing back, once a day "), title


def test_a_title_without_how_often_gets_it_and_one_that_says_it_is_kept():
    from talktogether_desktop.practice.assignment import handout_title

    listen = build_assignment("reflect_back")  # Wednesdays, once
    assert handout_title(listen) == "Ten-minute listen-and-say-back conversation, once this week"
    assert "once this week" in _title_part(render_handout(listen, ["Zoë", "Łukasz"]))
    assert handout_title(build_assignment("appreciation_exchange")) == "Appreciation exchange at Sunday coffee"
    daily = build_assignment("stress_reducing_conversation")
    assert handout_title(daily) == "Daily stress-reducing conversation at the evening clean-up"
    # "each of you tells ..." says what to do, not when
    each = build_assignment(None, behaviour="Once a day after dinner, each of you tells the other one thing you "
                                            "appreciated today; the other says thank you.")
    assert handout_title(each) == ("Each of you tells the other one thing you appreciated today, the other says "
                                   "thank you, once a day after dinner")


def test_a_title_made_from_the_behaviour_keeps_each_of_you_and_a_sentence_to_fill_in():
    """Stored titles were cut: "Once a day, each of you says…" gave "Once a day" ("each of you" taken for a time, like
    "each evening"), and "Start with 'I feel … about … and I need …'…" gave "Start with 'I feel" (the ellipsis taken for
    the end of a sentence; with a template's words before it, "About")."""
    from talktogether_desktop.practice.assignment import _title_from

    assert _title_from("Once a day, each of you says one specific thing you appreciated and the other says thank you "
                       "and one thing back.") == "Each of you says one specific thing you appreciated"
    assert _title_from("Start with 'I feel ... about ... and I need ...' before raising a problem.") == \
        "Start with 'I feel ... about ... and I need ...'"
    assert _title_from("Each evening, take turns to talk for ten minutes.") == "Take turns to talk for ten minutes"


def test_how_often_typed_in_the_behaviour_is_the_practice_frequency():
    """"Once a day, each of you…" typed as the behaviour left times_per_week empty: the handout's "How long" said only
    "5 minutes", the tick table marked no practice days and the calendar file did not repeat. Given explicitly, the
    frequency stays as given."""
    from talktogether_desktop.practice.assignment import build_assignment

    typed = build_assignment(behaviour="Once a day, each of you says one specific thing you appreciated.", minutes=5)
    assert typed.times_per_week == 7 and len(typed.days) == 7
    given = build_assignment(behaviour="Once a day, each of you says one thing.", times_per_week=3)
    assert given.times_per_week == 3
    plain = build_assignment(behaviour="Say one thing you appreciated.")
    assert plain.times_per_week is None


def test_a_handout_title_survives_a_behaviour_of_punctuation_and_keeps_a_sentence_to_fill_in():
    from talktogether_desktop.practice.assignment import build_assignment, handout_title

    assert handout_title(build_assignment(behaviour="...")) == "Practice"
    filled = build_assignment(behaviour="Start with 'I feel ... about ... and I need ...' before raising a problem.")
    assert handout_title(filled).startswith("Start with 'I feel ... about ... and I need ...'")
