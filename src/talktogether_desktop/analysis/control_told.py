"""Whether a "you" in a line of control tells of something the partner did to the speaker ("so you read my messages",
"You took my car keys on Friday"), for safety.describes_control_suffered: then the speaker is the one controlled."""

from __future__ import annotations

FIRST_PERSON_OBJECT = {"my", "me", "mine", "myself"}
# "you have to ask me", "you'll give me": an order or a rule, said by the one who controls.
RULE_AFTER_YOU = {"have", "has", "must", "need", "needs", "will", "'ll", "better", "can", "can't", "cannot",
                  "are", "aren't", "should", "shall", "won't", "do", "don't"}
# (rep47: "It was told by the one it is done to" was said of the one controlling) the partner told to hand things to the
# speaker or to ask the speaker first ("From now on you hand me the card…", "…you just ask me and I'll transfer what you
# need.", "From now on you send me a photo of where you are every hour.", "Then you bring me the receipt after…"), and
# "you" as what someone else does something to ("You're not seeing your sister this weekend, she turns you against me.")
TO_THE_SPEAKER = {"hand", "send", "bring", "show", "ask"}
DONE_TO_YOU = {"turns", "turned", "makes", "puts", "sets", "gets", "keeps", "drives", "pushes", "lets"}
YOUS = {"you", "you've", "you'd", "you're", "you'll"}


def you_did_it_to_me(tokens: list, i: int) -> bool:
    """`tokens[i]` is "you": whether the words after it, up to the next "you", say it was done to "me"/"my"."""
    after = tokens[i + 1 : i + 8]
    after = after[: next((k for k, t in enumerate(after) if t in YOUS), len(after))]  # ("…when you get home, and you ask me")
    if after and after[0] in RULE_AFTER_YOU or after[:1] == ["got"] and "me" in after[1:3]:
        return False  # (a rule, or the speaker offered in place of others: "You don't need them, you've got me.")
    plain = [t for t in after if t not in ("just", "only", "always")]
    if plain[:1] and plain[0] in TO_THE_SPEAKER or i > 0 and tokens[i - 1] in DONE_TO_YOU:
        return False
    return bool(FIRST_PERSON_OBJECT & set(after))


# A rule set in the first person ("And from now on the pay goes into my account.", walk49b, said by the one who had just
# threatened): the speaker's own things named, but decreed, not control told by the one it is done to.
DECREES = (("from", "now", "on"), ("into", "my", "account"), ("in", "my", "name", "only"), ("goes", "to", "me"))


def decreed(toks) -> bool:
    return any(tuple(toks[k : k + len(d)]) == d for d in DECREES for k in range(len(toks)))


# Control told by the one it is done to, "you" or not (walk50a, the one whose phone is checked): the speaker as the one
# it is done to ("I get checked on every day now.", "I'm tracked", "I was followed"), or the speaker's things held on the
# partner's ("My location's on your phone.").
SPEAKER_SUBJECT = {"i", "i'm", "im"}
PASSIVE = {"get", "got", "am", "was", "been", "being", "'m", "keep", "kept"}
HOLDERS = {"phone", "app", "laptop", "computer", "tablet", "watch", "account", "screen"}


def suffered(toks) -> bool:
    toks = list(toks)
    passive = any(t in SPEAKER_SUBJECT and any(p in PASSIVE for p in toks[k + 1 : k + 3])
                  and any(w.endswith("ed") and w not in ("need", "used") for w in toks[k + 2 : k + 5]) for k, t in enumerate(toks))
    held = any(t == "my" and any(toks[j : j + 2] == ["on", "your"] and toks[j + 2 : j + 3] and toks[j + 2] in HOLDERS
                                 for j in range(k + 1, min(len(toks), k + 5))) for k, t in enumerate(toks))
    return passive or held
