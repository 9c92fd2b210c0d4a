"""Operations on the transcript: the therapist corrects a word or a line (and, through the speaker
fixes, `ops_speakers.reassign_speaker`, moves words between speakers); the analysis is made again
on the corrected words.

Corrections are anchored to time and kept in the vault apart from the machine transcript, so a
re-transcription or a new diarization does not lose them: every reader of the words (the analysis,
the window's transcript) gets them through `corrected_words`. Each one is audited.
"""

from __future__ import annotations

import math
from typing import Optional

from ..errors import NotFound, OtherSpeakerWords, UsageError
from ..jobs import CancelToken, ProgressFn
from ..diarization.fixes import words_to_move
from ..storage import recordings, speakers, transcripts
from ..storage.settings import Settings
from .reanalysis import queue_reanalysis, run_reanalysis
from .times import check_range
from ..timefmt import clock
from ..transcription.corrections import apply_corrections, check_correction, in_line, words_replaced


def corrected_words(vault, recording_id: int) -> list[dict]:
    """The recording's words with every stored correction applied, in time order: the order the analysis (and so the
    report) reads them in, and the window's transcript and `recording show` print them in. The stored order is the
    recogniser's, segment by segment: a segment heard again to fill a gap inside an earlier one ("May, when" at 3.2 s
    inside 0.4-7.2 s) would otherwise be printed after that whole segment."""
    words = transcripts.load_words(vault, recording_id)
    corrections = transcripts.list_corrections(vault, recording_id)
    if corrections:
        words = _moves_in_rewritten_lines(apply_corrections(words, corrections), speakers.list_fixes(vault, recording_id))
    return sorted(words, key=lambda w: (w["start"], w["end"]))  # (stable: words at one time keep the stored order)


def _moves_in_rewritten_lines(words: list[dict], fixes: list[dict]) -> list[dict]:
    """The words of a line the therapist rewrote are not the machine's, so the speaker fixes (replayed
    over the machine's words) never reach them: a move of words by time is replayed over them here,
    or words moved to the other speaker inside a corrected line would stay with the first."""
    rewritten = [w for w in words if "seq" not in w]
    for fix in fixes:
        if rewritten and fix["kind"] == "reassign" and "start" in fix["params"]:
            for w in words_to_move(rewritten, fix["params"]):
                w["speaker"] = fix["params"]["speaker"]
    return words


def unrecognised_speech(vault, recording_id: int) -> list[dict]:
    """[{start, end}] where speech was heard but no words recognised (shown in the transcript)."""
    return transcripts.load_unrecognised(vault, recording_id)


