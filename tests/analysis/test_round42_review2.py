"""Review of round 42's reading changes (d4328a8, c4cbd96): everyday sentences the changes now read wrongly, or near
variants of a changed family they leave out. Each docstring says whether b9e8c00 read it right (a regression) or not
(a miss). Families: a good thing kept back said with delight (delight.untold_surprise), "you say that, but you always
pull it off" (owning.reassuring_but), the plain complaint whose excuse is defensiveness (complaints.plain_complaint),
the one tracked giving in ("I'll keep my location on", safety.describes_control_suffered), a question on another
errand (turning_away.txt), a card cut up and a location app (safety lexicons), and a practice slip counted as mended
(practice/fidelity._mended)."""

from __future__ import annotations

import pytest

from .found import cats, flag
from .timeline import conversation, end_of, run_lines, say
from .walk42b_a1 import LINES, NAMES, SOFT  # walk42b's a1 practice, as the fidelity test has it


@pytest.mark.parametrize("line", [
    "From now on I'll check your phone every night, and I'll keep my eye on your bank account.",
    "I'll check your phone every night, and I'll keep my eye on who you text.",
    "I'll be reading your messages from now on, and I'll put my own app on your phone.",
    "I'll track your location every day, and I'll send my brother round to check on you.",
])
def test_the_one_who_controls_saying_ill_keep_my_is_not_the_one_controlled(line):
    """Regression (b9e8c00 heard the control as the speaker's own): safety.describes_control_suffered now takes any
    "I'll keep/put/send … my" in the sentence as the one tracked giving in, so the controller's own words are told as
    suffered (told_by_the_one_controlled) and the pages read the one who controls as the one controlled."""
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, "Okay."))
    heard = [f for f in a["safety_flags"] if f["category"] in ("monitoring", "coercion") and not f.get("listen_only")]
    assert heard and not any(f.get("told_by_the_one_controlled") for f in heard), heard


@pytest.mark.parametrize("line", [
    "You never told me you'd been seeing someone!",
    "You never told me you were married before!",
    "You never told me you were texting her!",
    "You never mentioned you'd kept in touch with her!",
    "You never told me you'd made an appointment with a lawyer!",
    "You never told me you'd booked a holiday with your mates!",
    "You never told me you'd made plans with your brother on my birthday!",
    "You never said you were sorry!",
    "You never told me you could be so cold!",
])
def test_news_kept_back_that_hurts_is_no_happy_surprise_for_its_exclamation_mark(line):
    """Regression (b9e8c00 read criticism): an exclamation alone is no delight; an affair, a past marriage, a lawyer,
    an apology never given are hurt, not a lovely surprise."""
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, "I was going to tell you."))
    assert "criticism" in cats(a, line[:22])


@pytest.mark.parametrize("line", [
    "You never told me you play the piano!",
    "You never told me you speak French!",
    "You never said you'd painted this yourself!",
])
def test_a_gift_or_talent_kept_back_said_with_delight_is_no_criticism(line):
    """Miss (criticism on b9e8c00 and main): the same family as "You never told me you could cook like this.", with a
    verb not in KEPT_GOOD (play, speak, painted), answered "I wanted it to be a surprise. Happy anniversary."."""
    a = run_lines(("S1", 0.0, line), ("S2", 0.8, "I wanted it to be a surprise. Happy anniversary."))
    assert "criticism" not in cats(a, line[:22])


@pytest.mark.parametrize("line", [
    "You say that, but you always find a way to make it about you.",
    "You say that, but you always find a way to wriggle out of it.",
    "You say that, but you never fail to bring up your ex.",
    "You say that, but you always make it work for you.",
    "You say that, but you always get there by dumping it on someone else.",
])
def test_you_say_that_but_with_a_knack_turned_into_a_jibe_stays_defensiveness(line):
    """Regression (b9e8c00 read defensiveness): a KNACKS phrase inside a jibe ("find a way to make it about you",
    "never fail to bring up your ex") is no reassurance."""
    a = run_lines(("S1", 0.0, "You've got to stop leaving everything to me."), ("S2", 0.8, line))
    assert "defensiveness" in cats(a, "you say that")


@pytest.mark.parametrize("line", [
    "You say that, but you always nail it.",
    "You say that, but you always smash it.",
    "You say that, but you always come good.",
    "You say that, but you always pull it out of the bag.",
    "You say that, but you always knock it out of the park.",
])
def test_you_say_that_but_with_the_partners_knack_in_other_words_is_reassurance(line):
    """Miss (defensiveness on b9e8c00 and main): British, Australian and American ways of saying "you always pull it off"."""
    a = run_lines(("S1", 0.0, "I'm rubbish at this. I'll make a mess of the speech."), ("S2", 0.8, line))
    assert "defensiveness" not in cats(a, "you say that")


