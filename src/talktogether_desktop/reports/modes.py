"""Who the report is for: the clinician's prep page, or a version the couple may see (DOMAIN.md §7).

- `clinician` (the default): everything, safety first. With safety flags the report is marked
  clinician-only on every page, questions go to each partner separately (individual check-ins,
  never "what was each of you feeling"), and self-harm language puts "assess risk before the
  next session" at the top.
- `shareable`: leaves out safety details, raw disclosures (any quote from a flagged passage) and
  per-partner scores (figures, the Four Horsemen per partner, talk shares); questions are for
  both of them together.
"""

from __future__ import annotations

from typing import Optional

from ..errors import UsageError
from ..practice.withheld import flagged_spans, touches  # noqa: F401  (the report's names for them)
from .safety_words import moment_kind
from .text import fmt_time, num

CLINICIAN = "clinician"
SHAREABLE = "shareable"
MODES = (CLINICIAN, SHAREABLE)
# Observations a couple may read: what happened between them, in their own words.
SHAREABLE_OBSERVATIONS = ("escalation", "reaching_for", "repair", "silences")
CLINICIAN_ONLY_NOTE = "CLINICIAN ONLY \u2014 contains safety information; do not share with the couple"


def check_mode(mode: Optional[str]) -> str:
    mode = (mode or CLINICIAN).lower()
    if mode not in MODES:
        raise UsageError(f"Unknown report mode '{mode}'; use one of: {', '.join(MODES)}.")
    return mode


def window_reach(analysis: dict) -> float:
    """Half the curve's window: a point's score holds the talk that far either side of its time."""
    raw = analysis.get("escalation_curve")
    sizes = [num(w.get("end")) - num(w.get("start")) for w in raw or [] if isinstance(w, dict) and "start" in w
             and "end" in w] if isinstance(raw, list) else []
    return max(sizes, default=0.0) / 2


def curve_for_both(curve: list[tuple[float, float]], spans, reach: float = 0.0,
                   calm: float = float("inf")) -> list[tuple[float, float]]:
    """The couple's curve: the score over a flagged passage (and what led up to it) is not theirs to read, yet a gap
    or a flat floor there would point at it as surely as its rise. Across such a stretch the curve goes straight
    from the last score before it to the first one after it: no rise, no dip, no hole; and never above `calm` (a
    bridge six minutes long up to a rise just after a threat's stretch was a ramp no talk draws: rep48, 60 minutes)."""
    def hidden(t: float) -> bool:
        return any(a - reach <= t <= b + reach for a, b in spans)

    kept = [(t, s) for t, s in curve if not hidden(t)]
    if not kept or len(kept) == len(curve):
        return [] if not kept else list(curve)
    out = []
    for t, s in curve:
        if not hidden(t):
            out.append((t, s))
            continue
        before = next(((a, v) for a, v in reversed(kept) if a < t), None)
        after = next(((a, v) for a, v in kept if a > t), None)
        if before and after:
            s = before[1] + (after[1] - before[1]) * (t - before[0]) / (after[0] - before[0])
        else:
            s = (before or after)[1]
        out.append((t, min(s, calm)))
    return out


def calm_on_the_floor(curve: list[tuple[float, float]], heated: float) -> list[tuple[float, float]]:
    """The couple's curve draws the rises their page tells them about, not the small ups and downs of calm talk: a
    straight bridge across a passage left out (curve_for_both) stood out among those ripples, minutes long after a
    threat and seconds long around a self-harm line, and so pointed at what was left out and even at its kind. Below
    half the "heated" score the line lies on its floor; above it, it rises as it did (lowered by that half)."""
    calm = heated / 2.0
    return [(t, max(0.0, s - calm)) for t, s in curve]


def observation_shareable(o: dict, spans) -> bool:
    if str(o.get("kind")) not in SHAREABLE_OBSERVATIONS:
        return False
    if o.get("after_threat"):
        return False
    return not any(touches(spans, e.get("t")) for e in o.get("evidence") or [] if isinstance(e, dict))


RISK_PROMPT_REFERENCE = ("First, the risk assessment in the box at the top of this page: before the next session, "
                         "with each partner individually, not at it.")


