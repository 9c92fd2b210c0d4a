"""Headline observations: plain, symmetric sentences that describe rather than diagnose, each
with the times and quotes behind it, ranked by how much a therapist would want to see it first.
Safety language, if any, always ranks first."""

from __future__ import annotations

from typing import Mapping, Sequence

from ..timefmt import clock
from ..percents import whole_percents
from .agreed_break import break_observation, counted
from .not_scored import controlling
from .reply_said import fear_response_after, reply_said
from .safety import is_listen_only
from .settings import AnalysisSettings

KIND_ORDER = {"need": 0, "bid": 1, "feeling": 2, "complaint": 3}
SIGNAL_WORDS = {"loudness": "louder", "pitch": "higher in pitch", "rate": "faster"}


def _ev(t, speaker, quote) -> dict:
    return {"t": None if t is None else round(float(t), 3), "speaker": speaker, "quote": quote}


def _said(item: Mapping, limit: int = 120) -> str:
    """The quote in marks, or, for a low-confidence finding, no quote at all (DOMAIN.md §7)."""
    if item.get("confidence") == "low":
        return "(words uncertain: check the recording)"
    return f"“{_q(item.get('quote') or item.get('text') or '', limit)}”"


def _stop(text: str) -> str:
    """The full stop a sentence needs after a quote, unless the quote already ends one (no “… knew.”.)."""
    return "" if text.rstrip("”\"' ").endswith((".", "?", "!", "…")) else "."


def _q(text: str, limit: int = 120) -> str:
    text = (text or "").strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]  # at a word's end, never "you went on abou…"
    return (cut.rsplit(" ", 1)[0] if text[limit - 1] != " " and " " in cut else cut).rstrip(" ,;:") + "…"


def headline_observations(result: Mapping, names: Mapping[str, str], settings: AnalysisSettings) -> list[dict]:
    n = lambda s: names.get(s, s) if s else "someone"  # noqa: E731
    speakers = {s["id"]: s for s in result["speakers"]}
    obs: list[dict] = []

    prompt = result.get("safety_prompt")
    if prompt:
        obs.append({"kind": "safety_prompt", "score": 101.0, "text": prompt["text"],
                    "evidence": [_ev(prompt["t"], prompt["speaker"], "")]})
    obs += _safety(result["safety_flags"], n)

    for p in result["escalation_points"]:
        # (a passage after a threat, or with an apology set aside after a possible one, is never shared with the couple)
        unsafe = p["what_next"].get("after_threat") or p["what_next"].get("apology_set_aside")
        obs.append({"kind": "escalation", "score": 50.0 + p["score"], "text": _escalation_text(p, n),
                    "evidence": _escalation_evidence(p), **({"after_threat": True} if unsafe else {})})

    hs = result["harsh_startup"]
    # a sign to check the recording for is never quoted as what was said
    sure = [e for e in hs["evidence"] if e.get("confidence") != "low"]
    if sure:
        first = sure[0]
        obs.append({"kind": "harsh_startup", "score": 40.0,
                    "text": f"The conversation opened with {first['category']}: at {clock(first['t'])} "
                            f"{n(first['speaker'])} said {_said(first)}{_stop(_said(first))}",
                    "evidence": [_ev(e["t"], e["speaker"], e["quote"]) for e in sure[:3]]})
    elif hs["flag"]:
        first = hs["evidence"][0]
        obs.append({"kind": "harsh_startup", "score": 20.0,
                    "text": f"The conversation may have opened with {first['category']} (from "
                            f"{n(first['speaker'])} at {clock(first['t'])}): check the recording.",
                    "evidence": [_ev(first["t"], first["speaker"], "")]})

    obs += _reaching(result["reaching_for"], n, controlling(result))
    obs += _interruptions(result["interruptions"], speakers, n)
    obs += _repairs(result.get("repairs"), result["escalation_points"], n)
    obs += _withdrawal(result["markers"], speakers, n)
    obs += _cycle(result.get("patterns") or [], n)
    obs += _monologues(speakers, n)
    obs += _balance(speakers, n)
    obs += _latency(speakers, n)
    obs += _silences(result["silences"], n)
    obs += _framing(speakers, n)

    obs.sort(key=lambda o: -o["score"])
    for o in obs:
        o.setdefault("confidence", _confidence_of(o, result))
    for rank, o in enumerate(obs, start=1):
        o["rank"] = rank
        o["score"] = round(o["score"], 2)
    return obs


