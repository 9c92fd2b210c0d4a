"""A quote that stops inside its sentence says so, and a long one never overflows its place (reports/quote_ends.py).

The analysis quotes a long sentence as about 30 of its words with no sign of the cut: the report printed
“swear if you do that one more time … I am done being the one who” (the threat's quote, in the fear response's
"Why it is shown") and “never see the kids again … with whoever” (the Four Horsemen table) as if that were all that
was said; and a quote far longer than a page stopped the whole report (reportlab's LayoutError in the safety box)."""

from __future__ import annotations

import re

from talktogether_desktop.reports import render_session_prep
from .test_report_modes import CONTEXT, lines, pages

RUN_ON = ("You went out on Saturday and you did not answer your phone all night and I sat there in the kitchen waiting "
          "and the kids kept asking where you were and I did not know what to tell them and when you finally came in "
          "at three you walked straight past me and I swear if you do that one more time I will make sure you never "
          "see the kids again and I mean it because I am done being the one who waits up every single weekend while "
          "you do whatever you like with whoever you like")


def _quotes(text: str) -> list[str]:
    return re.findall("\u201c([^\u201c\u201d]+)\u201d", text)


def test_every_quote_cut_inside_the_long_sentence_ends_with_an_ellipsis():
    a = lines(("Can we talk about last weekend? I want to understand what happened.", 0),
              ("Sure. I know it went badly.", 0), (RUN_ON, 0), ("Okay. I'm sorry. I'll be home by ten.", 0.5),
              ("You'd better be.", 0), ("I need you to hear that I was scared to come home.", 0))
    text = " ".join(pages(render_session_prep(a, CONTEXT)))
    parts = []
    for q in _quotes(text):
        core = q.strip("\u2026 ")
        at = RUN_ON.find(core)
        if len(core) > 30 and at >= 0 and at + len(core) < len(RUN_ON):  # a piece of the sentence that goes on after it
            parts.append(q)
    assert parts, _quotes(text)  # (the threat is quoted as a piece of the sentence: a cut the page must show)
    assert all(q.endswith("\u2026") for q in parts), parts
    assert all(q.startswith("\u2026") for q in parts if not RUN_ON.startswith(q.strip("\u2026 "))), parts


def test_a_quote_longer_than_a_page_is_shortened_visibly_and_the_report_is_made():
    a = lines(("Give me your bank card. You get an allowance from now on.", 0),
              ("But it's my salary, I just need to feel safe with my own money.", 0))
    assert a["safety_flags"], a["safety_flags"]
    flag = a["safety_flags"][0]
    long_quote = " ".join(["and I looked at every single statement that came in this month"] * 400)
    held = dict(a, safety_flags=[dict(flag, quote=long_quote)] + a["safety_flags"][1:])
    text = " ".join(pages(render_session_prep(held, CONTEXT)))
    assert "\u2026\u201d (shortened: listen at 00:" in text, text[:3000]
    assert long_quote not in text and len(text) < 20000


def test_marked_and_capped_say_where_words_are_left_out():
    from talktogether_desktop.reports.quote_ends import capped, marked, shown

    turns = [{"start": 0.0, "end": 3.0, "speaker": "S1", "text": "Okay. I'm sorry. I'll be home by ten."},
             {"start": 4.0, "end": 9.0, "speaker": "S2", "text": "When you came in you walked past me and I was done."}]
    assert marked("I'm sorry.", turns, 1.0) == "I'm sorry."  # a whole sentence
    assert marked("I'm sorry", turns, 1.0) == "I'm sorry"  # its sentence ends right after it
    turns[1]["text"] = "When you came in at three last night you walked straight past me and I was done waiting."
    assert marked("in at three last night you walked straight past me", turns, 5.0) == (
        "\u2026in at three last night you walked straight past me\u2026")
    assert marked("When you came in at three last night you walked", turns, 5.0) == (
        "When you came in at three last night you walked\u2026")
    assert marked("you walked", turns, 5.0) == "you walked"  # a phrase named, not a sentence cut (“we” words)
    assert marked("You barely left the", [], None) == "You barely left the\u2026"  # no turn: the last word tells
    assert marked("\u2026 \u2026 you always make me the bad guy.", [], None) == "\u2026 you always make me the bad guy."
    words = "word " * 100
    short, cut = capped(words.strip(), 50)
    assert cut and short.endswith("word\u2026") and len(short) <= 51
    assert shown(words.strip(), 75.0).endswith("\u201d (shortened: listen at 01:15)")
    assert shown("Fine.", 75.0) == "\u201cFine.\u201d"


def test_a_word_named_in_a_sentence_is_not_marked_as_cut():
    """“we” in "Framing: … 2 “we” words" is a word named, not a quote cut short: never “…we…”."""
    from talktogether_desktop.reports.quote_ends import mark_in_text

    turns = [{"start": 0.0, "end": 3.0, "speaker": "S1", "text": "I think we should go and we can talk there."}]
    said = "Framing: Alex 0 I-statements and 2 \u201cwe\u201d words."
    assert mark_in_text(said, turns) == said
