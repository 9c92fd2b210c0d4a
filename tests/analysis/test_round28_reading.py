"""Round 28's reading: a heated stretch whose score falls while the Four Horsemen go on is not "calmed down"."""

from .timeline import run_lines as _run

OPENING = [("S1", 0, "You always do this. You book the expensive hotel and you never tell me until the money is gone."),
           ("S2", 0.4, "That's not true. I told you about it in March. You're the one who wanted the beach.")]
SCORN = [("S1", 5.0, "Oh, wonderful. Thank you so much, Mister Financial Genius. I'm sure you have it all under "
                     "control, as usual."),
         ("S2", 0.4, "Fine.")]
REPAIR = [("S1", 9.0, "Okay, I'm sorry. Can we start again?"), ("S2", 0.5, "Yeah. I'd like that. I'm sorry too.")]




def test_contempt_in_an_even_voice_after_the_score_falls_is_no_calm_and_the_repair_after_it_is_looked_for():
    """The walk-through's holiday row: the score fell after the opening, then sarcasm and "Fine." followed in an even
    voice; the report said "It calmed down by 00:16 with no spoken repair attempt" (the apology 23 s after the
    stretch was not looked for)."""
    r = _run(*OPENING, *SCORN, *REPAIR)
    (point,) = r["escalation_points"]
    nxt = point["what_next"]
    assert "stayed hard: contempt and stonewalling followed" in nxt["text"] and "calmed down" not in nxt["text"]
    assert [h["category"] for h in nxt["still_hard"]][-1] == "stonewalling"
    assert nxt["repair_landed"] and "It eased after S1's “Okay, I'm sorry.”" in nxt["text"]
    escalation = next(o for o in r["observations"] if o["kind"] == "escalation")
    assert "stayed hard" in escalation["text"]


def test_without_the_horsemen_going_on_it_still_reads_calmed_down():
    r = _run(*OPENING, ("S1", 8.0, "Shall we get some dinner? I'm starving."), ("S2", 0.5, "Yeah, good idea."))
    (point,) = r["escalation_points"]
    assert point["what_next"]["still_hard"] == [] and "calmed down" in point["what_next"]["text"]


HOLIDAY_ROW = [("S1", 0, "Hey, have you got a minute? I'd love to talk about the holidays. I'd really like us to go and see "
                         "my family this year."),
               ("S2", 0.8, "Hmm. I'm worried we can't afford the flights. They've almost doubled since last year."),
               ("S1", 0.6, "We can figure out the money. It's just been so long, and my dad isn't getting any younger."),
               ("S2", 0.7, "I just don't want to spend another week sleeping on an air mattress in your old bedroom."),
               ("S1", 0.5, "You always do this. You always find a reason not to see my family."),
               ("S2", 0.2, "That's not fair, I drove twelve hours to your sister's wedding and I didn't complain once."),
               ("S1", 0.5, "Oh, wow, twelve whole hours. Somebody call the newspaper, what a hero.")]


def test_a_vague_self_harm_reading_is_not_corroborated_by_other_kinds_read_near_it():
    """"I'd really like us to go and see my family this year." read as self-harm (0.40) stood, "to listen to", because
    sentences near it read as control: they make it no likelier to be about hurting oneself (the second walk-through)."""
    r = _run(*HOLIDAY_ROW)
    assert not [f for f in r["safety_flags"] if f["category"] == "self_harm"]


def test_speech_not_made_out_within_one_second_is_at_one_time_not_a_span():
    """"Speech at 00:37–00:37 could not be made out" (the second walk-through)."""
    from talktogether_desktop.analysis.escalation import _next_text

    text = _next_text(None, [], None, {}, unheard=[{"start": 37.2, "end": 37.6}])
    assert "Speech at 00:37 could not be made out" in text and "00:37–00:37" not in text
