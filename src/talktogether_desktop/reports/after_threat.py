"""A rise after threat or control is never said to have "not calmed down by the end" (walk34b: the curve was back at
its floor 6 s after the rise, yet the analysis's observation ended "It had not calmed down by the end of the
recording."). After a threat, no calm is read as easing: the observation says what its moment says instead. And a reply
to a bid said before the bidder's threat is never said to come after it."""

from __future__ import annotations

from ..analysis.bid_context import CONTROL_BEFORE_S, CONTROL_KINDS, THREAT_AFTER_S
from ..analysis.reply_said import unread_after
from .text import first, fmt_time, num

NOT_CALMED = " It had not calmed down by the end of the recording."
# A moment's "what happened next" names safety language as what followed only when it came this soon after the moment;
# later, its time is said plainly (walk40n: a moment at 00:04-00:06 said "There was safety language (self-harm) at 00:46;
# what followed is not read as repair or easing", as if it had come next)
NEAR_S = 15.0


def next_text(point: dict, text: str) -> str:
    """`text` (a moment's what-happened-next) said plainly where the safety language it names came well after the
    moment."""
    nxt = point.get("what_next") if isinstance(point, dict) else None
    if not (isinstance(nxt, dict) and nxt.get("after_threat") and nxt.get("threat_t") is not None):
        return text
    at = num(nxt.get("threat_t"))
    if at <= num(point.get("end"), at) + NEAR_S:
        return text
    return (f"Safety language came later in the recording, at {fmt_time(at)}; nothing after that is read as repair or "
            "easing.")


def _point_of(observation: dict, analysis: dict):
    times = [num(first(e, "t", "start"), None) for e in observation.get("evidence") or [] if isinstance(e, dict)]
    for p in analysis.get("escalation_points") or []:
        if isinstance(p, dict) and any(t is not None and num(p.get("start")) - 0.5 <= t <= num(p.get("end")) + 0.5
                                       for t in times):
            return p
    return None


def observation_text(observation: dict, text: str, analysis: dict) -> str:
    """`text` (the observation's sentence) with "It had not calmed down…" put right for a rise after a threat: what
    its moment says (safety language at …; what followed is not read as repair or easing)."""
    point = _point_of(observation, analysis) or {}
    nxt = point.get("what_next") or {}
    said = str(nxt.get("text") or "") if isinstance(nxt, dict) and nxt.get("after_threat") else ""
    if said and said in text and NOT_CALMED not in text:  # (the moment's own sentence, said as its Key moment says it)
        return text.replace(said, next_text(point, said))
    if NOT_CALMED not in text or not observation.get("after_threat"):
        return text
    said = next_text(point, said) if said else said
    said = said or ("There was safety language before it, so what followed is not read as repair or easing "
                    "(a calm after it may be fear).")
    return text.replace(NOT_CALMED, f" {said}")


def unclear_reply(item: dict, reason: str, model, other: str, tail: str, bidder: str = "") -> str:
    """The line under a bid (of `bidder`, a speaker id) whose reply is read neither way after a threat or control
    (`reason`, the analysis's)."""
    head = reason.split(",")[0]
    # (the kind found, never "after a threat" by default: walk49a a_sister, after isolation alone)
    after = head if head.startswith("after ") and "'s " not in head else unread_after(reason) or "after safety language"
    if head.startswith("after ") and "'s " in head:  # the bidder's own words read as control: "after A's coercive
        who, kind = head[len("after "):].split("'s ", 1)  # control: isolation", never told as "after a threat"
        after = f"after {model.name(who)}'s words read as {kind}"
        later = said_after_the_reply(item, getattr(model, "control_said", {}).get(bidder) or [])
        if later is not None:  # (rep47, a real import of walk46b c_night_feeds: "After S1's words read as threat or
            # intimidation, S2's reply is not read…" of “I'm going to sleep in the car.”, said before the threat at 01:01)
            return (f"{other}'s reply came just before {model.name(who)}'s words read as {kind} (at {fmt_time(later)}), "
                    f"so it is not read as turning toward or away{tail}")
    return f"{after[0].upper()}{after[1:]}, {other}'s reply is not read as turning toward or away{tail}"


def control_said(analysis: dict) -> dict:
    """Speaker id -> the times of the threat or control lines that make a partner's reply to their bid unread
    (analysis/bid_context.py's choice: heard from a listed phrase, not told by the one it is done to)."""
    out: dict = {}
    for f in analysis.get("safety_flags") or []:
        if isinstance(f, dict) and f.get("category") in CONTROL_KINDS and f.get("source") == "lexicon" and not f.get(
                "told_by_the_one_controlled"):
            out.setdefault(str(f.get("speaker")), []).append(num(f.get("t")))
    return out


def said_after_the_reply(item: dict, times: list) -> float | None:
    """When the bidder's line that makes a reply unread came after the reply, and none before it: its time."""
    bid_t, reply_t = num(first(item, "t", "start")), item.get("response_t")
    if reply_t is None or any(bid_t - CONTROL_BEFORE_S <= t <= num(reply_t) for t in times):
        return None
    return next((t for t in sorted(times) if num(reply_t) < t <= bid_t + THREAT_AFTER_S), None)
