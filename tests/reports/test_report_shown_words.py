"""Where a listed phrase is shown to the therapist, it is the words said, never the lexicon's pattern signs: a
walk-through's report printed `words: “^ whatever $”` (the list's sentence anchors) under a safety line."""

from __future__ import annotations

import io

import pypdf

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep
from talktogether_desktop.reports.text import said_words

from ..analysis.timeline import conversation, end_of, say

CONTEXT = {"couple_name": "Alex & Sam", "partners": {"S1": "Alex", "S2": "Sam"}, "recorded_at": "2026-11-28"}


def _analysis(*texts, pause=2.0):
    out, t = [], 0.0
    for k, text in enumerate(texts):
        u = say("S1" if k % 2 == 0 else "S2", t + (pause if k % 2 else 0.0), text)
        out.append(u)
        t = end_of(u) + 0.5
    return analyze(conversation(*out), names={"S1": "Alex", "S2": "Sam"})


def test_the_safety_lines_show_the_words_said_not_the_phrase_lists_signs():
    a = _analysis("If you tell anyone, you'll regret it.", "Whatever.",
                  "Who said you could go through my things?", "I'm scared to open my mouth around you.",
                  "You deleted my friends from my phone.", "Okay.")
    phrases = {f.get("phrase") for f in a["safety_flags"]}
    assert {"^ whatever $", "scared to open _ mouth", "deleted my friends*"} <= phrases, phrases  # the lists' own
    pdf = render_session_prep(a, CONTEXT)
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    for sign in ("^", "$", " _ ", "friends*"):
        assert sign not in text, sign
    assert "words: “Whatever”" in text
    assert "words: “scared to open my mouth”" in text and "words: “deleted my friends”" in text


def test_a_phrase_not_found_in_the_quote_is_shown_without_its_signs():
    assert said_words("i _ don't feel safe", "I never feel safe.") == ("i … don't feel safe", False)
    assert said_words("^ you're not seeing * again $", "You’re not seeing Jo again.") == ("You’re not seeing Jo again", True)
    assert said_words("deleted all my friends*", "He said nothing.") == ("deleted all my friends…", False)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_a_rule_with_no_words_of_its_own_is_never_quoted_as_if_said():
    """Justifying violence is found from a reply's timing after an account of violence: its rule's name ("violence
    justified") was printed in quotation marks, as if someone had said it."""
    a = _analysis("You pushed me against the wall last night.", "What was I supposed to do? You kept yelling at me.")
    assert any(f.get("phrase") == "violence justified" for f in a["safety_flags"])
    text = _text(render_session_prep(a, CONTEXT))
    assert "violence justified" not in text
    assert "words: “pushed me”" in text


def test_going_quiet_is_described_in_plain_words_when_no_words_were_said():
    """Two silences after a question and a reply too unclear to quote: the example was the sign's own name ("e.g.
    silence after a question at 00:03"); it is a plain description with its length."""
    lines, out, t = [("S1", 0, "Can you tell me what you want for dinner tonight?"),
                     ("S1", 5.0, "Are you even listening to me right now?"),
                     ("S1", 5.0, "Do you want to talk about the weekend or not?")], [], 0.0
    for speaker, gap, words in lines:
        u = say(speaker, t + gap, words)
        out.append(u)
        t = end_of(u)
    unclear = [dict(w, probability=0.3) for w in say("S2", t + 0.5, "Hmm.")]
    a = analyze(conversation(*out, unclear), names={"S1": "Alex", "S2": "Sam"})
    assert [m["phrase"] for m in a["markers"] if m["category"] == "stonewalling"][:2] == ["silence after a question"] * 2
    text = _text(render_session_prep(a, CONTEXT))
    assert "Sam went quiet or gave short replies" in text
    assert "silence after a question at" not in text
    assert "e.g. a silence of 5 s after a question at 00:03" in text


def test_a_reading_by_meaning_is_explained_in_words_not_with_its_statistic():
    """A safety line read by meaning printed "read by its meaning (like the labelled examples, p=0.82)"."""
    a = _analysis("You pushed me against the wall last night.", "What was I supposed to do? You kept yelling at me.")
    meant = [f for f in a["safety_flags"] if f.get("source") == "meaning"]
    assert meant and any("p=" in str(f.get("context")) for f in meant)
    text = _text(render_session_prep(a, CONTEXT))
    # (rep42: a line to listen to says "read by its meaning" on its own line, not again in "Why it is shown")
    assert ("Possible, to listen to: read by its meaning, with no listed phrase. Why it is shown: coercive control: "
            "blaming; how sure: low") in text
    assert "meaning; how sure: low — read by meaning" not in text  # (said once)
    assert "p=" not in text and "labelled examples" not in text


def test_practice_evidence_with_no_word_heard_clearly_is_not_printed_as_a_quote():
    """A repair practice whose first repair was misheard printed `00:06 Alex: “… … … … … …”` under "Practised"."""
    from talktogether_desktop.practice.fidelity import assess

    lines, out, t = ["You never listen to me, you always do this.", "That's not true, you started it.",
                     "Okay, I'm sorry, I got loud.", "I'm sorry too, that was unfair."], [], 0.0
    for k, words in enumerate(lines):
        u = say("S1" if k % 2 == 0 else "S2", t, words)
        out.append([dict(w, probability=0.3) for w in u] if k == 2 else u)
        t = end_of(u) + 0.5
    a = analyze(conversation(*out), names={"S1": "Alex", "S2": "Sam"})
    assignment = {"id": 1, "title": "Repair when it gets heated", "behaviour": "Try a repair attempt."}
    assert [e["quote"] for e in assess(assignment, a)["evidence"]][0] == "… … … … … …"
    text = _text(render_session_prep(a, dict(CONTEXT, assignment=assignment)))
    assert "“… … …" not in text
    assert "Alex: (words uncertain: check the recording)" in text
    assert "Sam: “I'm sorry too, that was unfair.”" in text
