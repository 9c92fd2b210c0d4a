"""`analyze()`: speaker-attributed words (and optionally the audio) in, one versioned result out.

Pure: no vault, no Qt, no files written. Every figure in the result carries the time and quote
behind it; the settings used are returned in `params`.
"""

from __future__ import annotations

import statistics
from typing import Any, Mapping, Optional, Sequence

import numpy as np

from ..jobs import CancelToken, ProgressFn, check, scaled
from ..timefmt import clock
from . import across, confidence, context, disclosure, escalation, lexicon as lexicon_mod, meaning, observations, overlaps
from . import agreed_break, patterns, permission, prosody, reaching, received, risk_answers, set_aside, threat_forms
from . import leaving, pseudo_repairs, safety as safety_mod, told_thanks, turns as turns_mod, withdrawal
from .lexicon import MARKER_CATEGORIES, NEGATIVE_CATEGORIES, SAFETY_CATEGORIES
from .settings import AnalysisSettings, resolve
from .continuing import only_to_listen_here, readings_going_on
from .defied import said_when_defied
from .surviving import not_living_to
from .frightened import told_they_frighten
from .keeping_peace import found_out_once, love_as_its_reason
from .risk_prompt import self_harm_prompt
from .told_apart import asked_as_care, yes_to_care
from .words import is_question, normalise_words, token

FEAR_SAID = frozenset({"frighten", "frightened", "frightens", "scared", "scare", "afraid", "fear", "terrified", "terrify"})

SCHEMA_VERSION = "1.0"


