"""Fear said to the partner in the moment ("You're scaring me.") is fear of the partner only where the partner's threat or
control was just heard (safety.threat_stretches): there it is a fear flag of its own. Elsewhere the same words are a
startle ("Stop it, you're scaring me, it's going to fall!") or fear for the partner ("Oh love. You're scaring me. Are you
thinking of ending your life?"), and are not read as safety language (frightened_now.txt)."""

from __future__ import annotations

from typing import Mapping, Sequence

from ..timefmt import clock
from .lexicon import Lexicon
from .words import quote, sentence_bounds, token


def told_they_frighten(words: Sequence[dict], stretches: Sequence[dict], lex: Lexicon, names: Mapping[str, str],
                       flags: Sequence[dict], group: str) -> list[dict]:
    """Fear flags for frightened_now.txt phrases the other partner says inside a heard stretch (not one read by meaning
    alone, `possible`), one a sentence, none where a flag of the speaker already covers the words."""
    out: list[dict] = []
    for s in stretches:
        if s["possible"] or s["by"] is None:
            continue
        ws = [w for w in words if s["flag"]["end"] < w["start"] <= s["end"] and w["speaker"] != s["by"]]
        toks = [token(w["word"]) for w in ws]
        everywhere = set(range(len(ws)))
        for a, b, ph in lex.find(toks, everywhere, everywhere, "frightened_now"):
            first, last = sentence_bounds(ws, a)
            if any(f["speaker"] == ws[a]["speaker"] and f["t"] <= ws[last]["end"] and f["end"] >= ws[first]["start"]
                   for f in [*flags, *out]):
                continue
            out.append({
                "t": ws[a]["start"], "end": ws[b]["end"], "speaker": ws[a]["speaker"],
                "name": names.get(ws[a]["speaker"], ws[a]["speaker"]), "category": "fear", "group": group,
                "phrase": ph.text, "quote": quote(ws, first, last), "source": "lexicon",
                "context": f"said to the partner just after the {s['flag']['group']} at {clock(s['flag']['t'])} "
                           f"(“{s['flag']['quote']}”)",
            })
    return out
