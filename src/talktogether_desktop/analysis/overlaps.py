"""Overlapping talk, classified: backchannels, attempts to take the floor, and interruptions.

Overlap is mostly cooperative (Schegloff 2000). A short backchannel ("mm-hm", "yeah") while
the other keeps the floor is not an interruption. An interruption starts while the other is
mid-turn and takes the floor; an attempt starts mid-turn but the other keeps talking. Because
speaker turns do not mark every overlap, a change of speaker within ~200 ms that cuts off an
unfinished sentence also counts as an interruption.
"""

from __future__ import annotations

import bisect
from typing import Sequence

from .cooperative import acknowledged_then_went_on, finished_for
from .lexicon import Lexicon
from .settings import AnalysisSettings
from .turns import Spurt, Turn
from .words import join_words, looks_unfinished, token

# A "cut-off" more likely the speaker's own words given to the listener, whose backchannel came under them ("That is
# exactly what / I know about it. / You stopped going…", over an "mm-hm"): the cutting turn is this short, its speaker
# this unsure (mean of its words' speaker confidence), and the first speaker goes straight on within this.
HEARD_UNDER_WORDS = 5
HEARD_UNDER_CONFIDENCE = 0.75
HEARD_UNDER_RESUME_S = 0.6


class _SpeakerTimeline:
    """One speaker's words, for "was this speaker talking at time t?" questions."""

    def __init__(self, words: Sequence[dict], ids: list[int]):
        self.starts = [words[i]["start"] for i in ids]
        self.ends = [words[i]["end"] for i in ids]

    def talking_at(self, t: float, slack: float = 0.0) -> bool:
        i = bisect.bisect_right(self.starts, t) - 1
        return i >= 0 and self.ends[i] + slack > t

    def speaks_between(self, t0: float, t1: float) -> bool:
        """Any word starting in (t0, t1]."""
        i = bisect.bisect_right(self.starts, t0)
        return i < len(self.starts) and self.starts[i] <= t1

    def last_end_before(self, t: float) -> float | None:
        i = bisect.bisect_left(self.starts, t) - 1
        return self.ends[i] if i >= 0 else None


def _timelines(words: Sequence[dict]) -> dict[str, _SpeakerTimeline]:
    ids: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        ids.setdefault(w["speaker"], []).append(i)
    return {s: _SpeakerTimeline(words, v) for s, v in ids.items()}


def is_backchannel_text(spurt: Spurt, words: Sequence[dict], lexicon: Lexicon, settings: AnalysisSettings) -> bool:
    toks = [token(words[i]["word"]) for i in spurt.word_ids]
    toks = [t for t in toks if t]
    if not toks or len(toks) > settings.backchannel_max_words:
        return False
    if spurt.end - spurt.start > settings.backchannel_max_s:
        return False
    return lexicon.covers(toks, "backchannels")


def classify_spurts(
    spurts: list[Spurt], words: Sequence[dict], lexicon: Lexicon, settings: AnalysisSettings
) -> None:
    """Set each spurt's `kind` to floor, backchannel or attempt (in place, in start order)."""
    timelines = _timelines(words)
    spurts_by_speaker: dict[str, list[Spurt]] = {}
    for sp in spurts:
        spurts_by_speaker.setdefault(sp.speaker, []).append(sp)
    holder: str | None = None
    for spurt in spurts:
        if holder is None or holder == spurt.speaker:
            spurt.kind = "floor"
            holder = spurt.speaker
            continue
        other = timelines[holder]
        other_keeps_going = other.talking_at(spurt.end) or other.speaks_between(
            spurt.end - 0.01, spurt.end + settings.backchannel_resume_s
        )
        # The other's stretch of talk under way when this one started (small gaps between
        # their words still count as talking).
        under_way = _spurt_at(spurts_by_speaker[holder], spurt.start, slack=0.15)
        # A listener's "mm-hm" comes while the other talks or in a short pause; an "okay" after a
        # long silence is an answer (often a minimal one), not a backchannel.
        waited = under_way is None and not other.talking_at(spurt.start) and not other.speaks_between(
            spurt.start - settings.backchannel_max_wait_s, spurt.start)
        if other_keeps_going and not waited and is_backchannel_text(spurt, words, lexicon, settings):
            spurt.kind = "backchannel"
        elif under_way is not None and under_way.end >= spurt.end - 0.1:
            # They talked on through all of it: an attempt that did not take the floor.
            spurt.kind = "attempt"
        else:
            spurt.kind = "floor"
            holder = spurt.speaker


