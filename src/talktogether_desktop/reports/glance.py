"""Page one, "at a glance": who, when, which practice, what stood out, who talked, how it went.

A therapist reads this page in two minutes before the session, so it holds only the essentials;
every observation carries its time so it can be checked in the recording.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from . import charts, modes
from .safety_words import first_in_banner
from .styles import FONT, SAFETY, SAFETY_BG, styles
from .text import esc, fmt_date, fmt_length, fmt_time, num

TITLE = "Session prep: practice conversation"
SHAREABLE_TITLE = "Our practice conversation: a summary for both of us"


CUT_SHORT = ("The end of this recording is missing (the file was cut short), so this report covers only what "
             "is there.")

# A recording not linked to a practice assignment is a conversation, not "practice"
UNLINKED_TITLE = "Session prep: recorded conversation"
UNLINKED_SHAREABLE_TITLE = "Our recorded conversation: a summary for both of us"


def title(model) -> str:
    if model.mode == "shareable":
        return SHAREABLE_TITLE if model.linked else UNLINKED_SHAREABLE_TITLE
    return TITLE if model.linked else UNLINKED_TITLE


def page_one(model, width: float) -> list:
    st = styles()
    out = [Paragraph(esc(title(model)), st["title"])]
    if model.clinician_only:
        out.append(_banner(width, "CLINICIAN ONLY: this report holds safety information. Do not share it with "
                                  "the couple; a shareable version leaves the safety details out.", st))
    out += [
        Paragraph(esc(model.couple), st["h2"]),
        _facts(model, width),
        Spacer(1, 6),
    ]
    if model.safety_prompt:
        out += [_banner(width, model.safety_prompt, st), Spacer(1, 4)]
    if model.safety:
        out += [_safety_banner(model, width), Spacer(1, 6)]
    if model.voices_unsure:  # who said it carries the safety lines and every per-partner finding
        out += [Paragraph(esc(model.voices_unsure), st["body"]), Spacer(1, 4)]
    if model.observations or model.mode != "shareable":  # (the couple's version says nothing of what it leaves out)
        out.append(Paragraph("What stood out", st["h1"]))
    times = [num(t) for _, t in model.observations if t is not None]
    if times != sorted(times):  # (the Key moments and the transcript go by time: say which order this is)
        out.append(Paragraph(ORDER_NOTE_SHARED if model.mode == "shareable" else ORDER_NOTE, st["small"]))
    if not model.observations and model.mode != "shareable":
        out.append(Paragraph("Nothing stood out enough to list here; see the moments and the transcript.", st["body"]))
    for i, (text, t) in enumerate(model.observations, 1):
        # Lead with the time, unless the sentence already starts from it.
        when = f"<b>{fmt_time(num(t))}</b>&nbsp;&nbsp;" if t is not None and fmt_time(num(t)) not in text else ""
        out.append(Paragraph(f"{when}{esc(text)}", st["bullet"], bulletText=f"{i}."))
    if model.mode != "shareable":  # talk shares are a per-partner score
        out += [Paragraph("Who talked", st["h1"]), charts.talk_share_bar(width, model.partners, model.shares),
                Spacer(1, 4)]
    out += [Paragraph("How the conversation went", st["h1"]),
            charts.timeline(width, model), Spacer(1, 2), charts.legend(width, model)]
    if model.scale_note:  # (the clinician's page only: why the couple's curve looks taller)
        out.append(Paragraph(esc(model.scale_note), st["small"]))
    if model.duration_s > charts.DENSITY_AFTER_S:
        slice_s = model.duration_s / charts.DENSITY_BINS
        out.append(Paragraph(f"A long recording: each bar is how much of a {fmt_length(slice_s)} slice "
                             "that partner spoke.", st["small"]))
    if model.questions == [modes.TALK_NEXT]:  # (the couple's version after a line heard as threat or harm)
        out += [Paragraph("Talking it over", st["h1"]), Paragraph(esc(modes.TALK_NEXT), st["body"])]
    elif model.questions:
        # (the couple's version is read by the couple: its questions are theirs to talk over, not the therapist's to ask)
        out.append(Paragraph("Questions to talk about together" if model.mode == "shareable" else "Questions you might ask",
                             st["h1"]))
        out += [Paragraph(esc(q), st["bullet"], bulletText="\u2022") for q in model.questions]
        if model.mode == "shareable":  # (the same close as the version with no questions: it is no sign of anything)
            out.append(Paragraph(esc(modes.TALK_NEXT), st["body"]))
    return out


def _facts(model, width: float) -> Table:
    st = styles()
    recorded = f"{fmt_date(model.recorded_at)}, {fmt_length(model.duration_s)} long"
    if model.cut_short:  # a shorter, calmer ending is not the conversation's: it is missing
        recorded += f". {CUT_SHORT}"
    rows = [
        ("Recorded", recorded),
        ("Practice", model.assignment_line),
    ]
    if not model.safety and model.mode != "shareable":  # said plainly, so its absence is not mistaken for a missing check
        rows.append(("Safety", "No language of threat, fear of the partner, violence or self-harm was found in the "
                               "transcript."))
    data = [[Paragraph(k, st["label"]), Paragraph(esc(v), st["cell"])] for k, v in rows]
    table = Table(data, colWidths=[62, width - 62])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), 
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


ORDER_NOTE = "Most important first (safety first), not in time order; the Key moments follow the recording's time."
ORDER_NOTE_SHARED = "Most important first, not in time order; the Key moments follow the recording's time."


def _banner(width: float, text: str, st) -> Table:
    table = Table([[Paragraph(esc(text), st["safety"])]], colWidths=[width])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("BACKGROUND", (0, 0), (-1, -1), SAFETY_BG),
                               ("BOX", (0, 0), (-1, -1), 1.5, SAFETY), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def _safety_banner(model, width: float) -> Table:
    st = styles()
    heard = [m for m in model.safety if not m.listen_only]
    # counted over all the flags, not only the ones printed (MAX_SAFETY)
    n_heard, listen = model.safety_counts or (len(heard), len(model.safety) - len(heard))
    plural = lambda k, word: f"{k} {word}{'s' if k != 1 else ''}"  # noqa: E731
    if heard:
        n, first = max(n_heard, len(heard)), heard[0]
        unsure = sum(1 for m in heard if m.confidence == "low" or m.by_meaning)  # "possible" as in Key moments
        kind = "possible language" if unsure == n else "language"
        also = f", {unsure} of them only possibly (check the recording)" if 0 < unsure < n else ""
        more = (f" Also {plural(listen, 'line')} to listen to, read by meaning or from signs around them (it may be nothing)."
                if listen else "")
        text = (f"Safety: {plural(n, 'passage')} with {kind} of threat, fear or harm "
                f"(first at {first_in_banner(first)}){also}.{more} See Key moments before the session.")
    else:
        first = model.safety[0]
        text = (f"To listen to: {plural(listen, 'line')} that may be about threat, fear or harm, read by "
                f"{'their' if listen != 1 else 'its'} meaning with no listed phrase (first at "
                f"{first_in_banner(first, kind=False)}). It may be nothing: listen before you decide. See Key moments.")
    table = Table([[Paragraph(text, st["safety"])]], colWidths=[width])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT), 
        ("BACKGROUND", (0, 0), (-1, -1), SAFETY_BG),
        ("BOX", (0, 0), (-1, -1), 1.5, SAFETY),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table
