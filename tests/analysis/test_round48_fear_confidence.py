"""How sure a fear of the partner is rests on the words the rule read, not on the sentence's tail (issue 13, round 48).

walk47a c_drinks: "I get scared when you go quiet like this, and I'll be back by six to start the dal." was transcribed
word for word, every word of the fear 0.75-1.0 and its speaker sure, yet the flag was "how sure: low — words hard to make
out" and page 1 said only "Claire said something here (check the recording)": tiny.en was unsure of "six" (0.49) and
"dal" (0.21), after the fear's clause. The words in it still decide: a fear heard unsurely stays a finding to check.
"""

from talktogether_desktop.analysis import analyze

from .timeline import conversation, end_of, say

OPENER = "You know what, just forget the whole weekend then, I'm done talking about it."


def fear_flag(line: str, unsure: dict) -> dict:
    """The fear-of-the-partner flag of `line` (S2, after S1's opener), its words' probabilities set by `unsure`."""
    first = say("S1", 0.0, OPENER)
    second = say("S2", end_of(first) + 0.6, line)
    for w in second:
        w["probability"] = unsure.get(w["word"].strip(".,?!"), 0.97)
    for w in first + second:
        w["speaker_confidence"] = 0.98
    flags = [f for f in analyze(conversation(first, second))["safety_flags"] if f["category"] == "fear"]
    assert len(flags) == 1, flags
    return flags[0]


def test_unsure_words_after_the_fears_clause_do_not_make_it_a_finding_to_check():
    flag = fear_flag("I get scared when you go quiet like this and I'll be back by six to start the dal.",
                     {"six": 0.49, "dal": 0.21})
    assert "words the recogniser was unsure of" not in flag["confidence_reasons"], flag
    assert flag["confidence"] != "low" and not flag.get("check_recording")
    flag = fear_flag("I'm frightened of you when you drink so I'll stay at my sister's on Friday.",
                     {"sister's": 0.3, "Friday": 0.25})
    assert flag["confidence"] != "low", flag


def test_a_fear_heard_unsurely_is_still_one_to_check():
    flag = fear_flag("I get scared when you go quiet like this and I'll be back by six to start the dal.",
                     {"scared": 0.2})
    assert flag["confidence"] == "low" and "words the recogniser was unsure of" in flag["confidence_reasons"]
    # the partner the fear is of is part of what the rule read
    flag = fear_flag("I'm frightened of you when you drink so I'll stay at my sister's on Friday.", {"you": 0.2})
    assert flag["confidence"] == "low"
