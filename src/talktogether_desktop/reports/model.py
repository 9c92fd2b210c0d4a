"""Turn an analysis result and its context into exactly what the report prints.

All tolerance lives here: the analysis schema may grow or leave optional keys out, older analyses
may lack newer keys, and the context may come from the vault or from a demo. The layout modules
only ever see the plain `ReportModel` built below, already capped so a 60-minute recording still
gives a short report.
"""

from __future__ import annotations

from typing import Optional

from ..analysis.bid_context import FLOODED
from ..analysis.settings import AnalysisSettings
from ..practice.withheld import turn_runs_into
from ..quote_times import retimed  # (one time for a quoted line everywhere: where its words begin)
from . import after_threat, calm_rise, charts, evidence, modes, observation_words, patterns as patterns_mod, quote_ends
from . import hard_lines, praise, said_once, shared as shared_mod, unclear_words
from .first_sign import first_sign_words, in_todays_words, rise_in_first_sign_words
from .assignment_line import assignment_line as _assignment_line, fidelity as _fidelity, practice as _practice
from .parts import Moment, Partner, Reach, ReportModel
from .safety_words import named_by_prompt, named_on_page_one, safety_kind, told_of_it
from .text import cut_at_a_word, display_names, first, how_sure, num, plain_reason, said_words, why_unsure

MAX_OBSERVATIONS = 5
MAX_PEAKS = 6
MAX_SAFETY = 12
MAX_REACHING_PER_PARTNER = 4


def _heated_threshold(analysis: dict) -> float:
    """The score the analysis calls "heated": the curve is drawn against it, so a calm talk stays low."""
    params = analysis.get("params") if isinstance(analysis.get("params"), dict) else {}
    try:
        value = float(params.get("escalation_threshold") or 0.0)
    except (TypeError, ValueError):
        value = 0.0
    return value if value > 0 else AnalysisSettings().escalation_threshold


VOICES_UNSURE = ("The two voices were hard to tell apart in this recording: before relying on who said what (the "
                 "safety lines above all), listen, and name or move the speakers where needed.")
# (walk40n: said still after the therapist had given every line its speaker)
VOICES_SET_BY_HAND = ("The two voices were hard to tell apart in this recording; the speakers have since been set by "
                      "hand, so who said what follows those corrections.")


