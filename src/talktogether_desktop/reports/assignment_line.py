"""The report's practice line and the practice it reviews: the assignment's title, whether the practised behaviour was
in the recording (linking a recording alone is not "done"), and how it went (split from model.py)."""

from __future__ import annotations

from typing import Optional

from ..practice.adherence import summary_for


def fidelity(context: dict, analysis: dict) -> Optional[dict]:
    """Whether the practised behaviour is in this recording (linking alone is not "done")."""
    from ..practice.fidelity import assess

    assignment = context.get("assignment")
    return assess(assignment, analysis, context.get("partners")) if assignment else None


def assignment_line(assignment: Optional[dict], review: Optional[dict], fidelity: Optional[dict] = None,
                     shared: bool = False) -> str:
    if not assignment:
        return "Not linked to a practice assignment"
    from ..practice.assignment import shown_title
    from ..practice.for_couple import verdict_line
    from ..practice.title_words import title_for_couple

    title = shown_title(assignment.get("title"), assignment.get("behaviour")) or first(
        assignment, "behaviour", default="Practice assignment")
    title = title_for_couple(title, assignment.get("template")) if shared else title
    if fidelity:  # linking a recording is not "done": say whether the behaviour was in it
        title = f"{title}{verdict_line(fidelity['verdict'], shared)};"
    adherence = (review or {}).get("adherence")
    done = assignment.get("done")
    dash = "" if fidelity else " \u2014"
    if isinstance(adherence, dict) and adherence.get("summary"):
        summary = summary_for(adherence, shared)
        return f"{title}{dash} {summary[0].lower()}{summary[1:]}"
    if done is None:
        return f"{title}{dash} whether it was done is not recorded"
    if fidelity:  # (the recording is the practice's: no "; recording linked" after what was found in it)
        return title.rstrip(";")
    return f"{title}{dash} {'done' if done else 'not done'}"


def practice(context: dict, fidelity: Optional[dict] = None) -> Optional[dict]:
    assignment, review = context.get("assignment"), context.get("practice_review")
    if not assignment and not review:
        return None
    return {"assignment": assignment or {}, "review": review or {}, "fidelity": fidelity}
