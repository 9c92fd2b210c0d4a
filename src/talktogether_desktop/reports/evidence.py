"""Read the evidence out of an analysis in plain, symmetric words (describe, don't diagnose).

Helpers for `model.build_model`: overlaps, the escalation curve, transcript context around a
moment, signal names in plain language, the per-partner figures table, and the fallback
observations and questions used when the analysis does not supply its own.
"""

from __future__ import annotations

from typing import Any, Optional

from ..analysis.bid_context import FLOODED
from ..practice import rates
from ..percents import whole_percents
from ..practice.withheld import find_turn  # noqa: F401  (the report finds its turns by it)
from .after_threat import next_text, unclear_reply
from .renaming import renamer  # noqa: F401  (model and the pipeline rename by it)
from .text import against_phrase, cut_on_a_comma, first, fmt_length, fmt_time, num, quoted, split_note

SIGNAL_WORDS = {
    "loudness": "louder voices", "intensity": "louder voices", "volume": "louder voices",
    "pitch": "higher pitch", "f0": "higher pitch", "pitch_range": "wider pitch range",
    "rate": "faster speech", "speech_rate": "faster speech", "tempo": "faster speech",
    "overlap": "talking over each other", "overlaps": "talking over each other",
    "interruption": "cutting in", "interruptions": "cutting in",
    "criticism": "criticism words", "contempt": "contempt words",
    "defensiveness": "defensive replies", "stonewalling": "short, withdrawn replies",
    "negative_markers": "negative words", "markers": "negative words", "you_statements": "more you-statements",
}
TOWARD = ("toward", "turned_toward", "engaged", "accepted", "yes")
AWAY = ("away", "turned_away", "ignored", "missed", "no")
AGAINST = ("against", "turned_against", "countered", "rejected")


def overlaps(analysis: dict, turns: list[dict]) -> list[tuple[float, float]]:
    given = analysis.get("overlaps")
    if isinstance(given, list) and given:
        return [(num(o.get("start")), num(o.get("end"))) for o in given if isinstance(o, dict)]
    out, last_end = [], {}
    for t in turns:
        start, end, who = num(t.get("start")), num(t.get("end")), t.get("speaker")
        for other, other_end in last_end.items():
            if other != who and other_end > start:
                out.append((start, min(other_end, end)))
        last_end[who] = max(end, last_end.get(who, 0.0))
    return out


def curve(analysis: dict) -> list[tuple[float, float]]:
    raw = first(analysis, "escalation_curve", "escalation", "escalation_timeline", "escalation_windows")
    if isinstance(raw, dict):
        if isinstance(raw.get("windows"), list):
            raw = raw["windows"]
        else:
            ts = first(raw, "t", "times", "time", "centers", default=[])
            scores = first(raw, "score", "scores", "values", default=[])
            return sorted((num(a), num(b)) for a, b in zip(ts, scores))
    out = []
    for item in raw or []:
        if isinstance(item, dict):
            t = first(item, "t", "center", "mid")
            if t is None and "start" in item:
                t = (num(item.get("start")) + num(item.get("end"), num(item.get("start")))) / 2
            out.append((num(t), num(item.get("score"))))
        elif isinstance(item, (list, tuple)) and len(item) >= 2:
            out.append((num(item[0]), num(item[1])))
    return sorted(out)


