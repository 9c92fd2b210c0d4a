"""Results as text for the faces to print or save: transcripts (txt, srt, vtt, json), speaker turns (RTTM)."""

from __future__ import annotations

from typing import Mapping

from ..analysis.words import SPEAKER_UNSURE, speaker_unsure_runs
from ..diarization.rttm import to_rttm
from ..practice.assignment import shown_title
from ..transcription.formats import render, timeline, unrecognised_note
from ..timefmt import local_day, local_time


def first_sign_words(point: Mapping, turns: list[dict]):
    """(quote, time) to print under a rise's "first sign from X": X's own words (reports/first_sign.py; imported
    here only when asked, so a command that prints no rise does not load the PDF library)."""
    from ..reports.first_sign import first_sign_words as words

    return words(dict(point), turns)


def observation_text(observation: Mapping, text: str, analysis: Mapping) -> str:
    """An observation's sentence as printed: a rise after a threat is never "had not calmed down" (reports/after_threat.py),
    and a quote an older analysis cut mid-word ("…you went on abou…") is cut at the word's start, as the report prints
    it (reports/text.py); the stored analysis is left as it was."""
    from ..reports.after_threat import observation_text as said
    from ..reports.observation_words import plain
    from ..reports.text import cut_at_a_word

    quotes = [e.get("quote") for e in observation.get("evidence") or [] if isinstance(e, Mapping)]
    return plain(observation, cut_at_a_word(said(dict(observation), text, dict(analysis)), quotes), analysis)


def said_again(observation: Mapping, analysis: Mapping) -> bool:
    """An observation the report leaves off page 1 because another one there says it (reports/observation_words.py)."""
    from ..reports.observation_words import said_in_cycle

    return said_in_cycle(observation, analysis)


def said_together(names) -> str:
    """"Ana", "Ana and Ben", "Ana, Ben and Chris" (never "Ana and Ben and Chris")."""
    names = [str(n) for n in names]
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else "".join(names)


def safety_kind(flag: Mapping) -> str:
    """A safety line's kind as the report says it: "possible self-harm" for one only possibly so (read by meaning or
    heard with low confidence), "self-harm" for one heard clearly (reports/safety_words.py)."""
    from ..reports.safety_words import safety_kind as kind

    return kind(dict(flag))


def unread_reply_text(item: Mapping) -> str:
    """How a bid's reply read neither way is said, in the kind of language found: "after words of control (isolation),
    the reply is not read either way", never "after a threat" where none was heard (walk49a a_sister)."""
    from ..analysis.reply_said import unread_after

    why = unread_after(str(item.get("response_reason") or ""))
    return f"{why}, the reply is not read either way" if why else "the reply is not read either way"


def turned_toward_figure(speaker: Mapping, analysis: Mapping, name: str | None = None) -> str:
    """The window's "Turned toward the other's bids" for one partner ("2 of 3"), not scored for a partner whose words
    were heard as control, named (analysis/not_scored.py)."""
    from ..analysis.not_scored import turned_toward_figure as figure

    return figure(speaker, analysis, name)


def against_bid_text(reason: str, other: str) -> str:
    """A reply that turned against a bid, with who replied, in the report's words (reports.text.against_phrase)."""
    from ..reports.text import against_phrase

    return against_phrase(reason, other)


def stood_out_text(observation: Mapping, analysis: Mapping) -> str:
    """An observation's sentence as the report's "What stood out" says it: "Safety language (possible self-harm) at
    01:26" where every line it names is only possibly one, "first sign from X" (never "led by X"), a rise after a
    threat never "had not calmed down" (reports/first_sign.py, after_threat.py)."""
    from ..reports.first_sign import in_todays_words
    from ..reports.patterns import unsure_note

    said = in_todays_words({"observations": [dict(observation)], "safety_flags": list(analysis.get("safety_flags") or [])})
    said = said["observations"][0]
    if not isinstance(said, dict):
        return str(said)
    text = observation_text(said, str(said.get("text") or ""), analysis)
    return text + unsure_note(dict(said), dict(analysis), text)  # as sure as the report says it is