def preview_correction(vault, recording_id: int, kind: str, start: float, end: float, text: str = "",
                       speaker: Optional[str] = None) -> dict:
    """What a correction would do, stored nowhere: the checked correction (a line keeps the speaker who said
    most of it unless `speaker` is given), `replaced`, the runs of words it takes the place of, each
    {"speaker", "name", "start", "end", "text", "words", "other_speaker"} (`other_speaker`: said by another
    speaker than the line's, so they would be lost to that speaker), and `other_speaker_words_replaced`."""
    if kind not in ("word", "line"):
        raise UsageError("Correct a 'word' or a 'line'; to move words to the other speaker use a speaker fix.")
    start, end = check_range(vault, recording_id, start, end, allow_instant=True)
    if not transcripts.load_words(vault, recording_id):
        raise NotFound(f"{recordings.called(vault, recording_id)} has no transcript yet; process it first.")
    words = corrected_words(vault, recording_id)  # as the transcript stands now, earlier corrections included
    if kind == "line" and speaker is None:
        # the line keeps the speaker who said most of it (on a tie, the one who spoke first)
        inside = [w["speaker"] for w in words if in_line(w, start, end) and w.get("speaker")]
        speaker = max(inside, key=lambda s: (inside.count(s), -inside.index(s)), default=None)
        if speaker is None:  # nobody's words there to take it from: ask, naming the labels to choose from
            labels = sorted(speakers.speaker_names(vault, recording_id)) or ["S1", "S2"]
            raise UsageError(f"No words were said between {start:g} s and {end:g} s, so who said this line is not "
                             f"known: name the speaker ({' or '.join(labels)}; --speaker on the command line).")
    if kind == "line":  # the line speaker's word cut by an edge goes with the line ("…to work." left "work. work."),
        # when the machine heard it: a word the therapist corrected is never taken from beyond the window (walk40m: the
        # line before's "…I stopped noticing." became "…I stopped Could…")
        cut = [w for w in words if w.get("speaker") == speaker and min(w["end"], end) > max(w["start"], start)
               and not in_line(w, start, end) and not w.get("corrected")]
        wider = min([start] + [w["start"] for w in cut]), max([end] + [w["end"] for w in cut])
        if not any(in_line(w, *wider) and not in_line(w, start, end) and w.get("speaker") != speaker for w in words):
            start, end = wider  # (never to take another speaker's word in)
    correction = check_correction({"kind": kind, "start": start, "end": end, "text": text, "speaker": speaker}
                                  if kind == "line" else {"kind": kind, "start": start, "end": end, "text": text})
    names = speakers.speaker_names(vault, recording_id)
    known = sorted(names) or sorted({w["speaker"] for w in words if w.get("speaker")})
    if kind == "line" and known and correction["speaker"] not in known:
        raise UsageError(f"There is no speaker {correction['speaker']!r} in this recording ({', '.join(known)}).")
    replaced = words_replaced(words, correction)
    if kind == "word" and not replaced:  # it would be kept and correct nothing
        raise UsageError(f"No word was said between {start:g} and {end:g} s, so there is nothing to correct there: "
                         "`recording show` gives each line's time (with --line, words are added where none were).")
    if kind == "word":
        _one_word_only(words, replaced[0], start, end)
    runs = _runs(replaced, correction.get("speaker"), names)
    return {"correction": correction, "speaker_name": names.get(speaker, speaker) if speaker else None,
            "replaced": runs, "other_speaker_words_replaced": any(r["other_speaker"] for r in runs),
            "corrected_words_replaced": any(r["corrected_before"] for r in runs),
            "own_words_span": _own_span(words, replaced, correction.get("speaker"))}


def _one_word_only(words: list[dict], target: dict, start: float, end: float) -> None:
    """A word correction changes the one word said between start and end. Times holding more words (each one's middle
    in them, beside the word the correction would land on) are refused, naming them: the word that overlapped them
    most was replaced and the others kept, unsaid ("you never listen" at 1-2.5 s as "you always" left "you never
    you always"). The window corrects a word by its own times, which no other word's middle outside it falls in."""
    more = [w for w in words if in_line(w, start, end) and not in_line(w, target["start"], target["end"])]
    if more:
        said = " ".join(w["word"] for w in sorted([target, *more], key=lambda w: (w["start"], w["end"])))
        raise UsageError(f"{len(more) + 1} words were said between {start:g} and {end:g} s (“{said}”), and a word "
                         "correction changes one word: to replace them all with the text, add --line; to correct "
                         "one of them, give that word's own start and end (`recording show ID --json` has each word's times).")


def _own_span(words: list[dict], replaced: list[dict], label: Optional[str]) -> Optional[tuple[float, float]]:
    """From the line speaker's first replaced word to their last, when no other speaker's word falls in it
    (in overlapping speech it can't: correct those words one at a time instead)."""
    own = [w for w in replaced if w.get("speaker") == label]
    if not own:
        return None
    span = (round(own[0]["start"], 3), round(own[-1]["end"], 3))
    crossing = any(in_line(w, *span) and w.get("speaker") and w["speaker"] != label for w in words)
    return None if crossing else span


def _runs(words: list[dict], line_speaker: Optional[str], names: dict) -> list[dict]:
    """Consecutive words of one speaker, as one run each (words the therapist corrected before in runs of their own)."""
    runs: list[dict] = []
    for w in words:
        label = w.get("speaker")
        if runs and runs[-1]["speaker"] == label and runs[-1]["corrected_before"] == bool(w.get("corrected")):
            run = runs[-1]
            run["end"], run["text"], run["words"] = w["end"], f"{run['text']} {w['word']}", run["words"] + 1
            continue
        runs.append({"speaker": label, "name": names.get(label, label) if label else None,
                     "start": round(w["start"], 3), "end": w["end"], "text": w["word"], "words": 1,
                     "other_speaker": bool(line_speaker and label and label != line_speaker),
                     "corrected_before": bool(w.get("corrected"))})
    for run in runs:
        run["end"] = round(run["end"], 3)
    return runs