def build_model(analysis: dict, context: Optional[dict] = None, mode: str = modes.CLINICIAN) -> ReportModel:
    context, analysis = dict(context or {}), retimed(in_todays_words(analysis), quote_ends.clear_tail)  # (no "led by"; a line's time: its start)
    mode = modes.check_mode(mode)
    speakers = [s for s in analysis.get("speakers") or [] if isinstance(s, dict)]
    ids = [str(s.get("id")) for s in speakers] or sorted({str(t.get("speaker")) for t in analysis.get("turns") or []})
    names = display_names(ids, speakers, context.get("partners") or {}, bool(context.get("initials_only")))
    partners = [Partner(sid, names[sid], i) for i, sid in enumerate(ids[:2])]
    rename = evidence.renamer(speakers, context.get("partners") or {}, names)

    turns = sorted((t for t in analysis.get("turns") or [] if isinstance(t, dict)), key=lambda t: num(t.get("start")))
    duration = num(analysis.get("duration_s")) or max((num(t.get("end")) for t in turns), default=0.0)
    model = ReportModel(
        couple=_couple_name(context, partners),
        recorded_at=str(context.get("recorded_at") or analysis.get("recorded_at") or ""),
        duration_s=duration,
        partners=partners,
        assignment_line=_assignment_line(context.get("assignment"), context.get("practice_review"),
                                         _fidelity(context, analysis), mode == modes.SHAREABLE),
        linked=bool(context.get("assignment")),
        observations=[],
        questions=[],
        turns=turns,
        overlaps=evidence.overlaps(analysis, turns),
        interruptions=[i for i in analysis.get("interruptions") or [] if isinstance(i, dict)],
        curve=evidence.curve(analysis),
        heated=_heated_threshold(analysis),
        safety=[],
        peaks=[],
        reaching={},
        figures=[],
        shares=evidence.shares(speakers, partners, turns),
        has_previous=bool(context.get("previous")),
        practice=_practice(context, _fidelity(context, analysis)),
    )
    model.rename = rename
    model.mode = mode
    model.cut_short = bool(context.get("cut_short"))
    model.unheard = sorted((num(u.get("start")), num(u.get("end"), num(u.get("start"))))
                           for u in analysis.get("unrecognised_speech") or [] if isinstance(u, dict) and "start" in u)
    shared = mode == modes.SHAREABLE
    if shared:  # a cut-in marked on one partner's lane is a tally of theirs
        model.interruptions = []
    spans = modes.flagged_spans(analysis)
    model.safety = [] if shared else _safety(analysis, turns, model, rename)
    model.feared = [] if shared else modes.feared_partners(analysis, [p.id for p in partners])
    if shared:  # (its questions ask nothing together after a line heard as threat, fear or harm: modes)
        listen = [bool(f.get("listen_only")) for f in analysis.get("safety_flags") or [] if isinstance(f, dict)]
        model.safety_counts = (listen.count(False), listen.count(True))
    prompt = analysis.get("safety_prompt")
    model.safety_prompt = "" if shared or not isinstance(prompt, dict) else rename(str(prompt.get("text") or ""))
    if analysis.get("diarization_warnings") and not shared:
        model.voices_unsure = VOICES_SET_BY_HAND if patterns_mod.speakers_set_by_hand(analysis) else VOICES_UNSURE + (
            " Speaker corrections have been made since." if analysis.get("speaker_fixes") else "")
    model.hard = hard_lines.found(analysis) if shared else []  # (the couple's Key moments describe these lines)
    model.peaks = _peaks(analysis, turns, model, rename, spans if shared else None)
    if shared:  # the curve, the marks on the lanes and the practice lines say no more than the couple's text does
        model.hidden = shared_mod.withheld_spans(analysis, turns, rename, spans)
        shared_mod.hide_from_curve(model, analysis)
        model.practice = shared_mod.practice_for_both(model.practice, analysis, model, context.get("partners") or {})
    model.control_said = after_threat.control_said(analysis)  # (a reply said before the bidder's threat: rep47)
    model.reaching = _reaching(analysis, model, rename, model.hidden)  # (the couple's page 1 counts them)
    if not shared:  # why the couple's version counts fewer needs and bids, where it does (walk40n: 4 here, 2 there)
        couples = _couples_hidden(analysis, model, rename)
        model.reaching_for_both = sum(1 for lst in _bids_by_speaker(analysis).values() for x in lst
                                      if _for_both(x, couples, True, turns))
    model.observations = _observations(analysis, model, rename, spans if shared else None)
    if not shared:
        model.figures = evidence.figures(speakers, partners, context.get("previous"), names, duration)
        model.lengths_differ = evidence.lengths_differ(duration, context.get("previous"))
        model.patterns, model.horsemen, model.bids = patterns_mod.build(analysis, model, rename)
        if shared_mod.couples_scale_differs(model, analysis, _couples_hidden(analysis, model, rename)):
            model.scale_note = shared_mod.SCALE_NOTE
    model.praise = praise.for_both(analysis, lambda t: modes.touches(model.hidden, t)) if shared else \
        praise.for_clinician(analysis, rename, model.name)
    model.calm_rise = calm_rise.sentence(analysis, model.heated, shared, charts.shows_curve(model))
    quote_ends.mark_model(model)  # (before the questions, which quote only short reaches whole)
    model.questions = _questions(analysis, model, rename)
    said_once.quote_once(model)  # (page one says a line once: a later mention points to it)
    return model