@pytest.mark.parametrize("before, reply", [
    ("You've been working every weekend this month. You must be exhausted.", "It's because of the audit. It finishes Friday."),
    ("You were up until two again with the baby, you poor thing.", "It's because she's teething. She'll settle."),
    ("You've been really quiet the whole week. Is everything okay?", "It's because of the redundancies at work. I'm just worried."),
    ("You worked a double shift again, babe. You must be beat.", "It's because Mike called in sick."),
    ("You've been flat out every day this week, mate.", "That's because it's end of financial year."),
    ("You stayed up with the baby the whole night so I could sleep. Legend.", "That's because you had the early start."),
    ("You still make me laugh after twenty years.", "That's because you laugh at everything."),
    ("We got five hundred quid back from the tax office!", "That's because I filled the form in early."),
])
def test_a_reason_given_to_concern_praise_or_good_news_is_no_defensiveness(before, reply):
    """Regression (b9e8c00 read no defensiveness): plain_complaint reads any statement with "you" and a word like
    every/again/until/still/whole/without, or any sum of money, as a complaint, with no tension and no check that it
    complains; concern, sympathy, praise and good news are no complaint, and the reason that answers them is an account."""
    a = run_lines(("S1", 0.0, before), ("S2", 0.8, reply))
    assert "defensiveness" not in cats(a, reply.split(".")[0])


def test_asking_whether_the_doctor_was_rung_answers_a_frightened_bid():
    """Regression (b9e8c00: turned toward, no stonewalling): "Did you ring the doctor?" to a partner whose chest hurts is
    the same errand, turned toward; main reads stonewalling and turning away."""
    a = run_lines(("S1", 0.0, "My chest has been hurting again all afternoon. I'm a bit scared, honestly. Can you sit with me?"),
                  ("S2", 0.8, "Did you ring the doctor? I can take you in now."))
    assert "stonewalling" not in cats(a, "did you ring")
    assert all(b["response"] == "toward" for xs in a["reaching_for"].values() for b in xs), a["reaching_for"]


@pytest.mark.parametrize("lines", [
    (("S1", 0.0, "Your new bank card came this morning."), ("S2", 0.8, "Great. Can you cut my old one up?"),
     ("S1", 0.8, "Done. I cut your card in half and put it in the bin.")),
    (("S1", 0.0, "The bank's sending you a new one because of that fraud thing."),
     ("S2", 0.8, "Good. I'll cut your card up when it comes, the old one.")),
])
def test_an_old_bank_card_cut_up_is_no_money_control(lines):
    """Regression (no money-control flag on this line on b9e8c00): the new 'cut your card' phrases are heard as financial
    control in household talk. (b9e8c00 already heard a threat in "I cut your card in half…" and money control in "Your
    new bank card came this morning."; left to the lead.)"""
    a = run_lines(*lines)
    assert not flag(a, "cut your card", "financial_control")


@pytest.mark.parametrize("lines", [
    (("S1", 0.0, "Look, the app says you're twelve weeks tomorrow!"), ("S2", 0.8, "Oh my goodness. It's the size of a lime.")),
    (("S1", 0.0, "Is the taxi here yet?"), ("S2", 0.8, "Not yet. The app says you're third in the queue.")),
])
def test_an_app_that_says_where_you_are_in_a_pregnancy_or_a_queue_is_no_monitoring(lines):
    """Regression (no flag on b9e8c00; the taxi question was also turned toward there, 'against' on main): 'the app
    says you're' is heard as monitoring in ordinary talk."""
    a = run_lines(*lines)
    assert not flag(a, "the app says", "monitoring")


# its first nine lines, then a slip repaired with a sorry the partner refuses
START = LINES[:9] + [("S1", "Oh, grow up. Sorry, okay? Sorry."), ("S2", "No, it's not okay. That really hurt.")]


def test_a_slip_into_contempt_whose_sorry_the_partner_says_did_not_land_is_no_practice_done():
    """Regression (b9e8c00: partly): _mended now counts a repair whose landing is unknown (None); here the partner says
    plainly it did not land ("No, it's not okay. That really hurt."), yet main says the soft start-up was practised."""
    from talktogether_desktop.analysis import analyze
    from talktogether_desktop.practice.fidelity import assess

    out, t = [], 0.5
    for speaker, text in START:
        u = say(speaker, t, text)
        out.append(u)
        t = end_of(u) + 0.6
    r = assess(SOFT, analyze(conversation(*out), names=NAMES), NAMES)
    assert r["verdict"] == "partly", r["summary"]
