"""Walk-through 40n (finding 6): in a reflect-back practice Tom's "So what you're saying is you're exhausted by eight;
have I got that right?" carried a horseman read by meaning alone and judged low (defensiveness), and the practice was
filed "partly: Tom answered without saying back first" for the very reply that said Nina back."""

from talktogether_desktop.analysis import analyze
from talktogether_desktop.practice.fidelity import assess

from ..analysis.timeline import conversation, say

# the walk-through's scripted lines (S1 Nina, S2 Tom), with their times; backchannels left in
LINES = """S1 0.86 8.06 Can I bring something up about Noah's bedtime? I feel worn out by the evenings, and I'd love us to find a routine together.
S2 8.66 15.02 So you're saying the evenings wear you out, and you want us to plan bedtime together. Have I got that right?
S1 15.47 19.74 Yes, that's it. By the time he's in the bath I've got nothing left.
S2 18.59 19.41 mm-hm
S2 20.11 24.02 So what you're saying is you're exhausted by eight; have I got that right?
S1 24.39 30.29 Exactly. And then one story turns into three, and then he wants water, and then
S2 29.79 31.49 And then he wants the other teddy.
S1 31.95 35.95 Yes! So you've noticed it too. It drags on until nine.
S2 36.65 43.79 What I'm hearing is the stories stretch it out. For me, I'd like to do the bath on the days I'm home by six.
S1 44.01 47.63 So you'd take the bath when you're back by six. That would really help.
S1 48.30 51.11 But you always end up on your phone while he's in the tub.
S2 52.41 54.53 Ouch. That stung a bit.
S1 55.33 62.14 You're right, I'm sorry. Let me say that again. I'd feel calmer if the phone stayed downstairs at bath time.
S2 62.74 69.59 Okay. So you'd feel calmer if I left my phone downstairs. That's fair, I can do that.
S1 70.18 73.36 Thank you. And one story, then lights out?
S2 74.01 79.27 One story, then lights out. And if he cries, we take turns going in.
S1 79.90 85.36 So we take turns if he cries. I like that. Shall we start on Monday?
S2 85.86 88.49 Monday. I'll put a note on the fridge."""


def _analysis():
    rows = [line.split(" ", 3) for line in LINES.splitlines()]
    return analyze(conversation(*(say(s, float(a), t, end=float(b)) for s, a, b, t in rows)),
                   names={"S1": "Nina", "S2": "Tom"})


def test_a_saying_back_under_a_low_horseman_read_by_meaning_is_still_a_saying_back():
    a = _analysis()
    r = assess({"template": "reflect_back"}, a)
    assert "without saying back" not in r["summary"], r["summary"]
    assert r["verdict"] == "yes", r["summary"]
    assert any(e["quote"].startswith("So what you're saying is") or e["quote"].startswith("So you're saying")
               for e in r["evidence"] if e["name"] == "Tom"), r["evidence"]


def test_an_answer_in_complaint_with_no_saying_back_is_still_one_said_without_it():
    """Guard: a reply that answers with a clear complaint (a lexicon marker, not a low read by meaning) is still filed."""
    a = analyze(conversation(
        say("S1", 0.0, "I had a hard week and the new manager keeps changing the deadlines.", end=4.0),
        say("S2", 4.5, "So what I hear is the deadlines keep moving and it wears you down. Is that right?", end=9.0),
        say("S1", 9.5, "Yes, exactly. It wears me down.", end=11.5),
        say("S2", 12.0, "Well, you always take on too much, you never say no to anyone.", end=16.0),
        say("S1", 16.5, "So you're saying I take on too much and you worry about me.", end=20.0),
        say("S2", 20.5, "Yes. That's it.", end=21.5)), names={"S1": "Ana", "S2": "Ben"})
    r = assess({"template": "reflect_back"}, a)
    assert r["verdict"] == "partly" and "without saying back" in r["summary"], r["summary"]
