"""The sections after page one: key moments (safety first), what each partner was reaching for, figures per partner,
practice, the notes area and the optional transcript appendix.

Each function returns flowables; a section with nothing to show says so in one line (or, for practice, is left out),
so the therapist never wonders whether something failed."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..analysis.words import speaker_unsure_runs
from ..practice.adherence import REASONS, summary_for
from ..practice.assignment import shown_title
from ..practice.review import INDIVIDUAL_FIRST, LISTEN_INDIVIDUAL_FIRST, safety_note
from ..practice.title_words import title_for_couple
from . import bids_for_both, hard_lines, quote_ends
from .printed_lines import printed_lines
from .calm_rise import NO_RISE
from .safety_words import told_by
from .styles import FONT, FAINT, INK, RULE, SAFETY, SAFETY_BG, styles
from ..timefmt import local_day
from .text import esc, first, fmt_date, fmt_length, fmt_time, num

# Where a shareable report leaves every rise out, it says neither that none was found (untrue) nor that something is
# held back (which points at it): the couple's version is about the conversation as a whole.
WITHHELD = "This version describes the conversation as a whole, not moment by moment."


def key_moments(model, width: float) -> list:
    st = styles()
    out = [Paragraph("Key moments", st["h1"])]
    if model.safety:
        out.append(_safety_box(model, width))
        out += [Paragraph(esc(n), st["small"]) for n in model.notes if "safety" in n]
    # (none found: page 1's "Safety" row says so, once; rep42: the same sentence again here read as a second check)
    out.append(Spacer(1, 6))
    if not model.peaks and model.withheld.get("peaks"):
        out.append(Paragraph(WITHHELD, st["body"]))
    elif not model.peaks:
        out.append(Paragraph(esc(model.calm_rise or NO_RISE), st["body"]))
    else:
        intro = "In time order, numbered as on the intensity curve on page 1" + (
            "." if model.mode == "shareable" else "; the quoted words are in bold.")
        said = [hard_lines.NOTE] if model.mode == "shareable" and hard_lines.any_described(model.peaks) else []
        out.append(Paragraph(" ".join([intro] + [esc(n) for n in model.notes if "rises" in n] + said), st["small"]))
    for m in model.peaks:
        one_time = m.end is None or fmt_time(m.end) == fmt_time(m.start)  # (never "00:47\u201300:47")
        span = fmt_time(m.start) if one_time else f"{fmt_time(m.start)}\u2013{fmt_time(m.end)}"
        first_sign = f"{_DOT}first sign from {esc(m.who)}" if m.who else ""  # (the couple's version names no one)
        first_sign = f"{_DOT}first sign: who said it is unsure" if m.who_unsure else first_sign
        block = [Paragraph(f"Moment {esc(m.label)}{_DOT}{span}{first_sign}", st["h2"])]
        block += _moment_body(m, model.mode == "shareable")
        out.append(KeepTogether(block))
    return out


_DOT = "&nbsp;&nbsp;\u00b7&nbsp;&nbsp;"


def _same_words(quote: str, text: str) -> bool:
    """The quote is the whole line as printed but for the space before a "…" (walk38l c2: "Just … a …" as the quote,
    "Just … a…" as the line, printed twice)."""
    def squeeze(s: str) -> str:
        return re.sub(r"\s*\u2026", "\u2026", s.strip().lower())
    return bool(quote.strip()) and squeeze(quote) == squeeze(text)


def _with_quote(text: str, quote: str) -> str:
    """The turn's words with the quoted part in bold, so the quote is not printed twice."""
    at = text.lower().find(quote.strip().lower()) if quote.strip() else -1
    if at < 0:
        return f"<b>{esc(text)}</b>" if _same_words(quote, text) else esc(text)
    end = at + len(quote.strip())
    return f"{esc(text[:at])}<b>{esc(text[at:end])}</b>{esc(text[end:])}"


