"""What each screen needs, gathered on the vault thread in one call (Qt-free, core calls only).

Each function takes the open vault first and returns plain data for one screen, so a screen asks
the task manager once and paints once.
"""

from __future__ import annotations

from ..pipeline import follow_up, ops_practice
from ..pipeline.formats import recording_name
from ..pipeline.recording_state import shown_status
from ..pipeline.consent import analysis_consented, consent_withdrawn_at
from ..pipeline.reanalysis import analysis_out_of_date, why_analysis_behind
from ..storage import analyses as analyses_store
from ..storage import couples as couples_store
from ..storage import recordings as recordings_store
from ..storage.settings import load_settings
from ..timefmt import local_time
from .recording_header import LOOK_FIRST, LOOK_FIRST_TIP, STATUS_TEXT, header_and_banner, lines_to_look_first  # noqa: F401


def shown_time(stamp) -> str:
    """A stored time as this computer's clock shows it, "2026-12-05 21:30" (timefmt.local_time: one kept with its offset
    in this computer's time, one typed here or a day alone as typed)."""
    return local_time(stamp)


def practice_days(period) -> str:
    """A practice's days first, so the same practice given week after week is told apart ("2026-11-14 to 11-20 · ")."""
    if not period or len(period) < 2:
        return ""
    start, end = str(period[0]), str(period[1])
    return f"{start} to {end[5:] if end[:4] == start[:4] else end} · "


def couples_list(vault, search: str = "") -> list[dict]:
    return couples_store.list_couples(vault, search)


def couple_page(vault, couple_id: int) -> dict:
    couple = couples_store.get_couple(vault, couple_id)
    consents = couples_store.list_consents(vault, couple_id)
    current = [c for c in consents if c["scope"] == "recording_analysis" and not c.get("withdrawn_at")]
    return {
        "couple": couple,
        "consent": analysis_consented(vault, couple_id),
        "consent_given_at": max((c["given_at"] for c in current), default=None),
        "consent_withdrawn_at": consent_withdrawn_at(vault, couple_id),
        "sessions": follow_up.sessions_with_notes(vault, couple_id),  # each with "behind": a passed day still planned
        "recordings": recordings_of(vault, couple_id),
        "assignments": assignments_of(vault, couple_id),
        "notes": couples_store.list_notes(vault, couple_id),  # the couple's, its sessions' and its recordings'
    }


def recordings_of(vault, couple_id: int) -> list[dict]:
    """Newest first, each with its state in the words of its page's header (`recording_header`)."""
    consent = analysis_consented(vault, couple_id)
    withdrawn_at = consent_withdrawn_at(vault, couple_id)
    out = []
    for row in reversed(recordings_store.list_recordings(vault, couple_id)):
        row["status"] = shown_status(vault, row)
        row["name"] = recording_name(row)
        latest = analyses_store.latest_record(vault, row["id"])
        row["status_text"] = header_and_banner(
            {"recording": row, "consent": consent, "consent_withdrawn_at": withdrawn_at,
             "analysis": True if latest else None,
             "analysis_behind": why_analysis_behind(vault, row["id"]),
             "analysis_waiting": analysis_out_of_date(vault, row["id"])}, None)[0]
        if latest and lines_to_look_first(latest["result"]):
            # what its page shows first (lines to listen to before anything else), said in the list in plain words:
            # "Ready" alone read as nothing to see; no detail here, the list may be on screen with the couple present
            row["status_text"] += LOOK_FIRST
            row["status_tip"] = LOOK_FIRST_TIP
        if row.get("import_warning"):
            row["status_text"] += " · cut short"
        out.append(row)
    return out


def assignments_of(vault, couple_id: int) -> list[dict]:
    """Newest first, each with its days done so far in one line."""
    settings = load_settings(vault)
    out = []
    for a, due in reversed(follow_up.assignments_with_notes(vault, settings, couple_id)):
        row = a.to_dict()
        row["due"] = due  # "due for review: the session on 10 Nov was held", or ""
        row["title"] = ops_practice.title_shown(a)  # (whole, as the report and the handout name it)
        row["adherence"] = ops_practice.days_done_line(vault, settings, a)
        row["period"] = [d.isoformat() for d in a.period()]
        out.append(row)
    return out


def job_label(vault, recording_id: int) -> str:
    """A job named the way the therapist knows the recording: couple · file."""
    rec = recordings_store.get_recording(vault, recording_id)
    couple = couples_store.get_couple(vault, rec["couple_id"])
    return f"{couple['name']} · {recording_name(rec)}"


def resumable_jobs(vault) -> list[dict]:
    """Jobs a crash or quit left unfinished, one per recording, named for the jobs panel."""
    from ..storage import jobs as jobs_store

    out, seen = [], set()
    for job in jobs_store.resumable_jobs(vault):
        rid = job.get("recording_id")
        if rid is None or rid in seen or job.get("kind") not in ("process", "transcribe"):
            continue
        seen.add(rid)
        out.append({"job_id": job["id"], "recording_id": rid, "label": job_label(vault, rid) + " (finishing)"})
    return out


def settings(vault) -> dict:
    """The settings in force, as plain values for the settings page."""
    return load_settings(vault).to_dict()
