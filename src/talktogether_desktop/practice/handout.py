"""The one-page couple handout: what to do, when, how long, how to record it, a tick box per day.

Written for the couple, not the therapist: plain and warm words, "practice" (never "homework"),
no clinical terms. `render_handout` returns PDF bytes; nothing is written to disk here.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from datetime import date, timedelta
from typing import List, Optional, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from . import phrases
from .assignment import Assignment, handout_title
from .fonts import handout_fonts
from .title_words import title_for_couple

PAPERS = {"a4": A4, "letter": LETTER}
INK = colors.HexColor("#1f2a37")
SOFT = colors.HexColor("#5b6b7c")
ACCENT = colors.HexColor("#2f6f73")
TINT = colors.HexColor("#e8f2f2")
LONG_TITLE = 60  # characters: a longer title is set smaller, so it takes two lines, not four
DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

RECORDING_STEPS = [
    "Only record if you both agree. Either of you can say stop at any time.",
    "Put one phone between you (on the table or the counter), screen down, on Do Not Disturb.",
    "Open Voice Memos (iPhone) or Recorder (Android) and press record before you begin.",
    "Stop when you finish. Give the recording today's date as its name.",
    "Bring the phone to our next session, or send the file the way we agreed. Please don't post it anywhere.",
]
WRITING_STEPS = [
    "Keep your notes in one place: your phone's notes app or the back of this sheet.",
    "A few words are enough; nobody is marking them.",
    "Bring them to our next session.",
]
ENCOURAGEMENT = (
    "Small is the point. If it felt awkward, or it didn't happen at all, that is useful to know too: "
    "bring that along, and we will make it easier together."
)


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 5.5 * mm):
        super().__init__()
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(1)
        self.canv.roundRect(0, 0, self.size, self.size, 1.2, stroke=1, fill=0)


class RuledLines(Flowable):
    """Lines to write on by hand."""

    def __init__(self, width: float, count: int = 3, gap: float = 7 * mm):
        super().__init__()
        self.width, self.count, self.gap = width, count, gap
        self.height = count * gap

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor("#9aa8b5"))
        self.canv.setLineWidth(0.5)
        for i in range(self.count):
            y = i * self.gap
            self.canv.line(0, y, self.width, y)


def _styles(regular: str, bold: str) -> dict:
    base = ParagraphStyle("base", fontName=regular, fontSize=11, leading=14.5, textColor=INK)
    return {
        "kicker": ParagraphStyle("kicker", parent=base, fontName=bold, fontSize=9, textColor=ACCENT, leading=11),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=19, leading=23, spaceAfter=2),
        "long_title": ParagraphStyle("long_title", parent=base, fontName=bold, fontSize=15, leading=18.5, spaceAfter=2),
        "for": ParagraphStyle("for", parent=base, fontSize=11, textColor=SOFT),
        "h": ParagraphStyle("h", parent=base, fontName=bold, fontSize=12, leading=15, textColor=ACCENT,
                            spaceBefore=7, spaceAfter=3),
        "body": base,
        "step": ParagraphStyle("step", parent=base, leftIndent=12, bulletIndent=0, spaceAfter=1.5),
        "fact_label": ParagraphStyle("fl", parent=base, fontName=bold, fontSize=8.5, leading=10, textColor=ACCENT),
        "fact": ParagraphStyle("fact", parent=base, fontSize=10.5, leading=13.5),
        "day": ParagraphStyle("day", parent=base, fontName=bold, fontSize=9, leading=11, alignment=TA_CENTER),
        "day_soft": ParagraphStyle("ds", parent=base, fontSize=8.5, leading=10.5, alignment=TA_CENTER,
                                   textColor=SOFT),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12, textColor=SOFT),
        "strong": ParagraphStyle("strong", parent=base, fontName=bold, spaceAfter=1),
        "warm": ParagraphStyle("warm", parent=base, fontSize=10.5, leading=14, textColor=INK),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(_nfc(text)), style)


def _nfc(text: str) -> str:
    """Composed characters: a name typed on a Mac may arrive as e + combining accent, which
    reportlab (no text shaping) would draw with the accent beside the letter."""
    return unicodedata.normalize("NFC", text or "")


def names_line(partner_names: Sequence[str]) -> str:
    names = [n for n in partner_names if n]
    if not names:
        return ""
    if len(names) == 1:
        return f"For {names[0]}"
    return "For " + ", ".join(names[:-1]) + " and " + names[-1]


def how_long(assignment: Assignment) -> str:
    size = phrases.format_minutes(assignment.minutes)
    often = phrases.format_frequency(assignment.times_per_week)
    return ", ".join(p for p in (size, often) if p) or "As we agreed"


def _facts(assignment: Assignment, st: dict, width: float) -> Table:
    cells = [
        [_p("WHEN", st["fact_label"]), _p("HOW LONG", st["fact_label"]), _p("WHO STARTS", st["fact_label"])],
        [_p(_sentence(assignment.anchor), st["fact"]), _p(how_long(assignment), st["fact"]),
         _p(assignment.who_starts or "Either of you.", st["fact"])],
    ]
    table = Table(cells, colWidths=[width * 0.38, width * 0.24, width * 0.38], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        ("LINEAFTER", (0, 0), (1, -1), 0.6, colors.white),
    ]))
    return table


def _tick_table(assignment: Assignment, st: dict, width: float) -> Table:
    start, end = assignment.period()
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)][:14]
    planned = set(assignment.days or [])
    heads, boxes, marks = [], [], []
    for day in days:
        code = phrases.WEEKDAY_ORDER[day.weekday()]
        heads.append(Paragraph(f"{DAY_NAMES[day.weekday()]}<br/>{day.day} {day.strftime('%b')}", st["day"]))
        boxes.append(TickBox())
        marks.append(_p("practice day" if code in planned else "", st["day_soft"]))
    gaps = [_p("", st["day_soft"]) for _ in days]
    rows = [heads, boxes, marks, gaps]
    per_row = 7
    data: List[list] = []
    for first in range(0, len(days), per_row):
        for row in rows:
            chunk = row[first:first + per_row]
            data.append(chunk + [""] * (per_row - len(chunk)))
    table = Table(data, colWidths=[width / per_row] * per_row, hAlign="LEFT")
    style = [
        ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BOX", (0, 0), (-1, -1), 0.6, SOFT), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#c8d0d8")),
    ]
    for index, day in enumerate(days):
        if phrases.WEEKDAY_ORDER[day.weekday()] in planned:
            row = (index // per_row) * len(rows)
            col = index % per_row
            style.append(("BACKGROUND", (col, row), (col, row + 2), TINT))
    for block in range(0, len(data), len(rows)):  # room to write what got in the way
        style.append(("TOPPADDING", (0, block + 3), (-1, block + 3), 9 * mm))
    table.setStyle(TableStyle(style))
    return table


def _sentence(text: str) -> str:
    text = (text or "").strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _records_audio(assignment: Assignment) -> bool:
    return "record" in (assignment.what_to_record or "").lower()


def render_handout(
    assignment: Assignment,
    partner_names: Sequence[str] = (),
    paper: str = "a4",
    review_label: Optional[str] = None,
) -> bytes:
    """One page of PDF for the couple. `review_label` names the next session, e.g. "Tuesday 10 March"."""
    regular, bold = handout_fonts()
    st = _styles(regular, bold)
    pagesize = PAPERS.get(paper.lower(), A4)
    buffer = io.BytesIO()
    margin = 16 * mm
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                            topMargin=14 * mm, bottomMargin=12 * mm, title="Our practice for this week",
                            author="TalkTogether", subject="Practice", creator="TalkTogether Desktop")
    width = pagesize[0] - 2 * margin
    # how often and the whole behaviour in brief, not only its first words; a title that holds safety words is the
    # therapist's own name for it, never the couple's ("Safety plan after he hit me": title_words)
    title = handout_title(replace(assignment, title=title_for_couple(assignment.title, assignment.template) or ""))
    story: list = [_p("OUR PRACTICE FOR THIS WEEK", st["kicker"]),
                   _p(title, st["title"] if len(title) <= LONG_TITLE else st["long_title"])]
    names = names_line(partner_names)
    start, end = assignment.period()
    when = f"{start.day} {start.strftime('%B')} to {end.day} {end.strftime('%B')}"
    story.append(_p(f"{names}  ·  {when}" if names else when, st["for"]))
    story += [Spacer(1, 3 * mm), _facts(assignment, st, width), Spacer(1, 1 * mm)]

    story.append(_p("What to do", st["h"]))
    if assignment.steps:
        story += [Paragraph(escape(_nfc(step)), st["step"], bulletText=f"{i}.") for i, step in
                  enumerate(assignment.steps, 1)]
    else:
        story.append(_p(assignment.behaviour, st["body"]))
    if assignment.what_to_notice:
        story.append(_p("Something to notice", st["h"]))
        story.append(_p(assignment.what_to_notice, st["body"]))

    story.append(_p("Keeping a record", st["h"]))
    if assignment.what_to_record:
        story.append(_p(assignment.what_to_record, st["body"]))
        story.append(Spacer(1, 1.5 * mm))
    steps = RECORDING_STEPS if _records_audio(assignment) else WRITING_STEPS
    story += [Paragraph(escape(_nfc(s)), st["step"], bulletText="•") for s in steps]

    story.append(_p("Tick each day you did it", st["h"]))
    story.append(_tick_table(assignment, st, width))
    story.append(Spacer(1, 1.5 * mm))
    story.append(_p("If a day got skipped, write a word in the empty box about what got in the way: "
                    "forgot, no time, felt awkward, we argued, something else.", st["small"]))

    story.append(_p("Next time we meet", st["h"]))
    if review_label:
        story.append(_p(f"Our next session: {review_label}", st["strong"]))
    story.append(_p(_sentence(assignment.review) or "We will start our next session with how it went.", st["body"]))
    story.append(Spacer(1, 2 * mm))
    story.append(_p(ENCOURAGEMENT, st["warm"]))
    story.append(_p("Anything you want to tell us next time", st["h"]))
    story.append(RuledLines(width, count=3))

    frame_height = pagesize[1] - doc.topMargin - doc.bottomMargin
    doc.build([KeepInFrame(width, frame_height, story, mode="shrink", hAlign="CENTER")])
    return buffer.getvalue()


def default_review_label(assignment: Assignment) -> Optional[str]:
    day = None
    if assignment.review_on:
        try:
            day = date.fromisoformat(str(assignment.review_on)[:10])
        except ValueError:
            return str(assignment.review_on)
    if day is None:
        return None
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B')}"