SAFE_AT_HOME = ("how safe do you feel at home and in saying what you think, here and afterwards? Is there anything "
                "you could not say in this conversation?")
# The check-in fitted to the control heard (walk49a a_sister: isolation and monitoring asked only "how safe do you feel
# at home"): asked of each partner alike, no one named as the one who does it
KIND_ASKS = (("coercive control: isolation", "How free do you feel to see family and friends, and to do things of your "
                                             "own (a club, a night out)?"),
             ("coercive control: monitoring", "Do you feel checked on: your phone, your messages, where you are, "
                                              "the time you are home?"),
             ("coercive control: money", "Do you have money of your own, and a say in how it is spent?"))


def safe_at_home(model) -> str:
    """SAFE_AT_HOME with the questions that fit the kinds of control heard (not only to listen to)."""
    heard = {moment_kind(m) for m in model.safety if not m.listen_only}
    asks = " ".join(ask for kind, ask in KIND_ASKS if kind in heard)
    return SAFE_AT_HOME.replace("? Is there", f"? {asks} Is there") if asks else SAFE_AT_HOME


SELF_HARM = "self-harm"


def _self_harm_lines(model) -> list:
    return [m for m in model.safety if moment_kind(m) == SELF_HARM]


def _self_harm_by(model) -> list:
    """The partners whose own words were read as self-harm: a listed phrase heard first (a partner's "will you give me
    the pills you've saved" read by meaning is not their own risk), then any line heard, then lines only to listen to
    when the analysis asked for a risk assessment from them alone."""
    lines = _self_harm_lines(model)
    heard = ([m for m in lines if not m.listen_only and not m.by_meaning] or [m for m in lines if not m.listen_only]
             or (lines if model.safety_prompt else []))
    return [p for p in model.partners if any(m.who == p.name for m in heard)]


def _listen_for_harm(model, p) -> str:
    """A support check-in's note where the partner's own lines were read by meaning alone as possibly self-harm."""
    times = list(dict.fromkeys(fmt_time(m.start) for m in _self_harm_lines(model) if m.who == p.name))[:3]
    return (f" First listen at {', '.join(times)}: read by meaning as possibly about harming themselves; if it is, a "
            f"risk assessment with {p.name} too.") if times else ""


# Flags that point at a partner: said by the one who threatens or controls, or told of them by the other (a fear of
# the partner, a violence told, a control "told by the one it is done to") -- analysis/safety.py's two lists.
_SAID_BY_THEM = ("threat", "therapy_threat", "coercion", "financial_control", "monitoring", "isolation", "blaming")
_TOLD_OF_THEM = ("fear", "violence")


def feared_partners(analysis: dict, speakers) -> list:
    """The speakers any threat, control or fear line points at, heard or only to listen to: never asked to support
    the other through a disclosure (walk45b b: "Support check-in with S2 … how are you coping with what S1 said" put
    to the partner whose money, isolation and monitoring lines led page 1, after S1's self-harm line)."""
    out = []
    for f in analysis.get("safety_flags") or []:
        if not isinstance(f, dict):
            continue
        category, by = str(f.get("category") or ""), f.get("speaker")
        told = category in _TOLD_OF_THEM or (category in _SAID_BY_THEM and f.get("told_by_the_one_controlled"))
        if category in _SAID_BY_THEM or category in _TOLD_OF_THEM:
            out += [s for s in speakers if s != by] if told else [by]
    return [s for s in speakers if s in out]