def _confidence_of(o: Mapping, result: Mapping) -> str:
    """The weakest finding an observation quotes (medium when it quotes none)."""
    levels = ("low", "medium", "high")
    found = []
    # (a heated moment's own certainty is about the moment: it is no measure of a quote that opens it, as in "The
    # conversation opened with criticism" said high in the report's patterns and low here)
    items = [*result["markers"], *result["safety_flags"], *(result["escalation_points"] if o.get("kind") == "escalation" else []),
             *[b for lst in result["reaching_for"].values() for b in lst]]
    for e in o.get("evidence") or []:
        for x in items:
            if e.get("t") is not None and abs(float(x.get("t", x.get("start", -1e9))) - e["t"]) < 0.01 and x.get("confidence"):
                found.append(x["confidence"])
    return min(found, key=levels.index) if found else "medium"


def _safety(flags: Sequence[Mapping], n) -> list[dict]:
    """One observation per kind of safety language (all its times listed), so nothing is folded
    away and the page is not ten near-identical lines."""
    by_group: dict[str, list] = {}
    listen = [f for f in flags if is_listen_only(f)]
    for f in flags:  # one line per kind and partner: "Josh said … (and 3 more…)" lists only Josh's
        if not is_listen_only(f):
            by_group.setdefault((f.get("group") or f["category"], f["speaker"]), []).append(f)
    out = []
    if listen:
        times = ", ".join(f"{clock(f['t'])} ({n(f['speaker'])}: {f.get('group') or f['category']})" for f in listen[:4])
        more = f" and {len(listen) - 4} more" if len(listen) > 4 else ""
        out.append({"kind": "safety_check", "score": 45.0,
                    "text": f"Possibly safety language, read from the sentence's meaning or from signs around it "
                            f"rather than a listed phrase, at {times}{more}. Please listen to these moments; "
                            f"they may be nothing.",
                    "evidence": [_ev(x["t"], x["speaker"], x["quote"]) for x in listen[:4]]})
    # the surest kinds first, so a page that shows only the first few shows them ("I just don't know what mood you'll
    # be in when you get home.", fear heard clearly, was left off page 1 behind lines heard less surely)
    # ... and a listed phrase heard before a reading by meaning, however unsure its words (walk48b: the threat to take the
    # children to Perth, heard by its phrase in words the recogniser was unsure of, came fourth, after three readings)
    sure = {"high": 0, "medium": 1}
    for (group, _), items in sorted(by_group.items(), key=lambda kv: (all(x.get("source") == "meaning" for x in kv[1]),
                                                                      min(sure.get(x.get("confidence"), 2) for x in kv[1]),
                                                                      kv[1][0]["t"])):
        f = items[0]
        later = ", ".join(clock(x["t"]) for x in items[1:7]) + (", …" if len(items) > 7 else "")
        more = f" (and {len(items) - 1} more: {later})" if len(items) > 1 else ""
        said = f"said “{_q(f['quote'])}”" if f.get("confidence") != "low" else "said something here (check the recording)"
        # (control told by the one it is done to: page 1 says so, as the Key moment does, in a sentence of its own: never
        # "said “They took my card.”, told by the one…")
        told = " It was told by the one it is done to." if f.get("told_by_the_one_controlled") else ""
        if f["category"] == "appeasement":
            text = (f"Possible fear response at {clock(f['t'])}: {fear_response_after(f, flags, n)}, {n(f['speaker'])} {said}"
                    f"{more}{_stop(said + more)}{told} This is not read as a repair; please listen to it before anything else.")
        else:
            text = (f"Safety language ({group}) at {clock(f['t'])}: {n(f['speaker'])} {said}{more}{_stop(said + more)}{told} "
                    "Please listen to this moment before anything else.")
        out.append({"kind": "safety", "score": 100.0 - 0.01 * len(out), "text": text,
                    "evidence": [_ev(x["t"], x["speaker"], x["quote"]) for x in items[:4]]})
    return out


