"""Lines for wfix49's tests (tests/reports/test_wfix49_words.py, tests/ui/test_ui_wfix49_words.py)."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze

from .timeline import conversation, end_of, say

NAMES = {"S1": "Nia", "S2": "Jess"}
# Nia's bid taken up by Jess, whose "you don't need them, you've got me" is heard as isolation; Jess's own bid after it
CONTROL = (("S1", "Can you help me pick a present for my sister's birthday?"),
           ("S2", "Yes, of course. Let's look tonight after dinner."),
           ("S1", "I like the running club. It's the only thing I do just for me."),
           ("S2", "I know. But you don't need them, you've got me."),
           ("S1", "I suppose so."),
           ("S2", "Can we watch a film tonight, just us two?"),
           ("S1", "I have to finish the report for work."))


def said(lines, gaps=None, names=NAMES) -> dict:
    utterances, t = [], 0.0
    for k, (speaker, text) in enumerate(lines):
        u = say(speaker, t + ((gaps or {}).get(k, 0.8) if k else 0.0), text)
        utterances.append(u)
        t = end_of(u)
    return analyze(conversation(*utterances), names=names)
