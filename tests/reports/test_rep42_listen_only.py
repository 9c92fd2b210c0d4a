"""rep42: lines only to listen to (low readings by meaning, not flags) across most of the talk.

The clinician's version says once, at the top of the safety box, what "to listen to" means (it was the same sentence
under each of five lines in walk41b c3); the couple's version still gives them something to talk over together (their
strengths, their practice) and holds no safety words, no quotes from those lines and no per-partner scores."""

from __future__ import annotations

import json
import re
from pathlib import Path

from talktogether_desktop.reports import render_session_prep

from .test_report_render import CONTEXT, pages_text

FIXTURE = Path(__file__).parent / "fixtures" / "analysis_demo.json"
MEANS = "It is not a finding and may be nothing: listen to it before you decide."


def _listened_through() -> dict:
    """The demo analysis with a line to listen to on every other turn: the couple's version leaves out most of it."""
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    a["safety_flags"] = [{"t": t["start"], "end": t["end"], "speaker": t["speaker"], "quote": t["text"][:50],
                          "category": "fear", "source": "meaning", "confidence": "low", "check_recording": True,
                          "listen_only": True, "context": "read by its meaning"}
                         for t in a["turns"][::2]]
    return a


def test_the_clinicians_version_says_once_what_to_listen_to_means():
    a = _listened_through()
    whole = " ".join(" ".join(pages_text(render_session_prep(a, CONTEXT))).split())
    lines = len(a["safety_flags"])
    assert whole.count("Possible, to listen to:") == lines, whole
    assert whole.count(MEANS) == 1, whole
    assert whole.count("Listen before you decide") == 0, whole
    # "read by its meaning" is on the line's own "to listen to" line, not again in its "Why it is shown"
    assert "read by its meaning;" not in whole and "read by its meaning." not in whole.replace(
        "read by its meaning, with no listed phrase.", ""), whole


def test_a_line_heard_has_no_note_on_lines_to_listen_to():
    a = json.loads(FIXTURE.read_text(encoding="utf-8"))
    a["safety_flags"] = [{"t": 12.0, "speaker": "S1", "quote": "you make me afraid", "category": "fear_of_partner"}]
    whole = " ".join(" ".join(pages_text(render_session_prep(a, CONTEXT))).split())
    assert MEANS not in whole and "Possible, to listen to" not in whole


def test_the_couples_version_still_gives_them_their_strengths_and_practice_to_talk_over():
    a = _listened_through()
    shared = " ".join(" ".join(pages_text(render_session_prep(a, CONTEXT, mode="shareable"))).split())
    assert "Questions to talk about together" in shared, shared
    assert "What is one thing the other did in this conversation that you appreciated?" in shared, shared
    assert "How did the practice go for each of you, and what would make it easier next week?" in shared, shared
    assert "One calm 10-minute conversation about the weekend" in shared  # the practice itself
    # nothing of the lines left out, no safety words, no per-partner scores
    for word in ("safety", "listen to", "fear", "threat", "harm", "Who talked", "%"):
        assert word not in shared, word
    for flag in a["safety_flags"]:
        assert flag["quote"][:30] not in shared, flag["quote"]


def test_the_first_question_lists_the_times_once_and_counts_the_rest():
    """"First listen at 00:00 (Priya) and 00:16 (Tom) and 00:29 (Priya): …" named three of eight lines as if all."""
    a = _listened_through()
    whole = " ".join(" ".join(pages_text(render_session_prep(a, CONTEXT))).split())
    n = len(a["safety_flags"])
    one = r"\d\d:\d\d \(\w+\)"
    assert re.search(f"First listen at {one}, {one}, {one} and {n - 3} more \\(Key moments\\): lines read by meaning",
                     whole), whole
