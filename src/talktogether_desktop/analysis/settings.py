"""Every threshold the analysis uses, in one place, with the reason for its default.

The settings used for a run are stored beside its result (`params`), so a figure can always be
traced back to the rule and the number behind it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, Mapping, Optional


@dataclass(frozen=True)
class AnalysisSettings:
    # --- turns and silences -----------------------------------------------------------------
    # A speaker's words closer than this belong to one stretch of talk ("spurt"); a longer pause
    # within the same speaker's speech starts a new spurt (the turn goes on unless someone else
    # takes the floor).
    spurt_gap_s: float = 0.6
    # Silences at least this long are listed, with who broke them (DOMAIN.md §2).
    long_silence_s: float = 3.0
    # A monologue: one partner holding the floor this long without a turn by the other.
    monologue_s: float = 45.0

    # --- overlaps, backchannels and interruptions ---------------------------------------------
    # A backchannel is at most this many words and this long, made of backchannel tokens, and
    # the other speaker keeps (or takes back) the floor within `backchannel_resume_s`.
    backchannel_max_words: int = 4
    backchannel_max_s: float = 1.6
    backchannel_resume_s: float = 1.2
    # ... and it comes while the other talks or within this pause of their last word; after a
    # longer silence a short "okay" is a reply (possibly a minimal one), not listener feedback.
    backchannel_max_wait_s: float = 1.0
    # A listener's interjection the recogniser heard as other words ("mm-hm" as "I may share"):
    # at most this many words (and backchannel_max_s long), under the other's talk, who goes on.
    interjection_max_words: int = 5
    # An interruption takes the floor when the interrupted partner stops within this time.
    interruption_drop_s: float = 1.5
    # A speaker change within this gap that cuts off an unfinished sentence counts as an
    # interruption even where no overlap was marked (norm for a gap is ~200 ms).
    cutoff_gap_s: float = 0.2
    # Overlap shorter than this at a speaker change is ordinary terminal overlap.
    min_interruption_overlap_s: float = 0.15
    # Where only the speaker turns (diarization) show two voices at once, the overlap must be at
    # least this long to count as an interruption (terminal overlaps are shorter).
    min_diarized_overlap_s: float = 0.4

    # --- prosody (Praat via parselmouth) -----------------------------------------------------
    pitch_floor_hz: float = 75.0
    pitch_ceiling_hz: float = 500.0
    prosody_time_step_s: float = 0.02
    # Turn-level z-scores against the partner's own baseline above this count as "raised".
    raised_z: float = 1.0
    # Fewer voiced turns than this and the baseline is too thin to z-score against.
    min_baseline_turns: int = 3

    # --- escalation timeline ---------------------------------------------------------------
    window_s: float = 10.0
    step_s: float = 2.0
    # A partner's vocal rise counts in full once it lasts this much speech within a window.
    arousal_min_speech_s: float = 3.0
    weight_loudness: float = 1.0
    weight_pitch: float = 0.7
    weight_rate: float = 0.5
    weight_overlap: float = 2.0        # per share of the window spent in overlapping speech
    weight_interruption: float = 0.8   # per interruption in the window
    weight_negative_marker: float = 0.8  # per criticism / contempt / defensiveness marker
    # Windows scoring at least this are escalated; a peak needs at least `escalation_peak`.
    escalation_threshold: float = 1.5
    escalation_peak: float = 2.0
    # ... of which at least this much must come from the voices or negative words, not timing alone.
    escalation_min_heat: float = 1.0
    # Escalated stretches closer than this are one escalation point.
    escalation_merge_gap_s: float = 4.0
    # How long after an escalation point to look for what happened next.
    after_escalation_s: float = 20.0

    # --- markers, start-up, stonewalling, bids --------------------------------------------------
    language: str = "en"
    lexicon_dir: Optional[str] = None   # default: resources/lexicons
    # Harsh start-up: criticism or contempt in the opening, the first 3 minutes (Gottman's
    # 15-minute conversations) or, in a shorter conversation, its first 30%.
    harsh_startup_s: float = 180.0
    harsh_startup_share: float = 0.3
    # A minimal reply (stonewalling sign): at most this many words after the other spoke at
    # least `long_turn_words` words.
    minimal_reply_words: int = 3
    long_turn_words: int = 25
    # The other partner's reply to a bid must start within this time to count as turning toward.
    bid_response_s: float = 6.0
    # A minimal reply that comes this late after a criticism, a bid or a question is a withdrawal
    # sign even when the other's turn was short (norm for a gap is ~200 ms, DOMAIN.md §2).
    withdrawal_latency_s: float = 1.0

    # --- safety and how sure ----------------------------------------------------------------------
    # After a threat or intimidation nothing in this stretch counts as repair, turning toward or
    # easing (DOMAIN.md §6): fear changes what words mean.
    after_threat_s: float = 120.0
    # Words the recogniser was less sure of than this are never quoted ("…" instead), and a
    # finding resting on them is low confidence ("check the recording").
    quote_min_probability: float = 0.5
    # A finding resting on words with a recognition probability below this is medium at best.
    sure_word_probability: float = 0.8
    # Speaker certainty (words' speaker_confidence) below these makes a finding medium / low.
    sure_speaker: float = 0.8
    unsure_speaker: float = 0.5

    # Reading by meaning (meaning.py): a sentence the phrase rules found nothing in is compared
    # with labelled examples; one at least this likely to be any of the family's kinds (1 - the
    # neutral class) is added as "check the recording" (low confidence: listed to listen to), one
    # whose single most likely kind is at least `meaning_sure` as medium, a flag like any other.
    # Never high: it names no phrase.
    read_by_meaning: bool = True
    meaning_threshold: float = 0.7
    meaning_sure: float = 0.8
    # Below this, a reading by meaning counts only in a tense stretch: another safety statement or
    # criticism, contempt or defensiveness within `meaning_tension_s` (ambiguous words are read in
    # their surroundings; one lone borderline sentence in a calm talk is no flag).
    meaning_alone: float = 0.9
    meaning_tension_s: float = 60.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Optional[Mapping[str, Any]]) -> "AnalysisSettings":
        """Settings from stored params; unknown keys (from another version) are ignored."""
        if not data:
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def resolve(settings: AnalysisSettings | Mapping[str, Any] | None) -> AnalysisSettings:
    if settings is None:
        return AnalysisSettings()
    if isinstance(settings, AnalysisSettings):
        return settings
    return AnalysisSettings.from_dict(settings)