LATE_QUOTE_S = 2.0  # a rise's quote this long after its start does not start "the next N seconds" of it


def _escalation_text(p: Mapping, n) -> str:
    voices = {s: [SIGNAL_WORDS[x] for x in sig if x in SIGNAL_WORDS] for s, sig in p["signals_by_speaker"].items()}
    voices = {s: v for s, v in voices.items() if v}
    parts = []
    if len(voices) >= 2:
        common = sorted(set.intersection(*(set(v) for v in voices.values())), key=list(SIGNAL_WORDS.values()).index)
        if common:
            parts.append(f"both voices got {_and(common)}")
        else:
            parts.append(_and([f"{n(s)}'s voice got {_and(v)}" for s, v in voices.items()]))
    elif voices:
        s, v = next(iter(voices.items()))
        parts.append(f"{n(s)}'s voice got {_and(v)}")
    if "overlap" in p["signals"]:
        parts.append("they talked at the same time")
    if "interruptions" in p["signals"]:
        who = [s for s, sig in p["signals_by_speaker"].items() if "interruptions" in sig]
        parts.append(f"{_and([n(s) for s in who])} cut in" if len(who) == 1 else "both cut in on each other")
    duration = max(1, round(p["end"] - p["start"]))
    what = _and(parts) if parts else "the exchange grew tense"
    # (a quote whose every word was unsure is "… …": no quote, and no "At 00:33; over the next…")
    quoted = str(p["quote"] or "").strip(" .…")
    over = "over the next second" if duration == 1 else f"over the next {duration} seconds"  # (never "the next 1 s")
    if quoted and p["quote_t"] - p["start"] > LATE_QUOTE_S:  # (rep46 h10 dishwasher_mug: "At 00:09 … said …; over the
        over = f"over the {duration} seconds from {clock(p['start'])}"  # next 29 seconds" of a rise from 00:00 to 00:29)
    text = (f"At {clock(p['quote_t'])} {n(p['quote_by'])} said “{_q(p['quote'])}”; {over} {what}." if quoted
            else f"From {clock(p['start'])}, {over}, {what}.")
    nxt = p["what_next"]
    landed = nxt["eased_after_repair"]
    if nxt.get("still_hard") or nxt.get("after_threat"):  # after a threat, no calm is read as easing (nor its absence)
        text += f" {nxt['text']}"
    elif landed:
        text += f" It eased after {n(landed['by'])}'s “{_q(landed['quote'], 80)}” at {clock(landed['t'])}."
    elif nxt["repair_attempts"]:
        a = nxt["repair_attempts"][0]
        text += f" {n(a['by'])} tried to repair (“{_q(a['quote'], 80)}”, {clock(a['t'])}), but it stayed heated for a while."
    elif nxt.get("repair_unknown"):
        text += f" {nxt['text']}"
    elif nxt["eased"]:
        text += f" It calmed down by {clock(nxt['eased_at'] + 0.0)} without a spoken repair attempt."
    else:
        text += " It had not calmed down by the end of the recording."
    return text


def _escalation_evidence(p: Mapping) -> list[dict]:
    ev = [_ev(p["quote_t"], p["quote_by"], p["quote"])]
    landed = p["what_next"]["eased_after_repair"]
    if landed:
        ev.append(_ev(landed["t"], landed["by"], landed["quote"]))
    return ev


