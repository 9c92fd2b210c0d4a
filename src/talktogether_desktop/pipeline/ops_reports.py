"""Operations on reports: the session-prep PDF for a recording (rendered, kept in the vault,
exported where the therapist asks) and the context it is rendered with."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Optional

from ..quote_times import retimed
from .. import __version__, paths
from ..errors import BadInputFile, ExportFailed, NotFound, TalkTogetherError
from ..practice.review import build_review
from ..reports import render_session_prep
from ..storage import analyses, couples, recordings, reports, speakers, transcripts
from ..storage.settings import Settings
from ..timefmt import clock
from .consent import require_report_consent
from .failures import step_failed
from .formats import safety_kind
from .ops_practice import review_inputs
from .reanalysis import analysis_behind, analysis_out_of_date, bring_up_to_date, waiting_after_new_transcript


def report_context(vault, settings: Settings, recording_id: int) -> dict:
    """Everything `reports.render_session_prep` takes besides the analysis, read from the vault."""
    rec = recordings.get_recording(vault, recording_id)
    couple = couples.get_couple(vault, rec["couple_id"])
    previous, previous_at = reports.previous_analysis(vault, recording_id)
    assignment, review = _practice(vault, rec["couple_id"], rec["assignment_id"])
    return {
        "couple_name": couple["name"],
        # Speakers not matched to partners yet keep the analysis's own labels rather than a guess.
        "partners": speakers.speaker_names(vault, recording_id),
        "recorded_at": rec["recorded_at"] or rec["imported_at"],
        "cut_short": bool(rec.get("import_warning")),  # imported although its end is missing
        "assignment": assignment,
        "practice_review": review,
        "previous": previous,
        "previous_recorded_at": previous_at,
        "initials_only": settings.initials_only,
        "couple_id": rec["couple_id"],
        "assignment_id": rec["assignment_id"],
    }


def _practice(vault, couple_id: int, assignment_id: Optional[int]) -> tuple[Optional[dict], Optional[dict]]:
    if assignment_id is None:
        return None, None
    try:
        inputs = review_inputs(vault, couple_id, assignment_id)
    except NotFound:
        return None, None
    given = inputs["assignment"].to_dict()
    given.pop("therapist_note", None)
    given.pop("safety_confirmation", None)  # the therapist's reason stays in the case file
    given["done"] = True  # this recording is the practice, linked to the assignment
    return given, build_review(inputs)


CLINICIAN_VERSION = {"cli": "`--mode clinician`, the default", "window": "“For the clinician”"}


def shareable_caution(flags, face: str = "cli") -> Optional[str]:
    """What the therapist is told when the couple's version of a recording with safety language is made: what it left
    out (the lines, by kind and time, never quoted: the couple may be in the room) and why, that the clinician's
    version has it (named as `face`, "cli" or "window", names it), and that giving the couple anything is their call.
    Lines only to listen to are left out of the couple's version too: with no line heard, a gentler note says so
    (listen_only_note). None when there is no safety line at all."""
    flags = [f for f in flags or [] if isinstance(f, dict)]
    heard = [f for f in flags if not f.get("listen_only")]
    listen = len(flags) - len(heard)
    if not heard:
        return listen_only_note(flags, face) if listen else None
    said = [safety_kind(f) + _at(f, face) for f in heard]
    lines = "; ".join(said[:3]) + (f"; and {len(said) - 3} more" if len(said) > 3 else "")
    also = (f" It also leaves out {_lines(listen)} only to listen to (read by meaning; it may be nothing)."
            if listen else "")
    return (f"Caution: this shareable version leaves out the safety language heard in this recording ({_lines(len(heard))}:"
            f" {lines}) and any sign that it was heard: the couple may read it together, and a partner can be put at risk"
            f" when the other learns what was noticed. The clinician's version ({CLINICIAN_VERSION[face]}) has it in full."
            " Before handing it over, consider whether giving the couple anything from it is safe; see each partner "
            f"on their own first.{also}")


def listen_only_note(flags, face: str = "cli") -> str:
    """The note for a couple's version whose recording holds only lines to listen to (read by meaning, low: nothing
    was heard as safety language): said gently, as a line kept back for the therapist to hear first, never as a
    safety flag; by time and possible kind, never its words."""
    times = [_at(f, face).removeprefix(" at ") for f in flags if _at(f, face)]
    # ("possible fear response" is said "a fear response" here: "possibly about possible…" says it twice)
    kinds = sorted({"a " + k.removeprefix("possible ") if k.startswith("possible ") else k for k in map(safety_kind, flags)})
    where = f"at {', '.join(times[:3])}{' and later' if len(times) > 3 else ''}; " if times else ""
    # (said of one line or of several: "with what led up to them", "they may be nothing")
    it, they, its = ("it", "it", "its") if len(flags) == 1 else ("them", "they", "their")
    return (f"Note: this shareable version leaves out {_lines(len(flags))} kept for you to listen to first ({where}read "
            f"by {its} meaning as possibly about {'; '.join(kinds)}), with what led up to {it}. Nothing in this "
            f"recording was heard as safety language, and {they} may be nothing. The clinician's version "
            f"({CLINICIAN_VERSION[face]}) has {it}: listen there before you decide what to share with the couple.")


def _at(flag: dict, face: str) -> str:
    pad = face == "cli"  # the same rounded second in each face's form: "01:42" as the PDF has it, "1:42" in the window
    return f" at {clock(flag['t'], pad_minutes=pad)}" if isinstance(flag.get("t"), (int, float)) else ""


def _lines(n: int) -> str:
    return f"{n} line{'s' if n != 1 else ''}"


def make_session_prep(vault, settings: Settings, recording_id: int, transcript: bool = False,
                      mode: str = "clinician") -> dict:
    """Render the session-prep PDF for a recording's latest analysis and keep it in the vault.

    The paper comes from the settings. `mode`: "clinician" (everything, safety first) or
    "shareable" (for the couple: no safety details, raw disclosures or per-partner scores).
    Returns {"id", "pdf", "paper", "mode", "pages"}; the PDF bytes are only in memory and in the vault.
    """
    recordings.get_recording(vault, recording_id)  # NotFound: "There is no recording", not "no analysis yet"
    require_report_consent(vault, recording_id)  # withdrawn: no report from the analysis made before
    bring_up_to_date(vault, settings, recording_id)  # never a report from an analysis older than the words
    analysis = analyses.latest_analysis(vault, recording_id)
    if analysis is None and waiting_after_new_transcript(vault, recording_id) is not None:
        raise NotFound(f"{recordings.called(vault, recording_id)} was transcribed again, so the analysis of its earlier words was "
                       f"set aside and there is no report until it is made again on the new words: "
                       f"`talktogether jobs resume` or `talktogether analyze {recording_id}`.")
    if analysis is None and transcripts.holds_no_speech(vault, recording_id):
        raise NotFound(f"{recordings.called(vault, recording_id)} holds no speech (no words were recognised in it), so there is "
                       "nothing to report.")
    if analysis is None:
        raise NotFound(f"{recordings.called(vault, recording_id)} has no analysis yet, so there is no report. "
                       f"Run `talktogether analyze {recording_id}` first.")
    context = report_context(vault, settings, recording_id)
    paper = settings.paper
    try:
        pdf = render_session_prep(analysis, context, paper=paper, transcript=transcript, mode=mode)
    except TalkTogetherError:
        raise
    except Exception as exc:  # the renderer's own text stays in the detail
        raise step_failed("report", exc) from exc
    report_id = reports.save_report(vault, context["couple_id"], pdf, paper=paper, recording_id=recording_id,
                                    assignment_id=context["assignment_id"],
                                    params={"transcript": bool(transcript), "mode": mode,
                                            "made_from": made_from(context, paper, transcript)})
    return {"id": report_id, "pdf": pdf, "paper": paper, "mode": mode,
            "pages": len(re.findall(rb"/Type /Page(?!s)", pdf)),
            # the couple's version leaves safety out; whether to give the couple anything at all is the clinician's call
            # (each line at the second it begins, as the report and the window say it: quote_times)
            "caution": shareable_caution(retimed(analysis).get("safety_flags")) if mode == "shareable" else None}


def current_session_prep(vault, settings: Settings, recording_id: int, mode: str = "clinician") -> bytes:
    """The newest stored report of this version when it is as new as the analysis (after a speaker
    fix it is not), else a new one. None after consent was withdrawn (ConsentMissing), stored or not."""
    return current_report(vault, settings, recording_id, mode)["pdf"]


def current_report(vault, settings: Settings, recording_id: int, mode: str = "clinician") -> dict:
    """As current_session_prep, with the report's id: {"id", "pdf", …}."""
    require_report_consent(vault, recording_id)
    stored = [r for r in reports.list_reports(vault, recording_id=recording_id)
              if (r.get("params") or {}).get("mode", "clinician") == mode]
    # (one kept from before a change whose new analysis was not made is no current one either: made again first)
    behind = analysis_out_of_date(vault, recording_id) or analysis_behind(vault, recording_id)
    analysis = None if behind else analyses.latest_record(vault, recording_id)
    # Stamps have one-second resolution: a report from the same second as the analysis is made again. A report
    # made from other names, practice or settings (a couple's names corrected since) is made again too.
    if (stored and analysis and stored[0]["created_at"] > analysis["created_at"]
            and stored[0]["params"].get("made_from") == made_from(report_context(vault, settings, recording_id),
                                                                  settings.paper, False)):
        return reports.get_report(vault, stored[0]["id"])
    return make_session_prep(vault, settings, recording_id, mode=mode)


