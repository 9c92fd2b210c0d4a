"""Self-harm heard in how the partner meets it (DOMAIN.md §6).

Risk is often said sideways ("I've done the sums. The life insurance would clear it.", "I drove out to the Gap and
sat near the edge for a couple of hours."), in words no list or reading can be sure of; the partner in the room
usually is. Two answers show it:

- The partner names crisis help (crisis_help.txt: "We'll ring Lifeline together right now"): what the other partner
  said just before (their turns back to the partner's last turn that was not a question, at most CRISIS_BACK_S) is
  self-harm language to assess, unless it is flagged as such already.
- The partner asks about it directly (self_harm_questions.txt): words just before read only to listen to are heard.
- The partner asks about it and the answer is no "no": after a question about self-harm (self_harm_questions.txt,
  ending "?"), or a question about what the other partner just said that read as self-harm ("Are you telling me
  you've thought about doing that?", "What's that supposed to mean?": ASKING_ABOUT_IT), the answer ("Some nights.")
  is part of the disclosure. A denial of intent is read by disclosure.py; "No." or "God, no." is nothing. An answer
  to a question of the second kind is only to listen to (it may be the disclosure, or "I'm just tired.").
"""

from __future__ import annotations

from typing import Mapping, Sequence

from ..timefmt import clock
from .lexicon import Lexicon
from .safety import GROUPS
from .words import ends_sentence, quote, sentence_bounds, taunted, token

CRISIS_BACK_S = 40.0  # what the partner answers with crisis help was said this long before it, at most
ANSWER_S = 20.0  # an answer begins this soon after the question
THOUGHT_S = 60.0
SAFE_ASKED_S = 180.0  # "Are you safe right now?" asks about self-harm this long after the partner's words of it  # ... and the thought owned later, this soon after it
AFTER_QUESTION_WORDS = 10  # a question ends the run, or is this close to its end
THINKING = frozenset({"think", "thought", "thinking", "thinks"})
# a question about what was just said ("What's that supposed to mean?", "Are you telling me you've thought about it?")
ASKING_ABOUT_IT = frozenset({"mean", "meant", "means", "saying", "telling", "serious", "thought", "thinking", "talking"})
CONTACTING = frozenset({"ring", "call", "phone", "text", "contact", "ringing", "calling", "phoning", "texting", "contacting"})
NO_WORDS = frozenset({"no", "nope", "nah", "never", "god", "of", "course"})  # "No.", "God, no.", "Of course not."