def describe_runs(runs: list[dict]) -> str:
    """Ben's “I do” (00:04-00:05) and Ana's “you never” (00:06-00:07): for the command line and the window."""
    parts = []
    for r in runs:
        owner = f"{r['name']}'s " if r.get("name") else ""
        start, end = clock(r["start"]), clock(r["end"])
        parts.append(f"{owner}“{r['text']}” ({start if start == end else f'{start}-{end}'})")
    return ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else "".join(parts)


def correct_transcript(vault, settings: Settings, recording_id: int, kind: str, start: float, end: float,
                       text: str = "", speaker: Optional[str] = None, replace_other_speaker: bool = False,
                       rerun_analysis: bool = True, progress: Optional[ProgressFn] = None,
                       cancel: Optional[CancelToken] = None) -> dict:
    """Keep one correction ("word": the word said between start and end is `text`, "" removes it;
    "line": the words said then are `text`, by `speaker`) and make the analysis again. A line that would
    replace words another speaker said is refused (`OtherSpeakerWords`, naming them) unless
    `replace_other_speaker`; the correction keeps what it replaced, and replacing another speaker's words
    is audited on its own (`replace_other_speaker_words`, the correction's id)."""
    preview = preview_correction(vault, recording_id, kind, start, end, text, speaker)
    correction, runs = preview["correction"], preview["replaced"]
    others = [r for r in runs if r["other_speaker"]]
    if others and not replace_other_speaker:
        name, span = preview["speaker_name"], preview["own_words_span"]
        keep = (f"give times that hold only {name}'s words (--start {span[0]:g} --end {span[1]:g})" if span
                else f"correct {name}'s words one at a time (without --line)")
        raise OtherSpeakerWords(
            f"Correcting {clock(correction['start'])}-{clock(correction['end'])} as {name}'s line "
            f"would replace words the other speaker said, {describe_runs(others)}, so nothing was changed: "
            f"{keep}, or confirm that those words go too (--replace-other-speaker).", runs)
    with vault.transaction():  # the correction and the job that makes the analysis again: both or neither
        correction_id = transcripts.add_correction(vault, recording_id, {**correction, "replaced": runs})
        if others:
            vault.audit("replace_other_speaker_words", "transcript_correction", correction_id)
        job_id = queue_reanalysis(vault, settings, recording_id)
    rerun = rerun_analysis and run_reanalysis(vault, settings, recording_id, job_id, progress, cancel,
                                              wait_for_consent=True)
    return {"id": correction_id, "recording_id": recording_id, **correction, "analysis_rerun": rerun,
            "replaced": runs, "other_speaker_words_replaced": bool(others),
            "corrected_words_replaced": preview["corrected_words_replaced"]}


def undo_correction(vault, settings: Settings, recording_id: int, correction_id: Optional[int] = None,
                    rerun_analysis: bool = True, progress: Optional[ProgressFn] = None,
                    cancel: Optional[CancelToken] = None) -> dict:
    """Take back a correction (None: the latest) and make the analysis again on the words as they now stand."""
    recordings.get_recording(vault, recording_id)  # an unknown recording is named as such, not as "no corrections"
    with vault.transaction():
        undone = transcripts.remove_correction(vault, recording_id, correction_id)
        job_id = queue_reanalysis(vault, settings, recording_id)
    rerun = rerun_analysis and run_reanalysis(vault, settings, recording_id, job_id, progress, cancel,
                                              wait_for_consent=True)
    return {**_readable(undone), "recording_id": recording_id, "analysis_rerun": rerun}


def list_corrections(vault, settings: Settings, recording_id: int) -> list[dict]:  # noqa: ARG001
    recordings.get_recording(vault, recording_id)  # NotFound, not an empty list, for a recording that is not there
    return [_readable(c) for c in transcripts.list_corrections(vault, recording_id)]


def _readable(correction: dict) -> dict:
    """A time stored before times were checked (NaN, infinite) is shown as none, and JSON stays JSON."""
    return {k: None if k in ("start", "end") and not _finite(v) else v for k, v in correction.items()}


def _finite(value) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value)
