"""Where the conversation heated up: a score per sliding window, its peaks, what set each off,
and what happened next (did a repair attempt come before it eased?).

Score of a window = vocal arousal (each partner's loudness, pitch and rate above their own
baseline; the more aroused partner counts fully, the other by half) + competitive overlap share
+ interruptions + negative markers (criticism, contempt, defensiveness), weighted by the
settings. Safety language is never part of it.
"""

from __future__ import annotations

import math
from typing import Sequence

from ..timefmt import clock
from .lexicon import NEGATIVE_CATEGORIES
from .prosody import Unit
from .settings import AnalysisSettings
from .told_apart import asked_back
from .words import ends_sentence, quote, token

# A sentence (three words or more) whose words the recogniser averaged under this is speech not made out: a repair
# may be in it ("You have a point. I should have folded them." came out as "you can point i shouldn't vote and", 0.53),
# so the report does not say none was attempted there.
UNCLEAR_SENTENCE = 0.6
UNCLEAR_MIN_WORDS = 3

AROUSAL_SIGNALS = ("loudness", "pitch", "rate")
# Half a baseline spread is ordinary variation; only the excess over it adds to the score.
Z_ALLOWANCE = 0.5
UNIT_EVIDENCE = 1.0


def unit_arousal(u: Unit, settings: AnalysisSettings) -> float:
    weights = {"loudness": settings.weight_loudness, "pitch": settings.weight_pitch, "rate": settings.weight_rate}
    return sum(w * max(0.0, (u.z.get(s) or 0.0) - Z_ALLOWANCE) for s, w in weights.items())


def window_curve(
    duration: float,
    units: Sequence[Unit],
    interruptions: Sequence[dict],
    overlaps: Sequence[dict],
    markers: Sequence[dict],
    settings: AnalysisSettings,
) -> list[dict]:
    step, size = settings.step_s, settings.window_s
    count = max(1, int(math.floor(max(0.0, duration - size) / step)) + 1)
    speakers = sorted({u.speaker for u in units})
    # Per window, per speaker, per signal: sum of z * seconds and seconds.
    acc = [{s: {sig: [0.0, 0.0] for sig in AROUSAL_SIGNALS} for s in speakers} for _ in range(count)]
    for u in units:
        for k in _windows_touching(u.start, u.end, step, size, count):
            w0 = k * step
            seconds = min(u.end, w0 + size) - max(u.start, w0)
            if seconds <= 0:
                continue
            for sig in AROUSAL_SIGNALS:
                z = u.z.get(sig)
                if z is not None:
                    acc[k][u.speaker][sig][0] += z * seconds
                    acc[k][u.speaker][sig][1] += seconds
    competitive = [o for o in overlaps if o["kind"] in ("interruption", "attempt")]
    negative = [m for m in markers if m["category"] in NEGATIVE_CATEGORIES]
    curve = []
    for k in range(count):
        w0, w1 = k * step, k * step + size
        # A rise must last: a partner's z is averaged over at least `arousal_min_speech_s` of their
        # speech in the window, so one excited "no way!" does not read as a heated stretch.
        floor_s = settings.arousal_min_speech_s
        z_by_speaker = {
            s: {sig: (v[0] / max(v[1], floor_s) if v[1] > 0 else None) for sig, v in acc[k][s].items()}
            for s in speakers
        }
        arousal = {
            s: sum(
                weight * max(0.0, (z or 0.0) - Z_ALLOWANCE)
                for sig, weight, z in (
                    ("loudness", settings.weight_loudness, zs["loudness"]),
                    ("pitch", settings.weight_pitch, zs["pitch"]),
                    ("rate", settings.weight_rate, zs["rate"]),
                )
            )
            for s, zs in z_by_speaker.items()
        }
        ranked = sorted(arousal.values(), reverse=True)
        arousal_score = (ranked[0] if ranked else 0.0) + 0.5 * sum(ranked[1:2])
        overlap_s = sum(max(0.0, min(o["end"], w1) - max(o["start"], w0)) for o in competitive)
        n_int = sum(1 for i in interruptions if w0 <= i["t"] < w1)
        n_neg = sum(1 for m in negative if w0 <= m["t"] < w1)
        score = (
            arousal_score
            + settings.weight_overlap * overlap_s / size
            + settings.weight_interruption * n_int
            + settings.weight_negative_marker * n_neg
        )
        curve.append(
            {
                "t": round(w0 + size / 2, 2),
                "start": round(w0, 2),
                "end": round(w1, 2),
                "score": round(score, 3),
                "heat": round(arousal_score + settings.weight_negative_marker * n_neg, 3),
                "arousal": {s: round(a, 3) for s, a in arousal.items()},
                "overlap_s": round(overlap_s, 2),
                "interruptions": n_int,
                "negative_markers": n_neg,
            }
        )
    return curve


