"""The patterns couples therapists think in, named with their evidence (time and quote each).

- the Four Horsemen per partner (criticism, contempt, defensiveness, stonewalling);
- pursue–withdraw (EFT): one partner pressing for a response (criticism, complaints, bids,
  questions, coming in over the other, a raised voice) while the other goes quiet (minimal
  replies, long silences after a bid, leaving). Described as a cycle with its first sign, never
  as a culprit: each move feeds the other;
- flooding signs in words ("my heart is pounding");
- repair attempts and whether each landed;
- bids met by turning toward, away or against, per partner.
"""

from __future__ import annotations

import bisect
import re
from typing import Optional, Sequence

from .settings import AnalysisSettings
from .turns import Turn
from .withdrawal import left_the_talk
from .words import QUOTE_MIN_PROBABILITY, is_question, join_words

HORSEMEN = ("criticism", "contempt", "defensiveness", "stonewalling")
PRESSING = ("criticism", "contempt", "needs_bids", "defensiveness")
# ... and a turn urging the partner to engage ("We need to talk about this now.", "Talk to me. Look at me.")
URGING = re.compile(r"\b(?:talk to me|look at me|answer me|say something|we need to talk|we have to talk|"
                    r"don't walk away|don't shut me out|stay and talk|don't just say)\b", re.I)
# A withdrawal sign counts as an answer to pressing when it comes this soon after it.
ANSWER_WITHIN_S = 12.0
MIN_CYCLES = 2


def _ev(m: dict) -> dict:
    out = {"t": round(m["t"], 3), "quote": m.get("quote") or "", "confidence": m.get("confidence", "medium")}
    if m.get("detail"):
        out["detail"] = m["detail"]
    return out


def named_patterns(result: dict, turns: Sequence[Turn], words: Sequence[dict], settings: AnalysisSettings) -> dict:
    markers = result["markers"]
    speakers = [s["id"] for s in result["speakers"]]
    horsemen = {s: {h: _one_per_sentence([m for m in markers if m["speaker"] == s and m["category"] == h])
                    for h in HORSEMEN} for s in speakers}
    found = []
    pw = pursue_withdraw(markers, result["interruptions"], result["turns"], turns, words, speakers)
    if pw:
        left = left_the_talk(markers, words)
        if left and left["by"] == pw["withdrawing"]:  # the cycle ended with the withdrawing partner leaving
            pw["left"] = left
        found.append(pw)
    for s in speakers:
        signs = [m for m in markers if m["speaker"] == s and m["category"] == "flooding"]
        if signs:
            found.append({"kind": "flooding", "speaker": s, "t": signs[0]["t"],
                          "evidence": [_ev(m) for m in signs],
                          "confidence": _best(signs), "break": _break_taken(signs[0], markers, result["turns"])})
    hs = result.get("harsh_startup") or {}
    if hs.get("flag"):
        evidence = [{"t": e["t"], "quote": e["quote"], "speaker": e["speaker"], "confidence": e.get("confidence", "medium")}
                    for i, e in enumerate(hs["evidence"]) if all(e["quote"] != x["quote"] for x in hs["evidence"][:i])]
        # as sure as its evidence: a sign to check the recording for makes no sure start
        heard = sum(1 for e in evidence if e["confidence"] != "low")
        found.append({"kind": "harsh_startup", "first_sign_from": hs["by"], "t": hs["evidence"][0]["t"],
                      "evidence": evidence, "confidence": "high" if heard > 1 else "medium" if heard else "low"})
    return {"horsemen": horsemen, "patterns": found, "repairs": _repairs(markers, result["escalation_points"]),
            "bids_met": _bids_met(result["reaching_for"])}


def _one_per_sentence(items: Sequence[dict]) -> list[dict]:
    """"You never… I always have to…" is one criticism with two cues: listed once."""
    out, seen = [], set()
    for m in items:
        key = m.get("quote") or round(m["t"], 1)
        if key in seen:
            continue
        seen.add(key)
        out.append(_ev(m))
    return out


def _best(items) -> str:
    order = ("low", "medium", "high")
    return max((m.get("confidence", "medium") for m in items), key=order.index)