def analyze(
    words: Sequence[Mapping[str, Any]],
    audio: Optional[np.ndarray] = None,
    sample_rate: int = 16000,
    names: Optional[Mapping[str, str]] = None,
    settings: AnalysisSettings | Mapping[str, Any] | None = None,
    progress: Optional[ProgressFn] = None,
    cancel: Optional[CancelToken] = None,
    speaker_overlaps: Optional[Sequence[Mapping[str, Any]]] = None,
    unrecognised_speech: Optional[Sequence[Mapping[str, Any]]] = None,
) -> dict:
    """`speaker_overlaps` (optional): diarization's overlap regions `{"start", "end", "speakers"}` (they reveal interruptions
    whose overlapped words the transcriber dropped) and backchannels heard with no words (`"kind": "backchannel"`);
    `unrecognised_speech` (optional): `{"start", "end", "speaker"?}`, speech heard with no words (no repair absent over one)."""
    cfg = resolve(settings)
    report = progress or (lambda f, m="": None)
    report(0.0, "Reading the transcript")
    ws = normalise_words(words)
    lex = lexicon_mod.load_lexicon(cfg.language, cfg.lexicon_dir)
    audio_duration = (len(audio) / float(sample_rate)) if audio is not None and len(audio) else 0.0
    duration = max(audio_duration, max((w["end"] for w in ws), default=0.0))
    speaker_ids = sorted({w["speaker"] for w in ws})
    names = {s: (names or {}).get(s) or s for s in speaker_ids}

    # Floor turns and overlaps.
    spurts = turns_mod.build_spurts(ws, cfg) if ws else []
    overlaps.classify_spurts(spurts, ws, lex, cfg)
    turns = turns_mod.build_turns(spurts)
    transitions = turns_mod.transitions(turns)
    silences = turns_mod.silences(ws, turns, cfg)
    interruptions = overlaps.detect_interruptions(turns, spurts, ws, cfg, lex)
    heard, speaker_overlaps = overlaps.heard_apart(speaker_overlaps)  # a listener's sound with no words: backchannels
    if speaker_overlaps:
        overlaps.onsets_from_overlaps(interruptions, speaker_overlaps, cfg)
        interruptions += overlaps.diarized_interruptions(turns, speaker_overlaps, interruptions, ws, cfg, lex)
        interruptions.sort(key=lambda d: d["t"])
        interjections = overlaps.interjections_under_the_floor(turns, speaker_overlaps, ws, cfg)
        interruptions = overlaps.drop_interjections(interruptions, turns, interjections)
    overlap_items = overlaps.overlap_list(turns, spurts, interruptions, ws)
    if speaker_overlaps or heard:
        overlap_items += overlaps.unclassified_overlaps(speaker_overlaps, overlap_items, heard)
        overlap_items.sort(key=lambda d: d["start"])
    check(cancel)
    report(0.05, "Finding turns and overlaps")

    # Words: markers and safety language, matched on each floor turn and each other spurt.
    # Each phrase is read in its sentence (negation, affection, questions, reported speech, idioms).
    sequences = [t.word_ids for t in turns] + [s.word_ids for s in spurts if s.kind != "floor"]
    by_meaning = folder = None
    if cfg.read_by_meaning:
        folder = lexicon_mod.lexicon_root(cfg.lexicon_dir) / cfg.language / "meaning"
        by_meaning = meaning.MeaningPass(folder, cfg)
    markers, safety_hits, _ = context.find_in_context(sequences, ws, lex, MARKER_CATEGORIES, SAFETY_CATEGORIES,
                                                      by_meaning)
    safety_hits += said_when_defied(ws, lex, safety_hits, markers)  # "People fall down stairs." after "I'm telling the counsellor"
    safety_hits += not_living_to(ws, safety_hits)  # "I won't make it to the new year, I've already written the notes."
    markers = withdrawal.offered_another_time(markers, turns, ws, lex)
    markers += withdrawal.minimal_replies(turns, ws, cfg, markers, lex)
    markers += withdrawal.replies_inside_turns(turns, ws, cfg, markers, lex, speaker_ids)
    markers += withdrawal.deferrals(turns, ws, markers, lex)
    if by_meaning is not None:
        markers += withdrawal.withdrawn_by_meaning(turns, ws, cfg, markers, lex, by_meaning.withdrawing)
    markers += withdrawal.closed_then_silent(turns, ws, silences, markers) + leaving.walked_out_untimed(turns, ws, markers)
    pseudo_repairs.repairs_that_repair_nothing(markers, safety_hits, ws)  # none yet to repair; "I love you, so stop…"
    left = withdrawal.left_the_talk(markers, ws)
    for m in withdrawal.unanswered_questions(silences, markers, ws):
        others = [s for s in speaker_ids if s != m["asked_by"]]
        # (a silence after the partner left the room is no silence of theirs)
        if len(others) == 1 and not (left and left["by"] == others[0] and m["t"] >= left["t"]):
            m["speaker"] = others[0]
            markers.append(m)
    markers.sort(key=lambda m: (m["t"], m["category"]))
    markers = _one_marker_per_sentence(markers)
    # Safety first: after a threat, repairs and agreement are read as a possible fear response.
    safety = safety_mod.flags_from_hits(readings_going_on(safety_hits, ws), names)  # "…around you. I have done for years."
    judge = confidence.Judge(ws, cfg)
    for f in safety:
        # a reading by meaning of words the recogniser was unsure of (or of a speaker it was unsure of) is
        # only to listen to: it reads nothing after it in fear, however clear its kind
        if f.get("source") == "meaning" and judge.assess(f["t"], f["end"], f["speaker"], f.get("_strength") or "medium",
                                                          None)["confidence"] == "low":
            f["_strength"] = "low"
        # ... as is self-harm read by meaning in a sentence with no word of harm, death, ending or despair ("I feel like a
        # spare part."; listed, with the prompt to listen where its kind is clear: safety.raises_prompt), or money control
        # in what shared money was for (control_lookalikes.only_to_listen)
        if f.get("source") == "meaning" and only_to_listen_here(f, ws, safety):
            f["_strength"] = "low"
        if asked_as_care(f, ws):  # "Can you share your location when you drive back? The roads are icy."
            f["_strength"], f["_listen"] = "low", True
        # fear read by meaning in the speaker's own listed refusal to talk ("I'm not talking to you when you're like this."):
        # a withdrawal, only to listen to for fear
        if f.get("source") == "meaning" and f["category"] == "fear" and not FEAR_SAID & set(token(w) for w in f["quote"].split()) and any(
                m["category"] == "stonewalling" and m.get("source") == "lexicon" and m["speaker"] == f["speaker"]
                and f["t"] - 0.05 <= m["t"] <= f["end"] for m in markers):
            f["_strength"] = "low"
    for f in safety:  # control told by the one it is done to says so, so no page reads its teller as the one controlling
        if f["category"] in safety_mod.DESCRIBABLE_CONTROL and safety_mod.describes_control_suffered(f):
            f["told_by_the_one_controlled"] = True
            if f["category"] == "monitoring" and found_out_once(f):  # "You went through my phone?"
                f["_strength"], f["_listen"] = "low", True
    # a yes to the partner's request for care read as a threat ("Will you sit with me when I ring?" / "Of course I will.")
    safety = [f for f in safety if not (f["category"] == "threat" and f.get("source") == "meaning" and yes_to_care(f, ws))]
    safety += permission.leave_withheld(ws, safety, names)  # "Can I keep the spare key…?" / "We'll see."
    # (after those strengths: a reading only to listen to near threat words said laughing does not make them earnest)
    markers += safety_mod.joking_threats(safety, markers, ws, lex)
    stretches = threat_forms.through_the_reply(safety_mod.threat_stretches(safety, speaker_ids, cfg), ws)
    safety = _one_appeasement_a_sentence(safety + safety_mod.reread_after_threats(markers, stretches, lex, names, ws, safety))
    safety += safety_mod.needs_in_reply(markers, stretches, safety, ws, names)
    safety += told_they_frighten(ws, stretches, lex, names, safety, safety_mod.GROUPS["fear"])  # "You're scaring me."
    heard_in_answers = risk_answers.risk_in_answers(safety, ws, lex, names)
    safety = risk_answers.without_covered(safety, heard_in_answers) + heard_in_answers
    safety += disclosure.denials_after_disclosure(safety, ws, lex, names)
    markers, safety = set_aside.readings_set_aside(markers, safety, ws)  # "Thanks for dinner." / "It was on my way anyway."
    # a placating turn after a threat ("No, no, I haven't, I promise. Sorry.") is a possible fear response: no horseman by meaning beside it
    placating = _turns_with(turns, [f for f in safety if f["category"] == "appeasement"], ("appeasement",))
    giving_up = _turns_with(turns, [f for f in safety if f["category"] == "appeasement" and f.get("source") != "meaning"], ("appeasement",))
    # ... nor beside words of self-harm ("I'm not going to do anything. It's just a thought." is no defensiveness)
    harm = [f for f in safety if f["category"] == "self_harm" and safety_mod.raises_prompt(f)]
    # ("Sometimes." heard as part of the disclosure is no minimal reply; "Are you thinking of hurting yourself?" no scorn)
    # (and giving up in it, "Fine. I'll cancel. It doesn't matter.", is no stonewalling, however it was found)
    markers = [m for m in markers if not (m["category"] == "stonewalling" and _turns_with(turns, [m], (m["category"],)) & giving_up) and not (
        m.get("source") in ("meaning", "timing") and m["category"] in (*NEGATIVE_CATEGORIES, "stonewalling") and (
        _turns_with(turns, [m], (m["category"],)) & placating
        or any(f["speaker"] == m["speaker"] and f["t"] <= m["end"] and m["t"] <= f["end"] for f in harm)
        or risk_answers.asks_about_harm(m, lex, harm)))]
    markers = love_as_its_reason(markers, safety)  # "Because I love you." after the speaker's own control: no appreciation
    markers = told_thanks.story_appreciations(markers, ws, safety)  # "You swapped your shift … so I could …"; no sarcastic thanks
    safety.sort(key=lambda f: (f["t"], f["category"]))
    for item in [*markers, *safety]:
        # a rule may name its own strength ("_strength": a speaker inferred rather than heard)
        strength = item.pop("_strength", None) or confidence.rule_strength(item)
        item.update(judge.assess(item["t"], item["end"], item["speaker"], strength,
                                 item.pop("_words", None)))
        listen = item.pop("_listen", False)  # a rule's reading that is only ever to listen to (across.pleas_in_fear)
        if item.get("source") == "meaning":
            item["confidence_reasons"] = ["read by meaning, no listed phrase" if r.startswith("a weaker rule") else r
                                          for r in item["confidence_reasons"]]
        if item.get("source") == "meaning" or listen:
            # low: listed to listen to, kept apart from the safety language heard (window, CLI,
            # report) and out of the recorded-practice confirmation (practice/safety_gate.py)
            item["listen_only"] = item["confidence"] == "low"
    check(cancel)

    # Voice: pitch, loudness and rate against each partner's own baseline.
    units = prosody.split_units(turns, ws)
    prosody.measure(units, ws, audio, sample_rate, cfg, scaled(progress, 0.1, 0.85), cancel)
    tense = _turns_with(turns, markers, NEGATIVE_CATEGORIES)
    base = prosody.baselines(units, cfg, tense)
    prosody.score_units(units, base)
    check(cancel)
    report(0.87, "Tracing where it heated up")

    curve = escalation.window_curve(duration, units, interruptions, overlap_items, markers, cfg)
    unheard = [{k: s[k] for k in ("start", "end", "speaker") if s.get(k) is not None} for s in unrecognised_speech or []]
    # (self-harm heard in a heated stretch: what follows is no easing either, "Fine, go. I'll take every pill…" / a calm)
    harm = [{"start": f["t"], "end": f["end"] + cfg.after_threat_s, "by": f["speaker"], "flag": f, "possible": False}
            for f in safety if f["category"] == "self_harm" and not f.get("listen_only")]
    points = escalation.escalation_points(curve, units, interruptions, overlap_items, markers, ws, cfg, names,
                                          stretches + harm, unrecognised=unheard)
    # no harsh start-up of the one answering the partner's control heard before it ("He likes a lot of your photos…" /
    # "Hang on, how do you even know that?": a protest, whatever its words read as)
    ruling = [f for f in safety if f["category"] in safety_mod.BY_THE_ONE_WHO_THREATENS and not f.get("listen_only")
              and not f.get("told_by_the_one_controlled")]
    startup = patterns.harsh_startup([m for m in markers if not any(f["speaker"] != m["speaker"] and f["t"] < m["t"] for f in ruling)],
                                     ws[0]["start"] if ws else 0.0, duration, cfg,
                                       [t.start for t in turns],
                                       (turns[0].speaker, turns[0].start, turns[0].end) if turns else None)
    reaching_for = reaching.find_reaching(markers, turns, spurts, ws, lex, cfg, safety, stretches, folder, duration)
    for i in interruptions:  # overlapped speech is never better than medium
        i.update(judge.assess(i["t"], i["t"] + max(i.get("overlap_s") or 0.0, 0.2), i["by"], "medium"))
    for p in points:  # how sure: the words and voices of the whole stretch
        p.update(judge.assess(p["start"], p["end"], None, "medium"))
    for items in reaching_for.values():
        for b in items:
            # a bid read by meaning is medium at best; low where the other examples read it as unsafe or an attack
            strength = b.pop("_strength", None) or ("medium" if b["kind"] == "complaint" or b.get("source") == "meaning"
                                                    else "high")
            b.update(judge.assess(b["t"], b["end"], None, strength))
    check(cancel)

    turn_dicts = []
    for index, turn in enumerate(turns):
        d = turns_mod.turn_dict(turn, ws)
        d.update(prosody.turn_prosody(index, units))
        d["raised"] = [s for s, z in d["z"].items() if s != "range" and z is not None and z >= cfg.raised_z]
        turn_dicts.append(d)
    # an "I want…" in a turn that gives an order of control ("Give me your phone. I want to see the messages.", "And I
    # want your passwords.") is the order, not an I-statement
    ordering = [f for f in safety if f["category"] in safety_mod.BY_THE_ONE_WHO_THREATENS and not f.get("listen_only")]
    ordered = [t for t in turns if any(f["speaker"] == t.speaker and t.start <= f["t"] <= t.end for f in ordering)]
    framed = [m for m in markers if not (m["category"] == "i_statements" and any(
        t.speaker == m["speaker"] and t.start <= m["t"] <= t.end for t in ordered))]
    speakers = _speaker_stats(
        speaker_ids, names, ws, spurts, turns, turn_dicts, transitions, interruptions, framed, reaching_for, base,
        duration, cfg, overlap_items,
    )
    result = {
        "schema_version": SCHEMA_VERSION,
        "params": cfg.to_dict(),
        "lexicon": {"language": lex.language, "directory": lex.directory},
        "has_audio": audio is not None and audio_duration > 0,
        "duration_s": round(duration, 3),
        "speakers": speakers,
        "turns": turn_dicts,
        "transitions": transitions,
        "interruptions": interruptions,
        "overlaps": overlap_items,
        "silences": agreed_break.marked(silences, reaching_for),
        "markers": markers,
        "safety_flags": safety,
        "harsh_startup": startup,
        "escalation_curve": curve,
        "escalation_points": points,
        "reaching_for": reaching_for,
        "safety_prompt": _with_dismissal(self_harm_prompt(safety, names), safety, markers),
        "unrecognised_speech": unheard,
    }
    result.update(patterns.named_patterns(result, turns, ws, cfg))
    for figures in result["speakers"]:  # counted from the repairs listed (one said in a breath is one: patterns._repairs)
        figures["repair_attempts"] = sum(1 for r in result["repairs"] if r["by"] == figures["id"])
    result["appreciation_replies"] = received.appreciation_replies(result, lex, judge)  # did the praise land?
    result["observations"] = observations.headline_observations(result, names, cfg)
    report(1.0, "Analysis done")
    return result