def _windows_touching(start: float, end: float, step: float, size: float, count: int) -> range:
    first = max(0, int(math.floor((start - size) / step)) + 1)
    last = min(count - 1, int(math.floor(end / step)))
    return range(first, last + 1)


def escalation_points(
    curve: Sequence[dict],
    units: Sequence[Unit],
    interruptions: Sequence[dict],
    overlaps: Sequence[dict],
    markers: Sequence[dict],
    words: Sequence[dict],
    settings: AnalysisSettings,
    names: dict | None = None,
    threat_stretches: Sequence[dict] = (),
    unrecognised: Sequence[dict] = (),
) -> list[dict]:
    names = names or {}
    groups = _escalated_groups(curve, settings)
    points = []
    for group in groups:
        peak = max(group, key=lambda w: w["score"])
        if peak["score"] < settings.escalation_peak:
            continue
        # Lively talk overlaps: timing alone (overlap, interruptions) never makes a heated
        # moment; the voices or the words must have risen too.
        if max(w["heat"] for w in group) < settings.escalation_min_heat:
            continue
        # Evidence must start before the score fell back below the threshold: what comes
        # after (a calm repair turn, say) belongs to "what happened next".
        span0, span1 = group[0]["start"], group[-1]["start"] + settings.step_s
        events = _evidence(span0, span1, units, interruptions, overlaps, markers, words, settings)
        if not events:
            continue
        start = min(e["t"] for e in events)
        end = max(e["end"] for e in events)
        first = min(events, key=lambda e: (e["t"], -e["weight"]))
        # The first sign, not a culprit: each partner's moves feed the other's (DOMAIN.md §7).
        first_sign_from = first["speaker"]
        trigger = _trigger(events, start)
        signals, by_speaker = _signals(events)
        points.append(
            {
                "start": round(start, 3),
                "end": round(end, 3),
                "peak_t": peak["t"],
                "score": round(peak["score"], 2),
                "first_sign_from": first_sign_from,
                "led_by": first_sign_from,  # the older name, kept for readers of earlier results
                "quote": trigger["quote"],
                "quote_t": round(trigger["t"], 3),
                "quote_by": trigger["speaker"],
                "signals": signals,
                "signals_by_speaker": by_speaker,
                "what_next": _what_next(end, peak, group[-1], curve, markers, settings, names, threat_stretches,
                                        unrecognised, words),
            }
        )
    return points


def _escalated_groups(curve: Sequence[dict], settings: AnalysisSettings) -> list[list[dict]]:
    groups: list[list[dict]] = []
    for w in curve:
        if w["score"] < settings.escalation_threshold:
            continue
        if groups and w["start"] - groups[-1][-1]["start"] <= settings.step_s + settings.escalation_merge_gap_s:
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


