"""rep44 (walk43a a): the time-out practice said "Nicola asked for a break at 00:41" while the flooding pattern a few
lines above said "A break was asked for at 00:43" and the repair list "00:43 “I'll go and sit in the garden…”": one
sentence, two times on one page. The practice names the time the analysis's own break has."""

from talktogether_desktop.analysis import analyze
from talktogether_desktop.practice.fidelity import assess

from ..analysis.timeline import conversation, say

LINES = [
    ("B", 0.5, 6.98, "So, your mum staying for the whole of half term. Can we talk about it now, while the kids are out?"),
    ("A", 7.68, 8.81, "Yeah. Go on."),
    ("B", 9.41, 15.09, "I just feel like it got decided without me. I found out from the family group chat."),
    ("A", 15.89, 18.51, "I did tell you. I said it in the car on Sunday."),
    ("B", 19.11, 22.46, "You said she might come for a bit. Not ten days."),
    ("A", 22.96, 26.93, "Well what was I supposed to say to her, no? She's on her own now, Ben."),
    ("B", 27.63, 31.02, "I'm not saying no. I'm saying I'd like to be asked."),
    ("A", 32.42, 38.55, "Okay. Hang on. My chest's gone really tight and I can't think straight. I'm going to say something I "
                        "don't mean."),
    ("A", 39.15, 45.19, "Can we stop for twenty minutes? I'll go and sit in the garden, and I'll come back at quarter past."),
    ("B", 45.99, 51.77, "Yeah, okay. Take your twenty minutes. I'll put the kettle on, I'll be here."),
    ("A", 52.27, 52.74, "Thanks."),
    ("A", 59.24, 61.61, "Okay, I'm back. That helped, actually."),
]


def test_the_break_is_named_at_the_time_the_flooding_pattern_and_the_repairs_name():
    a = analyze(conversation(*(say(s, t0, text, end=t1) for s, t0, t1, text in LINES)), settings={"read_by_meaning": False})
    taken = next(p["break"] for p in a["patterns"] if p.get("break"))
    r = assess({"template": "time_out_plan"}, a, {"A": "Nicola", "B": "Ben"})
    at = f"{int(taken['asked_t']) // 60:02d}:{int(taken['asked_t']) % 60:02d}"
    assert f"Nicola asked for a break at {at}" in r["summary"], (at, r["summary"])
    assert r["evidence"][0]["t"] == round(taken["asked_t"], 3), r["evidence"]
