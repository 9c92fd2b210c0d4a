"""Small text helpers shared by the report modules: tolerant key look-ups, times, names, escaping."""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Optional
from xml.sax.saxutils import escape

from ..analysis.words import TURNED_NOTE
from ..timefmt import clock, length

_MISSING = object()


def first(d: Mapping, *keys: str, default: Any = None) -> Any:
    """The first present, non-empty value among `keys` (schemas name the same thing differently)."""
    for key in keys:
        value = d.get(key, _MISSING) if isinstance(d, Mapping) else _MISSING
        if value is not _MISSING and value is not None and value != "":
            return value
    return default


def num(value: Any, default: Any = 0.0) -> Any:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def fmt_time(seconds: Optional[float]) -> str:
    """mm:ss, or h:mm:ss past an hour: the form the therapist finds in the app's player ("-" if unknown)."""
    return clock(seconds, none="-")


fmt_length = length  # "34 s", "1 min 16 s": one wording with the practice review

def esc(text: Any) -> str:
    """Escape client text for reportlab's mini-markup (a quote may contain '<' or '&')."""
    return escape(str(text))


def initials(name: str) -> str:
    parts = [p for p in str(name).replace("-", " ").split() if p]
    return " ".join(f"{p[0].upper()}." for p in parts) or "?"


def display_names(ids: Iterable[str], speakers: list[dict], partners: Mapping, initials_only: bool) -> dict:
    """Name per speaker id: the vault's display name, else the analysis's, else Partner A/B."""
    out = {}
    for i, sid in enumerate(ids):
        spoken = next((s.get("name") for s in speakers if str(s.get("id")) == sid), None)
        name = partners.get(sid) or spoken or f"Partner {chr(ord('A') + i)}"
        out[sid] = initials(name) if initials_only else str(name)
    if initials_only and len(set(out.values())) < len(out):
        # Two partners with the same initials still need telling apart.
        out = {sid: f"{name} ({chr(ord('A') + i)})" for i, (sid, name) in enumerate(out.items())}
    return out


def fmt_date(value: str) -> str:
    """'2026-11-22T19:40:00' -> '22 Nov 2026, 19:40 CET' (unambiguous on both sides of the Atlantic): in this
    computer's time with its zone's name, as the window shows it (a time kept in UTC, an import's or a phone file's,
    put a New York evening's recording on the next day); a time kept without an offset (typed here) as typed."""
    from datetime import datetime

    if not value:
        return "date not recorded"
    try:
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    here = dt.astimezone()  # (one without an offset is taken as this computer's)
    if dt.tzinfo:  # (a date read from the file is stored in UTC: said in this computer's time, as the "Generated
        dt = here  # on" beside it is; rep47: a recording made at 14:40 in New York read 19:40)
    text = dt.strftime("%d %b %Y").lstrip("0")
    if dt.hour or dt.minute:
        text += dt.strftime(", %H:%M") + f" {here.tzname()}"
    return text


_WORD = r"[\w'\u2019-]+"


def said_words(phrase: str, quote: str) -> tuple[str, bool]:
    """A listed phrase as the words said: (the stretch of the quote it matched, True), so "^ whatever $" in "Whatever."
    is "Whatever" and "scared to open _ mouth" is "scared to open my mouth"; else (the phrase with the list's pattern
    signs taken out: no "^"/"$" anchors, "…" for "_" and "*", False). The signs are the lexicon's
    (resources/lexicons/README.md), never words anyone said."""
    parts = [p for p in str(phrase).split() if p not in ("^", "$")]
    pattern = []
    for p in parts:
        if p in ("_", "*"):
            pattern.append(_WORD)
        elif p.endswith("*"):
            pattern.append(re.escape(p[:-1]).replace("'", "['\u2019]") + r"[\w'\u2019-]*")
        else:
            pattern.append(re.escape(p).replace("'", "['\u2019]"))
    if pattern:
        hit = re.search(r"(?<![\w'\u2019])" + r"[^\w'\u2019]+".join(pattern) + r"(?![\w'\u2019])", str(quote), re.I)
        if hit:
            return hit.group(0), True
    shown = " ".join("\u2026" if p in ("_", "*") else p[:-1] + "\u2026" if p.endswith("*") else p for p in parts)
    return re.sub(r"\u2026(?: \u2026)+", "\u2026", shown), False


# a reading's statistic (the analysis's own "p=0.82") means nothing to a therapist; "how sure" says it in words
_STATISTIC = re.compile(r"\s*\((?:like the labelled examples, )?p=[0-9.]+\)|,? \(?p=[0-9.]+\)?")


def plain_reason(text: str) -> str:
    """An analysis's reason without its statistic: "read by its meaning (like the labelled examples, p=0.82)" is
    "read by its meaning"."""
    return _STATISTIC.sub("", str(text))


# the analysis's reasons for its "how sure" (analysis/confidence.py), each as a few plain words; None: says nothing
_SURE_REASONS = {
    "a weaker rule (one word, timing or context)": "a short phrase or timing clue",
    "recognition certainty unknown": None,
    "speaker certainty unknown": None,
    "words the recogniser was unsure of": "words hard to make out",
    "some words not clearly recognised": "some words unclear",
    "unsure who said it": "unsure who said it",
    "speaker not certain": "speaker not certain",
    "overlapping speech": "said over the other partner",
    "read by meaning, no listed phrase": "read by meaning",
}


