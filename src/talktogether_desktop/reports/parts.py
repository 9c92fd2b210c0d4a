"""What the report prints, as plain data: the partners, the moments (safety lines and rises), what each partner
reached for, and the whole `ReportModel` the layout modules read (built by model.build_model)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from . import modes


@dataclass
class Partner:
    id: str
    name: str
    index: int  # 0 or 1: lane, tone and pattern


@dataclass
class Moment:
    kind: str  # "safety" | "peak"
    label: str  # "Safety 1" or "1" (the number printed on the curve)
    start: float
    end: Optional[float]
    who: str
    quote: str
    context: list[tuple[float, str, str, bool]]  # (time, name, text, is_the_quoted_turn)
    why: list[str]
    after: str = ""
    score: Optional[float] = None
    peak_t: Optional[float] = None
    repaired: bool = False  # a repair attempt came and the intensity fell afterwards
    confidence: str = "medium"
    listen_only: bool = False  # read by meaning alone, low: to listen to, it may be nothing
    by_meaning: bool = True  # ... or (False) from what was said around it (a plea after threats)
    who_unsure: bool = False  # the first sign is on a line marked "speaker unsure": no one is named as it (walk40n)
    told: bool = False  # a line telling of violence or fear by the one it happened to: "told by" them (safety_words)
    shown_quote: str = ""  # the quote as printed on its own: "…" where it stops inside its sentence (quote_ends.py)


@dataclass
class Reach:
    category: str
    t: Optional[float]
    quote: str
    response: str
    confidence: str = "medium"
    unsure: str = "words uncertain"  # why a low one shows no quote: text.why_unsure ("who said it unsure", …)
    met: bool = False  # the other partner turned toward it (the couple's version lists only these)


@dataclass
class ReportModel:
    couple: str
    recorded_at: str
    duration_s: float
    partners: list[Partner]
    assignment_line: str
    observations: list[tuple[str, Optional[float]]]
    questions: list[str]
    turns: list[dict]
    overlaps: list[tuple[float, float]]
    interruptions: list[dict]
    curve: list[tuple[float, float]]
    safety: list[Moment]
    peaks: list[Moment]
    reaching: dict[str, list[Reach]]
    figures: list[tuple[str, list[str]]]  # (row label, one cell per partner)
    shares: dict[str, float]
    has_previous: bool
    practice: Optional[dict]
    notes: list[str] = field(default_factory=list)  # caveats printed small (e.g. lists were shortened)
    rename: Callable[[str], str] = lambda text: text  # names in free text -> the printed names
    mode: str = modes.CLINICIAN
    patterns: list = field(default_factory=list)      # patterns_mod.PatternText
    horsemen: dict = field(default_factory=dict)      # speaker -> kind -> (shown findings, total)
    bids: dict = field(default_factory=dict)          # speaker -> toward/away/against tally
    reaching_total: dict = field(default_factory=dict)  # speaker -> how many bids in all
    reaching_met: dict = field(default_factory=dict)  # speaker -> how many of them the other turned toward
    reaching_ended: dict = field(default_factory=dict)  # speaker -> how many came as the recording ended
    reaching_for_both: Optional[int] = None  # the clinician's version: how many the couple's version counts
    # what a shareable report leaves out ("peaks", or a speaker id -> bids): never said to be absent
    withheld: dict = field(default_factory=dict)
    safety_prompt: str = ""                          # "assess risk before the next session"
    voices_unsure: str = ""                          # the speaker finder could hardly tell the voices apart
    heated: float = 1.5                              # the analysis's escalation threshold (own-baseline units)
    linked: bool = False                             # linked to a practice assignment: a practice conversation
    cut_short: bool = False                          # the recording's end is missing (imported cut short)
    safety_counts: tuple = ()                        # (heard, to listen to) over all flags, printed or not
    calm_rise: str = ""  # Key moments with no heated moment: the curve's highest point, said (calm_rise)
    lengths_differ: Optional[tuple] = None           # (this length, the previous one's): counts compared per 10 min
    unheard: list = field(default_factory=list)      # (start, end): speech with no words recognised (the transcript)
    hidden: list = field(default_factory=list)       # (start, end): what the couple's version leaves out (shared.py)
    scale_note: str = ""                             # the couple's curve is drawn to another top (shared.SCALE_NOTE)
    feared: list = field(default_factory=list)       # speaker ids a threat, control or fear line points at (modes)
    praise: str = ""                                 # whether the appreciations landed, said for this version (praise.py)
    hard: list = field(default_factory=list)         # the couple's version: lines of criticism or contempt (hard_lines)

    @property
    def clinician_only(self) -> bool:
        return self.mode == modes.CLINICIAN and bool(self.safety)

    @property
    def listen_first(self) -> bool:
        """Every safety line is a low reading to listen to (it may be nothing) and none asks to assess
        risk: the questions stay, with listening to those lines first."""
        return bool(self.safety) and all(m.listen_only for m in self.safety) and not self.safety_prompt

    def partner(self, speaker_id: Any) -> Optional[Partner]:
        return next((p for p in self.partners if p.id == speaker_id), None)

    def name(self, speaker_id: Any) -> str:
        p = self.partner(speaker_id)
        return p.name if p else (str(speaker_id) if speaker_id else "Both")