def risk_in_answers(flags: Sequence[dict], words: Sequence[dict], lex: Lexicon,
                    names: Mapping[str, str]) -> list[dict]:
    """Self-harm flags for what the partner answered with crisis help, and for answers to a question about it."""
    runs = _runs(words)
    out: list[dict] = []
    harm = [f for f in flags if f["category"] == "self_harm"]

    def flag(i: int, j: int, phrase: str, context: str, listen: bool) -> None:
        who = words[i]["speaker"]
        over = [f for f in harm + out if f["speaker"] == who and f["t"] <= words[j]["end"] and words[i]["start"] <= f["end"]]
        # an answer only to listen to ("I drove out to the Gap…" after "What's that supposed to mean?") is heard once the
        # partner answers it with crisis help
        if any(listen or f.get("_strength") != "low" for f in over):
            return
        out[:] = [f for f in out if f not in over]
        out.append({"t": words[i]["start"], "end": words[j]["end"], "speaker": who, "name": names.get(who, who),
                    "category": "self_harm", "group": GROUPS["self_harm"], "phrase": phrase,
                    "quote": quote(words, i, j), "source": "lexicon", "context": context,
                    "_strength": "low" if listen else "medium", "_listen": listen})

    for k, (i, j) in enumerate(runs):
        said = [token(w["word"]) for w in words[i:j + 1]]
        every = set(range(len(said)))
        helps = [h for h in lex.find(said, every, every, "crisis_help") if _urged(words, i, j, i + h[0])]
        if helps and k > 0:
            who, phrase = words[i]["speaker"], helps[0][2].text
            for r in range(k - 1, -1, -1):
                a, b = runs[r]
                if words[i]["start"] - words[b]["end"] > CRISIS_BACK_S:
                    break
                if words[a]["speaker"] == who:
                    if not _asks(words, b):
                        break
                    continue
                # a backchannel under the partner's words ("mm-hm") says nothing to be answered: look before it
                if lex.covers([t for t in (token(w["word"]) for w in words[a : b + 1]) if t], "backchannels"):
                    continue
                flag(a, b, phrase, f"{names.get(who, who)} answered it with crisis help at {clock(words[i]['start'])}"
                     f" (\u201c{quote(words, i + helps[0][0], i + helps[0][1])}\u201d): ask about it directly", False)
        # the words just before, read only to listen to ("There's a bridge on my way to work. I've stood on it…"), are
        # heard once the partner asks about them directly ("…are you saying you'd do something to yourself?")
        # ("Are you safe right now?" asks about self-harm only just after the partner's words that may be it: safe_questions.txt)
        about_harm = bool(lex.find(said, every, every, "self_harm_questions")) and not taunted(lex, [w["word"] for w in words[i:j + 1]]) or bool(lex.find(said, every, every, "safe_questions")) and any(
            f["speaker"] != words[i]["speaker"] and 0 <= words[i]["start"] - f["end"] <= SAFE_ASKED_S for f in harm)
        asked = _asks_in(words, i, j) and about_harm
        # the thought owned later in the talk ("The truth is, some nights I do think it."), after the answer itself
        owned = next(((a + x, a + y) for a, b in runs[k + 2 :] if words[a]["start"] - words[j]["end"] <= THOUGHT_S
                      and words[a]["speaker"] != words[i]["speaker"]
                      for x, y in _sentences(words[a : b + 1]) if _owns_the_thought([token(w["word"]) for w in words[a + x : a + y + 1]])),
                     None) if asked else None
        if owned:
            flag(*owned, "the thought owned after a question about self-harm",
                 f"after {names.get(words[i]['speaker'], words[i]['speaker'])}'s question at "
                 f"{clock(words[i]['start'])}: the thought owned; ask about it directly", False)
        if k > 0 and asked:
            p, q = runs[k - 1]
            # (an answer only to listen to, "The insurance would cover the house…" after "What do you mean by that?", too;
            # and words no rule read, "I don't see the point some days." before "Are you having thoughts of suicide?")
            if any(f["speaker"] == words[p]["speaker"] and words[p]["start"] <= f["t"] <= words[q]["end"] for f in harm + out) or (
                    words[p]["speaker"] != words[i]["speaker"] and words[i]["start"] - words[q]["end"] <= ANSWER_S
                    and partners_harm_asked(_question(words, i, j), True, lex, direct=True) and not _asks(words, q)):
                flag(p, q, "asked about directly", f"{names.get(words[i]['speaker'], words[i]['speaker'])} asked about it "
                     f"directly at {clock(words[i]['start'])}: ask about it directly", False)
        if not _asks_in(words, i, j) or k + 1 >= len(runs):
            continue
        a, b = runs[k + 1]
        if words[a]["start"] - words[j]["end"] > ANSWER_S or token(words[a]["word"]) in NO_WORDS:
            continue
        if about_harm:
            listen = False
        else:
            before = [f for f in harm if k > 0 and f["speaker"] == words[a]["speaker"]
                      and runs[k - 1][0] <= _index(words, f["t"]) <= runs[k - 1][1]]
            if not before or not set(said) & ASKING_ABOUT_IT:
                continue  # no such words just before, or a question about something else ("What if Tuesdays…?")
            listen = True  # what the answer adds to the words before is for the therapist to hear
        flag(a, b, "an answer to a question about self-harm",
             f"answering {names.get(words[i]['speaker'], words[i]['speaker'])}'s question at "
             f"{clock(words[i]['start'])}: an answer that is not a no is part of the disclosure; ask about it directly",
             listen)
    return out


# asking the partner about their own harm, directly ("Are you having thoughts of suicide?", "When you say that, are you
# thinking of ending your life?"): not "Would you even care if I said I want to die?", "Do you know what it's like to
# want to die?", "Did you hurt yourself?" (an accident), "Are you trying to kill yourself?" (a rebuke)
ASKER = frozenset({"myself", "me", "i'm", "i've", "i'd", "i'll", "my", "mine"})
ASKING_I = frozenset({"ask", "need", "have", "just", "must", "wanted"})  # "can I ask", "I need to know", "I have to ask"
DIRECT = (("are", "you", "having"), ("are", "you", "thinking"), ("have", "you", "been", "thinking"), ("have", "you", "thought"),
          ("do", "you", "mean"), ("when", "you", "say"), ("are", "you", "saying"), ("do", "you", "have", "thoughts"),
          ("are", "you", "feeling", "suicidal"), ("are", "you", "suicidal"), ("do", "you", "want", "to", "die"),
          ("have", "you", "had", "thoughts"), ("are", "you", "having", "thoughts"))


def partners_harm_asked(toks, question: bool, lex: Lexicon, direct: bool = False) -> bool:
    """A question about the partner's self-harm (self_harm_questions.txt), with nothing of the asker's own in it;
    `direct`: asked straight out (DIRECT)."""
    toks = list(toks)
    mine = [k for k, t in enumerate(toks) if t in ASKER or t == "i" and toks[k + 1 : k + 2] and toks[k + 1] not in ASKING_I]
    held = lambda ps: any(tuple(toks[k : k + len(p)]) == p for p in ps for k in range(len(toks)))  # noqa: E731
    every = set(range(len(toks)))
    return question and bool(lex.find(toks, every, every, "self_harm_questions")) and not mine and not held(
        (("it's", "like"), ("it", "is", "like"))) and (not direct or held(DIRECT))