def _heard_under(prev: Turn, nxt: Turn, after: Turn | None, words: Sequence[dict]) -> bool:
    """The cutting turn is short and unsure of its speaker, and the one it cut goes straight on (HEARD_UNDER_*):
    no cut-off claimed. Words with no speaker confidence (a transcript without audio) count as sure."""
    if after is None or after.speaker != prev.speaker or not nxt.word_ids or len(nxt.word_ids) > HEARD_UNDER_WORDS:
        return False
    if after.start - nxt.end > HEARD_UNDER_RESUME_S:
        return False
    return _speaker_unsure(nxt, words)


def _speaker_unsure(turn: Turn, words: Sequence[dict]) -> bool:
    """The turn's words average under HEARD_UNDER_CONFIDENCE of speaker confidence (none given counts as sure)."""
    sure = [words[i].get("speaker_confidence") for i in turn.word_ids]
    sure = [1.0 if c is None else float(c) for c in sure]
    return bool(sure) and sum(sure) / len(sure) < HEARD_UNDER_CONFIDENCE


def _spurt_at(spurts: Sequence[Spurt], t: float, slack: float) -> Spurt | None:
    for sp in spurts:
        if sp.start <= t <= sp.end + slack:
            return sp
        if sp.start > t:
            break
    return None


def detect_interruptions(
    turns: Sequence[Turn], spurts: Sequence[Spurt], words: Sequence[dict], settings: AnalysisSettings,
    lexicon: Lexicon | None = None,
) -> list[dict]:
    """Interruptions at floor transitions (overlapping or cut-off) and failed attempts, in time order; with the
    lexicon, a listener's acknowledgement run on into their own turn at the partner's sentence end is none."""
    found = []
    for k, (prev, nxt) in enumerate(zip(turns, turns[1:])):
        if prev.speaker == nxt.speaker:
            continue
        overlap = prev.end - nxt.start
        mid_turn = any(words[i]["start"] > nxt.start + 0.02 for i in prev.word_ids)
        last_word = words[prev.word_ids[-1]]["word"] if prev.word_ids else ""
        rule = None
        if overlap >= settings.min_interruption_overlap_s and mid_turn:
            rule = "overlap"
        elif (-overlap <= settings.cutoff_gap_s and looks_unfinished(last_word)
              and not _heard_under(prev, nxt, turns[k + 2] if k + 2 < len(turns) else None, words)):
            rule = "cut_off"
        if rule is None or rule == "cut_off" and finished_for(prev, nxt, turns[k + 2] if k + 2 < len(turns) else None, words):
            continue
        if acknowledged_then_went_on(prev, nxt, words, lexicon):
            continue
        found.append(
            {
                "t": round(nxt.start, 3),
                "by": nxt.speaker,
                "of": prev.speaker,
                # taken when the other stopped within the drop time; a longer fight for the
                # floor that the newcomer only won later is listed, but as not successful
                "successful": max(0.0, overlap) <= settings.interruption_drop_s,
                "rule": rule,
                "overlap_s": round(max(0.0, overlap), 3),
                "quote": _opening(nxt.word_ids, words),
                "cut_off_text": _closing(prev.word_ids, words),
            }
        )
    holder_at = _floor_holder_lookup(turns)
    for spurt in spurts:
        if spurt.kind != "attempt":
            continue
        of = holder_at(spurt.start)
        found.append(
            {
                "t": round(spurt.start, 3),
                "by": spurt.speaker,
                "of": of,
                "successful": False,
                "rule": "attempt",
                "overlap_s": round(spurt.end - spurt.start, 3),
                "quote": join_words([words[i] for i in spurt.word_ids]),
                "cut_off_text": None,
            }
        )
    found.sort(key=lambda d: d["t"])
    return found


def onsets_from_overlaps(found: Sequence[dict], speaker_overlaps: Sequence[dict], settings: AnalysisSettings) -> None:
    """A cut-off the words show (one voice stops unfinished, the other starts at once) where the
    speaker turns show both voices running together: the newcomer came in under the other's last
    words, which the transcriber gave to one voice. Its time becomes the start of that overlap (in
    place), so `t` is when the interrupter started, not when their first recognised word did."""
    for d in found:
        if d["rule"] != "cut_off":
            continue
        for region in speaker_overlaps:
            start, end = float(region["start"]), float(region["end"])
            if not {d["by"], d["of"]} <= set(region.get("speakers") or ()) or end - start < settings.min_diarized_overlap_s:
                continue
            if start < d["t"] - 0.2 and end >= d["t"] - 0.3:
                d["overlap_s"] = round(d["t"] - start, 3)
                d["t"] = round(start, 3)
                break


