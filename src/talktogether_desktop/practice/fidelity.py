"""Was the practised behaviour in the recording? Linking a recording alone is not "done".

For a recording linked to an assignment, look in its analysis for the behaviour practised and
answer "practised in the recording: yes / partly / not found", with the evidence (time and quote):

    soft_startup   the opening turns carry no criticism or contempt, and someone starts with an
                   I-statement or a need ("I feel … about … I need …")
    reflect_back   replies that restate the partner before answering ("what I heard is …",
                   "so you're saying …", or the partner's own words taken up first)
    time_out       a break asked for ("can we take a break", "I need a twenty minute break") and a return ("I'm
                   back", "can we start again?", or the talk taken up after the break's pause): see breaks.py
    appreciation   an appreciation said, and received (the other takes it up)
    repair         repair attempts made (not after a threat), ideally by both
    bids           bids for connection met by turning toward

Anything else is "not checked automatically" and says so. Pure: assignment and analysis in, a
dict out; the report and the practice review share it.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Mapping, Optional

from ..analysis.safety import is_listen_only
from ..timefmt import clock
from . import landed
from .breaks import find_break
from .for_couple import summary_for_couple
from .saying_back import reflect_back as _reflect_back
from .verdicts import HARD, NOT_CHECKED, NOT_FOUND, PARTLY, YES, at as _at, counted as _counted, ev as _ev
from .verdicts import markers as _markers, sure_markers as _sure_markers
from .spans import (OPENING_FOR_BOTH, SAFETY_OPENING, concern_start, in_safety_language, refused_after,
                    sentences as _sentences, span_and_before as _span_and_before)

# Which behaviour an assignment practises: its template first, else words in its title and text.
TEMPLATES = {"soft_startup": "soft_startup", "reflect_back": "reflect_back", "time_out_plan": "time_out",
             "appreciation_exchange": "appreciation", "repair_phrases": "repair", "bids_noticing": "bids"}
KEYWORDS = [
    ("soft_startup", r"soft[- ]?start|gentle start|start[- ]?up"),
    ("reflect_back", r"reflect|say(?:s)?[- ]back|mirror|paraphras|listen-and-say"),
    ("time_out", r"time[- ]?out|take a break|pause and return"),
    ("appreciation", r"appreciat|gratitude|thank"),
    ("repair", r"repair"),
    ("bids", r"\bbids?\b|turn(?:ing)? toward"),
]
OPENING_TURNS = 3
THANKS_FOR = re.compile(r"\W*(?:(?:oh|aw|and|also|oh and|and also),?\s+)?(?:thank you|thanks)(?:\s+so much)?,?\s+for\b", re.IGNORECASE)


def behaviour_of(assignment: Mapping[str, Any]) -> Optional[str]:
    found = behaviours_of(assignment)
    return found[0] if found else None


def behaviours_of(assignment: Mapping[str, Any]) -> list[str]:
    """The behaviours an assignment practises, in the order its words name them ("Appreciation and a soft start-up":
    appreciation, then soft_startup); a template names one."""
    template = str(assignment.get("template") or "")
    if template in TEMPLATES:
        return [TEMPLATES[template]]
    text = " ".join(str(assignment.get(k) or "") for k in ("title", "behaviour", "summary")).lower()
    hits = [(m.start(), key) for key, pattern in KEYWORDS for m in [re.search(pattern, text)] if m]
    return [key for _, key in sorted(hits)]


def assess(assignment: Optional[Mapping[str, Any]], analysis: Optional[Mapping[str, Any]],
           names: Optional[Mapping[str, str]] = None) -> dict:
    """{"behaviour", "verdict", "summary", "shared_summary", "evidence", "safety_flags"} for one linked recording
    (`shared_summary`: the summary with no partner named, for the couple's version of the report)."""
    names = dict(names or {})
    for s in (analysis or {}).get("speakers") or []:
        names.setdefault(s.get("id"), s.get("name") or s.get("id"))
    keys = behaviours_of(assignment or {})
    key = keys[0] if keys else None
    if not analysis or not analysis.get("turns"):
        return _out(key, NOT_CHECKED, "the recording has no analysis yet", [])
    out = _checked(keys, analysis, names)
    out["shared_summary"] = summary_for_both(assignment or {}, analysis, names)
    # said only where the clinician reads it (review, clinician report), never in the couple's version
    flags = [f for f in analysis.get("safety_flags") or [] if isinstance(f, dict)]
    out["safety_flags"] = bool(flags)
    # every one only to listen to (read by meaning, "it may be nothing"): said as that, not as safety language heard
    out["listen_only"] = bool(flags) and all(is_listen_only(f) for f in flags)
    return out


# The clinician's notes to listen, after a verdict: the couple's version of the summary says the verdict without them
# (walk37j rec 3: "…the one at 00:39 was not taken up: listen to how it was said and answered" on the couple's page)
LISTEN_NOTES = ("; listen to the recording", ": listen to what followed", ": listen to how it was said and answered")


def summary_for_both(assignment: Mapping[str, Any], analysis: Mapping[str, Any], names: Mapping[str, str],
                     withheld: Optional[Callable[[float], bool]] = None) -> str:
    """The summary said of both of them ("only one of you tried a repair", not who did not), for the couple's version;
    a time `withheld` says is in a passage that version leaves out is not printed ("the start-up", not "the start-up
    at 00:12")."""
    ids = set(names) | {s.get("id") for s in analysis.get("speakers") or []}
    when = clock if withheld is None else (lambda t: "" if withheld(t) else clock(t))
    said = _checked(behaviours_of(assignment), analysis, {sid: "one of you" for sid in ids}, when)["summary"]
    for note in LISTEN_NOTES:
        said = said.replace(note, "")
    return summary_for_couple(said.replace(SAFETY_OPENING, OPENING_FOR_BOTH))  # (nor that safety language was heard)


def withholds_any(analysis: Optional[Mapping[str, Any]]) -> bool:
    """Whether the couple's version of this recording leaves something out: safety language, or a rise after a threat
    or with an apology set aside (practice/withheld.py decides which times, for the couple's report and the couple's
    practice review points alike)."""
    points = [p for p in (analysis or {}).get("escalation_points") or [] if isinstance(p, dict)]
    return bool((analysis or {}).get("safety_flags")) or any(
        isinstance(p.get("what_next"), dict) and (p["what_next"].get("after_threat") or p["what_next"].get("apology_set_aside"))
        for p in points)


def _checked(keys: list[str], analysis: Mapping[str, Any], names: Mapping[str, str], when=clock) -> dict:
    checks = {"soft_startup": _soft_startup, "reflect_back": _reflect_back, "time_out": _time_out,
              "appreciation": _appreciation, "repair": _repair, "bids": _bids}
    key = keys[0] if keys else None
    if key not in checks:
        return _out(key, NOT_CHECKED, "this kind of practice is not checked automatically" + LISTEN_NOTES[0], [])
    if len([k for k in keys if k in checks]) == 1:
        return _out(key, *checks[key](analysis, names, when))
    # "Appreciation and a soft start-up": each part checked, and said
    return _combined([(k, *checks[k](analysis, names, when)) for k in keys if k in checks])


def _distinct(evidence) -> list:
    """Each quote once: two findings in one sentence (an I-statement and a feeling) are one piece of evidence."""
    seen, out = set(), []
    for e in evidence:
        said = (e.get("speaker"), " ".join(str(e.get("quote") or "").split()).lower())
        if said not in seen:
            seen.add(said)
            out.append(e)
    return out


# How each behaviour is named in a summary: in the words the handouts use, never a key ("(soft startup)").
LABELS = {"soft_startup": "soft start-up", "reflect_back": "reflect back", "time_out": "time-out"}


def _label(key: str) -> str:
    return LABELS.get(key, key.replace("_", " "))


def _out(key, verdict, why, evidence) -> dict:
    label, said = f" ({_label(key)})" if key else "", why if verdict == NOT_CHECKED else f"{verdict} \u2014 {why}"
    return {"behaviour": key, "verdict": verdict, "evidence": _distinct(evidence)[:4],  # (never "not checked — … not checked")
            "summary": f"Practised in the recording{label}: {said}."}


def _combined(parts) -> dict:
    """One answer for an assignment of several behaviours: yes when each was practised, not found when none was."""
    verdicts = [v for _, v, _, _ in parts]
    verdict = YES if all(v == YES for v in verdicts) else NOT_FOUND if all(v == NOT_FOUND for v in verdicts) else PARTLY
    label = " and ".join(_label(k) for k, *_ in parts)
    why = "; ".join(f"{_label(k)}: {v}, {w}" for k, v, w, _ in parts)
    evidence = _distinct([e for _, _, _, ev in parts for e in _distinct(ev)[:2]])
    return {"behaviour": parts[0][0], "behaviours": [k for k, *_ in parts], "verdict": verdict, "evidence": evidence[:4],
            "summary": f"Practised in the recording ({label}): {verdict} \u2014 {why}."}


def _soft_startup(analysis, names, when=clock):
    # the start-up is where a concern is first raised: past any appreciations said first (a practice of both), and the
    # feelings told with them ("I appreciate how you always make me coffee… It makes the mornings feel less lonely.")
    praise = _markers(analysis, "appreciation")
    spans = _sentences(analysis["turns"])

    def praising(span):
        return span is not None and any(span[1] - 0.05 <= a["t"] <= span[2] + 0.05 for a in praise)

    raised = next((m for m in sorted(_markers(analysis, "criticism", "contempt", "i_statements", "needs_bids", "feelings"),
                                     key=lambda m: m["t"])
                   if not any(praising(x) for x in _span_and_before(spans, m["t"]))), None)
    all_turns = analysis["turns"]
    first = next((k for k, t in enumerate(all_turns) if raised is not None and t["start"] - 0.05 <= raised["t"] <= t["end"] + 0.05), 0)
    turns = all_turns[first : first + OPENING_TURNS]
    start = concern_start(spans, raised["t"], praising) if raised is not None and first else turns[0]["start"] if turns else 0.0
    end = turns[-1]["end"] if turns else 0.0
    if any(in_safety_language(analysis, t["start"], t["end"]) for t in all_turns[: first + OPENING_TURNS]):  # (rep46)
        return NOT_CHECKED, SAFETY_OPENING, []
    soft = [m for m in _markers(analysis, "i_statements", "needs_bids", "feelings") if start - 0.05 <= m["t"] <= end]
    # an "I feel" round the partner's fault is a criticism, not a soft start ("I feel like you're a selfish person who
    # never…", "I feel so lucky to have a husband who can't even load a dishwasher.")
    harsh = sorted([m for m in _markers(analysis, "criticism", "contempt") if m["t"] <= end] + [
        m for m in soft if _veiled(m["quote"])], key=lambda m: m["t"])
    # (nor is the partner's answer to a harsh opening: "Can you not start like this?")
    soft = [m for m in soft if not DISGUISED.search(m["quote"]) and not _veiled(m["quote"]) and not (
        harsh and m["t"] > harsh[0]["t"] and m["speaker"] != harsh[0]["speaker"])]
    ev = [_ev(m["t"], m["speaker"], m["quote"], names) for m in (_told_first(soft)[:2] + harsh[:2])]
    where = "the opening" if first == 0 else f"the start-up{_at(when, start)}"
    # a soft start that slips later in the practice ("But you always forget…" a minute in) is only partly practised
    later = [m for m in _sure_markers(analysis, "criticism", "contempt") if m["t"] > end]  # (not a low reading by meaning)
    mended = _mended(analysis, later)
    if soft and not harsh and later and mended:  # (walk38l c3: a slip the speaker repaired at once was only "partly")
        r = mended[0]
        slip = (f"the {later[0]['category']}{_at(when, later[0]['t'])} that came later was repaired by "
                f"{names.get(r['by'])}{_at(when, r['t'])}" if len(later) == 1 else
                f"the {len(later)} moments of criticism or contempt that came later were each repaired by whoever said them")
        return (YES, f"{where} has no criticism or contempt, and {names.get(soft[0]['speaker'])} starts from an "
                f"I-statement or a need; {slip}", ev + [_ev(m["t"], m["speaker"], m["quote"], names) for m in later[:1]]
                + [_ev(r["t"], r["by"], r["quote"], names)])
    if soft and not harsh and later:
        return (PARTLY, f"{where} has no criticism or contempt, and {names.get(soft[0]['speaker'])} starts from an I-statement "
                f"or a need, but {' and '.join(sorted({m['category'] for m in later}))} came later{_at(when, later[0]['t'], ', at ')}",
                ev + [_ev(later[0]["t"], later[0]["speaker"], later[0]["quote"], names)])
    if soft and not harsh:
        return YES, f"{where} has no criticism or contempt, and {names.get(soft[0]['speaker'])} starts from an I-statement or a need", ev
    if not harsh:
        return PARTLY, f"{where} has no criticism or contempt, but no I-statement or need either", ev
    if soft:
        return PARTLY, f"an I-statement or need came, but so did criticism or contempt in {where}", ev
    return NOT_FOUND, f"{where} carries criticism or contempt and no I-statement", ev


# "I feel like you…", "I feel that you're…": the partner's doing told as a feeling, no soft start however it goes on
DISGUISED = re.compile(r"\bi (?:just |really )?(?:feel|felt)(?: like| that| as if| as though)? you(?:'re| are| were)?\b", re.I)
GLOBAL = re.compile(r"\b(?:never|always|selfish|lazy|useless|pathetic|stupid|hopeless|typical|person who|kind of person)\b", re.I)
SCORN = re.compile(r"\b(?:can't|cannot|couldn't|won't|doesn't|didn't) even\b", re.I)


def _veiled(quote: str) -> bool:
    return bool(SCORN.search(quote) or DISGUISED.search(quote) and GLOBAL.search(quote))


def _told_first(soft) -> list:
    """The soft start's evidence: its feeling first, then its need, each sentence once ("I felt hurt when…", "I need you
    to check on me…"), before a preamble ("I want to talk about something small.")."""
    def rank(m):
        q = m["quote"].lower()
        return (0 if m["category"] == "feelings" or re.search(r"\bi(?: am|'m|'ve been)? (?:feel|felt|feeling)\b", q) else
                1 if re.search(r"\b(?:need|would like|'d like|wish|could we|can we|would you|could you)\b", q) else 2)
    once = list({m["quote"]: m for m in reversed(soft)}.values())[::-1]
    return sorted(once, key=rank)


def _mended(analysis, slips) -> list:
    """The repairs, one per slip, by its own speaker within 30 s, not missed (landed, or no heat to show): else []."""
    repairs = [r for r in analysis.get("repairs") or [] if isinstance(r, dict) and r.get("landed") is not False and r.get("by")
               and not refused_after(analysis.get("turns") or [], r["t"], r["by"])]
    found = [next((r for r in repairs if r["by"] == m["speaker"] and m["t"] < r["t"] <= m["t"] + 30.0), None)
             for m in slips]
    return found if found and all(found) else []


def _time_out(analysis, names, when=clock):
    taken = find_break(analysis)
    if taken is None:
        return NOT_FOUND, "no break was asked for", []
    ask, back = taken["ask"], taken["back"]
    who = names.get(ask["speaker"], ask["speaker"])
    ev = [_ev(ask["t"], ask["speaker"], ask["quote"], names)]
    if back is not None and taken["both_after"]:
        ev.append(_ev(back["t"], back["speaker"], back["quote"][:120], names))
        came = (f"came back{_at(when, back['t'])}" if back["speaker"] == ask["speaker"]
                else f"the talk picked up again{_at(when, back['t'])}")
        return YES, f"{who} asked for a break{_at(when, ask['t'])} and {came}{_pressed(taken, names, when, ev)}", ev
    if taken["both_after"]:
        return PARTLY, (f"{who} asked for a break{_at(when, ask['t'])}, but the talk went on with no pause and no "
                        "return marked (such as \u201cI'm back\u201d)" + LISTEN_NOTES[1]), ev
    return PARTLY, f"a break was asked for{_at(when, ask['t'])}, but the return is not in the recording", ev


def _pressed(taken, names, when, ev) -> str:
    """", though Darlene went on with the argument as the break began, at 00:52 (“…”)": the break pressed on."""
    pressed = taken.get("pressed")
    if pressed is None:
        return ""
    ev.insert(1, _ev(pressed["t"], pressed["speaker"], pressed["quote"][:120], names))
    return (f"; {names.get(pressed['speaker'], pressed['speaker'])} went on with the argument after the break was asked "
            f"for{_at(when, pressed['t'])} (\u201c{pressed['quote'][:120]}\u201d)")


def _appreciation(analysis, names, when=clock):
    if isinstance(analysis.get("appreciation_replies"), list):  # the analysis's reading of each reply (received.py)
        return landed.check(analysis, names, when, _specific)
    said = _markers(analysis, "appreciation")
    if not said:
        return NOT_FOUND, "no appreciation was said", []
    turns = analysis["turns"]
    received, brushed = [], []  # (brushed: the appreciation and the reply that brushed it off)
    cold = _sure_markers(analysis, *HARD, "stonewalling")
    # "Thank you. I'm glad it helped." said at once to the partner's appreciation receives it: no appreciation of its own
    # (not "Thank you for cooking on Sunday.", thanks for a deed of the speaker's own choosing)
    said = [m for m in said if not (str(m.get("phrase", "")).startswith("thank") and not THANKS_FOR.match(m["quote"]) and any(
        p["speaker"] != m["speaker"] and 0 <= m["t"] - p["end"] <= 6.0 for p in said))] or said
    for m in said:
        reply = next((t for t in turns if t["start"] > m["t"] and t["speaker"] != m["speaker"]
                      and t["start"] - m["end"] <= 6.0), None)
        # answered with a brush-off ("Oh, I really appreciate you leaving your socks everywhere." / "Whatever."): not
        # taken up, whatever the appreciation's words
        if reply is not None and any(x["speaker"] == reply["speaker"] and reply["start"] <= x["t"] <= reply["end"] for x in cold):
            brushed.append((m, reply))
        elif reply is not None:
            received.append(m)
    givers = {m["speaker"] for m in said}
    ev = [_ev(m["t"], m["speaker"], m["quote"], names) for m in said[:3]]
    if len(givers) >= 2 and brushed:
        m, reply = brushed[0]
        return (PARTLY, f"both partners said an appreciation, but the one{_at(when, m['t'])} was not taken up"
                + LISTEN_NOTES[2], ev + [_ev(reply["start"], reply["speaker"], reply["text"][:120], names)])
    # the practice asks for one specific thing; "You're just good at everything." is warm but general
    general = [s for s in sorted(givers) if not any(_specific(m["quote"]) for m in said if m["speaker"] == s)]
    if len(givers) >= 2 and received and general:
        m = next(m for m in said if m["speaker"] == general[0])
        # (said so that "one of you", the couple's version, reads too: never "one of you's")
        return (PARTLY, f"both partners said an appreciation, but {names.get(general[0], general[0])} said only a "
                f"general one (\u201c{m['quote']}\u201d), not one specific thing", ev)
    if len(givers) >= 2 and received:
        return YES, "both partners said an appreciation and it was taken up", ev
    return PARTLY, ("an appreciation was said but not taken up" if not received
                    else f"only {names.get(next(iter(givers)))} said one"), ev


# What makes an appreciation specific: a time, a deed or a reason ("…the way you sorted the car on Tuesday", "Thank you
# for cooking"), or enough words to say one; not "You're great." or "You're just good at everything."
ANCHORS = frozenset({"when", "how", "way", "for", "because", "that", "yesterday", "today", "tonight", "morning", "last",
                     "always", "every", "made", "did", "took", "sorted", "helped", "remembered", "listened", "cooked"})


def _specific(quote: str) -> bool:
    toks = [w.strip(".,!?\u2026\"'").lower() for w in str(quote).split()]
    return len(toks) >= 9 or bool(set(toks) & ANCHORS)


def _repair(analysis, names, when=clock):
    repairs = _markers(analysis, "repair")
    if not repairs:
        after = _markers(analysis, "repair_after_threat", "appeasement")
        why = "no repair attempt" + (" (what followed a threat is not read as repair)" if after else "")
        return NOT_FOUND, why, []
    givers = {m["speaker"] for m in repairs}
    ev = [_ev(m["t"], m["speaker"], m["quote"], names) for m in repairs[:3]]
    if len(givers) >= 2:
        return YES, f"both tried a repair{_counted(when, repairs, f' ({len(repairs)} in all)')}", ev
    return PARTLY, f"only {names.get(next(iter(givers)))} tried a repair{_counted(when, repairs, f' ({len(repairs)})')}", ev


def _bids(analysis, names, when=clock):
    items = [b for lst in (analysis.get("reaching_for") or {}).values() for b in lst]
    toward = [b for b in items if b.get("response") == "toward"]
    ev = [_ev(b["t"], next((s for s, lst in analysis["reaching_for"].items() if b in lst), None), b["quote"], names)
          for b in toward[:3]]
    if not items:
        return NOT_FOUND, "no bids were picked up", []
    counted = _counted(when, items, f"{len(toward)} of {len(items)} bids were")
    if len(toward) / len(items) >= 0.5:
        return YES, f"{counted or 'at least half of the bids were'} met by turning toward", ev
    if toward:
        return PARTLY, f"{counted or 'some bids were'} met by turning toward", ev
    return NOT_FOUND, f"{_counted(when, items, f'none of {len(items)} bids was') or 'no bid was'} met by turning toward", ev
