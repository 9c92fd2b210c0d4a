"""What a recording's state is called, and the banner under the recording page's header: one rule for the page's
header and the couple page's list of recordings, so the two never disagree ("Ready" beside "the analysis may not
match" did; the list said "Transcribed" or "Ready" where the page said why it was not analysed). Qt-free."""

from __future__ import annotations

from typing import Optional

from ..pipeline.formats import safety_prompt_text

STATUS_TEXT = {
    "imported": "Not processed yet",
    "queued": "Waiting to be processed",
    "running": "Processing…",
    "transcribed": "Transcribed",
    "diarized": "Speakers found",
    "analysed": "Ready",
    "analyzed": "Ready",
    "failed": "Stopped: start again",
    "no_speech": "No speech found",
    "interrupted": "Interrupted: start again",
    "cancelled": "Stopped: start again",
    # its last processing stopped (or failed) after this stage, before what it was to make next (`page_data`)
    "stopped_transcribed": "Stopped after the transcript: start again",
    "stopped_diarized": "Stopped after the speakers: start again",
    # processed now by a command or another window (`pipeline.recording_state.shown_status`)
    "elsewhere": "Being processed elsewhere",
}
# An analysis kept from before a change whose new analysis stopped on a problem (never "Ready").
STATE_BEHIND = "Analysis behind"
STATE_WITHDRAWN = "Consent withdrawn"
STATE_NO_CONSENT = "Not analysed: no consent"
# as far as it goes without consent
WAITS_FOR_CONSENT = ("transcribed", "diarized", "analysed", "analyzed", "stopped_transcribed", "stopped_diarized")

BEHIND = ("The analysis was not made again after your last change (it stopped on a problem), so it may not match "
          "the transcript and the names shown. <a href=\"again\">Make the analysis again</a>")
# the same after its making again was stopped (Cancel in the Processing panel): it read "Ready" beside the old analysis
STOPPED_BEHIND = ("The analysis was not made again after your last change (it was stopped), so it may not match the "
                  "transcript and the names shown. <a href=\"again\">Make the analysis again</a>")
# a change made while consent was withdrawn: its analysis was not made, and with consent recorded again the page said
# "Ready" over the analysis (and the report) from before it, naming the speakers as they were before a swap
CONSENT_BEHIND = ("The analysis was not made again after a change made while consent was withdrawn, so it may not "
                  "match the transcript and the names shown. <a href=\"again\">Make the analysis again</a>")
CHANGE_STOPPED = "Stopped before the analysis was made again: “Make the analysis again” is on the recording's page"
WITHDRAWN = ("Consent was withdrawn, so this recording is no longer analysed and no report is made from it: the "
             "analysis shown was made before, and does not follow corrections made since.")
# a change (a correction, the speakers, processing again) under way: the analysis shown read as current meanwhile
MADE_AGAIN = ("The analysis shown is from before the change under way on this recording; it is made again and shown "
              "here once that is done.")
ELSEWHERE = ("This recording is being processed now by a command or another window on this computer. What is shown "
             "here is from before; open it again once that is done.")
ELSEWHERE_TIP = ("This recording is being processed now by a command or another window on this computer; it can be "
                 "processed again once that is done.")
# an analysis with lines to listen to before anything else (safety language, a risk prompt): said in the list and in the
# page's header alike, in plain words and no detail (either may be on screen with the couple present)
LOOK_FIRST = " · lines to look at first"
LOOK_FIRST_TIP = "Its analysis marks lines to listen to before anything else: open the recording to see them."
LOOK_HERE_TIP = "Its analysis marks lines to listen to before anything else: they are listed first on the Analysis tab."
NO_CONSENT = ("Consent has not been recorded for this couple, so this recording is kept but not analysed. Record "
              "consent on the couple page.")


def lines_to_look_first(analysis) -> bool:
    """Whether an analysis (its result) holds safety flags or a risk prompt: what its page shows first."""
    return isinstance(analysis, dict) and bool(analysis.get("safety_flags") or safety_prompt_text(analysis))


def status_words(status: Optional[str]) -> str:
    return STATUS_TEXT.get(status or "", status or "")


def header_and_banner(data: dict, job_state: Optional[str]) -> tuple[str, str]:
    """(the state, the banner's text or ""), from {"recording", "consent", "consent_withdrawn_at", "analysis" (None
    when there is none), "analysis_behind", "analysis_waiting"}. A job under way leads (its words, as the jobs
    panel's); then what the banner says, in a word; then the recording's own status."""
    rec = data["recording"]
    if rec.get("status") == "elsewhere" and job_state is None:
        return status_words("elsewhere"), ELSEWHERE
    if not data["consent"] and data.get("consent_withdrawn_at") and data["analysis"] is not None:
        banner, state = WITHDRAWN, STATE_WITHDRAWN
    elif not data["consent"]:  # (one not transcribed yet, or with no speech, says so: consent is not what it waits for)
        banner = NO_CONSENT
        state = STATE_NO_CONSENT if rec.get("status") in WAITS_FOR_CONSENT else status_words(rec.get("status"))
    elif (data.get("analysis_behind") or data.get("analysis_waiting")) and job_state is None:
        behind = data.get("analysis_behind")
        banner = CONSENT_BEHIND if behind == "consent" else BEHIND if behind else STOPPED_BEHIND
        state = STATE_BEHIND
    else:
        banner, state = "", status_words(rec.get("status"))
    if job_state is not None:
        if banner in ("", BEHIND, STOPPED_BEHIND, CONSENT_BEHIND):
            banner = MADE_AGAIN if data["analysis"] is not None else ""
        return status_words(job_state), banner
    return state, banner


def why_no_analysis(data: dict, job_state: Optional[str]) -> tuple[str, str]:
    """(the Analysis tab's sentence, the Report tab's) for a recording with no analysis: why there is none and what
    makes one. Both said to process it from the couple page, also for a couple whose consent is not recorded, where
    processing makes no analysis (the banner above said to record consent)."""
    status = data["recording"].get("status")
    if job_state is not None or status == "elsewhere":
        return ("It is being processed: the analysis appears here when that is done.",
                "It is being processed: the report can be made when that is done.")
    if status == "no_speech":
        return ("No speech was found in this recording, so there is nothing to analyse.",
                "No speech was found in this recording, so there is no report to make.")
    if not data["consent"]:
        why = ("consent to analyse was withdrawn for this couple before it was analysed"
               if data.get("consent_withdrawn_at") else "consent to analyse has not been recorded for this couple")
        return (f"This recording is not analysed: {why}. Once consent is recorded on the couple page, it can be "
                "analysed.", f"No report is made: this recording is not analysed, as {why}.")
    return ("This recording has not been analysed yet. Process it from the couple page.",
            "The report is ready once the recording has been processed.")
