"""Assemble the session-prep report: page one, the sections, the frame; return the PDF bytes.

Everything happens in memory: the PDF is returned as bytes for the vault to store encrypted and
for an export to write only where the therapist asked. No temporary files.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Optional

from reportlab.platypus import CondPageBreak, PageBreak, SimpleDocTemplate
from reportlab.platypus.doctemplate import FrameBreak

from . import glance, modes, patterns, sections
from .model import build_model
from .page import NOT_A_DIAGNOSIS, NOT_A_DIAGNOSIS_SHARED, numbered_canvas
from .styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, page_size, register_fonts
from .text import fmt_date


class AfterPageOne(CondPageBreak):
    """Page one stands alone: what follows starts on a new page, unless page one ran over onto the next one (a long
    safety banner and its check-ins), where it goes on below rather than leaving that page all but empty."""

    def __init__(self):
        super().__init__(0)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        frame = self._doctemplateAttr("frame")
        if frame is not None and self._doctemplateAttr("page") == 1:
            frame.add_generated_content(FrameBreak)
        return 0, 0


def render_session_prep(analysis: dict, context: Optional[dict] = None, paper: str = "a4",
                        transcript: bool = False, generated_at: Optional[datetime] = None,
                        mode: str = modes.CLINICIAN) -> bytes:
    """The session-prep PDF for one analysed recording.

    `context` (all optional): couple_name, partners {speaker id: display name}, recorded_at, cut_short,
    assignment, previous (the couple's previous analysis), previous_recorded_at, practice_review,
    initials_only. `transcript=True` adds the full transcript as an appendix.
    `mode`: "clinician" (everything, safety first; marked clinician-only when there are safety
    flags) or "shareable" (for the couple: no safety details, no raw disclosures, no per-partner
    scores, no transcript).
    """
    context = context or {}
    size = page_size(paper)
    register_fonts()
    model = build_model(analysis, context, mode)
    shared = model.mode == modes.SHAREABLE
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=glance.title(model),
        author="TalkTogether Desktop", subject="Confidential client information", creator="TalkTogether Desktop",
    )
    width = doc.width - 12  # the frame's own padding, 6 pt each side
    story = glance.page_one(model, width) + [AfterPageOne()]
    story += sections.key_moments(model, width)
    if not shared:
        story += patterns.section(model, width)
    story += sections.reaching_for(model, width)
    if not shared:
        story += sections.figures(model, width, str(context.get("previous_recorded_at") or ""))
    story += sections.practice(model, width)
    story += sections.notes_area(width)
    if transcript and not shared:
        story += [PageBreak()] + sections.transcript(model, width)
    made = (generated_at or datetime.now()).astimezone()  # this computer's time, with its zone's name as "Recorded"
    generated = made.strftime("%d %b %Y %H:%M %Z").lstrip("0")
    header = f"{glance.title(model)} \u00b7 recording of {fmt_date(model.recorded_at)}"
    if model.clinician_only:
        header = f"{modes.CLINICIAN_ONLY_NOTE} \u00b7 {header}"
    doc.build(story, canvasmaker=numbered_canvas(header, generated, NOT_A_DIAGNOSIS_SHARED if shared else NOT_A_DIAGNOSIS))
    return buffer.getvalue()
