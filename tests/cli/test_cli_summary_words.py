"""The `analyze` summary quotes only words heard clearly: a safety line whose every word the recogniser was unsure of
printed `(threat): “… … … … … …”`, an empty quote where the therapist needs to know to listen."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze
from talktogether_desktop.cli.analyze_cmds import summary_text

from ..analysis.timeline import conversation, end_of, say


def test_a_safety_line_with_no_word_heard_clearly_says_to_listen_instead_of_an_empty_quote():
    first = say("S1", 0.0, "Can we talk about the weekend?")
    unclear = [dict(w, probability=0.3) for w in say("S2", end_of(first) + 0.5, "If you tell anyone, you'll regret it.")]
    clear = say("S1", end_of(unclear) + 0.5, "I'm scared of you when you get like this.")
    result = analyze(conversation(first, unclear, clear), names={"S1": "Ana", "S2": "Ben"})
    assert any(set(f["quote"].split()) == {"…"} for f in result["safety_flags"]), result["safety_flags"]
    text = summary_text(result)
    assert "“…" not in text
    # heard with low confidence: "possible", as the report's Key moment says it (round 36)
    assert "Ben (possible threat or intimidation): (words uncertain: check the recording)" in text, text
    assert "Ana (fear of the partner): “I'm scared of you when you get like this.”" in text, text


def test_one_turn_is_one_turn_in_the_summary():
    first = say("S1", 0.0, "Can we talk about the weekend? I would like to go away.")
    result = analyze(conversation(first, say("S2", end_of(first) + 0.5, "Yes, let's.")), names={"S1": "Ana", "S2": "Ben"})
    text = summary_text(result)
    assert "Ben: " in text and ", 1 turn, " in text and "1 turns" not in text, text