def unsure_words(item: Mapping) -> str:
    """Why a need or bid read with low confidence is not quoted, as the report's "What each partner was reaching for"
    says it in place of the quote ("words unsure", "who said it unsure": reports/text.py)."""
    from ..reports.text import why_unsure

    return why_unsure(item)


def safety_prompt_text(analysis: Mapping) -> str:
    """The risk prompt as the report's box says it ("possible self-harm language" where every such line is only
    possibly one), or "" when there is none."""
    from ..reports.safety_words import prompt_today

    prompt = prompt_today(analysis.get("safety_prompt"), list(analysis.get("safety_flags") or []))
    return str(prompt.get("text") or "") if isinstance(prompt, dict) else ""


SET_BY_HAND = "The speakers have been set by hand on every line, so who said what follows those corrections."


def speakers_set_by_hand(analysis: Mapping) -> bool:
    """Whether the therapist has given (nearly) every word its speaker and no line is left "speaker unsure"
    (reports/patterns.py, which the report's page 1 reads it with)."""
    from ..reports.patterns import speakers_set_by_hand as by_hand

    return by_hand(dict(analysis))


def who_unsure(analysis: Mapping, t) -> bool:
    """Whether the words at time t are on a line marked "speaker unsure": a first sign there names no one
    (reports/patterns.py, which the report's Key moments and patterns read it with)."""
    from ..reports.patterns import who_unsure as unsure

    return unsure(dict(analysis), t)


def speaker_warnings(analysis: Mapping, warnings=None) -> list[str]:
    """The speaker finder's warnings (`warnings`, else the analysis's) as the faces say them: once every line's speaker
    was set by hand, "sounds like fewer than 2 voices" has been answered and is said as SET_BY_HAND, as the report's
    page 1 says it (walk40n: the CLI said it still after every line was corrected)."""
    warnings = list(analysis.get("diarization_warnings") or [] if warnings is None else warnings)
    doubts = [w for w in warnings if "sounds like fewer than" in str(w)]
    if not doubts or not speakers_set_by_hand(analysis):
        return warnings
    return [SET_BY_HAND] + [w for w in warnings if w not in doubts]


def transcript_text(transcript: Mapping, fmt: str = "txt") -> str:
    return render(dict(transcript), fmt)


def transcript_lines(transcript: Mapping) -> list[dict]:
    """The segments and the speech-without-words spans (marked "unrecognised") in time order."""
    return timeline(dict(transcript))


__all__ = ["first_sign_words", "observation_text", "said_again", "said_together", "safety_kind", "safety_prompt_text", "speaker_warnings",
           "speakers_set_by_hand", "stood_out_text", "who_unsure", "lines_from_words", "recording_name", "speaker_turns_rttm", "speaker_unsure_runs", "transcript_lines", "transcript_text",
           "unrecognised_note", "with_unrecognised", "SPEAKER_UNSURE"]

from ..reports.printed_lines import LINE_GAP_S  # noqa: E402  (one rule for the window, the CLI and the PDF)