def how_sure(level: Any, reasons: Iterable[Any] = ()) -> str:
    """One plain phrase: "how sure: medium \u2014 a short phrase or timing clue, some words unclear" (no brackets
    inside brackets, nothing about a certainty that was never measured)."""
    said = []
    for reason in reasons or ():
        text = _SURE_REASONS.get(str(reason), re.sub(r"\s*\([^)]*\)", "", str(reason)).strip())
        if text and text not in said:
            said.append(text)
    return f"how sure: {level}" + (f" \u2014 {', '.join(said)}" if said else "")


def against_words(reason: str) -> tuple[str, str]:
    """What a reply that turned against a bid did, by the analysis's reason: (said of the one who replied, said of the
    bid). Only a defence is a counter-point; "Whatever." and "There's nothing to say" were printed as one (walk37i)."""
    if "dismissive" in reason:
        return "brushed it aside", "brushed aside"
    if reason in ("reply with criticism", "reply with contempt"):
        return f"answered with {reason.removeprefix('reply with ')}", "answered sharply"
    if reason == "reply with defensiveness":
        return "answered with a counter-point", "answered with a counter-point"
    return "pushed it away", "pushed away"


def against_phrase(reason: str, other: str) -> str:
    """A reply that turned against a bid, with who replied, as the report and the window both say it (walk50a: the
    window's "(met with pushback)" where the PDF said "Calum answered with coercive control: monitoring")."""
    if reason.startswith("reply with") and any(w in reason for w in ("threat", "control", "violence", "blaming")):
        return f"{other} answered with {reason.removeprefix('reply with ')} (see the safety passages)"
    if reason.endswith("check the recording"):
        return f"{other} may have pushed it away (an unsure reading: check the recording)"
    return f"{other} {against_words(reason)[0]}"



# the confidence reasons (analysis.confidence) that make a reading low, then those that only lower it to medium
_LOW_REASONS = {"words the recogniser was unsure of": "words unsure", "unsure who said it": "who said it unsure"}
_SOME_DOUBT = {"some words not clearly recognised": "words unsure", "speaker not certain": "who said it unsure",
               "overlapping speech": "overlapping speech"}


def why_unsure(item: Mapping) -> str:
    """Why a low reading shows no quote, from its confidence reasons: "words unsure", "who said it unsure",
    "overlapping speech" (a line heard clearly whose speaker is in doubt is not "words uncertain"); a reading by
    meaning with no reason that makes it low is "reading uncertain"."""
    reasons = [str(r) for r in item.get("confidence_reasons") or []]
    low = list(dict.fromkeys(_LOW_REASONS[r] for r in reasons if r in _LOW_REASONS))
    if low:
        return ", ".join(low)
    if item.get("source") == "meaning":
        return "reading uncertain"
    return ", ".join(dict.fromkeys(_SOME_DOUBT[r] for r in reasons if r in _SOME_DOUBT)) or "words uncertain"


def cut_at_a_word(text: str, quotes: Iterable[Any]) -> str:
    """A sentence's quote shortened mid-word by an older analysis ("…you went on abou…", its evidence "…about it
    for") shortened at the word's start instead."""
    for quote in quotes:
        quote = " ".join(str(quote or "").split())
        for m in re.finditer("\u201c([^\u201d]*?)\u2026\u201d", text):
            cut = m.group(1)
            if (cut and quote.startswith(cut) and len(quote) > len(cut) and cut[-1].isalnum()
                    and quote[len(cut)].isalnum() and " " in cut):
                text = text.replace(m.group(0), f"\u201c{cut.rsplit(' ', 1)[0].rstrip(' ,;:')}\u2026\u201d", 1)
    return text


def split_note(text: str) -> tuple[str, str]:
    """(the words, the analysis's note on them): a quote whose unsure word could turn it round ends with "(an unclear
    word here may change its meaning: listen)" (analysis.words.join_words), which is no part of what was said."""
    text = " ".join(str(text).split())
    note = TURNED_NOTE.strip()
    return (text[: -len(note)].rstrip(), note) if text.endswith(note) else (text, "")


def one_cut(text: str) -> str:
    """Unsure runs side by side ("… … you always", "My chest … … and") printed as one "…"."""
    return re.sub("\u2026(?:\\s*\u2026)+", "\u2026", str(text))


def quoted(text: str, limit: int, shorten) -> str:
    """“The words”, shortened to `limit` by `shorten`, with the analysis's note on them after the closing mark."""
    words, note = split_note(one_cut(text))
    return f"\u201c{shorten(words, limit)}\u201d" + (f" {note}" if note else "")


def cut_on_a_comma(text: str) -> str:
    """Words stopping on a comma (or ";", ":") stop mid-clause: "ashamed, 11 months," as "ashamed, 11 months…"."""
    return re.sub(r"\s*[,;:]\u2026?$", "\u2026", text)