def pursue_withdraw(markers, interruptions, turn_dicts, turns, words, speakers) -> dict | None:
    if len(speakers) != 2:
        return None
    best = None
    for a, b in ((speakers[0], speakers[1]), (speakers[1], speakers[0])):
        pressing = _pressing(a, markers, interruptions, turn_dicts, turns, words)
        quiet = [m for m in markers if m["speaker"] == b and (m["category"] == "stonewalling" or _shutting_down(m))]
        cycles = [(p, q) for q in quiet for p in [_last_before(pressing, q["t"])] if p is not None
                  and q["t"] - p["t"] <= ANSWER_WITHIN_S]
        answered = {id(p) for p, _ in cycles}
        # (the other's turns that step back, asking for a break or saying sorry, press for nothing; nor does a turn that
        # is itself a withdrawal sign: "Can we not do this tonight?")
        stepping_back = _stepping_back(b, markers, turns)
        b_pressing = [p for p in _pressing(b, markers, interruptions, turn_dicts, turns, words)
                      if not any(x <= p["t"] and p["end"] <= y for x, y in stepping_back)
                      and not any(p["t"] <= q["t"] <= p["end"] for q in quiet)]
        a_quiet = [m for m in markers if m["speaker"] == a and m["category"] == "stonewalling"]
        if (len(answered) >= MIN_CYCLES and len(quiet) >= MIN_CYCLES and len(b_pressing) < len(pressing)
                and len(a_quiet) < len(quiet)):
            if best is None or len(cycles) > len(best["cycles"]):
                best = {"a": a, "b": b, "pressing": pressing, "quiet": quiet, "cycles": cycles}
    if best is None:
        return None
    # shown: the turns that pressed and were met by withdrawal, not a turn that asked for a break or said sorry
    stepping_back = _stepping_back(best["a"], markers, turns)
    pressed = sorted({id(p): p for p, _ in best["cycles"] if (p["t"], p["end"]) not in stepping_back}.values(),
                     key=lambda m: m["t"]) or [best["pressing"][0]]
    first = min([pressed[0], best["quiet"][0]], key=lambda m: m["t"])
    confidences = [m.get("confidence", "medium") for m in best["quiet"]]
    return {
        "kind": "pursue_withdraw",
        "pursuing": best["a"], "withdrawing": best["b"],
        "first_sign_from": first["speaker"], "t": round(first["t"], 3),
        # the turns that pressed and were met by withdrawal: the cycle itself, not every question of the talk
        "pursuing_turns": [_ev(m) for m in pressed],
        "withdrawal_signs": [_ev(m) for m in best["quiet"]],
        "cycles": len(best["cycles"]),
        "confidence": "high" if len(best["cycles"]) >= 3 and "low" not in confidences else "medium",
    }


# Flooding said as not being able to go on ("I can't do this right now.") answers pressing by shutting down (EFT's
# withdrawal), where a racing heart or "I can't breathe" does not
SHUTTING_DOWN = re.compile(r"^i can't (?:do|take|talk|deal)\b")


def _shutting_down(m: dict) -> bool:
    return m["category"] == "flooding" and bool(SHUTTING_DOWN.match(str(m.get("phrase") or "")))


def _stepping_back(s, markers, turns) -> set:
    """(start, end) of the turns of `s` that ask for a break or say sorry with no criticism or contempt in them."""
    out = set()
    for turn in turns:
        said = {m["category"] for m in markers if m["speaker"] == s and turn.start <= m["t"] <= turn.end}
        if turn.speaker == s and "repair" in said and not said & {"criticism", "contempt"}:
            out.add((turn.start, turn.end))
    return out


# ("Can we stop for twenty minutes? … and I'll come back at quarter past.", walk43a; not "I'll come back, I promise.")
BREAK_WORDS = re.compile(r"\b(?:take a break|time[- ]?out|step away|come back to (?:this|it)|a minute|a pause|pause"
                         r"|stop for (?:a bit|a moment|[\w-]+ (?:minutes?|mins?)|half an hour)|(?:i'll|i will) come back (?:at|in|after))\b",
                         re.I)
BREAK_AFTER_FLOODING_S = 30.0
BREAK_PAUSE_S = 3.0  # the pause of the break itself, begun within AGREEING_S of the asking turn's end
AGREEING_S = 15.0


def _break_taken(sign: dict, markers: Sequence[dict], turns: Sequence[dict]) -> dict | None:
    """A break asked for (a repair such as "Can we take a break and come back to this?") within
    BREAK_AFTER_FLOODING_S of the first flooding sign, and whether both partners talked again after it:
    {"asked_t", "asked_by", "back_t"} (back_t: where the talk came back, after the partner's short "Okay." to the
    break; None when the recording ends first)."""
    asks = [m for m in markers if m["category"] == "repair" and -5.0 <= m["t"] - sign["t"] <= BREAK_AFTER_FLOODING_S
            and BREAK_WORDS.search(m.get("quote") or "")]
    if not asks:
        return None
    ask = asks[-1]
    after = [t for t in turns if t["start"] > ask["end"] + 1.0]
    agreed = after.pop(0) if after and after[0]["speaker"] != ask["speaker"] and len(after[0]["text"].split()) <= 3 else None
    talked = {t["speaker"] for t in after} | ({agreed["speaker"]} if agreed else set())
    # the talk comes back after the pause the break made, past the words agreeing to it ("Okay. Eight o'clock. You
    # promise you'll come back?" / "I promise." … "Okay, it's eight. I'm back.")
    asked_in = max([t["end"] for t in turns if t["start"] <= ask["t"] <= t["end"]] + [ask["end"]])
    later = [w for t in turns for w in t.get("words") or [] if w["start"] > asked_in]
    paused = next((b for a, b in zip([{"end": asked_in}] + later, later) if b["start"] - a["end"] >= BREAK_PAUSE_S
                   and a["end"] - asked_in <= AGREEING_S), None)
    back = (paused["start"] if paused is not None else after[0]["start"]) if after and len(talked) >= 2 else None
    return {"asked_t": ask["t"], "asked_by": ask["speaker"], "back_t": back}