# cues of one category this close, in the same quoted sentence, are one finding
SAME_SENTENCE_S = 3.0

DISMISSED_WITHIN_S = 8.0  # the partner's reply to self-harm language, read for dismissal


def _with_dismissal(prompt: Optional[dict], safety: Sequence[dict], markers: Sequence[dict]) -> Optional[dict]:
    """Self-harm language met by the partner with contempt, criticism or a shrug ("Don't be so dramatic.") is said in
    the prompt: being dismissed can raise the risk, and it is a thing to ask about individually."""
    if prompt is None:
        return None
    said = [f for f in safety if f["category"] == "self_harm" and f["speaker"] == prompt["speaker"]  # (rep47: not "I had a lump
            and not safety_mod.is_listen_only(f)]  # on my head for a week.", a reading only to listen to, "dismissed")
    reply = next((m for f in said for m in markers if m["speaker"] != f["speaker"] and m.get("quote")
                  and m.get("confidence") != "low"  # a misheard reply is not quoted at the top of the page
                  and m["category"] in (*NEGATIVE_CATEGORIES, "stonewalling")
                  and f["end"] - 0.05 <= m["t"] <= f["end"] + DISMISSED_WITHIN_S), None)
    if reply is None:
        return prompt
    return {**prompt, "dismissed": {"t": reply["t"], "speaker": reply["speaker"], "quote": reply["quote"]},
            "text": f"{prompt['text']} The reply at {clock(reply['t'])} was dismissive (“{reply['quote']}”): being "
                    "dismissed can raise the risk; ask about it individually."}