def _couple_name(context: dict, partners: list[Partner]) -> str:
    joined = " & ".join(p.name for p in partners)
    if context.get("initials_only"):
        return joined
    return str(context.get("couple_name") or joined or "Couple")


def _moment_context(turns: list[dict], t: Optional[float], quote: str, model: ReportModel, rename):
    hit = evidence.find_turn(turns, t, quote)
    if hit is None:
        return []
    lines = []
    for j in range(max(0, hit - 1), min(len(turns), hit + 2)):
        turn = turns[j]
        # evidence quotes only the words recognised clearly (the transcript appendix has them all)
        text = evidence.clip_text(quote_ends.one_cut(rename(str(turn.get("quote_text") or turn.get("text") or ""))),
                                  quote_ends.one_cut(quote) if j == hit else "", limit=220 if j == hit else 150,
                                  keep_end=j < hit)  # (rep47: "… …" one "…" in the line and in its quote alike)
        if text and not text.endswith("\u2026") and quote_ends.unfinished(text):
            text = quote_ends.cut_here(text)  # a turn that stops mid-clause ("You barely left the") is shown as cut
        kind = hard_lines.kind_of(turn, model.hard) if text and model.hard else None
        text = hard_lines.described(kind) if kind else text  # (the couple's version: said what kind, never quoted)
        lines.append((num(turn.get("start")), model.name(turn.get("speaker")), text, j == hit))
    return lines


CONFIDENCE_RANK = {"high": 0, "medium": 1, "low": 2}
# a threat, violence or self-harm outranks control, which outranks a possible fear response
CATEGORY_RANK = {"self_harm": 0, "threat": 0, "violence": 0, "therapy_threat": 0, "fear": 1, "appeasement": 3}


def _safety_rank(flag: dict) -> tuple:
    # of the lines to listen to, a possible fear response comes after the lines it may answer: printed alone, a plea
    # says nothing of the "You know what I'm like when I'm pushed." it followed (walk39m c1)
    listen = bool(flag.get("listen_only"))
    return (listen, listen and flag.get("category") == "appeasement", flag.get("source") == "meaning",
            CONFIDENCE_RANK.get(str(flag.get("confidence") or "medium"), 1),
            CATEGORY_RANK.get(str(flag.get("category") or ""), 2), num(first(flag, "t", "start", default=0)))