def without_covered(flags: Sequence[dict], heard: Sequence[dict]) -> list[dict]:
    """`flags` less the self-harm read only to listen to that a flag in `heard` now covers (one listing of the words)."""
    return [f for f in flags if not (f["category"] == "self_harm" and f.get("_strength") == "low" and any(
        not h["_listen"] and h["speaker"] == f["speaker"] and h["t"] <= f["t"] and f["end"] <= h["end"] + 0.05 for h in heard))]


def _urged(words: Sequence[dict], first: int, last: int, at: int) -> bool:
    """Crisis help to be contacted now, a verb of contacting before it in its sentence ("We'll ring Lifeline", "Should I
    call the crisis team?"); not a charity walk for Lifeline, nor "I rang the Samaritans" (the speaker's own)."""
    start = first + sentence_bounds(words[first:last + 1], at - first)[0]
    return any(token(w["word"]) in CONTACTING for w in words[start:at])


def _runs(words: Sequence[dict]) -> list[tuple[int, int]]:
    """Each speaker's uninterrupted run of words, as [first, last] indices."""
    runs, i = [], 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and words[j + 1]["speaker"] == words[i]["speaker"]:
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs


def _asks(words: Sequence[dict], last: int) -> bool:
    return str(words[last]["word"]).rstrip().endswith("?")


def _question(words: Sequence[dict], first: int, last: int) -> list[str]:
    """The tokens of the run's last question sentence ("Thank you for telling me. …, are you having thoughts of…?")."""
    end = max((n for n in range(first, last + 1) if _asks(words, n)), default=last)
    start = next((n + 1 for n in range(end - 1, first - 1, -1) if ends_sentence(words[n]["word"])), first)
    return [token(w["word"]) for w in words[start : end + 1]]


def _asks_in(words: Sequence[dict], first: int, last: int) -> bool:
    """The run asks a question, last or with a few words after it ("…are you thinking about hurting yourself? I'm
    asking because I love you.")."""
    return any(_asks(words, n) for n in range(max(first, last - AFTER_QUESTION_WORDS), last + 1))


def _owns_the_thought(toks: Sequence[str]) -> bool:
    """"Some nights I do think it.", "I've thought about it.": the thought said to be there by the speaker, not denied
    ("I don't think about it", "never thought it") nor a thought as a thing ("It's just a thought that keeps coming")."""
    return any(t in THINKING and (toks[k + 1 : k + 2] in (["it"], ["that"]) or toks[k + 1 : k + 3] in (["about", "it"], ["about", "that"],
                                                                                                        ["of", "it"], ["about", "dying"]))
               and set(toks[max(0, k - 3) : k]) & {"i", "i've", "i'd", "i'm", "ive", "id"}
               and not {"not", "never", "no", "don't", "didn't", "haven't", "wouldn't", "won't", "a", "the"} & set(toks[max(0, k - 3) : k])
               for k, t in enumerate(toks))


def _sentences(words: Sequence[dict]) -> list[tuple[int, int]]:
    out, k = [], 0
    while k < len(words):
        out.append(sentence_bounds(words, k))
        k = out[-1][1] + 1
    return out


def _index(words: Sequence[dict], t: float) -> int:
    return next((n for n, w in enumerate(words) if w["start"] >= t - 1e-6), len(words) - 1)


# A question from the partner this soon after words of self-harm, with a word of asking what was said (ASKING_ABOUT_IT),
# asks about them ("Hey. Hang on. What do you mean by that?"), whatever its words read as by meaning; scorn asked as a
# question ("Seriously? You're pulling that one again, are you?") stays what it is.
ASKED_AFTER_S = 10.0


def asks_about_harm(marker: dict, lex: Lexicon, harm: Sequence[dict] = ()) -> bool:
    """The marker's sentence asks the partner about self-harm (self_harm_questions.txt), not a taunt
    (self_harm_taunts.txt), or is the partner's question just after their words of self-harm (`harm`, safety flags)."""
    said = str(marker.get("quote") or "")
    if taunted(lex, said.split()):
        return False
    toks = [token(w) for w in said.split()]
    every = set(range(len(toks)))
    return bool(lex.find(toks, every, every, "self_harm_questions")) or said.rstrip().endswith("?") and bool(
        set(toks) & ASKING_ABOUT_IT) and any(f["speaker"] != marker["speaker"] and 0.0 <= marker["t"] - f["end"] <= ASKED_AFTER_S
                                            for f in harm)
