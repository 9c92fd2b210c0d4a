"""The reflect-back check (practice/fidelity.py): replies that restate the partner before answering ("what I heard is …",
"so you're saying …", or the partner's own words taken up first).

A reply that opens by saying the partner back ("So you'd take the bath when you're back by six.") is a saying-back
though a complaint slips in later in the turn ("…But you always end up on your phone."); one that opens with the speaker
("So you're saying I'm a terrible husband.") is no saying-back."""

from __future__ import annotations

import re

from ..timefmt import clock
from .verdicts import HARD, NOT_FOUND, PARTLY, YES, at as _at, counted as _counted, ev as _ev, sure_markers as _sure_markers

# ("So" opens a saying-back, "So you feel…", "So what I hear…", but not the speaker's own question or plan: "So do you want
# to drive, or take the train?", "So when were you going to tell me?", "So I'll book it", nor a challenge: "So what, you
# want me to text you every five minutes?"; "You said…" restates, but not a promise held against the partner: "You said
# you'd fix the gate a month ago."; "Sounds like a you problem." is a brush-off)
REFLECT_CUES = re.compile(r"^(?!sounds like (?:a )?(?:you|your)\b|so what\b(?!\s+(?:i|you)\b))"
                          r"(?:so\b(?!,?\s+(?:do|does|did|have|has|can|could|shall|should|will|would|when|where|how|"
                          r"why|who|which|now|then|anyway|i|we|we're|we'll)\b)|what i(?: am|'m)? hear(?:ing|d)?|"
                          r"it sounds like|sounds like|if i understand|if i have you right|"
                          r"you(?:'re| are) saying|you said\b(?!\s+(?:you'd|you would|you'll|you will|you were going|that last|"
                          r"the same|that before|it last))|you feel|you felt|so you|let me see if i)", re.I)
# Words that say nothing of what the partner said: shared, they are no restating ("You said you'd be home by six." /
# "And you said you'd stop checking up on me.")
STOP = frozenset("""i me my you your we us our it a an the and or but so to of in on at for with is are was were be
    do did not that this just really very what when how if then than about have has had can will would said you'd
    you're you've you'll i'd i'm i've i'll that's it's what's don't didn't""".split())
# The partner's answer that the saying-back was right ("Yes, exactly that.", "Yeah. That's right.", "Correct.", "Fair.")
CONFIRMED = re.compile(r"^\W*(?:(?:yes|yeah|yep|yup|aye|right|exactly(?: that| it| right)?|correct|fair|spot on|pretty much|totally|"
                       r"that's (?:it|right|exactly it|exactly right|fair)|you (?:got|have|get) it|you have|that is right|"
                       r"mm-?hm)\W*){1,3}$", re.I)
# A saying-back is looked for in a reply's first sentences
SAYING_BACK_SENTENCES = 4

OPENS_SAYING_BACK = re.compile(r"^(?:so (?:what )?you(?:'re| are)? (?:saying|feel|felt|need|want|would)(?! (?:is |that )?(?:i|i'm|me)\b)|so you'd\b|what i(?: am|'m)? hear(?:ing|d)?|it sounds like|if i understand)", re.I)


def later_slip(m, reply) -> bool:
    """A complaint marker `m` after the reply opened by saying the partner back, outside its first sentence."""
    return bool(OPENS_SAYING_BACK.match(reply["text"].strip())) and (m.get("quote") or "")[:20] not in re.split(r"(?<=[.?!])\s", reply["text"].strip())[0]


def _content(text: str) -> set:
    return {w for w in re.findall(r"[a-z']+", text.lower()) if w not in STOP and len(w) > 3}
# The listener asking whether they got it ("Did I get that right?", "Is that close?", "Have I that right?")
CHECKS = re.compile(r"\b(?:did i get (?:that|it|you)|is that (?:right|close|it|fair)|have i (?:got )?(?:that|it|you) right|"
                    r"have i that right|am i (?:right|close)|did i hear (?:that|you) right|(?:correct|right|fair)\?)", re.I)


def _split(text: str) -> list[str]:
    return re.split(r"(?<=[.?!])\s", text.strip())


def _confirmed(turns, reply, partner) -> bool:
    """The partner's next turn opens by saying the saying-back was right."""
    then = next((t for t in turns if t["start"] >= reply["end"] - 0.05 and t["speaker"] == partner), None)
    return then is not None and then["start"] - reply["end"] <= 10.0 and bool(CONFIRMED.match(_split(then["text"])[0]))


# The partner reminding the other to say back first ("Priya. Say it back first.", "You're meant to say it back."): the
# turn it answers was said without saying back (walk49a c_reflect: read "yes", with the lapse, the reminder and the
# apology unseen)
REMINDED = re.compile(r"^(?:say (?:it|that|what i said) back|reflect (?:it |that )?(?:back )?first)\b|"
                      r"\b(?:meant|supposed) to (?:say it back|reflect)\b", re.I)  # (not "Let me say it back.")


