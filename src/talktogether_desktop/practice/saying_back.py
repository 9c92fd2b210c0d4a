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
# to drive, or take the train?", "So when were you going to tell me?", "So I'll book it")
REFLECT_CUES = re.compile(r"^(?:so\b(?!,?\s+(?:do|does|did|have|has|can|could|shall|should|will|would|when|where|how|"
                          r"why|who|which|now|then|anyway|i|we|we're|we'll)\b)|what i(?: am|'m)? hear(?:ing|d)?|"
                          r"it sounds like|sounds like|if i understand|"
                          r"you(?:'re| are) saying|you said|you feel|you felt|so you|let me see if i)", re.I)
STOP = frozenset("""i me my you your we us our it a an the and or but so to of in on at for with is are was were be
    do did not that this just really very what when how if then than about have has had can will would""".split())
# A saying-back is looked for in a reply's first sentences
SAYING_BACK_SENTENCES = 4

OPENS_SAYING_BACK = re.compile(r"^(?:so (?:what )?you(?:'re| are)? (?:saying|feel|felt|need|want|would)(?! (?:is |that )?(?:i|i'm|me)\b)|so you'd\b|what i(?: am|'m)? hear(?:ing|d)?|it sounds like|if i understand)", re.I)


def later_slip(m, reply) -> bool:
    """A complaint marker `m` after the reply opened by saying the partner back, outside its first sentence."""
    return bool(OPENS_SAYING_BACK.match(reply["text"].strip())) and (m.get("quote") or "")[:20] not in re.split(r"(?<=[.?!])\s", reply["text"].strip())[0]


def _content(text: str) -> set:
    return {w for w in re.findall(r"[a-z']+", text.lower()) if w not in STOP and len(w) > 3}


def reflect_back(analysis, names, when=clock):
    """The reflect-back practice's check: (verdict, why, evidence) for replies that restate the partner before answering."""
    by, last, unsaid = {}, None, []
    turns = analysis["turns"]
    hard = _sure_markers(analysis, *HARD)
    for prev, nxt in zip(turns, turns[1:]):
        if prev["speaker"] == nxt["speaker"]:
            continue
        # a partner's words handed back inside a complaint ("You don't know. You never know.") mock, not reflect; an
        # answer in complaint or defence with no saying-back is one said without it (one that opens saying back is one)
        if any(m["speaker"] == nxt["speaker"] and nxt["start"] <= m["t"] <= nxt["end"] and not later_slip(m, nxt) for m in hard):
            unsaid.append(nxt)
            continue
        # the saying-back may follow an opening ("Right. Sorry. Let me try again. So you feel like…"): a later sentence
        # counts with a saying-back cue; the first also by the partner's own words just before ("Yes, that's it. I felt
        # alone." confirms, it restates nothing; "You asked me after you had already…" answers an earlier turn)
        sentence = next((x for n, x in enumerate(re.split(r"(?<=[.?!])\s", nxt["text"].strip())[:SAYING_BACK_SENTENCES])
                         if REFLECT_CUES.match(x) or n == 0 and len(_content(prev["text"]) & _content(x)) >= 2), None)
        if sentence is not None:
            by.setdefault(nxt["speaker"], []).append(_ev(nxt["start"], nxt["speaker"], sentence, names))
            last = nxt["end"]
    ev = [e for items in by.values() for e in items[:2]]
    # did it hold? complaints and defending after the last saying-back, said plainly
    after = sorted(m["t"] for m in hard if last is not None and m["t"] > last)
    held = (f"; {_at(when, after[0], 'from ') or 'later'} the talk turned to complaints and defending, and the "
            "saying-back stopped" if len(after) >= 2 else "")
    speakers = {s.get("id") for s in analysis.get("speakers") or []}
    if len(by) >= min(2, len(speakers)) and sum(len(v) for v in by.values()) >= 2:
        # ("So you felt on your own with it. Is that right?" … "Well, you didn't tell anyone at work." … "What I'm
        # hearing is…": each said back once, and one answer in between came without it)
        missed = [t for t in unsaid if t["start"] < (last or 0.0)]
        if missed and not held:
            who = names.get(missed[0]["speaker"], missed[0]["speaker"])
            return PARTLY, (f"both partners said back what they heard, but {who} answered"
                            f"{_at(when, missed[0]['start'])} without saying back first"), ev
        return YES, "both partners said back what they heard before answering" + held, ev
    if by:
        who = names.get(next(iter(by)))
        k = sum(len(v) for v in by.values())
        often = _counted(when, [e for v in by.values() for e in v], f" ({'once' if k == 1 else f'{k} times'})")
        return PARTLY, f"only {who} said back what they heard{often}" + held, ev
    return NOT_FOUND, "no reply restated the partner before answering", ev