def _one_per_sentence(found: Sequence[dict]) -> int:
    """One per sentence, as the lists name them: "you always know how to make me laugh" is one appreciation heard by two
    cues; "Fine." said four times is four."""
    count, last = 0, None
    for m in sorted(found, key=lambda m: m["t"]):
        if last is None or m.get("quote") != last.get("quote") or m["t"] - last["t"] > SAME_SENTENCE_S:
            count += 1
        last = m
    return count


def _one_marker_per_sentence(markers: list[dict]) -> list[dict]:
    """One marker of a kind per sentence: "Can we take a break… and come back to this?" is one repair attempt, and a
    "Whatever." both listed and timed is one stonewalling sign (the first found is kept: a listed phrase before a
    timing sign)."""
    kept: list[dict] = []
    last: dict[tuple, dict] = {}
    for m in markers:
        quote = str(m.get("quote") or "").strip()
        key = (m["category"], m["speaker"], quote)
        seen = last.get(key)
        if quote and seen is not None and m["t"] - seen["t"] <= 1.0 + 0.4 * len(quote.split()):
            continue
        last[key] = m
        kept.append(m)
    return kept


def _one_appeasement_a_sentence(safety: list[dict]) -> list[dict]:
    """A listed appeasing phrase ("Okay. I'll stop seeing them.") and a reading by meaning of the same words as giving in
    are one possible fear response: the listed one, the surer."""
    listed = [f for f in safety if f["category"] == "appeasement" and f.get("_strength") != "low"]
    return [f for f in safety if not (f["category"] == "appeasement" and f.get("_strength") == "low" and any(
        g["speaker"] == f["speaker"] and g["t"] <= f["end"] and f["t"] <= g["end"] for g in listed))]