def _last_before(items, t):
    before = [p for p in items if p["t"] < t]
    return before[-1] if before else None


def _pressing(s, markers, interruptions, turn_dicts, turns, words) -> list[dict]:
    """One item per turn of `s` that pressed for a response."""
    out = []
    mine = sorted((m for m in markers if m["speaker"] == s and m["category"] in PRESSING), key=lambda m: m["t"])
    times = [m["t"] for m in mine]
    for turn, d in zip(turns, turn_dicts):
        if turn.speaker != s:
            continue
        parts = _parts(turn.word_ids, words)
        for k, ids in enumerate(parts):
            start, end = words[ids[0]]["start"], words[ids[-1]]["end"]
            inside = mine[bisect.bisect_left(times, start - 0.01): bisect.bisect_right(times, end)]
            cut_in = [i for i in interruptions if i["by"] == s and i["successful"] and start - 0.5 <= i["t"] <= end]
            asked = any(is_question(words[i]["word"]) for i in ids)
            text = d.get("text") or "" if len(parts) == 1 else " ".join(words[i]["word"] for i in ids)
            urged, raised = URGING.search(text), d.get("raised") and k == 0
            if inside or cut_in or raised or asked or urged:
                why = (inside[0]["category"] if inside else "came in over the other" if cut_in
                       else "urged a response" if urged else "raised voice" if raised else "question")
                quote = (inside[0]["quote"] if inside else d.get("quote_text", d["text"]) if len(parts) == 1
                         else join_words([words[i] for i in ids], QUOTE_MIN_PROBABILITY))
                out.append({"t": start, "end": end, "speaker": s, "quote": quote[:160], "detail": why,
                            "confidence": inside[0].get("confidence", "medium") if inside else "medium"})
    return out


# A pause this long inside one partner's turn ("Are you even listening to me?" … six seconds … "Say something.") parts
# it: what follows presses again, after the partner's silence
PART_GAP_S = 3.0


def _parts(word_ids, words) -> list[list[int]]:
    out = [[word_ids[0]]] if word_ids else []
    for a, b in zip(word_ids, word_ids[1:]):
        if words[b]["start"] - words[a]["end"] >= PART_GAP_S:
            out.append([])
        out[-1].append(b)
    return out


# One repair attempt said in a breath ("Okay, I'm sorry. Can we start again?"): repair sentences of one speaker this
# close together are one attempt, as a therapist counts them.
ONE_ATTEMPT_GAP_S = 1.5


def _repairs(markers, points) -> list[dict]:
    landed_t = {round(a["t"], 3): a["accepted"] for p in points for a in (p.get("what_next") or {}).get("repair_attempts", [])}
    out, last = [], None
    for m in markers:
        if m["category"] != "repair":
            continue
        if last is not None and last["speaker"] == m["speaker"] and m["t"] - last.get("end", last["t"]) <= ONE_ATTEMPT_GAP_S:
            if m["quote"] not in out[-1]["quote"]:
                out[-1]["quote"] = f"{out[-1]['quote']} {m['quote']}"
            both = (out[-1]["landed"], landed_t.get(round(m["t"], 3)))
            out[-1]["landed"] = True if True in both else False if False in both else None
            out[-1]["outcome"] = _outcome(out[-1]["landed"])
            last = m
            continue
        last = m
        landed = landed_t.get(round(m["t"], 3))
        if landed is None:
            landed = _met_in_a_quarrel(m, markers)
        out.append({"t": round(m["t"], 3), "by": m["speaker"], "quote": m["quote"],
                    "landed": landed, "confidence": m.get("confidence", "medium"),
                    "outcome": _outcome(landed)})
    return out


# A repair within this long after a horseman is said in a quarrel, heated by the voice or not; the partner's reply this
# soon after it shows whether it landed
QUARREL_BEFORE_S = 30.0
MET_WITHIN_S = 6.0
ANSWER_WITHIN_S = 15.0
HORSEMEN = ("criticism", "contempt", "defensiveness", "stonewalling")


