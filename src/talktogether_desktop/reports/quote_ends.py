"""A quote that stops inside its sentence says so, and one too long for its place is shortened visibly.

The analysis quotes a long sentence as about 30 of its words (analysis.words.quote), with no sign of the cut: "swear if
you do that one more time … I am done being the one who" read as all that was said. The report marks each end of a
quote that stops inside its turn's sentence with "…", and shortens a quote longer than MAX_CHARS at a word, marked,
with the time to listen at for the whole of it. Pure text in and out; `mark_model` goes over a built ReportModel.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Optional

from ..analysis.words import looks_unfinished
from ..practice.withheld import find_turn
from .text import fmt_time, one_cut, split_note

MAX_CHARS = 240  # about three lines of a full-width quote; a table cell's quote is shorter (CELL_CHARS)
CELL_CHARS = 160
MIN_WORDS = 10  # the analysis cuts only sentences over 30 words, to about 30 (analysis.words.quote)
CUT = "\u2026"
_QUOTED = re.compile("\u201c([^\u201c\u201d]+)\u201d")


# a tag question ends a sentence on "I" or "we" ("Sorry, I do that, don't I."): not words cut off mid-clause
_TAG = re.compile(r"\b(?:\w+n['\u2019]t|am|is|are|was|were|do|does|did|have|has|had|can|could|will|would|shall|should)"
                  r"\s+(?:i|we|they|he|she)[.?!]$", re.I)


def unfinished(text: str) -> bool:
    """Whether words stop mid-clause ("You barely left the", "… you just."), as analysis.words.looks_unfinished reads
    their last word, less a tag question ("don't I.", "aren't we.")."""
    text = str(text).rstrip()
    if text.endswith(_MID_CLAUSE):  # (a real import of walk47b b_fridays: “… sitting up waiting, Oh,” as said whole)
        return True
    return bool(text) and looks_unfinished(text.rsplit(" ", 1)[-1]) and not _TAG.search(text)


_MID_CLAUSE = (",", ";", ":")


def cut_here(text: str) -> str:
    """Words that stop mid-clause marked as cut: "waiting, Oh," as "waiting, Oh…" (never "Oh,…")."""
    return str(text).rstrip().rstrip("".join(_MID_CLAUSE)).rstrip() + CUT


def _squeeze(text) -> str:
    return " ".join(str(text or "").split())


def _ends_sentence(text: str) -> bool:
    return text.rstrip("\"'\u201d\u2019)").endswith((".", "?", "!", CUT))


def clear_tail(quote: str) -> str:
    """A quote more unsure words than a third of it, as its words after the last unsure one: the recogniser's guesses
    ran the partner's earlier words into the sentence (a real import of walk44a a_father: "Sorry. I jumped in there."
    quoted as the repair "He didn't … my mind and you're shutting … half … … … sorry.", printed on both versions)."""
    words, note = split_note(quote)
    tokens = words.split()
    unsure = sum(1 for w in tokens if w.strip(".,?!") == CUT)
    tail = words.rsplit(CUT, 1)[-1].strip()
    if len(tokens) < 6 or unsure * 3 <= len(tokens) or sum(c.isalpha() for c in tail) < 4:  # ("… it?" says nothing)
        return quote
    return f"{CUT} {tail}" + (f" {note}" if note else "")


def marked(quote: str, turns: list, t=None, rename: Optional[Callable[[str], str]] = None) -> str:
    """The quote with "…" at an end that stops inside the sentence its turn goes on with (or, its turn not found, at
    an end on a word no sentence ends with: "You barely left the")."""
    q = one_cut(clear_tail(_squeeze(quote)))
    if not q.strip(" ." + CUT):
        return q
    # (only a quote long enough to be the analysis's cut of a sentence is looked for in its turn: “we” in
    # "Framing: … 2 “we” words" or a listed phrase are words named, not a sentence cut short)
    i = find_turn(turns, t, q) if turns and len(q.split()) >= MIN_WORDS else None
    texts = [] if i is None else [_squeeze(turns[i].get(k)) for k in ("quote_text", "text") if turns[i].get(k)]
    texts = [rename(x) if rename else x for x in texts]
    core = q.strip(CUT + " ").lower()  # (an end the analysis marked itself is found by the words inside it)
    at, text = next(((x.lower().find(core), x) for x in texts if core in x.lower()), (-1, ""))
    before, after = (text[:at].rstrip(), text[at + len(core):].strip()) if at >= 0 else ("", "")
    if before and not _ends_sentence(before) and not q.startswith(CUT):
        q = CUT + q
    goes_on = after and not _ends_sentence(q) and not after.startswith((".", "?", "!", CUT))  # ("I'm sorry" + ".")
    if not q.endswith(CUT) and (goes_on or (not after and unfinished(q))):
        q = cut_here(q)
    return q


def capped(quote: str, limit: int = MAX_CHARS) -> tuple[str, bool]:
    """(the quote, False), or, longer than `limit`, (its first words up to a word's end and "…", True)."""
    if len(quote) <= limit:
        return quote, False
    words, note = split_note(quote)  # (the analysis's note on unsure words stays whole)
    cut = words[:limit].rsplit(" ", 1)[0].rstrip(" ,;:-\u2013\u2014") + CUT
    return (f"{cut} {note}" if note else cut), True


def shown(quote: str, t=None, limit: int = MAX_CHARS) -> str:
    """A quote as printed between quotation marks, with what follows them: “…” and, where it was shortened here,
    "(shortened: listen at 00:28)"."""
    text, cut = capped(quote, limit)
    return f"\u201c{text}\u201d" + (f" (shortened: listen at {fmt_time(t)})" if cut and t is not None else "")


def mark_in_text(text: str, turns: list, rename=None) -> str:
    """Every quote inside a sentence of the analysis ("said after the threat at 00:28 (“swear if … the one who”)")
    marked where it stops inside its sentence, and shortened where it is too long."""
    def one(m: re.Match) -> str:
        if len(m.group(1).split()) < MIN_WORDS:  # (a word or phrase named: “we” words, a listed phrase; its unsure runs
            return f"\u201c{one_cut(m.group(1))}\u201d"  # one "…": rep47 c_garden, “My chest … … and I can't think straight.”)
        q = marked(m.group(1), turns, None, rename)
        return f"\u201c{capped(q)[0]}\u201d"
    return _QUOTED.sub(one, str(text))


def mark_model(model) -> None:
    """Every quote the model will print, marked where the analysis cut it (see the module's note)."""
    turns, rename = model.turns, model.rename
    for moments in (model.safety, model.peaks):
        for k, m in enumerate(moments):
            moments[k] = replace(m, shown_quote=marked(m.quote, turns, m.start, rename) if m.quote else "",
                                 # ("words: “make sure you never”" is the listed phrase heard, a part by design)
                                 why=[w if w.startswith("words: ") else mark_in_text(w, turns, rename) for w in m.why],
                                 after=mark_in_text(m.after, turns, rename))
    model.observations = [(mark_in_text(text, turns, rename), t) for text, t in model.observations]
    for items in model.reaching.values():
        for k, r in enumerate(items):
            if r.quote:
                items[k] = replace(r, quote=capped(marked(r.quote, turns, r.t, rename))[0])
    findings = [f for p in model.patterns or [] for f in p.evidence]
    findings += [f for cells in (model.horsemen or {}).values() for shown_, _ in cells.values() for f in shown_]
    for f in findings:
        if f.quote:
            f.quote = capped(marked(f.quote, turns, f.t, rename), CELL_CHARS)[0]