def lines_from_words(words: list[dict]) -> list[dict]:
    """Consecutive words of one speaker become a line; a long pause starts another. Words whose voice was hard
    to tell apart (speaker_unsure_runs) are a line of their own, marked "speaker_unsure". The window's transcript
    and `recording show` print these lines, never a recogniser's segment that two voices share."""
    words = [w for w in words if (w.get("word") or "").strip()]
    unsure = {k for i, j in speaker_unsure_runs(words) for k in range(i, j)}
    lines: list[dict] = []
    for k, w in enumerate(words):
        speaker = w.get("speaker")
        text = w["word"].strip()
        word = {"start": w["start"], "end": w["end"], "word": text}  # for editing or moving single words
        last = lines[-1] if lines else None
        if (last is not None and last["speaker"] == speaker and w["start"] - last["end"] < LINE_GAP_S
                and last.get("speaker_unsure", False) == (k in unsure)):
            last["text"] += " " + text
            last["end"] = max(last["end"], w["end"])
            last["last_seq"] = w.get("seq")
            last["words"].append(word)
        else:
            lines.append({"speaker": speaker, "start": w["start"], "end": w["end"], "text": text,
                          "first_seq": w.get("seq"), "last_seq": w.get("seq"), "words": [word],
                          **({"speaker_unsure": True} if k in unsure else {})})
    return lines


def with_unrecognised(lines: list[dict], spans: list[dict]) -> list[dict]:
    """The lines with a line for each stretch of speech that has no words, in time order."""
    marks = [{"speaker": None, "start": s["start"], "end": s["end"], "text": "", "unrecognised": True} for s in spans]
    return sorted(lines + marks, key=lambda line: line["start"])


def speaker_turns_rttm(diarization: Mapping, file_id: str) -> str:
    return to_rttm(diarization["turns"], file_id)


def recording_name(rec: Mapping) -> str:
    """A recording as the therapist knows it (the window's lists, its messages): its file's name, else where and when
    it was made (never its number in the vault)."""
    if rec.get("original_name"):
        return str(rec["original_name"])
    if rec.get("source") == "room":
        return "Recorded in the room"
    day = local_time(rec.get("recorded_at") or rec.get("imported_at"))[:10]  # this computer's day, not UTC's
    return f"Recording of {day}" if day else "A recording"


def practice_label(assignment: Mapping, adherence: Mapping | None = None) -> str:
    """A practice as the therapist knows it: its title, the day it was set and the days it runs ("Weekly check-in
    (set 2026-12-03; runs 2026-12-04 to 2026-12-10)"), never its number in the vault."""
    adherence = adherence or {}
    start, end = adherence.get("start") or assignment.get("start_date"), adherence.get("end") or assignment.get("end_date")
    parts = [f"set {local_day(assignment['created_at'])}"] if assignment.get("created_at") else []  # (kept in UTC)
    if start and end:
        parts.append(f"runs {str(start)[:10]} to {str(end)[:10]}")
    title = shown_title(assignment.get("title"), assignment.get("behaviour")) or assignment.get("behaviour") or "Practice"
    return f"{title} ({'; '.join(parts)})" if parts else str(title)


def review_heading(points) -> str:
    """The points' heading, as the report's "What to review" says it: never "together" over points that begin by
    sending the therapist to each partner separately after safety language (it read "To review together:" over "…go over
    the practice with each partner separately before any review together.")."""
    from ..practice.review import INDIVIDUAL_FIRST, LISTEN_INDIVIDUAL_FIRST

    first = points[0] if points else ""
    return {INDIVIDUAL_FIRST: "To review, with each partner separately:", LISTEN_INDIVIDUAL_FIRST: "To review:"}.get(
        first, "To review together:")


def format_review(review: dict) -> str:
    """The practice review for the next session as text (`practice review`, the window's Review…)."""
    a = review.get("assignment")
    if not a:
        return "This couple has no practice assignment yet."
    lines = [f"Practice: {practice_label(a, review.get('adherence'))}"]
    if review.get("adherence"):
        lines.append(review["adherence"]["summary"])
    trend = review["trend"]
    if trend["available"]:
        lines.append("Compared with earlier recordings at home (before this practice):")
        lines += [f"  {line}" for line in trend["lines"]]
    elif trend.get("reason"):
        lines.append(trend["reason"])
    lines += [f"  ! {w}" for w in trend.get("warnings", [])]
    points = review["review_points"]
    lines.append(review_heading(points))
    lines += [f"  - {p}" for p in points]
    return "\n".join(lines)