def _safety(analysis: dict, turns, model: ReportModel, rename) -> list[Moment]:
    flags = [f for f in analysis.get("safety_flags") or [] if isinstance(f, dict)]
    listen = sum(1 for f in flags if f.get("listen_only"))
    model.safety_counts = (len(flags) - listen, listen)
    if len(flags) > MAX_SAFETY:
        # the ones a therapist must not miss are kept, whenever in the recording they came: every time the risk box
        # names first, then every line page one names (the banner's "first at", "What stood out"), then the surest
        prompt = analysis.get("safety_prompt")
        page = named_on_page_one(flags, analysis.get("observations") or [], MAX_OBSERVATIONS)
        on_page = lambda f: any(f is g for g in page)  # noqa: E731
        # (a threat, violence or self-harm line heard comes before the lines to listen to that page one names)
        grave = lambda f: not f.get("listen_only") and CATEGORY_RANK.get(str(f.get("category") or ""), 2) == 0  # noqa: E731
        keep = max(MAX_SAFETY, sum(1 for f in flags if named_by_prompt(f, prompt) or on_page(f)))
        flags = sorted(flags, key=lambda f: (not named_by_prompt(f, prompt), not grave(f), not on_page(f),
                                             *_safety_rank(f)))[:keep]
        named = "".join(said for said, kept in (("the self-harm lines the risk box names first, then ", named_by_prompt),
                                                ("every threat, violence or self-harm line heard, then ",
                                                 lambda f, _: grave(f)),
                                                ("the lines named on page 1, then ", lambda f, _: on_page(f)))
                        if any(kept(f, prompt) for f in flags))
        model.notes.append(f"{len(analysis['safety_flags'])} safety flags in all; the {keep} most certain are "
                           f"printed, in time order ({named}lines heard chosen before lines read by meaning, lines to "
                           "listen to last, a possible fear response after the line it may answer); the rest are in the app.")
    flags.sort(key=lambda f: num(first(f, "t", "start", default=0)))
    out = []
    for i, f in enumerate(flags, 1):
        t = first(f, "t", "start")
        quote = rename(str(first(f, "quote", "text", default="")))
        why = [safety_kind(f)]  # "possible self-harm" where the prompt and the banner say "possible"
        if f.get("context"):
            why.append(rename(plain_reason(str(f["context"]))))
        if f.get("told_by_the_one_controlled"):  # (the name in the heading is the teller's, not the one controlling)
            why.append("told by the one it is done to")
        if f.get("confidence"):
            reasons = [r for r in f.get("confidence_reasons") or []  # "read by its meaning" is said once
                       if not ("meaning" in str(r) and any("meaning" in w for w in why))]
            why.append(unclear_words.in_how_sure(how_sure(f["confidence"], reasons),
                                                 unclear_words.for_flag(analysis, turns, f)))
        rule = first(f, "phrase", "rule", "term", "matched", "marker")
        # (the rule's words would repeat what was misheard; a reading by meaning has none: "read by meaning" is no quote)
        if rule and f.get("confidence") != "low" and f.get("source") != "meaning":
            words, heard = said_words(str(rule), quote)  # the words said, never the list's "^ whatever $"
            if heard:  # a list entry or a rule's name ("violence justified") not in the quote is no one's words
                why.append(f"words: \u201c{rename(words)}\u201d")
        out.append(Moment("safety", f"Safety {i}", num(t), first(f, "end"), model.name(first(f, "speaker", "by")),
                          quote, _moment_context(turns, t, quote, model, rename), why,
                          confidence=str(f.get("confidence") or "medium"), listen_only=bool(f.get("listen_only")),
                          by_meaning=f.get("source") == "meaning", told=told_of_it(f)))
    return out


def _peaks(analysis: dict, turns, model: ReportModel, rename, hidden=None) -> list[Moment]:
    points = [p for p in analysis.get("escalation_points") or [] if isinstance(p, dict)]
    if hidden is not None:  # a shareable report says nothing of a passage it leaves out, not even that it rose (a rise
        # with an apology set aside is left out with no flag in the recording: peak_withheld)
        shown = [p for p in points if not shared_mod.peak_withheld(p, turns, rename, hidden)]
        if len(shown) < len(points):
            model.withheld["peaks"] = len(points) - len(shown)
        points = shown
    if len(points) > MAX_PEAKS:
        model.notes.append(f"{len(points)} rises in all; the {MAX_PEAKS} strongest are shown.")
        points = sorted(points, key=lambda p: -num(p.get("score")))[:MAX_PEAKS]
    points.sort(key=lambda p: num(p.get("start")))
    out = []
    for p in points:
        who = first(p, "first_sign_from", "led_by", "speaker")
        shared = model.mode == modes.SHAREABLE  # said of both: no first sign, no one's signals, no one's repair
        quote, t = (str(first(p, "quote", "trigger_quote", default="")), first(p, "quote_t", "t", "trigger_t", "start")) \
            if shared else first_sign_words(p, turns)  # under "first sign from X": X's own words
        quote = rename(quote)
        context = _moment_context(turns, t, quote, model, rename)
        quote = "" if any(hit and hard_lines.is_described(text) for _, _, text, hit in context) else quote
        # (a first sign on a line marked "speaker unsure" names no one: walk40n's "first sign from Maya" over Helen's words)
        unsure = not shared and patterns_mod.who_unsure(analysis, t if t is not None else first(p, "quote_t", "start"))
        out.append(Moment("peak", str(len(out) + 1), num(p.get("start")), first(p, "end"),
                          "" if shared or unsure else model.name(who) if who else "Both", quote, context,
                          shared_mod.signals(p) if shared else
                          evidence.signal_phrases(p.get("signals_by_speaker") or p.get("signals"), model),
                          shared_mod.what_next(p, rename) if shared else evidence.what_next(p, model, rename),
                          num(p.get("score"), None), num(p.get("peak_t"), None), evidence.repair_landed(p),
                          str(p.get("confidence") or "medium"), who_unsure=unsure))
    return out