def record_disclosure(vault, report_id: int, action: str = "export") -> None:
    """A report the window wrote to a file ("export") or printed on paper ("print"): in the audit log, as the command
    line's `report -o` puts its exports there (the window writes the file itself, from the report it shows)."""
    with vault.transaction():
        vault.audit(action, "report", report_id)


# What made a stored report besides its inputs: the app's version and the report's layout round. A report made by an
# older version (with its wording: "led by", counts of its day) is made again when opened, never shown as it was.
REPORT_FORMAT = f"{__version__}/35"


def made_from(context: dict, paper: str, transcript: bool) -> str:
    """A digest of what a report shows besides its analysis (the couple's and partners' names, the practice, the
    paper, the settings, and the version that made it): a stored report is shown again only while this is unchanged.
    Kept inside the vault."""
    inputs = json.dumps({"context": context, "paper": paper, "transcript": bool(transcript), "made_by": REPORT_FORMAT,
                         "zone": zone_here(context)}, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(inputs.encode("utf-8")).hexdigest()


def zone_here(context: dict) -> list:
    """The time zone this computer shows times in, and the recording dates as the report prints them there: a report
    prints the recording's time and the time it was made in this computer's zone, with the zone's name, so one kept
    from another zone ("19:40 CET", reopened in New York, or after the laptop's zone was changed) is made again."""
    import time

    from ..reports.text import fmt_date

    return [list(time.tzname), time.timezone, time.altzone, fmt_date(str(context.get("recorded_at") or "")),
            fmt_date(str(context.get("previous_recorded_at") or ""))]


def export_session_prep(vault, settings: Settings, recording_id: int, out: str | Path,
                        transcript: bool = False, mode: str = "clinician") -> dict:
    """Make the report, keep it in the vault, and write it to `out` (readable by this user only)."""
    target = Path(out).expanduser()
    if target.is_dir():
        raise BadInputFile(f"{target} is a folder; give a file name such as {target / 'session-prep.pdf'}.")
    made = make_session_prep(vault, settings, recording_id, transcript=transcript, mode=mode)
    write_private(target, made["pdf"])
    with vault.transaction():
        vault.audit("export", "report", made["id"])
    return dict(made, file=str(target))


def write_private(path: Path, data: bytes) -> None:
    """Write an export readable by this user only (it is confidential client information), whole or not at
    all: a failed write leaves no half file and any earlier export there as it was."""
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        paths.write_private_whole(path, data)  # 0600 even over an earlier export with wider rights
    except OSError as exc:
        reason = (exc.strerror or "a file error").rstrip(".")
        raise ExportFailed(f"The report could not be saved to {path}: {reason}.") from exc