def diarized_interruptions(
    turns: Sequence[Turn],
    speaker_overlaps: Sequence[dict],
    found: Sequence[dict],
    words: Sequence[dict],
    settings: AnalysisSettings,
    lexicon: Lexicon | None = None,
) -> list[dict]:
    """Interruptions the words miss but the speaker turns show: the transcriber usually keeps one
    of two overlapping voices, so where diarization marks both speaking across a change of
    speaker, the newcomer came in while the other was still talking."""
    out = []
    taken = {(round(d["t"], 1), d["by"]) for d in found}
    for prev, nxt in zip(turns, turns[1:]):
        if prev.speaker == nxt.speaker or acknowledged_then_went_on(prev, nxt, words, lexicon):
            continue
        for region in speaker_overlaps:
            both = {prev.speaker, nxt.speaker} <= set(region.get("speakers") or ())
            start, end = float(region["start"]), float(region["end"])
            if not both or end - start < settings.min_diarized_overlap_s:
                continue
            # around this change of speaker, and the previous speaker was still on the floor,
            # mid-turn: they began another word after the overlap began (not a terminal overlap)
            if not (start <= nxt.start + 0.3 and end >= nxt.start - 0.3 and prev.end >= start):
                continue
            if not any(words[i]["start"] >= start + 0.1 for i in prev.word_ids):
                continue
            if any(abs(t - start) < 1.0 and by == nxt.speaker for t, by in taken) or any(
                abs(d["t"] - nxt.start) < 0.5 and d["by"] == nxt.speaker for d in found
            ):
                break
            out.append(
                {
                    "t": round(min(start, nxt.start), 3),
                    "by": nxt.speaker,
                    "of": prev.speaker,
                    "successful": True,
                    "rule": "diarized_overlap",
                    "overlap_s": round(end - start, 3),
                    "quote": _opening(nxt.word_ids, words),
                    "cut_off_text": _closing(prev.word_ids, words),
                    # how sure the speaker finder is that both spoke at once (None: not said)
                    "overlap_confidence": region.get("confidence"),
                }
            )
            break
    return out


def interjections_under_the_floor(
    turns: Sequence[Turn], speaker_overlaps: Sequence[dict], words: Sequence[dict], settings: AnalysisSettings
) -> set[int]:
    """Indexes of short turns the listener slipped in while the other partner kept the floor.

    On one microphone a listener's "mm-hm" under the other's talk is often heard as a few other
    words ("I may share"), so the backchannel lexicon cannot recognise it. What still shows it:
    the turn is short, the speaker finder heard both voices at once over it, and the partner who
    was talking goes on within the resume time. Such a turn did not take the floor, so it is no
    interruption, and the partner going on is not interrupting it either. More words than an interjection has
    count too when the speaker finder is unsure whose they are (HEARD_UNDER_CONFIDENCE): the "mm-hm" took the
    partner's words under it with it ("hall. Let me turn on my home." for "before the holidays, on my own")."""
    out = set()
    for k in range(1, len(turns) - 1):
        prev, turn, nxt = turns[k - 1], turns[k], turns[k + 1]
        if not (prev.speaker == nxt.speaker != turn.speaker):
            continue
        wordy = len(turn.word_ids) > settings.interjection_max_words and not _speaker_unsure(turn, words)
        if turn.end - turn.start > settings.backchannel_max_s or wordy:
            continue
        if nxt.start - turn.end > settings.backchannel_resume_s or turn.start - prev.end > settings.cutoff_gap_s:
            continue
        heard_both = any(
            {prev.speaker, turn.speaker} <= set(r.get("speakers") or ())
            and float(r["start"]) < turn.end and float(r["end"]) > turn.start - 0.3
            and float(r["end"]) - float(r["start"]) >= settings.min_diarized_overlap_s
            for r in speaker_overlaps
        )
        if heard_both:
            out.add(k)
    return out


def drop_interjections(found: list[dict], turns: Sequence[Turn], interjections: set[int]) -> list[dict]:
    """`found` without the interruptions made by, or of, a listener's interjection."""
    if not interjections:
        return found
    spans = [(turns[k].start, turns[k].end, turns[k].speaker) for k in interjections]

    def part_of(d: dict) -> bool:
        t = d["t"]
        for start, end, who in spans:
            # the interjection itself; a diarized overlap is timed from where both voices began, which may be well
            # before the listener's first word (0.7 s for the "mm-hm" heard as "hall. Let me turn on my home.")
            reaches = d["rule"] == "diarized_overlap" and t + float(d["overlap_s"]) >= start
            if d["by"] == who and (start - 0.6 <= t or reaches) and t <= start + 0.3:
                return True
            if d["of"] == who and start - 0.6 <= t <= end + 0.6:
                return True  # the floor holder going on after it (timed from the overlap's start)
        return False

    return [d for d in found if not part_of(d)]


