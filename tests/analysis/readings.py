"""Fixing the meaning reader's reading of one line in a test, the reader's own readings for every other line.

Where a rule around a reading is what a test checks, the reading itself is fixed: the shipped examples and weights
change between rounds, and a line the model read as low once may read clearly later."""

from talktogether_desktop.analysis import meaning


def fix_reading(monkeypatch, line: str, category: str, probability: float, kind_probability: float) -> None:
    """`line` is read as `category` (probability of any kind, of this kind); other lines as the model reads them."""
    real = meaning.read_sentences
    monkeypatch.setattr(meaning, "read_sentences", lambda batch, folder, threshold: [
        [meaning.Reading(category, probability, kind_probability)] if text == line else found
        for text, found in zip(batch, real(batch, folder, threshold))])