def safety_questions(model) -> list[str]:
    """Individual check-ins, one per partner (no blame, no quotes). Self-harm has its own: a risk assessment with the
    one who said it, a support check-in with the other -- unless a threat, control or fear line points at the other:
    then nothing of the disclosure is said to them, and they are asked, as the one who said it is, how safe they feel
    (walk45b b). Threat, violence, fear or control asks each how safe they feel. With both, each partner's check-in
    holds both."""
    qs = []
    if model.safety_prompt:  # the prompt itself is printed once, in the box at the top of page 1
        qs.append(RISK_PROMPT_REFERENCE)
    harm = _self_harm_by(model)
    unsafe = any(not m.listen_only and m.why and moment_kind(m) != SELF_HARM for m in model.safety) or not harm
    feared = [p for p in model.partners if p.id in model.feared]
    unsafe = unsafe or bool(feared)
    for p in model.partners:
        others = " and ".join(o.name for o in harm if o is not p) or "their partner"
        if p in harm:
            q = (f"Risk assessment with {p.name}, individually, before any joint session: thoughts of harming "
                 "yourself or of not being here, any plan, the means (such as pills saved up), who else knows, "
                 "and what helps when it is at its worst.")
            unsure = [m for m in _self_harm_lines(model) if m.who == p.name]
            if unsure and all(m.listen_only for m in unsure):  # as the box says: listen first, then assess if it is
                times = ", ".join(dict.fromkeys(fmt_time(m.start) for m in unsure[:3]))
                q = f"First listen at {times} (read by meaning, it may be nothing); if it is about self-harm: " + q[0].lower() + q[1:]
        elif harm and p not in feared:
            q = (f"Support check-in with {p.name}, individually: how are you coping with what {others} said, "
                 "what have you noticed, and who supports you?" + _listen_for_harm(model, p))
        else:
            q = ""
        if unsafe:
            q = (f"{q} Also: {safe_at_home(model)}" if q else
                 f"Individual check-in with {p.name} (separately, before any joint session): {safe_at_home(model)}"
                 + (_listen_for_harm(model, p) if harm else ""))
        qs.append(q)
    qs.append("Before assigning any recorded practice at home, consider whether it is safe for both of them.")
    return qs


def listen_first_question(model) -> str:
    """The first question when the only safety lines are low readings to listen to: listen, and if
    it is fear or harm, see them separately (the check-ins replace the questions only for lines heard)."""
    said = [f"{fmt_time(m.start)} ({m.who})" for m in model.safety[:3]]
    rest = (model.safety_counts[1] if model.safety_counts else 0) or len(model.safety)
    if rest > len(said):  # (all of them counted, printed or not: the banner's "8 lines")
        said.append(f"{rest - len(said)} more (Key moments)")
    times = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    more = len(model.safety) > 1
    return (f"First listen at {times}: {'lines' if more else 'a line'} read by meaning as possibly about threat, "
            f"fear or harm; {'they' if more else 'it'} may be nothing. If {'they are' if more else 'it is'}, "
            "check in with each partner separately before asking anything together.")


# every couple's version closes with this, and after a line heard as threat, fear or harm it is all there is: words
# that carry no sign that anything was heard (walk40n: "…with each of you on your own first" told the partner who had
# threatened that something had been noticed)
TALK_NEXT = "Your therapist will go through this page with you and will choose with you what to talk about next."


STRENGTHS_QUESTION = "What is one thing the other did in this conversation that you appreciated?"
PRACTICE_QUESTION = "How did the practice go for each of you, and what would make it easier next week?"


def shareable_questions(model) -> list[str]:
    """Questions for the two of them to talk over together; none after a line heard as threat, fear of the partner,
    violence or self-harm (DOMAIN.md §6: then each is asked apart; the page closes as every couple's version does,
    with TALK_NEXT)."""
    if model.safety_counts and model.safety_counts[0]:
        return [TALK_NEXT]
    qs = []
    if model.peaks:
        qs.append(f"Around {fmt_time(model.peaks[0].start)} the conversation got more intense. "
                  "What would you like to understand about that moment together?")
    if model.hidden:  # (walk38l c2: "What went the way you hoped…" asked of a recording with a suicide disclosure)
        qs.append("What from this conversation would you most like to talk about, and what would help you do that?")
        # where much is left out (lines only to listen to across most of the talk) the page may list nothing else:
        # the couple still get their strengths and their practice to talk over, in words that name nothing (rep42)
        qs.append(STRENGTHS_QUESTION)
        if model.linked:
            qs.append(PRACTICE_QUESTION)
    else:
        qs.append("What went the way you hoped in this conversation, and what would you like to try next time?")
    return qs
