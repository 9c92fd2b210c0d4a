"""The latest analysis as the window shows it: the names written into its sentences are the names given now.

An analysis writes the partners' names of its day into its sentences ("At 00:35 Zoë said …"). After a name is
corrected (Edit… on the couple page, `couple edit`) or a voice is named, the report rewrites them; the window's
Analysis tab must say the same, not the old spelling.
"""

from __future__ import annotations

from typing import Optional

from ..reports.evidence import renamer
from ..reports.first_sign import in_todays_words
from ..storage import analyses, speakers


def latest_analysis_as_named(vault, recording_id: int) -> Optional[dict]:
    """The recording's latest analysis with each voice's earlier name (and bare label) in its sentences replaced by
    the name it has now, and in today's words (one stored by an older version says "first sign from", never "led by");
    None when there is none."""
    analysis = analyses.latest_analysis(vault, recording_id)
    if not analysis:
        return analysis
    analysis = in_todays_words(analysis)
    voices = [s for s in analysis.get("speakers") or [] if isinstance(s, dict)]
    rename = renamer(voices, {}, speakers.speaker_names(vault, recording_id))
    observations = []
    for o in analysis.get("observations") or []:
        if isinstance(o, str):
            o = rename(o)
        elif isinstance(o, dict) and isinstance(o.get("text"), str):
            o = dict(o, text=rename(o["text"]))
        observations.append(o)
    analysis["observations"] = observations
    prompt = analysis.get("safety_prompt")
    if isinstance(prompt, dict) and isinstance(prompt.get("text"), str):
        analysis["safety_prompt"] = dict(prompt, text=rename(prompt["text"]))
    return analysis