def _evidence(t0, t1, units, interruptions, overlaps, markers, words, settings) -> list[dict]:
    """Everything that pushed the score up inside [t0, t1]: raised units, markers, interruptions."""
    out = []
    for u in units:
        if u.end <= t0 or u.start >= t1:
            continue
        rose = [s for s in AROUSAL_SIGNALS if (u.z.get(s) or 0.0) >= settings.raised_z]
        # A stretch counts as evidence when its own share of the score is real: one signal a
        # little above the line (a quick sentence, say) is ordinary variation.
        if rose and unit_arousal(u, settings) >= UNIT_EVIDENCE:
            out.append({"t": u.start, "end": u.end, "speaker": u.speaker, "kind": "voice", "signals": rose,
                        "weight": max(u.z[s] for s in rose),
                        "text": quote([words[i] for i in u.word_ids], 0, 0, max_words=25)})
    for m in markers:
        if m["category"] in NEGATIVE_CATEGORIES and t0 <= m["t"] < t1:
            out.append({"t": m["t"], "end": m["end"], "speaker": m["speaker"], "kind": "marker",
                        "signals": [m["category"]], "weight": 1.0, "marker": m})
    for i in interruptions:
        if t0 <= i["t"] < t1:
            # a try at the floor that did not take it is talking at the same time, not cutting in: "cut in" is said
            # of a partner only where the figures count an interruption of theirs (walk49a a_sister: "both cut in on
            # each other" beside "Interruptions made: Nia 0")
            cut_in = i.get("successful", True)
            out.append({"t": i["t"], "end": i["t"] + max(i["overlap_s"], 0.2), "speaker": i["by"],
                        "kind": "interruption", "signals": ["interruptions" if cut_in else "overlap"], "weight": 1.0,
                        "interruption": i})
    for o in overlaps:
        if o["kind"] in ("interruption", "attempt") and t0 <= o["start"] < t1 and o["end"] - o["start"] > 0.3:
            out.append({"t": o["start"], "end": o["end"], "speaker": o["by"], "kind": "overlap",
                        "signals": ["overlap"], "weight": 0.5})
    return out


def _trigger(events, start) -> dict:
    """The quote that set it off: what was said at the earliest evidence. Where that is a
    rise in the voice, a negative marker in the same stretch is the more telling quote."""
    first = min(events, key=lambda e: (e["t"], -e["weight"]))
    if first["kind"] == "marker":
        m = first["marker"]
        if m.get("confidence") == "low":
            # a sign heard unsurely is not quoted; the first one heard clearly in the same stretch is
            sure = [e["marker"] for e in sorted(events, key=lambda e: e["t"])
                    if e["kind"] == "marker" and e["marker"].get("confidence") != "low" and e["marker"].get("quote")]
            m = sure[0] if sure else m
        return {"t": m["t"], "speaker": m["speaker"], "quote": "" if m.get("confidence") == "low" else m["quote"]}
    if first["kind"] == "interruption":
        i = first["interruption"]
        return {"t": i["t"], "speaker": i["by"], "quote": i["quote"]}
    if first["kind"] == "voice":
        same = [e for e in events if e["kind"] == "marker" and e["speaker"] == first["speaker"]
                and first["t"] <= e["t"] <= first["end"]]
        if same:
            m = same[0]["marker"]
            return {"t": m["t"], "speaker": m["speaker"], "quote": m["quote"]}
        return {"t": first["t"], "speaker": first["speaker"], "quote": first["text"]}
    return {"t": first["t"], "speaker": first["speaker"], "quote": ""}


def _signals(events) -> tuple[list[str], dict[str, list[str]]]:
    order = ["loudness", "pitch", "rate", "overlap", "interruptions", *NEGATIVE_CATEGORIES]
    seen: dict[str, set] = {}
    for e in events:
        for s in e["signals"]:
            seen.setdefault(s, set()).add(e["speaker"])
    signals = [s for s in order if s in seen]
    by_speaker: dict[str, list[str]] = {}
    for s in signals:
        for speaker in sorted(seen[s]):
            by_speaker.setdefault(speaker, []).append(s)
    return signals, by_speaker


