"""wfix50 (walk50b f_timeout): the time-out practice's review said "Earl asked for a break at 00:41 and came back at
01:14" and nothing of Darlene's "…but before you go, if you had called me twice…" as the break began. Real analysis of a
text timeline, the real practice check."""

from __future__ import annotations

from talktogether_desktop.practice.fidelity import assess

from analysis.wfix49_lines import said

NAMES = {"S1": "Earl", "S2": "Darlene"}
ASSIGNMENT = {"template": "time_out_plan", "title": "Time-out and return plan"}


def _lines(pressing: str):
    return (("S2", "You were supposed to call me. You never call me. You just do whatever you want."),
            ("S1", "Okay. Stop. My chest is pounding. I need a break. Twenty minutes out on the porch, and I'll come back "
                   "in at half past."),
            ("S2", "Okay. Twenty minutes."),
            ("S2", pressing),
            ("S1", "Darlene. No arguing during the break. Half past."),
            ("S2", "You're right. Go on. I'll be here."),
            ("S1", "Okay. I'm back. I sat out there and got my breathing down."),
            ("S2", "I'm glad you came back. I made us some sweet tea."))


def test_the_break_pressed_on_is_said_in_the_practice_review_with_its_time():
    analysis = said(_lines("But before you go, if you had called me twice, we wouldn't even be having this."),
                    gaps={6: 8.0}, names=NAMES)
    out = assess(ASSIGNMENT, analysis, NAMES)
    assert out["verdict"] == "yes" or out["verdict"].startswith("yes"), out
    assert "Darlene went on with the argument after the break was asked for at 00:" in out["summary"], out["summary"]
    assert "before you go" in out["summary"]
    assert "Darlene" not in out["shared_summary"], out["shared_summary"]


def test_a_break_let_be_says_nothing_of_pressing_on():
    analysis = said(_lines("I'll put the kettle on for when you're back."), gaps={6: 8.0}, names=NAMES)
    assert "went on with the argument" not in assess(ASSIGNMENT, analysis, NAMES)["summary"]


def test_the_printed_transcript_starts_a_line_after_a_long_pause_as_the_window_does():
    """walk50b d_inlaws: the window showed Ngozi's 00:47 and 00:54 as two lines (a pause of 1.5 s or more starts a line,
    pipeline.formats.lines_from_words); the PDF's transcript joined them into one 16 s turn."""
    import io

    import pypdf

    from talktogether_desktop.pipeline.formats import lines_from_words
    from talktogether_desktop.reports import render_session_prep

    from analysis.timeline import conversation, say

    words = conversation(say("S1", 0.0, "Emeka, we need to talk about your mother now."),
                         say("S2", 4.0, "Okay."),
                         say("S1", 5.0, "Okay what? Okay you hear me, or okay you want me to stop talking?"),
                         say("S1", 12.5, "All right. Emeka, I am talking to you. Every time something is serious you become a wall."))
    window = [line for line in lines_from_words(words) if line["speaker"] == "S1"]
    assert [round(line["start"]) for line in window] == [0, 5, 12]
    from talktogether_desktop.analysis import analyze

    pdf = render_session_prep(analyze(words, names={"S1": "Ngozi", "S2": "Emeka"}),
                              {"partners": {"S1": "Ngozi", "S2": "Emeka"}, "recorded_at": "2026-12-05"}, transcript=True)
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    printed = pages[[k for k, p in enumerate(pages) if p.startswith("Transcript") or " Transcript Machine" in p][-1]:]
    text = " ".join(printed)
    assert "00:05 Ngozi Okay what?" in text and "00:12 Ngozi All right." in text, text
