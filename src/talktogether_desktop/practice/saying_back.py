"""A reply that opens by saying the partner back ("So you'd take the bath when you're back by six.") is a saying-back
though a complaint slips in later in the turn ("…But you always end up on your phone."); one that opens with the speaker
("So you're saying I'm a terrible husband.") is no saying-back (practice/fidelity.py)."""

from __future__ import annotations

import re

OPENS_SAYING_BACK = re.compile(r"^(?:so (?:what )?you(?:'re| are)? (?:saying|feel|felt|need|want|would)(?! (?:is |that )?(?:i|i'm|me)\b)|so you'd\b|what i(?: am|'m)? hear(?:ing|d)?|it sounds like|if i understand)", re.I)


def later_slip(m, reply) -> bool:
    """A complaint marker `m` after the reply opened by saying the partner back, outside its first sentence."""
    return bool(OPENS_SAYING_BACK.match(reply["text"].strip())) and (m.get("quote") or "")[:20] not in re.split(r"(?<=[.?!])\s", reply["text"].strip())[0]
