"""The couple's version describes a line of criticism or contempt in its Key moments; it never quotes it back.

A therapist handing the couple's page over would not want one partner's worst line printed for both of them to read
again (rep49 left 24 such lines in ~150 couple's reports: "Ana: You never listen, you just sit on your phone all
evening.", "Chidera: God, talking to you is like talking to a wall, you're such a child."). The line keeps its time
and its speaker, and says what kind of line it was in plain words that name no horseman; the lines that help
(repairs, bids taken up, appreciation) are still quoted, and the clinician's version keeps every line as said.
"""

from __future__ import annotations

from typing import Optional

from .text import num

# the kinds of line described rather than quoted, in the words the couple's page uses for them
DESCRIBED = {"criticism": "a complaint put as a sweeping statement about the other",
             "contempt": "a cutting remark"}
# said once under Key moments where a line there is described (as the practice line says it: sections.NOT_QUOTED)
NOTE = ("Lines said in the heat of the moment are described here, not quoted; your therapist can go through them "
        "with you.")
_PAD_S = 0.3  # a finding timed a little before its line's first word (a line's time is where its words begin)


def found(analysis: dict) -> list[tuple[str, float, str, str]]:
    """(speaker, time, kind, quote) of every line of criticism or contempt: the analysis's horsemen, or, in an older
    analysis without them, its markers."""
    out = []
    horsemen = analysis.get("horsemen")
    if isinstance(horsemen, dict) and horsemen:
        for sid, kinds in horsemen.items():
            for kind in DESCRIBED:
                for item in (kinds or {}).get(kind) or [] if isinstance(kinds, dict) else []:
                    if isinstance(item, dict):
                        out.append((str(sid), num(item.get("t")), kind, str(item.get("quote") or "")))
    for m in analysis.get("markers") or []:  # (the markers too: a horseman list may be capped or older)
        if isinstance(m, dict) and m.get("category") in DESCRIBED:
            out.append((str(m.get("speaker")), num(m.get("t")), str(m["category"]), str(m.get("quote") or "")))
    return out


def _squeeze(text: str) -> str:
    return " ".join(str(text or "").lower().replace("\u2019", "'").split())


def kind_of(turn: dict, found: list) -> Optional[str]:
    """"criticism" or "contempt" where the turn holds such a line (contempt first: the harder of the two), else None."""
    start, end = num(turn.get("start")), num(turn.get("end"), num(turn.get("start")))
    said = _squeeze(turn.get("text")) + " " + _squeeze(turn.get("quote_text"))
    kinds = {kind for sid, t, kind, quote in found if sid == str(turn.get("speaker")) and (
        start - _PAD_S <= t <= end + _PAD_S or (len(_squeeze(quote)) >= 8 and _squeeze(quote)[:40] in said))}
    return "contempt" if "contempt" in kinds else "criticism" if "criticism" in kinds else None


_NOT_QUOTED = "; not quoted here)"


def described(kind: str) -> str:
    return f"({DESCRIBED[kind]}{_NOT_QUOTED}"


def is_described(text: str) -> bool:
    return text.startswith("(") and text.endswith(_NOT_QUOTED)


def any_described(peaks) -> bool:
    """Whether a Key moment describes a line rather than quoting it (the note under the heading says why, once)."""
    return any(is_described(text) for m in peaks for _, _, text, _ in m.context)
