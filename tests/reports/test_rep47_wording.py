"""rep47, read on real rendered reports of the labelled timelines:
- page 1 said "Ben seemed to be reaching for closeness and connection: “Can we talk about it tonight?” (00:05); Ana
  answered it with push-back." where Ana's reply was “I checked your phone, I know who you were texting.”, read as
  coercive control (dev isolation_monitoring): the bid's line on page 2 named it, page 1 softened it;
- "My heart is pounding, I can't think straight right now." (flooding said in words) answering a complaint was read as
  turning toward it (dev flooding_timeout: "Ben took it up"), and the couple's version then counted it "not taken up",
  a verdict on the one overwhelmed;
- the controlling partner's own orders were said to be "told by the one it is done to" (page 1 and the Key moments):
  "You're not seeing your sister this weekend, she turns you against me." (dev isolation_monitoring), "From now on you
  send me a photo of where you are every hour." (heldout4 jealous_phone): "you" there is the one told what to do, or
  what someone else does something to (analysis/control_told.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from talktogether_desktop.analysis import analyze
from talktogether_desktop.reports import render_session_prep

from .test_report_modes import pages

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import clinical  # noqa: E402

NAMES = {"S1": "Ana", "S2": "Ben"}
CONTEXT = {"couple_name": "Ana & Ben", "partners": NAMES, "recorded_at": "2026-12-01T19:40:00"}


def _analysis(split: str, name: str) -> dict:
    lines = json.loads((ROOT / "benchmarks" / "clinical" / split / f"{name}.truth.json").read_text(encoding="utf-8"))
    for line in lines:
        line["spk"] = {"A": "S1", "B": "S2"}[line["spk"]]
    return analyze(clinical.line_words(lines), names=NAMES)


def _pages(analysis: dict, mode: str) -> list[str]:
    return [" ".join(p.split()) for p in pages(render_session_prep(analysis, CONTEXT, mode=mode))]


def test_a_reply_read_as_control_is_not_push_back_on_page_one():
    page_one = _pages(_analysis("dev", "isolation_monitoring"), "clinician")[0]
    assert ("“Can we talk about it tonight?” (00:05); Ana answered with coercive control: monitoring (see the safety "
            "passages).") in page_one, page_one
    assert "push-back" not in page_one


def test_words_of_flooding_in_reply_are_not_turning_toward():
    a = _analysis("dev", "flooding_timeout")
    clinician = _pages(a, "clinician")
    # (rep48: its words are quoted once on page 1, in the harsh start-up above it)
    assert ("the words at 00:00 (quoted in 2 above); Ben answered with words of flooding (being overwhelmed), not read "
            "as taking it up or turning from it.") in clinician[0], clinician[0]
    assert "Ben took it up" not in clinician[0]
    rest = " ".join(clinician[1:])
    assert "Bids for connection: Ana's bid was answered with words of flooding, and is not read either way" in rest, rest
    assert ("Ben's reply told of flooding (being overwhelmed), so it is not read as turning toward or away: “My heart is "
            "pounding, I can't think straight right now.”") in rest
    assert "Ben turned toward it" not in rest
    assert "those answered with words of flooding" in rest


def test_the_couples_version_does_not_count_a_bid_answered_with_flooding_as_not_taken_up():
    shared = " ".join(_pages(_analysis("dev", "flooding_timeout"), "shareable"))
    assert "Between you, 1 need or bid was picked up in this recording; it was taken up." in shared, shared
    assert "not taken up" not in shared


def test_an_order_to_the_partner_is_not_said_to_be_told_by_the_one_it_is_done_to():
    text = " ".join(_pages(_analysis("dev", "isolation_monitoring"), "clinician"))
    said = "Ana said “You're not seeing your sister this weekend, she turns you against me.” Please listen"
    assert said in text, text
    block = text[text.index("Safety 1 · 00:00 · Ana") : text.index("Safety 2 · ")]
    assert "Why it is shown: coercive control: isolation; how sure" in block, block
    text = " ".join(_pages(_analysis("heldout4", "jealous_phone"), "clinician"))
    block = text[text.index("Safety 3 · 00:08 · Ana") : text.index("Safety 4 · ")]
    assert "Ana: From now on you send me a photo" in block and "told by the one it is done to" not in block, block
    assert "Ben said “You had no right to read my phone.” It was told by the one it is done to." in text  # (as before)


def test_a_reply_to_a_line_only_to_listen_to_is_not_called_a_dismissal_of_self_harm():
    # (a 61-minute run of heldout10-16 joined: the risk box at the top said "The reply at 01:30 was dismissive (“Oh, here
    # we go, poor little Owen.”): being dismissed can raise the risk", the reply to “I had a lump on my head for a
    # week.”, read by meaning alone as possibly self-harm, a line only to listen to, ten minutes before any self-harm
    # the box lists)
    lines, t0 = [], 0.0
    for name in ("h10_before_thursday_session", "h10_partner_visa"):
        for line in json.loads((ROOT / "benchmarks" / "clinical" / "heldout10" / f"{name}.truth.json").read_text("utf-8")):
            lines.append(dict(line, spk={"A": "S1", "B": "S2"}[line["spk"]], start=line["start"] + t0,
                              end=line["end"] + t0))
        t0 = lines[-1]["end"] + 2.0
    a = analyze(clinical.line_words(lines), names=NAMES)
    assert "poor little Owen" not in str((a.get("safety_prompt") or {}).get("text")), a.get("safety_prompt")
    page_one = _pages(a, "clinician")[0]
    assert "Assess risk before the next session: self-harm language from Ben at 02:05." in page_one, page_one
    assert "The reply at 02:11 was dismissive (“Don't be so dramatic.”)" in page_one  # (the reply to the line listed)