def clip_text(text: str, quote: str = "", limit: int = 240, keep_end: bool = False) -> str:
    """Shorten a long turn: around the quote, or its end when it leads into the moment."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    if keep_end and not quote:
        return "\u2026" + text[-limit:].split(" ", 1)[-1]
    at = text.lower().find(quote.strip().lower()[:30]) if quote else -1
    start = max(0, at - limit // 3) if at > 0 else 0
    piece = text[start:start + limit]
    if start and text[start - 1] != " ":  # whole words at both ends, never "…ething I sa…"
        piece = piece.split(" ", 1)[-1]
    if start + limit < len(text) and text[start + limit] != " ":
        piece = piece.rsplit(" ", 1)[0]
    return ("\u2026" if start else "") + piece.strip() + ("\u2026" if start + limit < len(text) else "")


def short_quote(text: str, limit: int = 80) -> str:
    text, note = split_note(text)
    text = text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"
    text = cut_on_a_comma(text)  # (stopping on a comma is stopping mid-clause: rep50)
    return f"{text} {note}" if note else text  # (the note whole, never "… drink. (an unclear word…")


def signal_phrases(signals: Any, model) -> list[str]:
    items = []
    if isinstance(signals, dict) and all(isinstance(v, list) for v in signals.values()):
        # {speaker: [signal, ...]}: say whose voice did what, "both" when both did.
        # Grouped by whose voice: "both: louder voices, higher pitch; Zoë: faster speech".
        whose: dict[str, set] = {}
        for sid, names in signals.items():
            for name in names:
                whose.setdefault(SIGNAL_WORDS.get(str(name).lower(), str(name).replace("_", " ")), set()).add(sid)
        groups: dict[str, list[str]] = {}
        for phrase, sids in whose.items():
            who = "both" if len(sids) > 1 else model.name(next(iter(sids)))
            groups.setdefault(who, []).append(phrase)
        order = ["both"] + [p.name for p in model.partners]
        return [f"{who}: {', '.join(groups[who])}" for who in sorted(groups, key=lambda w: order.index(w)
                                                                     if w in order else 99)]
    if isinstance(signals, dict):
        signals = [{"name": k, "value": v} for k, v in signals.items()]
    for s in signals or []:
        if isinstance(s, dict):
            name = str(first(s, "name", "signal", "kind", default=""))
            who = first(s, "speaker", "by")
            phrase = SIGNAL_WORDS.get(name.lower(), name.replace("_", " "))
            items.append(f"{phrase} ({model.name(who)})" if who else phrase)
        elif s:
            items.append(SIGNAL_WORDS.get(str(s).lower(), str(s).replace("_", " ")))
    items = list(dict.fromkeys(i for i in items if i))
    return [", ".join(items)] if items else []


def what_next(point: dict, model, rename) -> str:
    nxt = first(point, "next", "after", "what_next", "repair", "resolution")
    if isinstance(nxt, str):
        return rename(nxt)
    if not isinstance(nxt, dict):
        return ""
    text = first(nxt, "text", "summary")
    if text:
        return rename(next_text(point, str(text)))
    quote, t, who = first(nxt, "quote"), first(nxt, "t", "repair_t"), first(nxt, "by", "speaker")
    if quote:
        landed = first(nxt, "accepted", "landed", "eased")
        tail = {True: "; it eased afterwards", False: "; it did not ease straight away"}.get(
            None if landed is None else bool(landed), "")
        end = "" if not tail and str(quote).rstrip().endswith((".", "?", "!", "\u2026")) else "."  # no “knew.”.
        return f"Repair attempt by {model.name(who)} at {fmt_time(t)}: \u201c{rename(str(quote))}\u201d{tail}{end}"
    return "No repair attempt before it eased." if first(nxt, "eased_at") else ""


def repair_landed(point: dict) -> bool:
    nxt = first(point, "next", "after", "what_next", "repair", "resolution")
    if not isinstance(nxt, dict):
        return False
    return bool(first(nxt, "repair_landed", "accepted", "landed", default=False))


def _metric(s: dict, *keys: str) -> Any:
    for holder in (s, s.get("markers") or {}, s.get("counts") or {}, s.get("lexical") or {}):
        if isinstance(holder, dict):
            value = first(holder, *keys)
            if value is not None and not isinstance(value, (dict, list)):
                return value
    return None


def _share(value: Any) -> Optional[float]:
    v = num(value, None)
    return None if v is None else (v * 100 if v <= 1.0 else v)


# (row label, keys, kind): kind says how to print the value and its change.
FIGURE_ROWS = [
    ("Talk share", ("talk_share",), "share"),
    ("Talk time", ("talk_time_s",), "time"),
    ("Turns", ("turns", "turn_count"), "count"),
    ("Interruptions made", ("interruptions_made",), "count"),
    ("Interruptions received", ("interruptions_received",), "count"),
    ("Median response time", ("median_response_latency_s", "response_latency_median_s"), "seconds"),
    ("Repair attempts", ("repair_attempts", "repair", "repairs"), "count"),
    ("I-statements", ("i_statements", "i_statement"), "count"),
    ("You-statements", ("you_statements", "you_statement"), "count"),
]


def _fmt_value(kind: str, v: Any) -> str:
    if kind == "share":
        return f"{_share(v):.0f}%"
    if kind == "time":
        return fmt_length(num(v))
    if kind == "seconds":
        return f"{num(v):.1f} s"
    return f"{int(num(v))}"


def _fmt_delta(kind: str, now: Any, before: Any) -> str:
    if kind == "share":
        d, unit = _share(now) - _share(before), " pts"
    elif kind in ("time", "seconds"):
        d, unit = num(now) - num(before), " s"
    else:
        d, unit = num(now) - num(before), ""
    if abs(d) < (0.05 if kind == "seconds" else 0.5):
        return "no change"
    digits = 1 if kind == "seconds" else 0
    sign = "+" if d > 0 else "\u2212"
    return f"{sign}{abs(d):.{digits}f}{unit}"


def _previous_speaker(previous: Optional[dict], partner, name: str) -> Optional[dict]:
    if not previous:
        return None
    speakers = [s for s in previous.get("speakers") or [] if isinstance(s, dict)]
    return (next((s for s in speakers if s.get("name") == name), None)
            or next((s for s in speakers if str(s.get("id")) == partner.id), None))


def lengths_differ(duration_s: Optional[float], previous: Optional[dict]) -> Optional[tuple[float, float]]:
    """(this recording's length, the previous one's) when both are known and differ by more than a tenth: the
    counts in brackets are then changes per 10 minutes, not of the counts themselves."""
    now_s, before_s = num(duration_s, None), num((previous or {}).get("duration_s"), None)
    if not now_s or not before_s or now_s <= 0 or before_s <= 0 or rates.similar(before_s, now_s):
        return None
    return now_s, before_s


def _rate_delta(now: Any, before: Any, now_s: float, before_s: float) -> str:
    now_rate, before_rate = num(now) * rates.PER_S / now_s, num(before) * rates.PER_S / before_s
    if rates.direction(before_rate, now_rate, now_s) == "same":
        return "no change"
    d = now_rate - before_rate
    return f"{'+' if d > 0 else chr(0x2212)}{abs(d):.0f} per 10 min"


def _time_share_delta(now: Any, before: Any, now_s: float, before_s: float) -> str:
    """Talk time of recordings of different lengths: the change in the share of the recording ("16 s" of 56 s beside
    "44 s" of 113 s is 29% against 39%, not 28 s less)."""
    d = 100 * (num(now) / now_s - num(before) / before_s)
    return "no change" if abs(d) < 0.5 else f"{'+' if d > 0 else chr(0x2212)}{abs(d):.0f} pts of the recording"


def figures(speakers: list[dict], partners: list, previous: Optional[dict], names: dict,
            duration_s: Optional[float] = None) -> list:
    """The per-partner figures, each with its change since the previous recording; counts from recordings of
    different lengths change per 10 minutes (`practice.rates`), talk time as a share of the recording."""
    by_id = {str(s.get("id")): s for s in speakers}
    prev = {p.id: _previous_speaker(previous, p, names[p.id]) for p in partners}
    lengths = lengths_differ(duration_s, previous)
    given = [_share(_metric(by_id.get(p.id, {}), "talk_share")) for p in partners]
    whole = whole_percents(given) if partners and None not in given else None  # (adding up to 100%)
    rows = []
    for label, keys, kind in FIGURE_ROWS:
        cells, any_value = [], False
        for p in partners:
            v = _metric(by_id.get(p.id, {}), *keys)
            if v is None:
                cells.append("-")
                continue
            any_value = True
            cell = f"{whole[partners.index(p)]}%" if kind == "share" and whole else _fmt_value(kind, v)
            before = _metric(prev[p.id], *keys) if prev[p.id] else None
            change = ("" if before is None else _rate_delta(v, before, *lengths) if kind == "count" and lengths
                      else _time_share_delta(v, before, *lengths) if kind == "time" and lengths
                      else _fmt_delta(kind, v, before))
            if change and change != "no change":  # only real changes, so they stand out
                cell += f"  ({change})"
            cells.append(cell)
        if any_value:
            rows.append((label, cells))
    return rows


def shares(speakers: list[dict], partners: list, turns: list[dict]) -> dict:
    """Talk share per partner: the analysis's own figure, else summed from the turns."""
    by_id = {str(s.get("id")): s for s in speakers}
    given = {p.id: _share(by_id.get(p.id, {}).get("talk_share")) for p in partners}
    if partners and all(v is not None for v in given.values()):
        return given
    talk = {p.id: 0.0 for p in partners}
    for t in turns:
        if t.get("speaker") in talk:
            talk[t.get("speaker")] += max(0.0, num(t.get("end")) - num(t.get("start")))
    return talk