def _reaching(reaching_for: Mapping, n, controls=frozenset()) -> list[dict]:
    out = []
    for speaker, items in reaching_for.items():
        if not items:
            continue
        toward = sum(1 for i in items if i["response"] == "toward")
        # the plainest statement first: a need said as a need, then a request, a feeling, a complaint
        first = min(items, key=lambda i: (i.get("confidence") == "low", KIND_ORDER.get(i["kind"], 9), i["t"]))
        other, said = first.get("response_by"), reply_said(first)
        said = "replied" if other in controls and first["response"] in ("toward", "away") else said  # (not scored)
        reply_text = (f"{n(other)} {said}" if other else "the recording ends there, before any reply"
                      if first["response"] == "recording_ended" else "there was no reply")
        text = (f"{n(speaker)} seemed to be reaching for {first['label']}" + (  # (no "…: (words uncertain…) (00:45)")
            f" at {clock(first['t'])} {_said(first)}" if first.get("confidence") == "low"
            else f": {_said(first)} ({clock(first['t'])})") + f"; {reply_text}.")
        by = {i.get("response_by") for i in items if i.get("response_by")}
        if by & set(controls):  # (walk49a a_sister: no turning-toward score for a partner heard controlling)
            text += (f" {'This reply is' if len(items) == 1 else 'The replies are'} not scored as turning toward or away:"
                     f" {_and([n(s) for s in sorted(by & set(controls))])}'s words were read as control.")
        elif len(items) > 1:
            text += (f" Of {n(speaker)}'s {len(items)} needs and bids, {toward} "
                     f"{'was' if toward == 1 else 'were'} met by turning toward {'it' if toward == 1 else 'them'}.")
        out.append({"kind": "reaching_for", "score": 30.0 + min(len(items), 5),
                    "text": text, "evidence": [_ev(first["t"], speaker, first["quote"])]
                    + [_ev(i["t"], speaker, i["quote"]) for i in items if i is not first][:3]})
    return out


def _interruptions(interruptions: Sequence[Mapping], speakers: Mapping, n) -> list[dict]:
    made = [i for i in interruptions if i["successful"]]
    if not made:
        return []
    counts = {s: sum(1 for i in made if i["by"] == s) for s in speakers}
    # Two partners: both named, even at 0 (symmetric); more voices: only those who did it.
    ordered = [kv for kv in sorted(counts.items(), key=lambda kv: -kv[1]) if kv[1] or len(counts) <= 2]
    phrases = [f"{n(s)} {c} time{'s' if c != 1 else ''}" for s, c in ordered]
    text = (f"Someone started talking while the other was mid-sentence {len(made)} time"
            f"{'s' if len(made) != 1 else ''}: {_and(phrases)}; the first was at {clock(made[0]['t'])}.")
    return [{"kind": "interruptions", "score": 20.0 + min(len(made), 10),
             "text": text, "evidence": [_ev(i["t"], i["by"], i["quote"]) for i in made[:4]]}]


def _repairs(attempts, points, n) -> list[dict]:
    """Repair attempts per partner, counted as the figures count them (patterns._repairs: one said in a breath, "Sorry.
    I was wrong.", is one attempt), so the observation, the patterns line and the figures agree."""
    if not attempts:
        return []
    per = {}
    for a in attempts:
        per.setdefault(a["by"], []).append(a)
    landed = sum(1 for p in points if p["what_next"]["repair_landed"])
    text = "Repair attempts: " + _and([f"{n(s)} {len(v)} ({'first ' if len(v) > 1 else ''}at {clock(v[0]['t'])}, {_said(v[0], 50)[1:-1]})"
                                       if v[0].get("confidence") == "low" else
                                       f"{n(s)} {len(v)} ({'first ' if len(v) > 1 else ''}{_said(v[0], 50)} at {clock(v[0]['t'])})"
                                       for s, v in per.items()]) + "."
    if points:
        text += f" {landed} of {len(points)} heated stretch{'es' if len(points) != 1 else ''} eased after one."
    return [{"kind": "repair", "score": 25.0, "text": text,
             "evidence": [_ev(a["t"], a["by"], a["quote"]) for a in attempts[:4]]}]