def _moment_body(m, shared: bool = False) -> list:
    st = styles()
    body = []
    quoted = any(hit and (m.quote.strip().lower() in text.lower() or _same_words(m.quote, text))
                 for _, _, text, hit in m.context)
    if m.quote and not quoted:  # (marked where it stops inside its sentence, shortened where long: quote_ends.py)
        body.append(Paragraph(esc(quote_ends.shown(m.shown_quote or m.quote, m.start)), st["quote"]))
    for t, name, text, hit in m.context:
        # the couple's version marks no one's words as what set it off (walk38l c1: Claire's "You never put us first"
        # in bold): the lines around the rise, read alike
        hit = hit and not shared
        words = _with_quote(text, m.quote) if hit else esc(text)
        body.append(Paragraph(f"{fmt_time(t)}&nbsp;&nbsp;<b>{esc(name)}</b>: {words}",
                              st["context_hit" if hit else "context"]))
    if m.listen_only:
        how = "read by its meaning" if m.by_meaning else "read from what was said around it"
        # what "to listen to" means is said once, at the top of the safety box (LISTEN_NOTE), not under every line
        body.append(Paragraph(f"<b>Possible, to listen to:</b> {how}, with no listed phrase.", st["body"]))
    elif m.kind == "safety" and m.confidence == "low":
        body.append(Paragraph("<b>Low confidence:</b> the words or the speaker are uncertain here; check the "
                              "recording.", st["body"]))
    why = [w for w in m.why if not (m.listen_only and w == "read by its meaning")]  # (said on the line above)
    if why:
        label = "Why it is shown" if m.kind == "safety" else "Signals that rose"
        body.append(Paragraph(f"<b>{label}:</b> {esc('; '.join(why))}.", st["body"]))
    if m.after:
        body.append(Paragraph(f"<b>What happened next:</b> {esc(m.after)}", st["body"]))
    if m.kind == "peak":
        sure = "low: check the recording" if m.confidence == "low" and not shared else m.confidence
        body.append(Paragraph(f"<b>How sure:</b> {esc(sure)} (from how clearly the words and voices were "
                              "recognised and who said them).", st["small"]))
    body.append(Spacer(1, 4))
    return body


LISTEN_NOTE = ("<b>Possible, to listen to</b> marks a line that matched none of the listed phrases of threat, fear or "
               "harm: it was read by its meaning, or from what was said around it. It is not a finding and may be "
               "nothing: listen to it before you decide.")


def _safety_box(model, width: float) -> Table:
    """A boxed, shaded block; one row per flag so a long list can continue on the next page."""
    st = styles()
    rows = [[[Paragraph("SAFETY FIRST: language of threat, fear, violence or self-harm", st["safety"]),
              Paragraph("Shown first, in time order, and never folded into the intensity curve. Please review before the "
                        "joint session.", st["small"])]
             + ([Paragraph(LISTEN_NOTE, st["small"])] if any(m.listen_only for m in model.safety) else [])]]
    before = None
    for m in model.safety:
        # a second line flagged in the same turn ("Who said you could … I want your passwords."): its turn alone, not
        # the same three lines again right under the first
        same = before is not None and m.context == before.context
        shown = replace(m, context=[c for c in m.context if c[3]] or m.context) if same else m
        rows.append([[Paragraph(f"{esc(m.label)}{_DOT}{fmt_time(m.start)}{_DOT}{esc(told_by(m))}", st["h2"])]
                     + _moment_body(shown)])
        before = m
    table = Table(rows, colWidths=[width])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT),
        ("BOX", (0, 0), (-1, -1), 1.5, SAFETY),
        ("BACKGROUND", (0, 0), (-1, -1), SAFETY_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (0, 0), 6),
    ]))
    return table