def fallback_observations(model) -> list[tuple[str, Optional[float]]]:
    out = []
    talk = model.shares
    total = sum(talk.values())
    if total > 0 and len(model.partners) == 2:
        a, b = model.partners
        out.append((f"{a.name} spoke for {100 * talk[a.id] / total:.0f}% of the talk time, "
                    f"{b.name} for {100 * talk[b.id] / total:.0f}%.", None))
    if model.peaks:
        p = model.peaks[0]
        out.append((f"The conversation got more intense at {fmt_time(p.start)} (moment {p.label}).", p.start))
    if model.interruptions:
        counts = {p.id: sum(1 for i in model.interruptions if i.get("by") == p.id) for p in model.partners}
        parts = [f"{p.name} {counts[p.id]}" for p in model.partners]
        t0 = num(model.interruptions[0].get("t"))
        out.append((f"Turns cut short by the other partner: {', '.join(parts)} (first at {fmt_time(t0)}).", t0))
    return out


KIND_ORDER = {"need": 0, "wish": 1, "request": 2, "bid": 2, "question": 3, "feeling": 4, "complaint": 5}


def diverse(items: list[dict], n: int) -> list[dict]:
    """Up to n bids: one per category first, a partner's own need statements before feelings and
    complaints, then the rest; printed in time order."""
    def when(x: dict) -> float:
        return num(first(x, "t", "start", default=0))

    ranked = sorted(items, key=lambda x: (KIND_ORDER.get(str(x.get("kind", "")).lower(), 3), when(x)))
    chosen, seen = [], set()
    for x in ranked:
        category = first(x, "label", "category")
        if category not in seen:
            chosen.append(x)
            seen.add(category)
    chosen += [x for x in ranked if x not in chosen]
    return sorted(chosen[:n], key=when)