def _withdrawal(markers, speakers, n) -> list[dict]:
    out = []
    for s in speakers:
        mine = [m for m in markers if m["category"] == "stonewalling" and m["speaker"] == s]
        if len(mine) < 2:
            continue
        # the words said, clearly heard, else what happened in plain words (never the list's phrase or a rule's name)
        first = next((m for m in mine if m["quote"].strip(" .…") and m.get("confidence") != "low"), mine[0])
        example = _said(first, 60) if first["quote"].strip(" .…") else _quiet(first)
        out.append({"kind": "withdrawal", "score": 22.0 + len(mine),
                    "text": f"{n(s)} went quiet or gave short replies {len(mine)} times, e.g. {example} at {clock(first['t'])}.",
                    "evidence": [_ev(m["t"], m["speaker"], m["quote"]) for m in mine[:4]]})
    return out


def _quiet(sign: Mapping) -> str:
    """A sign with no words to quote, in plain words: "a silence of 5 s after a question"."""
    if sign.get("source") == "timing" and str(sign.get("phrase", "")).startswith("silence"):
        after = "a question" if "question" in str(sign["phrase"]) else "a bid"
        return f"a silence of {max(1, round(sign.get('end', sign['t']) - sign['t']))} s after {after}"
    return "a short reply (words uncertain: check the recording)"


def _cycle(patterns: Sequence[Mapping], n) -> list[dict]:
    """Pursue–withdraw as a cycle between them, with its first sign (never "led by"); and flooding said plainly (the body
    overwhelmed: "I can't breathe properly when you do this."), which a therapist wants to see before anything said after it."""
    out = []
    for p in patterns:
        sign = (p.get("evidence") or [{}])[0]
        if p.get("kind") == "flooding" and p.get("confidence") != "low" and sign.get("quote"):
            out.append({"kind": "flooding", "score": 46.0,
                        "text": f"Signs of flooding: at {clock(p['t'])} {n(p['speaker'])} said “{_q(sign['quote'], 80)}”"
                                f"{_stop(sign['quote'])} Little that is said after this is likely to be heard; a break may help.",
                        "evidence": [_ev(e.get("t"), p["speaker"], e.get("quote") or "") for e in (p.get("evidence") or [])[:3]]})
        if p.get("kind") != "pursue_withdraw":
            continue
        a, b = p["pursuing"], p["withdrawing"]
        quiet = p["withdrawal_signs"]
        example = next((q for q in quiet if q.get("quote") and q.get("confidence") != "low"), None)
        shown = f", e.g. “{_q(example['quote'], 60)}” at {clock(example['t'])}" if example else ""
        out.append({"kind": "pursue_withdraw", "score": 45.0,
                    "text": f"Pursue–withdraw cycle: {n(a)} pressed for a response ({len(p['pursuing_turns'])} turns) "
                            f"while {n(b)} went quiet or answered briefly ({len(quiet)} times{shown}); each move "
                            f"seems to feed the other. First sign from {n(p['first_sign_from'])} at {clock(p['t'])}.",
                    "evidence": [_ev(p["t"], p["first_sign_from"], "")]
                    + [_ev(q["t"], b, q["quote"]) for q in quiet[:3]]})
    return out