def _lapses(analysis, turns) -> list:
    """Turns that answered without saying back, as the partner's reminder just after says, or that cut in on the partner
    mid-sentence (an interruption that took the floor): each a lapse in the practice, however its words read."""
    cut_in = {(round(i["t"], 1), i["by"]) for i in analysis.get("interruptions") or [] if i.get("successful")}
    out = []
    for prev, nxt in zip(turns, turns[1:]):
        # (not a turn that opens by saying the partner's saying-back was right: "Yeah. That's exactly it. Okay, my turn…")
        if prev["speaker"] != nxt["speaker"] and nxt["start"] - prev["end"] <= 10.0 and any(
                REMINDED.search(x) for x in _split(nxt["text"])) and not CONFIRMED.match(_split(prev["text"])[0]):
            out.append(prev)
    for t in turns:  # (not a "Yes, exactly." said over the end of the partner's saying-back)
        if any(abs(at - t["start"]) <= 0.3 and by == t["speaker"] for at, by in cut_in) and len(t["text"].split()) > 3 \
                and not CONFIRMED.match(_split(t["text"])[0]):
            out.append(t)
    return out


def reflect_back(analysis, names, when=clock):
    """The reflect-back practice's check: (verdict, why, evidence) for replies that restate the partner before answering."""
    by, last, unsaid = {}, None, []
    turns = analysis["turns"]
    hard = _sure_markers(analysis, *HARD)
    lapsed = _lapses(analysis, turns)
    for k, (prev, nxt) in enumerate(zip(turns, turns[1:]), start=1):
        if prev["speaker"] == nxt["speaker"]:
            continue
        # a partner's words handed back inside a complaint ("You don't know. You never know.") mock, not reflect; an
        # answer in complaint or defence with no saying-back is one said without it (one that opens saying back is one)
        # (a reading by meaning alone in a reply the partner confirms, "Aye, that's it.", is no complaint)
        sure = _confirmed(turns, nxt, prev["speaker"])
        if any(m["speaker"] == nxt["speaker"] and nxt["start"] <= m["t"] <= nxt["end"] and not later_slip(m, nxt)
               and not (sure and m.get("source") == "meaning") for m in hard):
            unsaid.append(nxt)
            continue
        # the saying-back may follow an opening ("Right. Sorry. Let me try again. So you feel like…"): a later sentence
        # counts with a saying-back cue; the first also by the partner's own words just before ("Yes, that's it. I felt
        # alone." confirms, it restates nothing; "You asked me after you had already…" answers an earlier turn)
        # (a cue alone is no saying-back: it takes up something said just before, asks whether it got it right, or the
        # partner says it was right: "So basically you'd rather be anywhere but here." restates nothing; with no cue the
        # partner's own words twice, or once and checked)
        heard = _content(" ".join(t["text"] for t in turns[max(0, k - 3) : k]))
        shared = [len(_content(prev["text"]) & _content(x)) for x in _split(nxt["text"])]
        sure = sure or bool(CHECKS.search(nxt["text"]))
        sentence = next((x for n, x in enumerate(_split(nxt["text"])[:SAYING_BACK_SENTENCES])
                         if REFLECT_CUES.match(x) and (heard & _content(x) or sure) or n == 0 and (shared[n] >= 2 or shared[n] and sure)),
                        None)
        if sentence is not None:
            by.setdefault(nxt["speaker"], []).append(_ev(nxt["start"], nxt["speaker"], sentence, names))
            last = nxt["end"]
        elif nxt in lapsed:
            unsaid.append(nxt)
    ev = [e for items in by.values() for e in items[:2]]
    # did it hold? complaints and defending after the last saying-back, said plainly
    after = sorted(m["t"] for m in hard if last is not None and m["t"] > last)
    held = (f"; {_at(when, after[0], 'from ') or 'later'} the talk turned to complaints and defending, and the "
            "saying-back stopped" if len(after) >= 2 else "")
    speakers = {s.get("id") for s in analysis.get("speakers") or []}
    if len(by) >= min(2, len(speakers)) and sum(len(v) for v in by.values()) >= 2:
        # ("So you felt on your own with it. Is that right?" … "Well, you didn't tell anyone at work." … "What I'm
        # hearing is…": each said back once, and one answer in between came without it)
        missed = sorted((t for t in unsaid if t["start"] < (last or 0.0)), key=lambda t: t["start"])
        if missed and not held:
            who = names.get(missed[0]["speaker"], missed[0]["speaker"])
            said = _split(missed[0]["text"])[0] if when(missed[0]["start"]) else ""  # (the lapse named: when, and its words)
            return PARTLY, (f"both partners said back what they heard, but {who} answered"
                            f"{_at(when, missed[0]['start'])} without saying back first"
                            + (f" (“{said}”)" if said else "")), ev
        return YES, "both partners said back what they heard before answering" + held, ev
    if by:
        who = names.get(next(iter(by)))
        k = sum(len(v) for v in by.values())
        often = _counted(when, [e for v in by.values() for e in v], f" ({'once' if k == 1 else f'{k} times'})")
        return PARTLY, f"only {who} said back what they heard{often}" + held, ev
    return NOT_FOUND, "no reply restated the partner before answering", ev