def response_phrase(item: dict, model, partner) -> str:
    other = next((p.name for p in model.partners if p.id != partner.id), "the other partner")
    resp = first(item, "response", "other_response", "turned", "answer", "reply")
    if isinstance(resp, dict):
        resp = first(resp, "kind", "type", "response", default="")
    resp = str(resp or "").lower()
    reply = first(item, "response_quote")
    # (a reply whose every word the recogniser was unsure of is "…": no quote rather than an empty one)
    tail = f": {quoted(reply, 70, short_quote)}" if reply and str(reply).strip(" .\u2026") else ""
    # (walk49a a_sister: no turning-toward score for a partner whose control was heard, as page 3 and the window say)
    by = next((p.id for p in model.partners if p.id != partner.id), None)
    if resp in TOWARD + AWAY and by in (getattr(model, "control_said", None) or {}) and any(
            m.who == other and not m.listen_only for m in getattr(model, "safety", None) or []):
        return f"{other} replied (not scored, as {other}'s words were read as control){tail}"
    if resp in TOWARD:
        return f"{other} turned toward it{tail}"
    if resp in AWAY:
        return f"{other} did not take it up{tail}"
    reason = str(first(item, "response_reason", default=""))
    if resp in AGAINST:
        return f"{against_phrase(reason, other)}{tail}"
    # (walk43b b2: "the reply holds words of self-harm" was said "After a threat, Dan's reply is not read…")
    if resp == "unclear" and reason.startswith(("the reply told of self-harm", "the reply holds words of self-harm")):
        return f"{other}'s reply told of self-harm (see the safety passages): it is not read as turning toward or away"
    if resp == "unclear" and reason == FLOODED:  # (rep47 dev flooding_timeout: was "turned toward it")
        return f"{other}'s reply told of flooding (being overwhelmed), so it is not read as turning toward or away{tail}"
    if resp == "unclear":  # ("after the coercive control: monitoring, a reply…": the language named, as the analysis does)
        return unclear_reply(item, reason, model, other, tail, partner.id)
    if resp == "recording_ended":
        return f"The recording ends before {other} could reply"
    return ""