def heard_apart(speaker_overlaps: Sequence[dict] | None) -> tuple[list[dict], list[dict]]:
    """(a listener's sounds under the floor voice that no word was written for, the other overlap regions).

    A heard sound (diarization/under_talk.py) is a backchannel with no words made out: it never takes the floor, so it
    is no interruption and no overlap an interruption is read from, and with no words it answers nothing."""
    regions = list(speaker_overlaps or ())
    return [r for r in regions if r.get("kind") == "backchannel"], [r for r in regions if r.get("kind") != "backchannel"]


def unclassified_overlaps(speaker_overlaps: Sequence[dict], known: Sequence[dict], heard: Sequence[dict] = ()) -> list[dict]:
    """Overlap the speaker turns show where the words show none (kept for the timeline), and the backchannels heard
    with no words (`heard`) where the words show no overlap."""
    out = []
    for region in heard:
        start, end = float(region["start"]), float(region["end"])
        if not any(o["start"] < end + 0.2 and o["end"] > start - 0.2 for o in known):
            out.append({"start": round(start, 3), "end": round(end, 3), "kind": "backchannel", "by": region.get("by"),
                        "of": region.get("of"), "text": "", "confidence": region.get("confidence")})
    for region in speaker_overlaps:
        start, end = float(region["start"]), float(region["end"])
        if any(o["start"] < end + 0.2 and o["end"] > start - 0.2 for o in [*known, *out]):
            continue
        out.append({"start": round(start, 3), "end": round(end, 3), "kind": "overlap", "by": None, "of": None,
                    "speakers": list(region.get("speakers") or ()), "text": "",
                    "confidence": region.get("confidence")})
    return out


def overlap_list(
    turns: Sequence[Turn], spurts: Sequence[Spurt], interruptions: Sequence[dict], words: Sequence[dict]
) -> list[dict]:
    """Every classified overlap: backchannels, attempts, interruptions and terminal overlaps."""
    holder_at = _floor_holder_lookup(turns)
    interrupted_at = {(d["t"], d["by"]) for d in interruptions if d["successful"]}
    out = []
    for spurt in spurts:
        if spurt.kind in ("backchannel", "attempt"):
            of = holder_at(spurt.start)
            out.append(
                {
                    "start": round(spurt.start, 3),
                    "end": round(spurt.end, 3),
                    "kind": spurt.kind,
                    "by": spurt.speaker,
                    "of": of,
                    "text": join_words([words[i] for i in spurt.word_ids]),
                }
            )
    for d in interruptions:
        if d["rule"] == "diarized_overlap":
            out.append({"start": d["t"], "end": round(d["t"] + d["overlap_s"], 3), "kind": "interruption",
                        "by": d["by"], "of": d["of"], "text": d["quote"]})
    for prev, nxt in zip(turns, turns[1:]):
        if prev.speaker == nxt.speaker or prev.end <= nxt.start:
            continue
        if any(d["rule"] == "diarized_overlap" and d["by"] == nxt.speaker and abs(d["t"] - nxt.start) < 1.0
               for d in interruptions):
            continue
        kind = "interruption" if (round(nxt.start, 3), nxt.speaker) in interrupted_at else "terminal"
        out.append(
            {
                "start": round(nxt.start, 3),
                "end": round(min(prev.end, nxt.end), 3),
                "kind": kind,
                "by": nxt.speaker,
                "of": prev.speaker,
                "text": _opening(nxt.word_ids, words),
            }
        )
    out.sort(key=lambda d: d["start"])
    return out


def _floor_holder_lookup(turns: Sequence[Turn]):
    starts = [t.start for t in turns]

    def holder_at(t: float) -> str | None:
        i = bisect.bisect_right(starts, t) - 1
        return turns[i].speaker if i >= 0 else None

    return holder_at


def _opening(ids: Sequence[int], words: Sequence[dict], n: int = 12) -> str:
    return join_words([words[i] for i in ids[:n]])


def _closing(ids: Sequence[int], words: Sequence[dict], n: int = 10) -> str:
    return join_words([words[i] for i in ids[-n:]])