def _observations(analysis: dict, model: ReportModel, rename, shared_spans=None) -> list[tuple[str, Optional[float]]]:
    obs = []
    kept = (lambda o: True) if shared_spans is None else (lambda o: modes.observation_shareable(o, shared_spans))
    for o in analysis.get("observations") or []:
        if shared_spans is not None and not (isinstance(o, dict) and modes.observation_shareable(o, shared_spans)):
            continue
        if isinstance(o, dict) and observation_words.said_in_cycle(o, analysis, kept):
            continue
        if isinstance(o, dict) and o.get("kind") == "safety_prompt":
            continue  # printed as the banner at the top
        if isinstance(o, str):
            obs.append((rename(o), None, 0.0))
        elif isinstance(o, dict):
            text = first(o, "text", "summary", "sentence")
            proof = [e for e in o.get("evidence") or [] if isinstance(e, dict)]
            if text:
                text = cut_at_a_word(after_threat.observation_text(o, str(text), analysis), (e.get("quote") for e in proof))
            t = first(o, "t", "time", "start", default=first(proof[0], "t", "start") if proof else None)
            if shared_spans is not None:  # the couple's version: said of both of them (by a time it names), or left out
                text, t = shared_mod.observation(o, analysis, model, rename, shared_spans) or (None, None)
            elif text and o.get("kind") == "silences":  # why the couple's page counts fewer, where it does
                text = str(text) + shared_mod.silences_left_out(analysis, _couples_hidden(analysis, model, rename))
            elif text and o.get("kind") in ("escalation", "harsh_startup"):
                # as sure as its Key moment (walk38l c3: unmarked here, "How sure: low" there) or its pattern says
                text = str(text) + patterns_mod.unsure_note(o, analysis, str(text))
            elif text and o.get("kind") == "safety" and proof:  # (rep50: "before men", the word to check named)
                flag = unclear_words.flag_at(analysis, proof[0].get("t"), proof[0].get("speaker"))
                words = unclear_words.for_flag(analysis, model.turns, flag) if flag else []
                text = unclear_words.after_quote(str(text), str(proof[0].get("quote") or ""), words)
            if text and shared_spans is None:  # (the couple's sentences are their own: shared_mod.observation)
                text = observation_words.plain(o, str(text), analysis)
                if o.get("kind") == "escalation" and not patterns_mod.who_unsure(analysis, t):  # as its Key moment says
                    text, t = rise_in_first_sign_words(o, text, analysis, model.turns, t)
            if text and not any(text == seen for seen, _, _ in obs):  # (the couple's bid pattern, said once)
                rank = num(first(o, "rank", default=len(obs) + 1))
                # (the analysis's placeholder for a bid of no named need is no thing reached for: "reaching out")
                obs.append((rename(str(text)).replace(" reaching for something else", " reaching out"), t, rank))
    obs = said_once.one_finding_per_safety_line(sorted(obs, key=lambda o: o[2]))
    picked = [(text, t) for text, t, _ in obs[:MAX_OBSERVATIONS]]
    for extra in evidence.fallback_observations(model) if model.mode == modes.CLINICIAN else []:
        if len(picked) >= 3:
            break
        if all(extra[0] != p[0] for p in picked):
            picked.append(extra)
    return observation_words.first_before_anything_else(picked)


def _couples_hidden(analysis: dict, model: ReportModel, rename) -> list:
    """What the couple's version of this report leaves out (model.hidden there)."""
    return shared_mod.withheld_spans(analysis, model.turns, rename, modes.flagged_spans(analysis))


