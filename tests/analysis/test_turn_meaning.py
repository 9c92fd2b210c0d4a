"""A turn read whole by its meaning (analysis/turn_meaning.py), with the real sentence model and the
shipped classifier. The lines were written for these tests: they are in no example file and no split."""

from talktogether_desktop.analysis import turn_meaning

from .test_context import run

COMPLAINT = "You never listen to me, you're so selfish."
WARM = "Thanks for sorting dinner tonight, that was really nice of you."


def whole_turn(r, speaker="S2"):
    return [(m["category"], m["confidence"], m["quote"]) for m in r["markers"]
            if m["speaker"] == speaker and m.get("read_whole_turn")]


def test_short_pieces_of_sarcasm_or_defence_are_read_as_one_turn():
    """Each piece alone is too short or too vague for the sentence reader; the turn, read as the partner
    hears it, is contempt (or a defence), listed to listen to and quoted whole."""
    r = run(COMPLAINT, "Oh, marvellous. Another weekend of your mates. Can't wait.")
    assert whole_turn(r) == [("contempt", "low", "Oh, marvellous. Another weekend of your mates. Can't wait.")]
    item = next(m for m in r["markers"] if m.get("read_whole_turn"))
    assert item["source"] == "meaning" and "whole turn" in item["context"]
    assert item["end"] > item["t"] + 2.0  # the marker spans the turn, not its first sentence
    r = run(COMPLAINT, "Excuse me? I work all week. I do the school run.")
    assert [c for c, *_ in whole_turn(r)] == ["defensiveness"]


def test_a_turn_is_read_whole_only_in_tension_and_where_the_rules_found_nothing():
    """No horseman said near it: the same sarcastic turn opening a talk is left alone. A turn whose
    words the rules read (a repair, a complaint taken back) is theirs."""
    assert whole_turn(run("Oh, marvellous. Another weekend of your mates. Can't wait.", "Sorry, what do you mean?"),
                      "S1") == []
    assert whole_turn(run(COMPLAINT, "Okay. I hear you. Tell me more.")) == []
    assert whole_turn(run(COMPLAINT, "Fine. For the record, you don't nag, you just... supervise.")) == []


def test_a_fond_always_set_aside_makes_no_tension_for_a_warm_reply():
    """The whole-turn reading comes after the fond "you always…" is set aside in a warm talk: the warm
    reply after it ("Aw, you're welcome. Cup of tea?", which the classifier alone reads as contempt) is
    not read as an attack."""
    r = run(WARM, "You always know when I need a cuppa before I do.", "Aw, you're welcome. Cup of tea?")
    assert [m["category"] for m in r["markers"] if m["category"] in turn_meaning.KINDS] == []


def test_a_start_read_only_from_a_sign_to_check_is_not_quoted_as_said():
    """A harsh start-up whose only sign is low (a whole turn read by meaning) is itself low: "What stood out"
    says to check the recording instead of quoting it as what was said, and the report's pattern names the
    time only."""
    import pypdf, io

    from talktogether_desktop.reports import render_session_prep

    r = run("Oh, marvellous. Another weekend of your mates. Can't wait.", "What do you mean?", "Nothing. Forget it.",
            "Okay then.", "Fine.", COMPLAINT)
    (start,) = [p for p in r["patterns"] if p["kind"] == "harsh_startup"]
    assert start["confidence"] == "low" and [e["confidence"] for e in start["evidence"]] == ["low"]
    (said,) = [o["text"] for o in r["observations"] if o["kind"] == "harsh_startup"]
    assert "check the recording" in said and "marvellous" not in said
    pdf = render_session_prep(r, {"couple_name": "A & B", "partners": {"S1": "Ash", "S2": "Bo"}})
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "marvellous" not in text and "may have opened with criticism or contempt" in text


def test_a_self_mocking_reply_in_banter_is_not_read_whole():
    """A fond "you're hopeless at…" makes the only tension in a teasing talk; the self-mocking reply in pieces is
    not read as contempt with "love you" said within the half minute."""
    r = run("You're hopeless at parking, you know that, mate?", "Excuse me, that's an artistic angle.",
            "It's across two bays, love.", "Two bays of pure talent. You're welcome.", "Never change. Seriously, I love you.")
    assert whole_turn(r) == []
