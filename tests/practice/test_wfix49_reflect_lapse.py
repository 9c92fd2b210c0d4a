"""wfix49 (walk49a c_reflect): "Practised … yes — both partners said back what they heard before answering" (report,
review, window header) while Priya once answered instead of saying back, cutting in on Rohan ("But you could just say
that, no?"), was reminded ("Priya. Say it back first.") and said sorry. That is "partly", with the lapse named."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pypdf

from talktogether_desktop.analysis import analyze
from talktogether_desktop.practice.saying_back import reflect_back
from talktogether_desktop.reports import render_session_prep

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import clinical  # noqa: E402

NAMES = {"S1": "Priya", "S2": "Rohan"}
LAPSE = "Priya answered at 01:15 without saying back first (“But you could just say that, no?”)"


def _analysis(drop=()) -> dict:
    lines = json.loads((ROOT / "benchmarks" / "clinical" / "walk49a" / "w49a_c_reflect.truth.json").read_text("utf-8"))
    lines = [dict(x, spk={"A": "S1", "B": "S2"}[x["spk"]]) for x in lines if not any(d in x["text"] for d in drop)]
    return analyze(clinical.line_words(lines), names=NAMES)


def test_a_reflect_back_practice_with_one_answer_cut_in_and_reminded_is_partly_with_the_lapse_named():
    analysis = _analysis()
    verdict, why, _ = reflect_back(analysis, NAMES)
    assert verdict == "partly" and why == f"both partners said back what they heard, but {LAPSE}", why
    context = {"couple_name": "Priya & Rohan", "partners": NAMES, "recorded_at": "2026-12-05T19:40:00",
               "assignment": {"title": "Reflect back before answering", "template": "reflect_back", "done": True}}
    page = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(
        render_session_prep(analysis, context))).pages)
    assert f"Practised in the recording (reflect back): partly — both partners said back what they heard, but {LAPSE}" \
        in page, page


def test_announcing_a_saying_back_is_no_reminder():
    """Guard: "Let me say it back." opens Priya's saying-back; it marks nothing Rohan said before it as a lapse."""
    analysis = _analysis(drop=("But you could just say that", "Say it back first", "Sorry, sorry"))
    verdict, why, _ = reflect_back(analysis, NAMES)
    assert verdict == "yes", why