def _met_in_a_quarrel(m: dict, markers) -> Optional[bool]:
    """A repair after a horseman where the voices did not rise ("Oh, great plan." … "Okay, I should have asked you
    first. I'm sorry." / "Thank you. That actually means a lot."): landed when the partner answers with thanks,
    appreciation or a repair of their own and no horseman; missed when they answer with a horseman; else unknown. The
    quarrel goes on through a break asked for and the return ("…you go somewhere else." … "I need a minute." … "I'm
    sorry I keep shutting down."); the partner's answer is their first words after it, however long the repair's turn."""
    repairs = [x["t"] for x in markers if x["category"] == "repair" and 0 < m["t"] - x["t"] <= QUARREL_BEFORE_S] + [m["t"]]
    if not any(x["category"] in HORSEMEN and 0 < t - x["t"] <= QUARREL_BEFORE_S for x in markers for t in repairs):
        return None
    first = next((x["t"] for x in markers if x["speaker"] != m["speaker"] and m["t"] < x["t"] <= m["t"] + ANSWER_WITHIN_S), None)
    end = max(m.get("end", m["t"]), first or 0.0)
    reply = [x for x in markers if x["speaker"] != m["speaker"] and m["t"] < x["t"] <= end + MET_WITHIN_S]
    if any(x["category"] in HORSEMEN for x in reply):
        return False
    return True if any(x["category"] in ("appreciation", "repair") for x in reply) else None


def _outcome(landed) -> str:
    return "landed" if landed else "missed" if landed is False else "no heated stretch around it"


def _bids_met(reaching_for: dict) -> dict:
    out = {}
    for s, items in reaching_for.items():
        tally = {"toward": 0, "away": 0, "against": 0, "unclear": 0, "recording_ended": 0}
        for b in items:
            tally[b["response"]] = tally.get(b["response"], 0) + 1
        out[s] = {**tally, "total": len(items)}
    return out


# A need or request opening with these raises an issue ("Can we talk?", "I'd love us to…"); one with others shares
# something ("Did you see the lights?", "Anika sent me a voice note"), and a harsh reply to it is how the issue was raised.
RAISING = frozenset({"can", "could", "would", "will", "please", "i", "i'd", "i'm", "i've", "we", "let's", "shall"})


def _raises_it(marker: dict) -> bool:
    if marker["category"] == "feelings":
        return True
    words = str(marker.get("phrase") or "").replace("^", "").split()
    return marker["category"] == "needs_bids" and bool(words) and words[0] in RAISING


def harsh_startup(markers: Sequence[dict], first_word_t: float, duration: float, settings: AnalysisSettings,
                  turn_starts: Sequence[float] = (), first_turn: Optional[tuple] = None) -> dict:
    """Criticism or contempt in the first minutes predicts much of the rest (Gottman). In a
    short conversation the opening is its first `harsh_startup_share`, at most 3 minutes, counted in
    time and in turns (whichever ends first), and always the first exchange: in a snippet of a few
    turns, a criticism three turns in, after a soft opening was turned away, is not how it started."""
    window = min(settings.harsh_startup_s, settings.harsh_startup_share * max(0.0, duration - first_word_t))
    limit = first_word_t + window
    starts = sorted(turn_starts)
    if starts:
        opening_turns = max(2, int(settings.harsh_startup_share * len(starts)))
        if opening_turns < len(starts):
            limit = min(limit, starts[opening_turns])
        if len(starts) > 2:  # the first exchange is always part of the opening
            limit = max(limit, min(starts[2], first_word_t + settings.harsh_startup_s))
    hits = [m for m in markers if m["category"] in ("criticism", "contempt") and m["t"] < limit]
    if first_turn is not None:
        # start-up is how the one who raises it begins (Gottman): an issue raised softly ("Can we talk? I've been
        # worried about…") met by a critical reply is a reply that turned critical, not a harsh start-up
        opener, t0, t1 = first_turn
        said = [m for m in markers if m["speaker"] == opener and t0 <= m["t"] <= t1]
        if any(_raises_it(m) for m in said) and not any(
                m["category"] in ("criticism", "contempt") for m in said):
            hits = [m for m in hits if m["speaker"] == opener]
    return {
        "flag": bool(hits),
        "window_s": round(limit - first_word_t, 1),
        "by": hits[0]["speaker"] if hits else None,
        "evidence": [{"t": m["t"], "speaker": m["speaker"], "category": m["category"], "quote": m["quote"],
                      "confidence": m.get("confidence", "medium")} for m in hits],
    }