def _bids_by_speaker(analysis: dict) -> dict[str, list[dict]]:
    raw = analysis.get("reaching_for") or {}
    items: dict[str, list[dict]] = {}
    if isinstance(raw, dict):
        for sid, lst in raw.items():
            items[str(sid)] = [x for x in lst or [] if isinstance(x, dict)]
    else:
        for x in raw:
            if isinstance(x, dict):
                items.setdefault(str(first(x, "speaker", "by", default="")), []).append(x)
    return items


def _for_both(x: dict, hidden, shared: bool, turns=()) -> bool:
    """Whether a need or bid is in a version: not in (or answered in) what it leaves out, nor said or answered in a
    turn that runs into it, and in the couple's version not read with low confidence (shared.unsure_for_both) nor
    answered with words of flooding (counted there as "not taken up", a verdict on the one overwhelmed: rep47), nor with
    a reply read unsure (rep47, a real import of walk46b a_ledger: "I'm so ashamed, 11 months," met by "… I", read
    "may have pushed it away … check the recording" here, was "it was not taken up" there)."""
    return (not modes.touches(hidden, first(x, "t", "start")) and not modes.touches(hidden, x.get("response_t"))
            and not turn_runs_into(list(turns), first(x, "t", "start"), str(x.get("quote") or ""), hidden)
            and not turn_runs_into(list(turns), x.get("response_t"), str(x.get("response_quote") or ""), hidden)
            and not (shared and (x.get("confidence") == "low" or x.get("response_reason") == FLOODED
                                 or str(x.get("response_reason") or "").endswith("check the recording"))))


def _reaching(analysis: dict, model: ReportModel, rename, hidden=()) -> dict[str, list[Reach]]:
    items = _bids_by_speaker(analysis)
    out = {}
    for p in model.partners:
        mine = [x for x in items.get(p.id, []) if _for_both(x, hidden, model.mode == modes.SHAREABLE, model.turns)]
        model.withheld[p.id] = len(items.get(p.id, [])) - len(mine)
        model.reaching_total[p.id] = len(mine)
        model.reaching_met[p.id] = sum(1 for x in mine if _met(x))
        model.reaching_ended[p.id] = sum(1 for x in mine if x.get("response") == "recording_ended")
        # the couple's version lists only the bids that were taken up, and counts the rest for both of them together
        # (walk38l: four of one partner's bids "not taken up", quoting the other, beside "Nothing to show here")
        pool = [x for x in mine if _met(x)] if model.mode == modes.SHAREABLE else mine
        chosen = evidence.diverse(pool, MAX_REACHING_PER_PARTNER)
        out[p.id] = [Reach(str(first(x, "label", "category", default="")).replace("_", " "), first(x, "t", "start"),
                           "" if x.get("confidence") == "low" else rename(str(first(x, "quote", "text", default=""))),
                           shared_mod.reply(x) if model.mode == modes.SHAREABLE else evidence.response_phrase(x, model, p),
                           str(x.get("confidence") or "medium"), why_unsure(x), _met(x))
                     for x in chosen]
    return out


def _met(item: dict) -> bool:
    return str(first(item, "response", "other_response", "turned", default="") or "").lower() in evidence.TOWARD


def _questions(analysis: dict, model: ReportModel, rename) -> list[str]:
    if model.mode == modes.SHAREABLE:
        return modes.shareable_questions(model)
    if model.safety and not model.listen_first:
        return modes.safety_questions(model)[:5]
    given = [rename(str(q if isinstance(q, str) else first(q, "text", default="")))
             for q in analysis.get("suggested_questions") or []]
    given = [q for q in given if q]
    if model.listen_first:
        return [modes.listen_first_question(model)] + (given or evidence.suggested_questions(model))[:3]
    return (given or evidence.suggested_questions(model))[:4]