def reaching_for(model, width: float) -> list:
    if model.mode == "shareable":
        return bids_for_both.section(model)  # the couple's pattern, never one partner's misses
    st = styles()
    out = [Paragraph("What each partner was reaching for", st["h1"]),
           Paragraph("Needs, wishes and bids in each partner's own words; the category is a tentative reading.",
                     st["small"]), Spacer(1, 3)]
    columns = []
    for p in model.partners:
        items = model.reaching.get(p.id) or []
        total = model.reaching_total.get(p.id, len(items))
        shown = f" <font size=7>({len(items)} shown of {total})</font>" if total > len(items) else ""
        cell = [Paragraph(esc(p.name) + shown, st["h2"])]
        if not items:
            cell.append(Paragraph("No need statements or bids were picked up.", st["small"]))
        for r in items:
            category = bids_for_both.category_for_both(r.category).capitalize() or "Bid (no need named)"  # (not the
            # analysis's placeholder "Something else")
            cell.append(Paragraph(f"<b>{esc(category)}</b>&nbsp;&nbsp;{fmt_time(r.t)}",
                                  st["cell"]))
            if r.quote:
                cell.append(Paragraph(f"\u201c{esc(r.quote)}\u201d", st["quote"]))
            else:
                cell.append(Paragraph(f"({r.unsure}: check the recording)", st["context"]))
            if r.response:
                cell.append(Paragraph(esc(r.response), st["context"]))
            cell.append(Spacer(1, 4))
        columns.append(cell)
    if not columns:
        return out
    every = sum(model.reaching_total.get(p.id, 0) for p in model.partners)
    if model.reaching_for_both is not None and model.reaching_for_both < every:
        counts = (f"does not count {'this one' if every == 1 else 'these'}" if not model.reaching_for_both
                  else f"counts {model.reaching_for_both} of these {every}")
        flooded = ", those answered with words of flooding," if any(b.get("flooded") for b in model.bids.values()) else ""
        out.append(Paragraph(f"The couple's version {counts}: it leaves out those read with low confidence{flooded} and any"
                             " in a passage it leaves out.", st["small"]))
    table = Table([columns], colWidths=[width / len(columns)] * len(columns))
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    return [KeepTogether(out + [table])]  # never the heading alone at a page's foot, its partners overleaf


def figures(model, width: float, previous_date: str = "") -> list:
    st = styles()
    out = [Paragraph("Figures per partner", st["h1"])]
    if not model.figures:
        return [KeepTogether(out + [Paragraph("No per-partner figures in this analysis.", st["body"])])]
    header = [Paragraph("", st["cell"])] + [Paragraph(esc(p.name), st["cell_bold"]) for p in model.partners]
    rows = [header] + [[Paragraph(esc(label), st["cell"])] + [Paragraph(esc(c), st["cell"]) for c in cells]
                       for label, cells in model.figures]
    label_w = 150
    col_w = (width - label_w) / max(1, len(model.partners))
    table = Table(rows, colWidths=[label_w] + [col_w] * len(model.partners), repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), 
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, FAINT]),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    out.append(table)
    if model.has_previous:
        since = f" ({esc(fmt_date(previous_date))})" if previous_date else ""
        per = ("" if not model.lengths_differ else "; counts change per 10 minutes and talk time as a share of the "
               f"recording, as that recording was "
               f"{fmt_length(model.lengths_differ[1])} long and this one {fmt_length(model.lengths_differ[0])}")
        out.append(Paragraph(f"In brackets: the change since the couple's previous recording{since}{per}; "
                             "no bracket means no change.", st["small"]))
    return [KeepTogether(out)]  # a dozen rows: never its last ones alone on the next page


