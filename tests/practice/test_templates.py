"""The template library: every file loads, is complete, passes the check and speaks to the couple plainly."""

from __future__ import annotations

import re

import pytest

from talktogether_desktop.practice.assignment import build_assignment
from talktogether_desktop.practice.check import check_assignment, check_text, codes
from talktogether_desktop.practice.templates import get_template, list_templates, templates_dir

TEMPLATES = list_templates()
COUPLE_FACING = ("title", "behaviour", "anchor", "who_starts", "what_to_record", "what_to_notice", "review")
# Words the couple must never read on a handout.
CLINICAL = r"\b(?:homework|assignment|adherence|compliance|intervention|clinical|diagnos\w*|patients?|" \
           r"escalation|stonewall\w*|flooding|contempt|dysfunction\w*|pathology|symptoms?|treatment|therapy)\b"


def test_library_has_the_eight_exercises_the_issue_names():
    names = {t.name for t in TEMPLATES}
    assert len(TEMPLATES) >= 8
    assert {"reflect_back", "stress_reducing_conversation", "soft_startup", "appreciation_exchange",
            "repair_phrases", "time_out_plan", "weekly_check_in", "bids_noticing"} <= names


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.name)
def test_each_template_passes_the_specificity_check(template):
    assignment = build_assignment(template)
    assert codes(check_assignment(assignment)) == []
    # the same practice written out as one paragraph also passes the free-text check
    assert codes(check_text(assignment.as_text())) == []


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.name)
def test_each_template_is_small_complete_and_sourced(template):
    assert 1 <= template.minutes <= 20
    assert 1 <= template.times_per_week <= 7
    assert len(template.days) in (template.times_per_week, 7)
    assert re.fullmatch(r"\d{2}:\d{2}", template.time)
    assert template.steps, "the handout lists steps"
    assert template.sources and all(len(s) > 20 for s in template.sources)
    for field in COUPLE_FACING:
        assert getattr(template, field).strip(), field


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.name)
def test_couple_facing_text_has_no_clinical_words_or_homework(template):
    text = " ".join([getattr(template, f) for f in COUPLE_FACING] + template.steps).lower()
    assert not re.search(CLINICAL, text), re.search(CLINICAL, text).group(0)


def test_template_files_are_plain_readable_toml():
    files = sorted(templates_dir().glob("*.toml"))
    assert len(files) == len(TEMPLATES)
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert "behaviour =" in text and "[[sources]]" in text


def test_unknown_template_names_the_known_ones():
    from talktogether_desktop.errors import NotFound

    with pytest.raises(NotFound, match="reflect_back"):
        get_template("do_the_dishes")
    assert get_template("Reflect-Back").name == "reflect_back"


def test_a_broken_or_incomplete_template_is_named(tmp_path):
    from talktogether_desktop.errors import BadInputFile

    (tmp_path / "broken.toml").write_text('title = "unterminated\n', encoding="utf-8")
    with pytest.raises(BadInputFile, match="broken.toml"):
        list_templates(tmp_path)
    (tmp_path / "broken.toml").write_text('title = "Only a title"\n', encoding="utf-8")
    with pytest.raises(BadInputFile, match="lacks: behaviour, anchor, minutes"):
        list_templates(tmp_path)
