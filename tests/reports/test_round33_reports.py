"""Round 33's report fixes from a therapist walk-through: nothing of a flagged passage in the couple's version, not even
as the context printed around the next moment; the risk prompt names the listed phrases first and says how many more."""

from __future__ import annotations

import io

import pypdf

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep

from ..analysis.timeline import conversation, end_of, say

CONTEXT = {"couple_name": "Claire & Tom", "partners": {"S1": "Claire", "S2": "Tom"}, "recorded_at": "2026-12-01"}
LOW_MOOD = ("I don't know. Every day feels exactly the same.",
            "What do you mean? Talk to me.",
            "Mostly I just want to go to sleep and not wake up for a long time.",
            "You always say that, and then nothing changes. You said you'd call the doctor last month.",
            "I did try. They had no appointments.",
            "So try again tomorrow morning. Please. I'll sit with you while you call.")


def _analysis():
    out, t = [], 0.0
    for k, text in enumerate(LOW_MOOD):
        u = say("S1" if k % 2 == 0 else "S2", t + 0.6, text)
        out.append(u)
        t = end_of(u)
    a = analyze(conversation(*out), names={"S1": "Claire", "S2": "Tom"})
    # the rise the recording's voices showed at the reply (found from pitch and loudness, which words alone lack)
    reply = next(turn for turn in a["turns"] if turn["text"].startswith("You always say that"))
    a["escalation_points"] = [{"start": reply["start"], "end": reply["end"] + 8.0, "t": reply["start"], "quote_t": reply["start"],
                               "quote": "You always say that, and then nothing changes.", "first_sign_from": "S2",
                               "score": 2.1, "confidence": "medium", "signals": ["louder"]}]
    return a


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_the_couples_version_prints_no_moment_whose_context_is_a_flagged_line():
    a = _analysis()
    assert any(f["category"] == "self_harm" for f in a["safety_flags"])
    shared = _text(render_session_prep(a, CONTEXT, mode="shareable"))
    assert "not wake up" not in shared and "nothing changes" not in shared
    clinician = _text(render_session_prep(a, CONTEXT))
    assert "not wake up" in clinician and "nothing changes" in clinician


def test_the_risk_prompt_names_the_listed_phrases_first_and_how_many_more():
    from talktogether_desktop.analysis.risk_prompt import self_harm_prompt
    flags = [{"category": "self_harm", "speaker": "S1", "t": t, "end": t + 2, "source": "meaning",
              "probability_of_kind": 0.95} for t in (10.0, 20.0, 30.0)]
    flags.append({"category": "self_harm", "speaker": "S1", "t": 59.0, "end": 61.0, "source": "lexicon",
                  "phrase": "not wake up"})
    text = self_harm_prompt(flags, {"S1": "Claire"})["text"]
    assert "00:59" in text and "and 1 more" in text and "00:30" not in text