def _what_next(end, peak, last, curve, markers, settings, names, threat_stretches=(), unrecognised=(),
               words=()) -> dict:
    """Repair attempts from the peak until `after_escalation_s` after the end, and whether
    the score stayed down after each (the repair was taken up). After a threat nothing counts
    as repair or easing: a calm that follows submission is not de-escalation. Speech in that stretch
    with no words recognised, or whose words were not made out (UNCLEAR_SENTENCE), makes a missing repair
    unknown, not absent (`repair_unknown`); so does an apology set aside after words that may be a threat."""
    hard = _still_hard(end, markers, settings)
    horizon = max([end] + [m["end"] for m in hard]) + settings.after_escalation_s
    # a possible threat (read by meaning, to listen to) only keeps the reply to it from counting as a
    # repair (safety.reread_after_threats): the stretch is not declared unsafe on its strength
    touching = [s for s in threat_stretches
                if not s.get("possible") and s["start"] <= horizon and s["end"] >= peak["start"]]
    # (the latest before the stretch's end, else the first after it)
    threat = max(touching, key=lambda s: (s["start"] <= end, s["start"] if s["start"] <= end else -s["start"])) if touching else None
    if threat is not None:
        return {
            "text": (f"There was safety language ({threat['flag'].get('group') or threat['flag']['category']}) at "
                     f"{clock(threat['flag']['t'])}; what followed is not read as repair or easing "
                     + ("(a calm after it is not the risk passing)." if threat["flag"]["category"] == "self_harm"
                        else "(a calm after it may be fear).")),
            "eased": False, "eased_at": None, "repair_attempts": [], "repair_landed": False,
            "eased_after_repair": None, "after_threat": True, "threat_t": threat["flag"]["t"],
        }
    repairs = [m for m in markers if m["category"] == "repair" and peak["t"] <= m["t"] <= horizon]
    unheard = [s for s in unrecognised if s["end"] > peak["t"] and s["start"] < horizon]
    unclear = [s for s in _unclear_speech(words) if s["end"] > peak["t"] and s["start"] < horizon]
    set_aside = [m for m in markers if m["category"] in ("appeasement", "repair_after_threat")
                 and peak["t"] <= m["t"] <= horizon]
    attempts = []
    for m in repairs:
        later = [w for w in curve if m["t"] <= w["start"] <= m["t"] + settings.after_escalation_s]
        # ... and not turned down: the partner's next words a horseman ("Don't sorry me. You always say sorry…")
        rejected = any(x["speaker"] != m["speaker"] and x["category"] in NEGATIVE_CATEGORIES
                       and m["t"] < x["t"] <= m["end"] + REJECTED_WITHIN_S for x in markers) or asked_back(
            m, words, REJECTED_WITHIN_S)  # "Start again? We've started again about four times since Christmas."
        # ... nor met with a withdrawal ("I'm sorry. That was mean." / "Mm." … "I'm going to the study."), not a plain
        # "Okay." or thanks
        withdrawn = not rejected and any(x["speaker"] != m["speaker"] and x["category"] == "stonewalling"
                                         and m["t"] < x["t"] <= m["end"] + REJECTED_WITHIN_S and not _accepts(x)
                                         for x in markers)
        accepted = not rejected and not withdrawn and (
            all(w["score"] < settings.escalation_threshold for w in later) if later else True)
        attempts.append({"t": round(m["t"], 3), "by": m["speaker"], "quote": m["quote"], "accepted": accepted,
                         "confidence": m.get("confidence", "medium"), **({"withdrawn": True} if withdrawn else {})})
    after = [w for w in curve if w["start"] > last["start"] and w["score"] < settings.escalation_threshold]
    # The first calm window starts here: everything after it is calm for a full window.
    eased_at = after[0]["start"] if after else None
    landed = next((a for a in attempts if a["accepted"]), None)
    text = _next_text(landed, attempts, eased_at, names, unheard, unclear, set_aside)
    # (the last words of the stretch itself, said as the score fell, are no going on)
    hard = hard if eased_at is not None and any(m["t"] >= eased_at + settings.window_s / 2 for m in hard) else []
    if hard:  # the score fell, the words did not: said, not "it calmed down"
        kinds = list(dict.fromkeys(m["category"] for m in hard))  # the kinds, not who (the couple may read it)
        went_on = (f"{', '.join(kinds[:-1])} and {kinds[-1]}" if len(kinds) > 1 else kinds[0]) + " followed, at " + \
            ", ".join(list(dict.fromkeys(clock(m["t"]) for m in hard))[:4])
        rest = (_next_text(landed, attempts, None, names, unheard, unclear, set_aside)
                if landed or attempts or set_aside or unheard or unclear else "No spoken repair attempt came.")
        text = f"The intensity fell by {clock(eased_at)}, but the exchange stayed hard: {went_on}. {rest}"
    return {
        "text": text,
        "still_hard": [{"t": m["t"], "category": m["category"], "by": m["speaker"]} for m in hard],
        "repair_unknown": not attempts and bool(unheard or unclear or set_aside),
        "unrecognised_speech": [{"start": s["start"], "end": s["end"]} for s in unheard],
        "unclear_speech": unclear,
        # (a shareable report leaves such a passage out, as it does one after a threat)
        "apology_set_aside": bool(set_aside) and not attempts,
        "eased": eased_at is not None,
        "eased_at": eased_at,
        "repair_attempts": attempts,
        "repair_landed": landed is not None,
        "eased_after_repair": landed,
    }