EARLY_S = 10.0  # a heated stretch starting this soon in the recording came with its start


def suggested_questions(model) -> list[str]:
    qs = []
    if model.safety and not model.listen_first:
        qs.append("Before the joint session, consider checking in with each partner separately about the "
                  "safety language under Key moments.")
    if model.peaks:
        # (a rise read with low confidence is asked about only as that: rep46 a_rota_swap, "At 01:15 the conversation
        # got more intense." over a moment "How sure: low: check the recording")
        p = next((m for m in model.peaks if m.confidence != "low"), model.peaks[0])
        unsure = " (a low-confidence reading: listen to it first)" if p.confidence == "low" else ""
        # (a stretch that starts with the recording has no "just before" in it)
        qs.append(f"At {fmt_time(p.start)}, as the conversation began, it got more intense{unsure}. What was each of "
                  "you feeling as it started?" if p.start < EARLY_S else f"At {fmt_time(p.start)} the conversation got "
                  f"more intense{unsure}. What was each of you feeling just before that?")
        eased = next((m for m in model.peaks if m.repaired), None)
        if eased:
            # (the moment is what is unsure: the repair itself may be heard clearly, and page 2 says "high" beside it)
            unsure = (f" (moment {eased.label} itself is a low-confidence reading: listen to it first)"
                      if eased.confidence == "low" else "")
            qs.append(f"After moment {eased.label} a repair attempt came and things eased{unsure}. "
                      "What made it possible for each of you to hear it?")
    # (a cut-in only to check on the recording, e.g. an agreeing "Yes, together." over the last words, asks nothing)
    sure = [i for i in model.interruptions if i.get("confidence") != "low"]
    # (a count says the one page 1 and the figures give, rep46 a_rota_swap: "4 times" there, "3 times" here)
    made = [i for i in model.interruptions if i.get("successful") is not False]
    heard = f", {len(sure)} of them heard clearly" if len(made) > len(sure) else ""
    if len(sure) == 1:
        qs.append(f"At {fmt_time(num(sure[0].get('t')))} a turn was cut short. "
                  "What did each of you most want the other to hear then?")
    elif sure:
        qs.append(f"Turns were cut short {max(len(made), len(sure))} times (first at "
                  f"{fmt_time(num(sure[0].get('t')))}{heard}). When that happens, what does each of you "
                  "most want the other to hear?")
    # Only findings the analysis is sure enough of are quoted in a question.
    # ... and none from around a line to listen to (it may be fear speaking).
    near = [(m.start - 10.0, (m.end or m.start) + 1.0) for m in model.safety]
    reaches = [(p, [x for x in model.reaching.get(p.id) or [] if x.quote and x.confidence != "low"
                    and not any(a <= num(x.t) <= b for a, b in near)]) for p in model.partners]
    if all(r for _, r in reaches) and reaches:
        joined = " and ".join(f"{p.name}: \u201c{short_quote(r[0].quote, 50)}\u201d" for p, r in reaches)
        qs.append(f"What was each of you reaching for ({joined})?")
    if len(qs) < 2:
        qs.append("What went the way you hoped in this conversation, and what would you each do differently?")
    return qs
