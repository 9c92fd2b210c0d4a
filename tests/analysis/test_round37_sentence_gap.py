"""Round 37: a quote never joins one partner's words across the other's turn (walk37i c3: Tom's "fine" at 00:45 and
"Whatever." at 00:53 were quoted as one line, "fine Whatever."; Lisa's "…I'll take them in my car" and "fine." as
"…in my car fine.", Tom's "fine" between). The recogniser put no full stop after "fine" nor after "car"."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze
from talktogether_desktop.analysis.words import quote, sentence_bounds

from .timeline import conversation, say

HEARD = [("S1", 6.32, 9.36, "I was scared, you were doing ninety and shouting."),
         ("S2", 9.76, 15.68, "I wasn't doing ninety. It was seventy five at most, and that guy cut me up."),
         ("S1", 26.85, 29.89, "Don't do that. I'm telling you I was frightened."),
         ("S2", 30.39, 36.45, "And I'm telling you I had it under control. I've been driving for twenty years."),
         ("S1", 37.15, 41.56, "if you drive like that with the kids in the car I'll take them in my car"),
         ("S2", 45.06, 46.17, "fine"),
         ("S1", 46.77, 50.26, "fine. That's it. Can you at least look at me?"),
         ("S2", 53.26, 54.42, "Whatever."),
         ("S1", 55.22, 59.73, "I'm not trying to attack you. I just want us all to get home safe.")]


def test_a_sentence_ends_at_a_long_silence_when_no_full_stop_was_heard():
    one = [w for w in conversation(*(say(s, a, text, end=b) for s, a, b, text in HEARD)) if w["speaker"] == "S2"]
    fine = next(k for k, w in enumerate(one) if w["word"] == "fine")
    assert sentence_bounds(one, fine) == (fine, fine)  # 7 s and Lisa's turn before "Whatever."
    assert quote(one, fine, fine) == "fine"
    paused = say("S1", 0.0, "I just", end=0.8) + say("S1", 2.5, "don't know what to say.", end=4.0)
    assert quote(paused, 0, 0) == "I just don't know what to say."  # a pause under 3 s is inside the sentence


def test_no_quote_of_the_analysis_joins_a_partners_words_across_the_others_turn():
    result = analyze(conversation(*(say(s, a, text, end=b) for s, a, b, text in HEARD)), names={"S1": "Lisa", "S2": "Tom"})
    quoted = [x["quote"] for x in result["markers"] + result["safety_flags"]]
    assert any(q in ("fine", "fine.") for q in quoted), quoted  # the reading of the bare "fine" (this round's rules)
    assert not [q for q in quoted if "fine Whatever" in q or "my car fine" in q], quoted
