"""rep43: `talktogether analyze`'s plain-text view says what the report's page 1 says, in the same words.

- The demo: "1 repair attempts", and "1 of 1 heated stretch eased after one." where the report says "The heated
  stretch eased after it."; "interrupted 1×" for cutting in, read as being interrupted.
- walk42b b2: "B went quiet or gave short replies 2 times, e.g. “Doesn't matter.” at 00:49." under the pursue-withdraw
  line that already says it; "reaching for something else" where the report says "reaching out".
"""

from __future__ import annotations

import json
from pathlib import Path

from talktogether_desktop.cli.analyze_cmds import summary_text

FIXTURES = Path(__file__).parents[1] / "reports" / "fixtures"


def _demo() -> dict:
    return json.loads((FIXTURES / "analysis_demo_run.json").read_text(encoding="utf-8"))


def test_the_demo_summary_counts_and_eases_in_plain_words():
    text = summary_text(_demo())
    assert "1 repair attempts" not in text and "José: " in text and ", 1 repair attempt\n" in text + "\n", text
    assert "of 1 heated stretch eased after one" not in text, text
    assert "Repair attempts: José 1 (first \u201c\u2026 I hear you. I'm sorry.\u201d at 00:48). The heated stretch eased " \
           "after it." in text, text
    assert "José: 49% of talk, 8 turns, 186 words/min, interrupted the other 1× (was interrupted 0×)" in text, text


def test_quiet_replies_the_cycle_names_are_said_once_and_a_bid_of_no_named_need_is_reaching_out():
    a = _demo()
    a["observations"] = [
        {"kind": "pursue_withdraw", "rank": 1, "confidence": "medium",
         "text": "Pursue\u2013withdraw cycle: Zoë pressed for a response (2 turns) while José went quiet or answered "
                 "briefly (2 times, e.g. \u201cDoesn't matter.\u201d at 00:49); each move seems to feed the other.",
         "evidence": [{"t": 45.1, "speaker": "S1", "quote": ""}, {"t": 49.4, "speaker": "S2", "quote": "Doesn't matter."}]},
        {"kind": "reaching_for", "rank": 2, "confidence": "medium",
         "text": "Zoë seemed to be reaching for something else: \u201cDo you fancy a takeaway?\u201d (00:54); José "
                 "answered it with push-back.", "evidence": [{"t": 54.0, "speaker": "S1", "quote": "Do you fancy a takeaway?"}]},
        {"kind": "withdrawal", "rank": 3, "confidence": "medium",
         "text": "José went quiet or gave short replies 2 times, e.g. \u201cDoesn't matter.\u201d at 00:49.",
         "evidence": [{"t": 49.4, "speaker": "S2", "quote": "Doesn't matter."}]},
    ]
    text = summary_text(a)
    assert "went quiet or gave short replies" not in text, text
    assert "  1. Pursue\u2013withdraw cycle: Zoë pressed" in text and "  2. Zoë seemed to be reaching out: " in text, text
    assert "  3. " not in text, text
