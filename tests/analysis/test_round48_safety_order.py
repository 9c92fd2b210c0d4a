"""Page 1's safety findings: a listed phrase heard comes before a reading by meaning (walk48b)."""

from __future__ import annotations

from talktogether_desktop.analysis.observations import _safety


def test_a_threat_heard_by_its_phrase_comes_before_readings_by_meaning_however_unsure_its_words():
    """walk48b: "…I'll take the kids to my folks in Perth…" (a listed phrase; the recogniser unsure of its words, so low)
    came fourth on page 1, after readings by meaning of medium confidence."""
    flags = [{"t": 62.0, "speaker": "S1", "category": "financial_control", "group": "coercive control: money",
              "quote": "My salary goes into your account.", "source": "meaning", "confidence": "medium"},
             {"t": 64.0, "speaker": "S2", "category": "monitoring", "group": "coercive control: monitoring",
              "quote": "Just leave the receipts on the counter.", "source": "meaning", "confidence": "medium"},
             {"t": 68.0, "speaker": "S2", "category": "threat", "group": "threat or intimidation",
              "quote": "if this carries on I'll take the kids to my folks", "source": "lexicon", "confidence": "low"}]
    out = [o for o in _safety(flags, lambda s: s) if o["kind"] == "safety"]
    assert out[0]["text"].startswith("Safety language (threat or intimidation) at 01:08")
    # between readings of the same kind of evidence, the surer first, as before
    assert out[1]["text"].startswith("Safety language (coercive control: money)")