# What keeps a stretch hard after its score falls: the Four Horsemen, each within `after_escalation_s` of the last,
# up to the first repair attempt ("Oh, wonderful. Thank you so much, Mister Financial Genius." in an even voice is
# no calm). Repairs are looked for up to `after_escalation_s` after the last of them.
STILL_HARD = (*NEGATIVE_CATEGORIES, "stonewalling")
REJECTED_WITHIN_S = 6.0  # a horseman from the partner this soon after a repair turns it down


def _accepts(marker: dict) -> bool:
    """A short reply that takes an apology ("Okay.", "Thanks.", "Alright."), however the timing rules read it."""
    said = {t for t in (token(w) for w in str(marker.get("quote") or "").split()) if t}
    return bool(said) and said <= {"okay", "ok", "alright", "thanks", "thank", "you", "yeah", "yes", "love", "babe", "same",
                                   "here", "too", "me"}


def _still_hard(end, markers, settings) -> list[dict]:
    later = sorted((m for m in markers if m["t"] > end), key=lambda m: m["t"])
    out, cursor = [], end
    for m in later:
        if m["category"] == "repair" or m["t"] - cursor > settings.after_escalation_s:
            break
        if m["category"] in STILL_HARD:
            out.append(m)
            cursor = m["end"]
    return out


def _next_text(landed, attempts, eased_at, names, unheard=(), unclear=(), set_aside=()) -> str:
    if landed:
        return f"It eased after {names.get(landed['by'], landed['by'])}'s “{landed['quote']}” at {clock(landed['t'])}."
    if attempts:
        a = attempts[0]
        return (f"{names.get(a['by'], a['by'])} tried to repair (“{a['quote']}”, {clock(a['t'])}), "
                + ("but it was met with a short reply or a withdrawal." if a.get("withdrawn")
                   else "but it did not calm down straight away."))
    calmed = f"It calmed down by {clock(eased_at)}. " if eased_at is not None else ""
    if set_aside:
        m = set_aside[0]
        return (f"{calmed}{names.get(m['speaker'], m['speaker'])}'s “{m['quote']}” ({clock(m['t'])}) came after words "
                "that may have been a threat, so it is not read as a repair: check the recording.")
    if unheard or unclear:
        spans = ", ".join(clock(s["start"]) if s["end"] - s["start"] < 1.0 else f"{clock(s['start'])}–{clock(s['end'])}"
                          for s in sorted([*unheard, *unclear], key=lambda s: s["start"])[:3])  # "at 00:37", not "00:37–00:37"
        return (f"{calmed}Speech at {spans} could not be made out, so whether a repair was attempted is "
                "unknown: check the recording.")
    if eased_at is not None:
        return f"It calmed down by {clock(eased_at)} with no spoken repair attempt."
    return "It had not calmed down by the end of the recording."


def _unclear_speech(words: Sequence[dict]) -> list[dict]:
    """{start, end} of each sentence of one speaker (UNCLEAR_MIN_WORDS words or more) whose words the recogniser
    averaged under UNCLEAR_SENTENCE."""
    out, current = [], []
    for k, w in enumerate(words):
        current.append(w)
        nxt = words[k + 1] if k + 1 < len(words) else None
        if ends_sentence(w["word"]) or nxt is None or nxt.get("speaker") != w.get("speaker"):
            probs = [1.0 if x.get("probability") is None else float(x["probability"]) for x in current]
            if len(current) >= UNCLEAR_MIN_WORDS and sum(probs) / len(probs) < UNCLEAR_SENTENCE:
                out.append({"start": round(current[0]["start"], 3), "end": round(current[-1]["end"], 3)})
            current = []
    return out