def _turns_with(turns, markers, categories) -> frozenset:
    """Indices of the turns holding a marker of these categories."""
    starts = [t.start for t in turns]
    out = set()
    import bisect

    for m in markers:
        if m["category"] in categories:
            i = bisect.bisect_right(starts, m["t"]) - 1
            if i >= 0 and turns[i].speaker == m["speaker"]:
                out.add(i)
    return frozenset(out)


def _halves(transitions, speaker) -> dict:
    """Median reply time over the earlier and the later half of a partner's replies: does
    a partner slow down as it goes on?"""
    mine = [t["offset_s"] for t in transitions if t["to"] == speaker]
    if len(mine) < 4:
        return {"first": None, "second": None}
    half = len(mine) // 2
    return {"first": turns_mod.spread(mine[:half])["median"], "second": turns_mod.spread(mine[half:])["median"]}


def _speaker_stats(ids, names, ws, spurts, turns, turn_dicts, transitions, interruptions, markers, reaching_for,
                   base, duration, cfg, overlap_items=()):
    talk = {s: turns_mod.talk_time(spurts, s) for s in ids}
    total_talk = sum(talk.values()) or 1.0
    out = []
    for s in ids:
        mine = [d for d, t in zip(turn_dicts, turns) if t.speaker == s]
        lengths = [d["end"] - d["start"] for d in mine]
        n_words = sum(1 for w in ws if w["speaker"] == s)
        latencies = [t["offset_s"] for t in transitions if t["to"] == s]
        spread = turns_mod.spread(latencies)
        my_markers = [m for m in markers if m["speaker"] == s]
        count = lambda cat: _one_per_sentence([m for m in my_markers if m["category"] == cat])  # noqa: E731
        bids = reaching_for.get(s, [])
        others_bids = [b for sp, items in reaching_for.items() if sp != s for b in items]
        out.append(
            {
                "id": s,
                "name": names[s],
                "talk_time_s": round(talk[s], 2),
                "talk_share": round(talk[s] / total_talk, 3),
                "turns": len(mine),
                "words": n_words,
                "mean_turn_s": round(statistics.mean(lengths), 2) if lengths else None,
                "longest_turn_s": round(max(lengths), 2) if lengths else None,
                "longest_turn_t": mine[lengths.index(max(lengths))]["start"] if lengths else None,
                "words_per_minute": round(n_words / talk[s] * 60.0, 1) if talk[s] > 0 else None,
                "questions": sum(1 for w in ws if w["speaker"] == s and is_question(w["word"])),
                "interruptions_made": sum(1 for i in interruptions if i["by"] == s and i["successful"]),
                "interruptions_received": sum(1 for i in interruptions if i["of"] == s and i["successful"]),
                "interruption_attempts": sum(1 for i in interruptions if i["by"] == s and not i["successful"]),
                "backchannels": sum(1 for o in overlap_items if o["by"] == s and o["kind"] == "backchannel"),
                "median_response_latency_s": spread["median"],
                "response_latency": spread,
                "response_latency_by_half": _halves(transitions, s),
                "monologues": [{"start": d["start"], "end": d["end"]} for d in mine
                               if d["end"] - d["start"] >= cfg.monologue_s],
                "appreciations": count("appreciation"),
                "criticism": count("criticism"),
                "contempt": count("contempt"),
                "defensiveness": count("defensiveness"),
                "stonewalling_signs": count("stonewalling"),
                "flooding_signs": count("flooding"),
                "appeasement": count("appeasement"),
                "i_statements": count("i_statements"),
                "you_statements": count("you_statements"),
                "we_words": count("we_talk"),
                "feeling_words": count("feelings"),
                "needs_and_bids": len(bids),
                "bids_turned_toward": sum(1 for b in others_bids if b["response"] == "toward" and b["response_by"] == s),
                "bids_received": len(others_bids),
                "baseline": prosody.baseline_dict(base.get(s, {})) if base.get(s) else None,
                "raised_turns": sum(1 for d in mine if d["raised"]),
            }
        )
    return out
