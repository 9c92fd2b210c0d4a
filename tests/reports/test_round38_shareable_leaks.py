"""Round 38: the couple's version holds no safety line of any kind, read by the real analysis from a conversation and
printed to a real PDF: no flag's quote (threat, threat about therapy, violence, fear, self-harm, each form of coercive
control, a possible fear response) in any part of the page (bids, repairs, heated moments, questions, practice), as
pdftotext reads it."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import pytest

from talktogether_desktop.reports import render_session_prep

from .test_report_modes import CONTEXT, lines

# One line of each kind, said by Alex at about 00:10; Sam's answer may be read as a fear response.
SAFETY_LINES = {
    "threat": "If you walk out that door I will hurt you.",
    "therapy_threat": "Don't you dare tell the therapist about last night.",
    "violence": "Last week you shoved me against the kitchen wall.",
    "fear": "Honestly I'm scared of you when you drink.",
    "self_harm": "Some nights I think I should just end it all.",
    "coercion": "You're not allowed to leave this flat without asking.",
    "financial_control": "Give me your bank card and you get an allowance.",
    "monitoring": "I went through your phone while you slept.",
    "isolation": "You're not seeing your sister again, that's final.",
    "blaming": "Look what you made me do to the door.",
    # the same kinds said as a need, a question or a feeling: bids, reaching-for and repairs quote those
    "violence ": "Can you promise me you won't hit me again? I need to feel safe.",
    "self_harm ": "I need you to know I don't want to live anymore.",
    "monitoring ": "Please stop going through my phone, I need some privacy.",
    "therapy_threat ": "Can we talk? Because if you tell the therapist what I did, you will regret it.",
    "blaming ": "Why do you always make me do it? You pushed me to it.",
}
BEFORE = [("Have you got a minute to talk about the weekend?", 0), ("Sure, what's on your mind?", 0)]
AFTER = [("I'm sorry, forget I said anything.", 0), ("I need you to listen to me for once.", 0),
         ("Okay. I would like to hear it. Tell me.", 0), ("I feel alone with the boys most evenings.", 0),
         ("That sounds hard. I could do bath time on Tuesdays.", 0), ("Thank you. That would help me a lot.", 0),
         # (talk past the 30 s the couple's version holds back after self-harm heard)
         ("Shall we get a takeaway tonight, if you like?", 0), ("That sounds good. Thai or Indian this time?", 0),
         ("Thai, I think. The usual place on the corner.", 0), ("I will ring them after this, then.", 0),
         ("Did you see the match last night, by the way?", 0), ("No, I missed it. Was it any good?", 0),
         ("It was close. We won in the very last minute.", 0), ("Nice. I will watch the highlights later on.", 0)]


def _pdf_text(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as d:  # (the report holds client words: the file goes with the folder)
        path = Path(d) / "shareable.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    return _plain(text)


def _plain(text: str) -> str:
    """Words only, in lower case, one space apart (a quote may be wrapped, curly-quoted or cut with "…")."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return " ".join(re.findall(r"[a-z0-9']+", text))


def _pieces(quote: str, n: int = 4) -> list[str]:
    words = _plain(quote).split()
    return [" ".join(words[i:i + n]) for i in range(max(1, len(words) - n + 1))]


@pytest.fixture(scope="module", params=sorted(SAFETY_LINES))
def one_kind(request):
    kind = request.param
    a = lines(*BEFORE, (SAFETY_LINES[kind], 0), *AFTER)
    return kind.strip(), a


def test_the_couples_version_quotes_no_safety_line_of_any_kind(one_kind):
    kind, a = one_kind
    flags = a["safety_flags"]
    assert kind in {f["category"] for f in flags}, (kind, [(f["category"], f["quote"]) for f in flags])
    both = _pdf_text(render_session_prep(a, CONTEXT, mode="shareable"))
    clinician = _pdf_text(render_session_prep(a, CONTEXT))
    for f in flags:
        quote = str(f.get("quote") or "")
        pieces = [p for p in _pieces(quote) if p]
        # the clinician's page shows the line (so the scan reads what the report prints) ...
        assert any(p in clinician for p in pieces), (kind, f["category"], quote)
        for piece in pieces:  # ... and the couple's page no part of it
            assert piece not in both, (kind, f["category"], quote, piece)
    for word in ("safety", "threat", "violen", "self-harm", "coercive", "fear", "check-in", "separately",
                 "assessment", "therapist about", "individual"):
        assert word not in both, (kind, word)
