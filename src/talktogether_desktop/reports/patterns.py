"""The named patterns section: the cycle between them, harsh start-up, the Four Horsemen per
partner (time and quote each), flooding signs, repair attempts landed or missed, and bids met.

Each finding carries how sure it is; a low-confidence one says "check the recording" and shows
no quote. Lists are capped and say so ("2 shown of 5"), so counts always match what is printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional

from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..analysis.bid_context import FLOODED
from ..analysis.not_scored import controlling
from ..analysis.reply_said import unread_after
from ..analysis.words import speaker_unsure_runs
from .quote_ends import cut_here, unfinished
from .safety_words import moment_kind
from .styles import FONT, styles
from .text import esc, first, fmt_time, num

HORSEMEN = ("criticism", "contempt", "defensiveness", "stonewalling")
HORSEMEN_LABELS = {"criticism": "Criticism", "contempt": "Contempt", "defensiveness": "Defensiveness",
                   "stonewalling": "Stonewalling / withdrawal"}
PER_CELL = 2
SURENESS = ("high", "medium", "low")
SHOWN_REPAIRS = 2  # repair attempts quoted under the pattern (the count says how many there were)
SURE = {"high": "high confidence", "medium": "medium confidence", "low": "low confidence: check the recording"}


@dataclass
class Finding:
    t: Optional[float]
    quote: str
    confidence: str = "medium"
    outcome: str = ""  # a repair attempt's: "landed", … (so the attempts quoted line up with the count above them)

    @property
    def low(self) -> bool:
        return self.confidence == "low"


@dataclass
class PatternText:
    title: str
    text: str
    confidence: str
    evidence: list[Finding] = field(default_factory=list)
    of: int = 0  # how many moments the text counts, where more than the evidence lines: "3 shown of 8" under them


def finding(item: dict, rename) -> Finding:
    conf = str(item.get("confidence") or "medium")
    quote = "" if conf == "low" else rename(str(item.get("quote") or "")).strip()
    if quote and not quote.endswith("\u2026") and unfinished(quote):
        quote = cut_here(quote)  # words cut mid-clause are shown as cut, as in Key moments (walk38l c3: "…, you just")
    return Finding(first(item, "t", "start"), quote, conf)


def low_moment(analysis: dict, t) -> bool:
    """Whether words at time t are the quote of a heated stretch read with low confidence (unsure words or speaker)."""
    return t is not None and any(isinstance(p, dict) and p.get("confidence") == "low" and p.get("quote_t") is not None
                                 and abs(num(p.get("quote_t")) - num(t)) < 0.01
                                 for p in analysis.get("escalation_points") or [])


def unsure_note(observation: dict, analysis: dict, text: str) -> str:
    """What "What stood out" adds to an observation read with low confidence, as its Key moment or pattern says it: a
    rise whose quote is a low-confidence Key moment, a harsh start-up on a line marked "speaker unsure"; "" otherwise.
    One rule for the report and the window's "At a glance" (fixw51: the window read the demo's rise as sure)."""
    proof = [e for e in observation.get("evidence") or [] if isinstance(e, dict)]
    if observation.get("kind") == "escalation" and low_moment(analysis, proof[0].get("t") if proof else None):
        return "" if "check the recording" in text else " (Low confidence: check the recording.)"
    t = first(observation, "t", "time", "start", default=first(proof[0], "t", "start") if proof else None)
    if observation.get("kind") == "harsh_startup" and who_unsure(analysis, t):
        return " (Who said it is unsure: check the recording.)"  # as its pattern says (walk40n)
    return ""


def unsure_moment(item: dict, analysis: dict) -> dict:
    """A horseman whose words are a heated stretch's quote is no surer than that stretch: one claim, one confidence
    (walk38l c3: "How sure: low" in Key moments and "(medium confidence)" in the table for the same words)."""
    return dict(item, confidence="low") if low_moment(analysis, first(item, "t", "start")) else item


def who_unsure(analysis: dict, t) -> bool:
    """Whether the words at time t are on a line the transcript marks "speaker unsure" (the voices hard to tell apart
    there): a pattern whose first sign is there names nobody as its first sign and is never high (walk40n: "Harsh
    start-up (high confidence) … first sign from Maya" over Helen's words on a line marked "speaker unsure")."""
    if t is None:
        return False
    for turn in analysis.get("turns") or []:
        words = [w for w in turn.get("words") or [] if isinstance(w, dict)] if isinstance(turn, dict) else []
        if any(num(words[i].get("start")) - 0.05 <= num(t) <= num(words[j - 1].get("end")) + 0.05
               for i, j in speaker_unsure_runs(words)):
            return True
    return False


def speakers_set_by_hand(analysis: dict) -> bool:
    """Whether the therapist has given (nearly) every word its speaker (speaker confidence 1.0, as a correction or a
    move sets it) and no line is left "speaker unsure": the speaker finder's doubt is then answered."""
    turns = [t for t in analysis.get("turns") or [] if isinstance(t, dict)]
    words = [w for t in turns for w in t.get("words") or [] if isinstance(w, dict)]
    by_hand = sum(1 for w in words if num(w.get("speaker_confidence"), 0.0) >= 1.0)
    return bool(words) and by_hand >= 0.95 * len(words) and not any(
        speaker_unsure_runs([w for w in t.get("words") or [] if isinstance(w, dict)]) for t in turns)


def _first_sign(analysis: dict, p: dict, model) -> tuple[str, str]:
    """("from Alex", its confidence), or ("at 00:04; who said it is unsure", at most medium) where the first sign is on
    a line whose speaker is unsure."""
    conf = str(p.get("confidence") or "medium")
    if who_unsure(analysis, p.get("t")):
        return f"at {fmt_time(num(p.get('t')))}; who said it is unsure", "medium" if conf == "high" else conf
    return f"from {model.name(p.get('first_sign_from'))}", conf


def build(analysis: dict, model, rename) -> tuple[list[PatternText], dict, dict]:
    """(cycle and other named patterns, horsemen {speaker: {kind: (shown, total)}}, bids {speaker: tally}); (None, {},
    {}) for an analysis made before these were read, which cannot say "none found"."""
    if not any(key in analysis for key in ("patterns", "repairs", "horsemen", "bids_met")):
        return None, {}, {}
    out = []
    for p in analysis.get("patterns") or []:
        if not isinstance(p, dict):
            continue
        kind = p.get("kind")
        if kind == "pursue_withdraw":
            a, b = model.name(p.get("pursuing")), model.name(p.get("withdrawing"))
            pressing, quiet = p.get("pursuing_turns") or [], p.get("withdrawal_signs") or []
            sign, sure = _first_sign(analysis, p, model)
            # no surer than its surest line (walk43b c3: "(high confidence)" over two lines each "(medium confidence)")
            said = [str(e.get("confidence")) for e in p.get("evidence") or [] if e.get("confidence") in SURENESS]
            sure = max(sure, min(said, key=SURENESS.index), key=SURENESS.index) if said and sure in SURENESS else sure
            text = (f"The cycle between them: {a} pressed for a response ({len(pressing)} turns with complaints, "
                    f"bids or questions) while {b} went quiet or answered briefly ({len(quiet)} times). Each move "
                    f"seems to feed the other: the more {a} pursues, the more {b} withdraws, and the reverse. "
                    + (f"First sign {sign}." if sign.startswith("at ") else f"First sign {sign} at {fmt_time(num(p.get('t')))}."))
            left = p.get("left") or {}
            if left:  # what a time-out plan would answer: the talk ended with one of them leaving
                said = f" (\u201c{rename(str(left.get('quote')))}\u201d)" if left.get("quote") else ""
                text += (f" It ended with {b} stepping out at {fmt_time(num(left.get('t')))}{said}, with no word from "
                         f"{b} after it in the recording. A time-out plan (a break asked for, and a time to come back) "
                         "may help both.")
            ev = [finding(x, rename) for x in (pressing[:1] + quiet[:2])]
            out.append(PatternText("Pursue\u2013withdraw", text, sure, ev, len(pressing) + len(quiet)))
        elif kind == "harsh_startup":
            sign, sure = _first_sign(analysis, p, model)
            # no surer than its surest line (walk43b c3: "(high confidence)" over two lines each "(medium confidence)")
            said = [str(e.get("confidence")) for e in p.get("evidence") or [] if e.get("confidence") in SURENESS]
            sure = max(sure, min(said, key=SURENESS.index), key=SURENESS.index) if said and sure in SURENESS else sure
            text = (f"The conversation {'may have opened' if p.get('confidence') == 'low' else 'opened'} with criticism or "
                    f"contempt (first sign {sign}); the first minutes predict much of the rest.")
            ev = [finding(e, rename) for e in (p.get("evidence") or [])[:2]]
            out.append(PatternText("Harsh start-up", text, sure, ev))
        elif kind == "flooding":
            ev = p.get("evidence") or []
            text = (f"{model.name(p.get('speaker'))} named signs of being overwhelmed ({len(ev)}); listening is hard "
                    "when flooded, so a break that comes back is worth more than pushing on.")
            taken = p.get("break") or {}
            if taken.get("back_t") is not None:  # what went well, said so: the break was taken and they came back
                text += (f" A break was asked for at {fmt_time(num(taken.get('asked_t')))} and both talked again from "
                         f"{fmt_time(num(taken.get('back_t')))}.")
            elif taken:
                text += f" A break was asked for at {fmt_time(num(taken.get('asked_t')))}; the return is not in the recording."
            out.append(PatternText("Flooding signs", text, str(p.get("confidence") or "medium"),
                                   [finding(x, rename) for x in ev[:2]], len(ev)))
    repairs = [r for r in analysis.get("repairs") or [] if isinstance(r, dict)]
    if repairs:
        text = _repair_count(repairs, marked_rise=bool(model.peaks)) + (f" ({SHOWN_REPAIRS} shown of {len(repairs)})"
                                         if len(repairs) > SHOWN_REPAIRS else "")
        # (walk43a a: not "nothing had heated up" under the overwhelm a flooding pattern names)
        said = (lambda w: w.replace(CALM, MEASURED)) if any(x.title == "Flooding signs" for x in out) else str
        text = said(text)
        # how sure the count is: that of its surest attempt, never "(medium confidence)" above attempts each "(high
        # confidence)" (walk37i c1)
        sure = min((str(r.get("confidence")) for r in repairs if r.get("confidence") in SURENESS),
                   key=SURENESS.index, default="medium")
        out.append(PatternText("Repair attempts", text, sure, [replace(finding(r, rename),
                                                                       outcome=said(_outcome(r, bool(model.peaks))))
                                                               for r in repairs[:SHOWN_REPAIRS]]))
    horsemen = {}
    for p in model.partners:
        mine = (analysis.get("horsemen") or {}).get(p.id) or {}
        horsemen[p.id] = {h: ([finding(unsure_moment(x, analysis), rename) for x in (mine.get(h) or [])[:PER_CELL]],
                              len(mine.get(h) or [])) for h in HORSEMEN}
    bids = {p.id: dict((analysis.get("bids_met") or {}).get(p.id) or {}) for p in model.partners}
    reaching = analysis.get("reaching_for") if isinstance(analysis.get("reaching_for"), dict) else {}  # (older: a list)
    controls = controlling(analysis)
    for p in model.partners:  # (rep47: a reply of flooding is said so, never "came after a threat or control")
        mine = [x for x in (reaching.get(p.id) or []) if isinstance(x, dict)]
        bids[p.id]["not_scored_by"] = next((q.name for q in model.partners if q.id != p.id and q.id in controls), None)
        bids[p.id]["flooded"] = sum(1 for x in mine if x.get("response_reason") == FLOODED)
        # (walk49a: the kind found, never "after a threat or control, or with words of self-harm" after isolation alone)
        bids[p.id]["unread_why"] = list(dict.fromkeys(
            unread_after(str(x.get("response_reason") or ""), own=True) for x in mine if x.get("response") == "unclear"))
    return out, horsemen, bids


def _unread(b: dict, n: int) -> str:
    """Why `n` of a partner's bids (all their unclear ones) are not read either way, in the kinds found."""
    whys = [w for w in b.get("unread_why") or [] if w]
    if b.get("flooded") and b.get("flooded") == b.get("unclear"):
        why = f"{'was' if n == 1 else 'were'} answered with words of flooding"
    elif whys:
        why = "came " + (whys[0] if len(whys) == 1 else ", ".join(whys[:-1]) + " or " + whys[-1])
    else:  # (an older analysis, with no reasons kept)
        why = "came after safety language or with words of flooding" if b.get("flooded") else "came after safety language"
    return f"{why}, and {'is' if n == 1 else 'are'} not read either way"


# With no heated moment, a repair came "when nothing had heated up"; where a partner named signs of being overwhelmed
# (a flooding pattern above it), that reads as a contradiction: said as what was measured instead.
CALM, MEASURED = "when nothing had heated up", "with no heated moment measured"


def _repair_count(repairs: list, marked_rise: bool = True) -> str:
    """"3 repair attempts: 2 landed (the intensity fell afterwards) and 1 came outside a heated stretch.": only the
    parts that happened, never "0 landed, 0 did not land"; one attempt is said in words. With no marked rise (Key
    moments: "No marked rise in intensity was found"), what fell was a small rise: said so, not left to contradict it."""
    fell = "the intensity fell afterwards" + ("" if marked_rise else " from a small rise, not a marked one")
    landed = sum(1 for r in repairs if r.get("landed") is True)
    # with no heated moment there was nothing for an attempt to fail on (walk42b a1: "1 did not land straight away and
    # 1 came outside a heated stretch" in a talk that never heated up)
    missed = sum(1 for r in repairs if r.get("landed") is False) if marked_rise else 0
    calm = len(repairs) - landed - missed
    outside = "came outside a heated stretch" if marked_rise else f"came {CALM}"
    if len(repairs) == 1:
        how = (f"it landed ({fell})" if landed else "it did not land straight away" if missed else f"it {outside}")
        return f"1 repair attempt: {how}."
    parts = [f"{landed} landed ({fell})" if landed else "",
             f"{missed} did not land straight away" if missed else "",
             f"{calm} {outside}" if calm else ""]
    parts = [p for p in parts if p]
    if len(parts) == 1:  # all of one kind
        return f"{len(repairs)} repair attempts: " + ("none landed straight away." if missed else
                                                      f"all {parts[0].split(' ', 1)[1]}.")
    return f"{len(repairs)} repair attempts: {', '.join(parts[:-1])} and {parts[-1]}."


def _outcome(repair: dict, marked_rise: bool = True) -> str:
    """What a quoted repair attempt did, in the words of the count above it ("2 landed … and 1 came outside …")."""
    if not marked_rise and repair.get("landed") is not True:
        return CALM
    return {True: "landed", False: "did not land straight away"}.get(repair.get("landed"), "outside a heated stretch")


def _line(f: Finding) -> str:
    said = f"{f.outcome}; " if f.outcome else ""
    if f.low:
        return f"{fmt_time(f.t)} ({said}{SURE['low']})"
    quote = f"\u201c{esc(f.quote)}\u201d" if f.quote else ""
    return f"{fmt_time(f.t)} {quote} <font size=7>({said}{SURE.get(f.confidence, f.confidence)})</font>"


def _bids_met(b: dict, other: str, name: str) -> str:
    """"Sam turned toward 4 and away from 1 of Dana's 5 bids", "Sam turned toward all 3 of Dana's bids", "Sam turned
    toward Dana's bid": only the ways they were met, never "against 0" nor "1 of Alex's 1 bid"."""
    total = b["total"]
    ways = [(way, b.get(key)) for way, key in (("toward", "toward"), ("away from", "away"), ("against", "against"))
            if b.get(key)]
    bids = f"{name}'s {total} bid{'s' if total != 1 else ''}"
    if not ways:
        return f"{other} turned toward, away from or against none of {bids}"
    if len(ways) == 1 and ways[0][1] == total:
        way = ways[0][0]
        every = "both" if total == 2 else f"all {total}"  # (never "all 2 of Ben's bids")
        return f"{other} turned {way} {name}'s bid" if total == 1 else f"{other} turned {way} {every} of {name}'s bids"
    said = [f"{way} {k}" for way, k in ways]
    return f"{other} turned {said[0] if len(said) == 1 else ', '.join(said[:-1]) + ' and ' + said[-1]} of {bids}"


OLDER_ANALYSIS = ("This analysis was made before named patterns, the Four Horsemen and bids were read from the "
                  "conversation: analyse the recording again to see them.")


def section(model, width: float) -> list:
    st = styles()
    # heard lines of threat, violence, fear or control (self-harm is no one's act on the other)
    controlled = [m for m in model.safety if not m.listen_only and m.why and moment_kind(m) != "self-harm"]
    framing = ("Named from the words and timing, with how sure each reading is. Described as a cycle between them, not "
               "as anyone's fault; sarcasm and tone often cannot be told from words.")
    if controlled:  # a conflict cycle is a mutual reading; threat or control is not mutual
        framing = ("Named from the words and timing, with how sure each reading is. With threat or control heard "
                   "(Key moments), a conflict-cycle reading between equals may not apply: these patterns are shown "
                   "for completeness, after the safety lines.")
    out = [CondPageBreak(160), Paragraph("Patterns a couples therapist may recognise", st["h1"]),
           Paragraph(framing, st["small"]), Spacer(1, 3)]
    if model.patterns is None:
        return out + [Paragraph(OLDER_ANALYSIS, st["body"])]
    if not model.patterns:
        out.append(Paragraph("No pursue\u2013withdraw cycle, harsh start-up, flooding signs or repair attempts were "
                             "found in this conversation.", st["body"]))
    for p in model.patterns:
        block = [Paragraph(f"<b>{esc(p.title)}</b> <font size=7>({SURE.get(p.confidence, p.confidence)})</font>",
                           st["body"]), Paragraph(esc(p.text), st["context_hit"])]
        block += [Paragraph(_line(f), st["context"]) for f in p.evidence]
        if p.of > len(p.evidence) and p.evidence:  # (walk42a b: "4 turns … 4 times" above 3 quoted lines)
            block.append(Paragraph(f"<i>{len(p.evidence)} shown of {p.of}</i>", st["context"]))
        out.append(KeepTogether(block + [Spacer(1, 4)]))
    tail = []  # the table and the bids line go over a page together: a page never opens on the bids line alone
    if model.horsemen:
        tail.append(Paragraph("The Four Horsemen, per partner", st["h2"]))
        header = [Paragraph("", st["cell"])] + [Paragraph(esc(p.name), st["cell_bold"]) for p in model.partners]
        rows = [header]
        for h in HORSEMEN:
            row = [Paragraph(HORSEMEN_LABELS[h], st["cell"])]
            for p in model.partners:
                shown, total = model.horsemen[p.id][h]
                lines = [_line(f) for f in shown]
                if total > len(shown):
                    lines.append(f"<i>{len(shown)} shown of {total}</i>")
                row.append(Paragraph("<br/>".join(lines) if lines else "none found", st["cell"]))
            rows.append(row)
        label_w = 110
        col_w = (width - label_w) / max(1, len(model.partners))
        table = Table(rows, colWidths=[label_w] + [col_w] * len(model.partners))
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        tail.append(table)
    if any(b.get("total") for b in model.bids.values()):
        parts = []
        for p in model.partners:
            other = next((q.name for q in model.partners if q.id != p.id), "the other")
            b = model.bids[p.id]
            every = "both" if b.get("total") == 2 else f"all {b.get('total')}"
            bids = f"{p.name}'s bid" if b.get("total") == 1 else f"{every} of {p.name}'s bids"
            if b.get("total") and b.get("recording_ended") == b["total"]:  # (walk42b b2: never "… turned toward,
                # away from or against none of Owen's 1 bid; the last came as the recording ended")
                parts.append(f"{bids} came as the recording ended, before any reply")
            elif b.get("total") and b.get("not_scored_by"):  # (walk49a a_sister: no turning-toward score beside control)
                parts.append(f"{bids} {'is' if b['total'] == 1 else 'are'} listed below without a score, as "
                             f"{b['not_scored_by']}'s words were read as control (Key moments)")
            elif b.get("total") and b.get("unclear") == b["total"]:  # (rep46 heldout2 low_mood: never "Ana turned
                # toward, away from or against none of Ben's 1 bid; 1 came after a threat…")
                parts.append(f"{bids} {_unread(b, b['total'])}")
            elif b.get("total"):
                text = _bids_met(b, other, p.name)
                if b.get("unclear"):
                    text += f"; {b['unclear']} {_unread(b, b['unclear'])}"
                if b.get("recording_ended"):  # (all those that came as it ended: "the last 2", never "the last")
                    last = "the last" if b["recording_ended"] == 1 else f"the last {b['recording_ended']}"
                    text += f"; {last} came as the recording ended, before any reply"
                parts.append(text)
        tail.append(Paragraph("<b>Bids for connection:</b> " + esc("; ".join(parts)) + ".", st["body"]))
    if model.praise:  # did the appreciations land (praise.py)
        tail.append(Paragraph("<b>Appreciations:</b> " + esc(model.praise), st["body"]))
    return out + ([KeepTogether(tail)] if tail else [])
