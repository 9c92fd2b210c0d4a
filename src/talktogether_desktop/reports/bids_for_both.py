"""The couple's version of "What each partner was reaching for": the bids between them as the couple's pattern.

Two columns, one per partner, each listing that partner's bids with "It was not taken up" under the other's words,
read as a verdict on the other (walk38l: four of Claire's bids "not taken up", quoting Tom, beside "Tom: Nothing to
show here."). So the couple's page counts the needs and bids of both together, says how many were taken up, and
lists only those, in time order, each beside the words of the partner who said it (DOMAIN.md §7: no blame, the
cycle between them, not a culprit). The clinician's version keeps the two columns with every reply.
"""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Paragraph, Spacer

from .styles import styles
from .text import esc, fmt_time

HEADING = "What each partner was reaching for"


# What an analysis names a need or bid it could not place ("something else"; older analyses: "other", or no label):
# no category for the couple to read, so their version leaves it out and keeps the partner's own words.
PLACEHOLDERS = frozenset({"", "other", "something else", "bid"})


def category_for_both(category: str) -> str:
    """A need's category as the couple's version prints it: "" for a placeholder."""
    return "" if " ".join(str(category or "").lower().split()) in PLACEHOLDERS else str(category)


def _n(k: int, one: str, many: str) -> str:
    return f"{k} {one if k == 1 else many}"


def pattern(total: int, met: int, shown: int, ended: int = 0) -> str:
    """The sentence for both: how many needs and bids there were between them and how many were taken up."""
    if not total:  # (the same whether none were picked up or all lay in what this version leaves out)
        return "Nothing to show here."
    said = f"Between you, {_n(total, 'need or bid was', 'needs and bids were')} picked up in this recording"
    if not met and not ended:
        none = "it was not taken up" if total == 1 else "neither was taken up" if total == 2 else "none of them was taken up"
        return f"{said}; {none}. {'It' if total == 1 else 'They'} may be worth going back to together."
    rest = total - met - ended
    # (walk42b a1: "3 needs and bids were picked up …; 3 were taken up" for all of them)
    # (rep46: "2 needs and bids were picked up …; all 2 were taken up": two are "both")
    took = ("it was" if total == 1 else "both were" if met == total == 2 else f"all {met} were" if met == total
            else f"{met} {'was' if met == 1 else 'were'}")
    bits = [f"{took} taken up{' (below)' if shown else ''}"] if met else []
    bits += [f"{rest} {'was' if rest == 1 else 'were'} not taken up"] if rest else []
    bits += ["it came as the recording ended" if total == 1 else f"{ended} came as the recording ended"] if ended else []
    text = f"{said}; {bits[0]}." if len(bits) == 1 else f"{said}; {', '.join(bits[:-1])} and {bits[-1]}."
    if 0 < shown < met:
        text += f" {shown} of the {met} taken up are shown."
    return text


def _lead(model, total: int, met: int, shown: int, ended: int) -> str:
    """The count, or, where page 1 already says it in the same words, only which are listed: the same sentence twice,
    a page apart, reads as two findings (rep42, the demo)."""
    if shown and any(text == pattern(total, met, 0, ended) for text, _ in model.observations):
        return (f"The {met} taken up" if shown == met else f"{shown} of the {met} taken up") + f" (of {total} in all):"
    return pattern(total, met, shown, ended)


def section(model) -> list:
    st = styles()
    total = sum(model.reaching_total.get(p.id, 0) for p in model.partners)
    met = sum(model.reaching_met.get(p.id, 0) for p in model.partners)
    ended = sum(model.reaching_ended.get(p.id, 0) for p in model.partners)
    items = sorted(((r, p) for p in model.partners for r in model.reaching.get(p.id) or [] if r.met),
                   key=lambda rp: rp[0].t or 0.0)
    out = [Paragraph(HEADING, st["h1"]),
           Paragraph("Needs, wishes and bids in your own words; the category is a tentative reading.", st["small"]),
           Spacer(1, 3), Paragraph(esc(_lead(model, total, met, len(items), ended)), st["body"]), Spacer(1, 3)]
    if model.praise:  # the appreciations, said warmly with no count (praise.for_both)
        out += [Paragraph(esc(model.praise), st["body"]), Spacer(1, 3)]
    for r, p in items:
        out.append(Paragraph(f"<b>{esc(p.name)}</b>&nbsp;&nbsp;{fmt_time(r.t)}&nbsp;&nbsp;"
                             f"{esc(category_for_both(r.category).capitalize())}", st["cell"]))
        if r.quote:
            out.append(Paragraph(f"\u201c{esc(r.quote)}\u201d", st["quote"]))
        if r.response:
            out.append(Paragraph(esc(r.response), st["context"]))
        out.append(Spacer(1, 4))
    return [KeepTogether(out)]