def practice(model, width: float) -> list:
    if not model.practice:
        return []
    st = styles()
    a, review = model.practice["assignment"], model.practice["review"]
    out = [CondPageBreak(120), Paragraph("Practice", st["h1"])]
    title, behaviour = shown_title(first(a, "title"), first(a, "behaviour")), first(a, "behaviour")
    if title and behaviour and str(behaviour).strip().rstrip(".") == title:  # the whole behaviour is the title: once
        behaviour = None
    if model.mode == "shareable":  # (a therapist's own name for it, "Safety plan after he hit me", is not theirs)
        title = title_for_couple(title, first(a, "template"))
    given = [("Assignment", title), ("What to do", behaviour),
             ("When", first(a, "anchor")), ("How long", _minutes(a)), ("Who starts", first(a, "who_starts")),
             ("What to notice", first(a, "what_to_notice")), ("What to record", first(a, "what_to_record"))]
    rows = [[Paragraph(k, st["label"]), Paragraph(esc(model.rename(str(v))), st["cell"])] for k, v in given if v]
    adherence = model.rename(_adherence(a, review, model.mode == "shareable"))
    if adherence:
        rows.append([Paragraph("Recorded", st["label"]), Paragraph(esc(adherence), st["cell"])])
    fidelity, shared = model.practice.get("fidelity"), model.mode == "shareable"
    if fidelity:  # (the couple's version names no one: "only one of you tried a repair", and quotes without names)
        said = (fidelity.get("shared_summary") or fidelity["summary"] if shared else fidelity["summary"]
                + (" " + safety_note(fidelity) if fidelity.get("safety_flags") else ""))
        lines = [esc(model.rename(said))]
        lines += [f"{fmt_time(e['t'])} " + ("" if shared else f"{esc(model.rename(str(e.get('name') or '')))}: ")
                  + _heard(model.rename(e["quote"])) for e in _in_time_order(fidelity.get("evidence")) if e.get("quote")
                  and (not shared or _clear(e["quote"]))]  # the couple's version: no "check the recording" notes
        lines += [NOT_QUOTED] if shared and fidelity.get("not_quoted") else []  # (the hard lines: not quoted back)
        rows.append([Paragraph("Practised", st["label"]), Paragraph("<br/>".join(lines), st["cell"])])
    if rows:
        t = Table(rows, colWidths=[90, width - 90])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        out.append(t)
    points = first(review, *(["shared_points"] if shared else []), "review_points", "to_review", "what_to_review",
                   "questions", default=[])
    if isinstance(points, str):
        points = [points]
    if fidelity:  # this recording's "Practised" row is said above, not again as a point ("2026-12-05: Practised …")
        here = tuple(f"{local_day(model.recorded_at)}: {fidelity[k]}" for k in ("summary", "shared_summary") if fidelity.get(k))
        points = [p for p in points if not (isinstance(p, str) and model.recorded_at and p.startswith(here))]
    if shared:  # the clinician's safety notes and a partner's own figures are not the couple's to read
        points = [p for p in points if not (isinstance(p, str) and ("safety" in p or "separately" in p
                                                                    or _names_a_partner(p, model)))]
        if model.safety_counts and model.safety_counts[0]:  # nothing to review together (page 1 closes with TALK_NEXT)
            points = []
    # (after safety language every point is for each partner on their own: "together" is not said over them)
    heading = {INDIVIDUAL_FIRST: "What to review, with each partner separately",
               LISTEN_INDIVIDUAL_FIRST: "What to review"}.get(points[0] if points else "", "What to review together")
    if points:  # the heading and its few points go over a page together (walk38l c3: its last point alone overleaf)
        out.append(KeepTogether([Paragraph(heading, st["h2"])] + [
            Paragraph(esc(model.rename(p if isinstance(p, str) else str(first(p, "text", default="")))),
                      st["bullet"], bulletText="\u2022") for p in points[:6]]))
    return out


NOT_QUOTED = "Lines said in the heat of the moment are not quoted here; your therapist can go through them with you."


def _in_time_order(evidence) -> list:
    """The "Practised" quotes as they were said (each behaviour's evidence comes in its own run: 00:22 before 00:20)."""
    return sorted((e for e in evidence or [] if isinstance(e, dict)), key=lambda e: num(e.get("t"), float("inf")))


def _clear(quote: str) -> bool:
    return bool(re.search(r"[^\W\d_]", str(quote)))


def _heard(quote: str) -> str:
    """A quote with no word heard clearly ("… … …") is no quote: it says so."""
    return f"\u201c{esc(quote)}\u201d" if _clear(quote) else "(words uncertain: check the recording)"


def _names_a_partner(text: str, model) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(p.name)}(?!\w)", text) for p in model.partners)


def _minutes(a: dict) -> Optional[str]:
    minutes, times = first(a, "minutes"), first(a, "times_per_week")
    if not minutes and not times:
        return None
    parts = [f"{int(num(minutes))} minutes" if minutes else "", f"{int(num(times))}\u00d7 a week" if times else ""]
    return ", ".join(p for p in parts if p)


