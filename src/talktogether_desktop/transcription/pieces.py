"""faster-whisper's segments and words as the plain dicts of a transcript (times in seconds, shifted by an offset)."""

from __future__ import annotations

from typing import List


def segment_dict(piece, offset: float) -> dict:
    words = whole_words(piece.words or [], offset)
    return {
        "start": round(float(piece.start) + offset, 3),
        "end": round(float(piece.end) + offset, 3),
        "text": piece.text.strip(),
        "words": words,
    }


def whole_words(pieces, offset: float) -> List[dict]:
    """Word dicts of whisper's words, a word cut at an apostrophe made whole again: whisper's word splitter starts
    a new word at a lone "'" token, so "o'clock" came out as "o" and "'clock" (a line of the development set was
    then not found by its words). In languages written with spaces whisper's words start with one, so a word that starts
    with an apostrophe and no space is the rest of the word before it (Chinese or Japanese words have no spaces at all:
    only the apostrophe's word is joined)."""
    out: List[dict] = []
    for word in pieces:
        if not word.word.strip():
            continue
        if out and not word.word.startswith(" ") and word.word.startswith("'"):
            last, part = out[-1], word_dict(word, offset)
            last["word"] += part["word"]
            last["end"] = part["end"]
            last["probability"] = round((last["probability"] + part["probability"]) / 2, 3)
            continue
        out.append(word_dict(word, offset))
    return out


def word_dict(word, offset: float) -> dict:
    return {
        "start": round(float(word.start) + offset, 3),
        "end": round(float(word.end) + offset, 3),
        "word": word.word.strip(),
        "probability": round(float(word.probability), 3),
    }
