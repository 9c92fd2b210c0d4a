"""Walk-through 38l (c2): the Key moment "Safety 3 · 00:18 · Sam" marked Lena's line before it ("00:17 Lena: What do you
mean?") as the flagged one and printed Sam's words twice, once as a quote above and once in the context. Its quote
("And I sorted out through … the cat.") marks an unsure word "…" where the turn's text has it, so no turn matched the
quote and the first turn within half a second of its time was taken: the partner's, ending just before it."""

from __future__ import annotations

from talktogether_desktop.reports.model import build_model

from .test_report_modes import CONTEXT, lines


def test_a_flagged_line_with_unsure_words_is_marked_on_its_own_turn():
    a = lines(("I'm just tired. I'm tired of all of it.", 0), ("What do you mean?", 0),
              ("And I sorted out who gets the cat. Jess said she would.", 0), ("Wait. Stop.", 0), gap=0.4)
    sam = next(t for t in a["turns"] if t["text"].startswith("What do you mean"))
    alex = next(t for t in a["turns"] if t["text"].startswith("And I sorted"))
    assert alex["start"] - sam["end"] < 0.5
    flag = {"t": alex["start"], "end": alex["end"], "speaker": "S1", "category": "self_harm", "confidence": "low",
            "quote": "And I sorted out … gets the cat.", "source": "meaning", "listen_only": True}
    model = build_model(dict(a, safety_flags=[flag]), CONTEXT)
    moment = next(m for m in model.safety if m.start == alex["start"])
    hit = [(name, text) for _, name, text, marked in moment.context if marked]
    assert hit and hit[0][0] == "Alex" and hit[0][1].startswith("And I sorted out"), moment.context


def test_a_quote_that_is_its_whole_line_is_not_printed_twice():
    """The same moment then printed “And I sorted out through … the cat. Just … a …” above its own line "Sam: And I
    sorted out through … the cat. Just … a…": the line, cut, ends "a…" where the quote ends "a …"."""
    from talktogether_desktop.reports.parts import Moment
    from talktogether_desktop.reports.sections import _moment_body

    quote = "And I sorted out through \u2026 the cat. Just \u2026 a \u2026"
    line = "And I sorted out through \u2026 the cat. Just \u2026 a\u2026"
    m = Moment("safety", "Safety 3", 18.0, 21.7, "Sam", quote, [(18.0, "Sam", line, True)], ["self-harm"])
    said = [p.text for p in _moment_body(m) if hasattr(p, "text")]
    assert not any(t.startswith("\u201c") for t in said), said  # no quote above the line
    assert any(f"<b>{line}</b>" in t for t in said), said