def _monologues(speakers: Mapping, n) -> list[dict]:
    out = []
    for s in speakers.values():
        if s.get("monologues"):
            first = s["monologues"][0]
            k = len(s["monologues"])
            out.append({"kind": "monologue", "score": 14.0,
                        "text": f"{n(s['id'])} held the floor for {first['end'] - first['start']:.0f} s at "
                                f"{clock(first['start'])} without a turn from the other"
                                + (f" ({k} such stretches)." if k > 1 else "."),
                        "evidence": [_ev(first["start"], s["id"], "")]})
    return out


def _balance(speakers: Mapping, n) -> list[dict]:
    if len(speakers) < 2:
        return []
    ordered = sorted(speakers.values(), key=lambda s: -s["talk_share"])
    gap = ordered[0]["talk_share"] - ordered[1]["talk_share"]
    text = "Talk time: " + _and([f"{n(s['id'])} {pc}%" for s, pc in zip(ordered, whole_percents([s["talk_share"] for s in ordered]))])
    # the longest turn of either partner (not the longest of whoever talked most)
    top = max(ordered, key=lambda s: s["longest_turn_s"] or 0.0)
    text += f". The longest turn was {n(top['id'])}'s, {top['longest_turn_s']:.0f} s at {clock(top['longest_turn_t'])}." if top["longest_turn_s"] else "."
    return [{"kind": "talk_balance", "score": 12.0 + 20.0 * max(0.0, gap - 0.2), "text": text,
             "evidence": [_ev(top["longest_turn_t"], top["id"], "")]}]


def _latency(speakers: Mapping, n) -> list[dict]:
    vals = [(s["id"], s["median_response_latency_s"]) for s in speakers.values() if s["median_response_latency_s"] is not None]
    if len(vals) < 2:
        return []
    vals.sort(key=lambda kv: -kv[1])
    out = []
    if vals[0][1] - vals[-1][1] >= 1.0:
        out.append({"kind": "response_latency", "score": 10.0,
                    "text": f"{n(vals[0][0])} usually took longer to reply (median {vals[0][1]:.1f} s) than "
                            f"{n(vals[-1][0])} ({vals[-1][1]:.1f} s).", "evidence": []})
    for s in speakers.values():
        halves = s.get("response_latency_by_half") or {}
        a, b = halves.get("first"), halves.get("second")
        if a is not None and b is not None and b - a >= 1.0:
            out.append({"kind": "response_latency", "score": 13.0,
                        "text": f"{n(s['id'])}'s replies came more slowly in the second half "
                                f"(median {a:.1f} s, then {b:.1f} s).", "evidence": []})
    return out


def _silences(silences, n) -> list[dict]:
    breaks, silences = [s for s in silences if s.get("agreed_break")], counted(silences)  # (the break honoured: said
    if breaks and not silences:  # as that, to the clinician only)
        return [break_observation(breaks[0])]
    if not silences:
        return []
    longest = max(silences, key=lambda s: s["duration_s"])
    return [{"kind": "silences", "score": 11.0 + min(len(silences), 5),
             "text": f"There {'was' if len(silences) == 1 else 'were'} {len(silences)} silence{'s' if len(silences) != 1 else ''} "
                     f"of 3 s or more; the longest ({longest['duration_s']:.0f} s at {clock(longest['start'])}) "
                     f"was broken by {n(longest['broken_by'])}.",
             "evidence": [_ev(longest["start"], longest["broken_by"], "")]}]


def _framing(speakers: Mapping, n) -> list[dict]:
    parts = [f"{n(s['id'])} {_count(s['i_statements'], 'I-statement')}, {_count(s['you_statements'], 'you-statement')} "
             f"and {_count(s['we_words'], '“we” word')}" for s in speakers.values()]
    if not parts or not any(s["i_statements"] or s["you_statements"] or s["we_words"] for s in speakers.values()):
        return []
    return [{"kind": "framing", "score": 8.0, "text": "Framing: " + "; ".join(parts) + ".", "evidence": []}]


def _count(k: int, noun: str) -> str:
    return f"{k} {noun}{'' if k == 1 else 's'}"


def _and(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