def _adherence(a: dict, review: dict, shared: bool = False) -> str:
    adh = first(review, "adherence", default=None)
    if isinstance(adh, dict) and adh.get("summary"):
        return summary_for(adh, shared)
    if isinstance(adh, dict):
        done, planned = first(adh, "done", "done_count"), first(adh, "planned", "planned_count")
        text = f"{int(num(done))} of {int(num(planned))} planned times" if planned else ""
        reasons = first(adh, "reasons", "missed_reasons", default={})
        if shared and isinstance(reasons, dict):  # (the therapist's own words stay in the clinician's version)
            reasons = {k: v for k, v in reasons.items() if k in REASONS or k in REASONS.values()}
        if isinstance(reasons, dict) and reasons:
            text += "; when missed: " + ", ".join(f"{str(k).replace('_', ' ')} ({v})" for k, v in reasons.items())
        return text
    if isinstance(adh, str):
        return adh
    done = a.get("done")
    return "" if done is None else ("yes, this recording" if done else "not done")


class LinedArea(Flowable):
    """Ruled lines for handwriting that fill the rest of the page (at least `min_lines`)."""

    def __init__(self, gap: float = 22.0, min_lines: int = 6, max_lines: int = 24):
        super().__init__()
        self.gap, self.min_lines, self.max_lines = gap, min_lines, max_lines
        self.lines = min_lines

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.lines = max(self.min_lines, min(self.max_lines, int(avail_height // self.gap)))
        self.height = self.lines * self.gap
        return self.width, self.height

    def draw(self):
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for i in range(self.lines):
            y = self.gap * i + 1
            self.canv.line(0, y, self.width, y)


def notes_area(width: float) -> list:
    st = styles()
    area = LinedArea()
    return [CondPageBreak(area.gap * area.min_lines + 34), Paragraph("Notes for the session", st["h1"]),
            Spacer(1, 4), area]


def _turn_text(turn: dict, rename=lambda text: text) -> str:
    """A turn's words as cell markup; words whose speaker is unsure (analysis.words.speaker_unsure_runs) in italics,
    marked, so the printed transcript does not show them as surely this partner's. A partner's name said in the talk is
    printed as the rest of the report prints it (`rename`: initials only, where the setting asks for them)."""
    words = [w for w in turn.get("words") or [] if isinstance(w, dict)]
    runs = speaker_unsure_runs(words)
    if not runs:
        return esc(rename(" ".join(str(turn.get("text") or "").split())))
    parts, k = [], 0
    said = lambda ws: esc(rename(" ".join(str(w.get("word") or "").strip() for w in ws)))  # noqa: E731
    for i, j in runs:
        parts.append(said(words[k:i]))
        parts.append("<i>[speaker unsure: " + said(words[i:j]) + "]</i>")
        k = j
    parts.append(said(words[k:]))
    return " ".join(p for p in parts if p)


DASH = "\u2013"


def _unheard_note(start: float, end: float) -> str:
    """As `recording show` prints it: "(speech here, no words recognised, 01:04–01:05)", "(…, at 00:40)" within a
    second."""
    a, b = fmt_time(start), fmt_time(end)
    return f"(speech here, no words recognised, {'at ' + a if a == b else a + DASH + b})"


def transcript(model, width: float) -> list:
    st = styles()
    timed = [(num(t.get("start")), 0, [Paragraph(fmt_time(num(t.get("start"))), st["small"]),
                                       Paragraph(esc(model.name(t.get("speaker"))), st["cell_bold"]),
                                       Paragraph(_turn_text(t, model.rename), st["cell"])]) for t in printed_lines(model.turns)]
    timed += [(a, 1, [Paragraph(fmt_time(a), st["small"]), Paragraph("", st["cell"]),
                      Paragraph(f"<i>{esc(_unheard_note(a, b))}</i>", st["cell"])]) for a, b in model.unheard]
    rows = [row for *_, row in sorted(timed, key=lambda x: x[:2])]
    out = [Paragraph("Transcript", st["h1"]),
           Paragraph("Machine transcript; who spoke when was found automatically, and corrected where the therapist did. "
                     "Check it against the recording. "
                     "[speaker unsure: …] marks words whose voice was hard to tell apart.", st["small"]), Spacer(1, 3)]
    if not rows:
        return out + [Paragraph("No transcript in this analysis.", st["body"])]
    table = Table(rows, colWidths=[40, 70, width - 110], repeatRows=0)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return out + [table]
