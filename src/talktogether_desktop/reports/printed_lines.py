"""The printed transcript's lines: each analysis turn split where its speaker paused LINE_GAP_S or longer, the one rule
the window's transcript and `recording show` follow too (pipeline.formats.lines_from_words). walk50b: the window showed
Ngozi's 00:47 and 00:54 as two lines where the PDF joined them into one 16 s turn."""

from __future__ import annotations

from typing import Iterable, Iterator

LINE_GAP_S = 1.5  # a pause this long inside one speaker's talk starts a new line


def printed_lines(turns: Iterable[dict]) -> Iterator[dict]:
    for turn in turns:
        words = [w for w in turn.get("words") or [] if isinstance(w, dict) and str(w.get("word") or "").strip()]
        if not words:
            yield turn
            continue
        run = [words[0]]
        for w in words[1:]:
            if float(w["start"]) - float(run[-1]["end"]) >= LINE_GAP_S:
                yield _line(turn, run)
                run = []
            run.append(w)
        yield _line(turn, run) if len(run) < len(words) else turn


def _line(turn: dict, run: list[dict]) -> dict:
    return {**turn, "start": run[0]["start"], "end": run[-1]["end"], "words": run,
            "text": " ".join(str(w["word"]).strip() for w in run)}
