"""Recorded practice at home after safety flags: only with the therapist's explicit decision.

Couples therapy is contraindicated where there is intimate partner violence, and a couple recording
a practice conversation together at home may not be safe when a recent recording carried threat,
fear, violence, coercion or self-harm language (DOMAIN.md §6). Giving such a practice then raises
`SafetyConfirmationNeeded` unless the therapist confirms with a reason; the reason is kept with the
assignment (in the vault) and the decision is audited by the operation that stores it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Iterable, Mapping, Optional

from ..errors import SafetyConfirmationNeeded
from ..timefmt import local_day
from .assignment import Assignment, parse_day

RECENT_DAYS = 90
RECORDED = re.compile(r"\brecord|\bvoice memo|\brecorder\b|\baudio\b", re.I)


# A practice kept on the phone (notes, texts) after monitoring or coercion was heard: the phone may be watched.
ON_THE_PHONE = re.compile(r"\bphone\b|\btexts?\b|\bmessages?\b|\bnotes app\b|\bwhatsapp\b", re.I)
WATCHED = ("monitoring", "coercion", "financial_control", "isolation")


def uses_the_phone(assignment: Assignment) -> bool:
    text = " ".join([assignment.behaviour or "", assignment.what_to_record or "", assignment.what_to_notice or "",
                     *(assignment.steps or [])])
    return bool(ON_THE_PHONE.search(text))


def is_recorded_practice(assignment: Assignment) -> bool:
    """Practice the couple is asked to record together (what_to_record names a recording)."""
    return bool(RECORDED.search(assignment.what_to_record or ""))


def recent_flags(recordings: Iterable[Mapping[str, Any]], today: Optional[date] = None,
                 days: int = RECENT_DAYS) -> list[dict]:
    """Per recording within `days`: id, date and the kinds of safety flag (no words). A low reading
    by meaning alone (`listen_only`: no listed phrase, "check the recording") is shown to the
    therapist to listen to; it does not by itself hold up a practice, unless it is self-harm: a line of self-harm only to
    listen to still asks the therapist to confirm (walk47b: the real self-harm line was misheard, and only its
    neighbours were read, to listen to; recorded practice was given to that couple without a word)."""
    today = today or date.today()
    since = today - timedelta(days=days)
    out = []
    for rec in recordings:
        flags = [f for f in (rec.get("analysis") or {}).get("safety_flags") or []
                 if isinstance(f, dict) and (not f.get("listen_only") or f.get("category") == "self_harm")]
        when = parse_day(local_day(rec.get("recorded_at") or rec.get("imported_at")))  # the day here, not UTC's
        if flags and (when is None or when >= since):
            out.append({"recording_id": rec.get("id"), "date": when.isoformat() if when else None,
                        "kinds": sorted({str(f.get("category")) for f in flags}), "count": len(flags),
                        **({"listen_only": True} if all(f.get("listen_only") for f in flags) else {})})
    return out


def require_confirmation(assignment: Assignment, flags: list[dict], reason: Optional[str]) -> Optional[dict]:
    """None when no confirmation is needed; the confirmation to keep when the therapist gave a
    reason; raises SafetyConfirmationNeeded otherwise."""
    watched = any(k in WATCHED for f in flags for k in f["kinds"]) and uses_the_phone(assignment)
    if not flags or not (is_recorded_practice(assignment) or watched):
        return None
    reason = " ".join((reason or "").split())
    if not reason:
        from ..analysis.safety import GROUPS  # the words the report uses ("coercive control: money", not "financial_control")

        kinds = sorted({GROUPS.get(k, k.replace("_", " ")) for f in flags for k in f["kinds"]})
        why = ("Recording a practice together at home may not be safe" if is_recorded_practice(assignment)
               else "This practice is kept on the phone, and the recordings carried control or monitoring: a phone may "
                    "be watched")
        n = len(flags)
        # lines only read by their meaning, to listen to (walk48: "…while I ran out of time" read as possible
        # self-harm) are said as the analysis says them, not as safety language heard: the therapist listens first
        heard = (f"{n} recent recording{'s' if n != 1 else ''} of this couple carried safety language ({', '.join(kinds)})"
                 if not all(f.get("listen_only") for f in flags) else
                 f"{n} recent recording{'s' if n != 1 else ''} of this couple {'has' if n == 1 else 'have'} lines read "
                 f"by their meaning as possibly about {', '.join(kinds)} (they may be nothing: listen to them first)")
        raise SafetyConfirmationNeeded(
            f"{heard}. {why}; confirm with a reason to give it anyway, or choose another practice.", flags,
            found=f"{heard}. {why}.")
    return {"reason": reason, "confirmed_at": date.today().isoformat(),
            "recordings": [f["recording_id"] for f in flags]}
