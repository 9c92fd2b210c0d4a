"""The shape a threat takes in English, for threats read by meaning alone.

A threat says what will happen, or what might ("You'll find out exactly what happens.", "If I find out you're lying,
you won't be working there", "Carry on telling her and see what the drive home's like", "You say one word in her
office and we're done with therapy", "You know what happens when you go behind my back"). The sentence reader also
reads complaints about the present as threats ("You just lie there." 0.85 in walk48b's night-feed quarrel; "I'm only
looking out for you.", "Go wash your face before the kids see you."): a sentence with none of these forms is no threat
by meaning (the listed phrases and rules still read their own). On the read and walk-through conversations, of 62
threats read by meaning alone, 22 had none of these forms and 21 of those 22 were no threat (the one kept out: "Keep
your voice down.", said before a session: a threat about therapy, which this does not touch). But orders read as
threats ("From now on you send me a picture every break.", "You ain't goin' up there.") are often real control, so a
sentence with no threat's form is set aside only where the reader finds a horseman in it more clearly than the threat
(complaint_clearer): the evaluation lost 14 safety lines, orders among them, with the form alone."""

from __future__ import annotations

from typing import Sequence

# what will or would happen, or on what condition
MODALS = frozenset({"will", "won't", "wont", "gonna", "would", "wouldn't", "shall", "if", "unless", "otherwise",
                    "or", "else", "until", "till", "next", "again", "ever", "dare", "regret", "sorry", "careful",
                    "warned", "warning", "swear", "watch"})
# ... or what happens, and a consequence joined by "and" ("…and we're done", "…and you're out")
PHRASES = (("see", "how"), ("see", "what"), ("see", "if"), ("what", "happens"), ("what", "happened"), ("find", "out"),
           ("going", "to"), ("try", "me"), ("test", "me"), ("push", "me"), ("capable", "of"), ("last", "time"),
           ("know", "where"), ("mark", "my"))
CONSEQUENCE = frozenset({"done", "finished", "over", "out", "gone", "through"})


def threat_form(toks: Sequence[str]) -> bool:
    """Whether the sentence has the form of a threat: a future, a condition, what happens, or "…and we're done"."""
    if any(t in MODALS or t.endswith(("'ll", "'d")) for t in toks):
        return True
    if any(tuple(toks[i : i + len(p)]) == p for p in PHRASES for i in range(len(toks))):
        return True
    return any(t == "and" and any(x in CONSEQUENCE for x in toks[i + 1 : i + 4]) for i, t in enumerate(toks))


COMPLAINTS = ("criticism", "contempt", "defensiveness")


def complaint_clearer(found, reading) -> bool:
    """A horseman read in the sentence more clearly than the threat ("You just lie there.": criticism 0.94, threat 0.85)."""
    return any(x.category in COMPLAINTS and x.kind_probability > reading.kind_probability for x in found)


def complaint_not_threat(toks: Sequence[str], found, reading) -> bool:
    """A threat read by meaning in a sentence with no threat's form where a horseman reads more clearly: listed to
    listen to, never as a threat heard (walk48b's "You just lie there." made the report clinician-only and refused
    the couple's practice; dropped outright, such readings lost a real threat on the unseen splits)."""
    return reading.category == "safety_threat" and not threat_form(toks) and complaint_clearer(found, reading)


# What makes "remember what happened … last time you …" a warning: the partner's act against the speaker, or leaving
DEFIANCE = frozenset({"me", "mine", "my", "leave", "left", "leaving", "walk", "walked", "walking", "crossed", "lied",
                      "disobeyed", "defied", "mouthed"})


def a_memory_not_a_warning(toks: Sequence[str], a: int, parts: Sequence[str]) -> bool:
    """A past harm recalled ("Remember what happened to your phone the last time you went through mine.", "…the last time
    you tried to leave me?") is a warning only with the partner's act against the speaker or leaving after it; else a
    memory or care ("Remember what happened to your sunglasses at the beach?", "…last time you ate prawns, so go easy.",
    "…to your back the last time you lifted it on your own.")."""
    return "happened" in parts and not set(toks[a + len(parts) :]) & DEFIANCE


# A plea ("Emeka, please. Please don't walk away from me again.", walk50b, a threat by meaning 0.7) asks; it warns of
# nothing unless a consequence follows ("Please don't make me do something we'll both regret", "…or else").
WARNING_WORDS = frozenset({"or", "else", "otherwise", "unless", "regret", "sorry", "make", "i'll", "i'm", "gonna", "will"})
# Someone else's doing, the speaker and partner unnamed ("Him will break half of them.", teasing about a child and the
# plates, walk50b, 0.77): no threat by the speaker.
OTHERS_DOING = frozenset({"he", "she", "him", "they", "he'll", "she'll", "they'll", "it", "it'll", "that"})
SPEAKER_OR_PARTNER = frozenset({"i", "i'm", "i'll", "i'd", "i've", "me", "my", "you", "you're", "you'll", "your", "ya",
                                "we", "we'll", "us", "our"})


def no_threat_by_speaker(toks: Sequence[str]) -> bool:
    """A plea with no consequence, or someone else's doing with neither partner named."""
    toks = list(toks)
    plea = "please" in toks and not set(toks) & WARNING_WORDS
    return plea or bool(toks) and toks[0] in OTHERS_DOING and not set(toks) & SPEAKER_OR_PARTNER


def denies_touching(toks: Sequence[str]) -> bool:
    """"I've never laid a finger on you." (walk50a, violence by meaning 0.64, after the partner said they were afraid): a
    denial of any touch is no violence told; it is read as the denying kind of blaming (meaning.py), to listen to."""
    toks = list(toks)
    denied = any(t in ("never", "didn't", "haven't", "not", "wouldn't") for t in toks)
    touch = any(toks[k : k + 2] in (["a", "finger"], ["a", "hand"]) for k in range(len(toks))) or "touched" in toks
    return denied and touch and not {"until", "till", "before", "since", "but"} & set(toks)



# A possible threat's stretch reads "its reply" (safety.threat_stretches): the other partner's first turn after it,
# however long the threatening turn runs on after the threat's sentence (a blind split: a threat read early in a long
# turn, the partner's "sorry" 14 s after it, past a 12 s clock, counted as a repair). That turn must start this soon.
REPLY_STARTS_WITHIN_S = 30.0
TURN_GAP_S = 1.5


def through_the_reply(stretches: list[dict], words: Sequence[dict]) -> list[dict]:
    """Each possible stretch reaching at least to the end of the other partner's first turn after its flag."""
    for s in [s for s in stretches if s.get("possible")]:
        flag = s["flag"]
        later = [w for w in words if w["start"] >= flag["end"] - 0.01]
        k = next((j for j, w in enumerate(later) if w.get("speaker") != flag["speaker"]), None)
        if k is None or later[k]["start"] - flag["end"] > REPLY_STARTS_WITHIN_S:
            continue
        end = k
        while end + 1 < len(later) and later[end + 1].get("speaker") == later[k].get("speaker") and \
                later[end + 1]["start"] - later[end]["end"] <= TURN_GAP_S:
            end += 1
        s["end"] = max(s["end"], later[end]["end"])
    return stretches
