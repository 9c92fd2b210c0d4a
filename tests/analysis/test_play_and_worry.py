"""Threat words said in play beside a pet name, and fear for the partner said in a northern voice (round 19).

A pet name said to the partner ("Pass us the chips, hon.") is warmth around threat words like laughter is
(safety.warm_around); the threatener's own pet name before or in the threat is not ("Babe, if you ever see him
again…"). Being scared that something had happened to the partner is worry for them, not fear of them."""

from .test_clinical_rules import flag_kinds, run


def test_threat_words_beside_the_partners_pet_name_are_play():
    r = run("Pass us the last samosa, hon, I'm starving.", "If you eat the last samosa I'll kill you.", "Go on then, you have it.")
    assert "threat" not in flag_kinds(r)
    assert any(m["category"] == "playful_threat" for m in r["markers"])


def test_the_speakers_own_pet_name_before_a_threat_is_no_warmth():
    r = run("I was only talking to him after work.", "Babe, if you ever see him again, I'll kill you.")
    assert "threat" in flag_kinds(r)


def test_a_pet_name_in_a_quarrel_does_not_make_a_threat_play():
    r = run("Hon, you never listen to a word I say, you're so selfish.", "Say that again and I'll kill you.")
    assert "threat" in flag_kinds(r)


def test_a_pet_name_that_is_not_said_to_the_partner_is_no_warmth():
    r = run("I'll take the baby to the park after lunch.", "If you wake the baby again I'll kill you.")
    assert "threat" in flag_kinds(r)


def test_scared_something_had_happened_to_the_partner_is_worry_not_fear_of_them():
    for said in ("I was just proper scared summat had happened to you.",
                 "I was terrified something's happened to you, you never answered."):
        r = run("Where were you? It's gone midnight.", said)
        assert "fear" not in flag_kinds(r), said


def test_scared_of_what_the_partner_will_do_is_still_fear():
    r = run("Where were you? It's gone midnight.", "I was scared to tell you, you always go mad at me.")
    assert "fear" in flag_kinds(r)


def test_a_complaint_read_by_meaning_in_a_calm_stretch_is_criticism():
    r = run("How was work, love?", "Fine. Mi a talk to you an' you deh pon dat phone same way.")
    assert any(m["category"] == "criticism" and m.get("source") == "meaning" for m in r["markers"])


def test_warmth_in_a_calm_stretch_keeps_the_meaning_reader_out():
    for said in ("You're a genius, that saved us a fortune.", "You never stop, do you, hon? Ha."):
        r = run("I fixed the boiler myself this morning.", said)
        assert not [m for m in r["markers"] if m.get("source") == "meaning"
                    and m["category"] in ("criticism", "contempt", "defensiveness")], said


def test_criticism_read_more_clearly_than_control_is_criticism():
    r = run("I lent Kwame the money for the shop.", "Do you even check his books, or you just let him do what he wants?")
    assert any(m["category"] == "criticism" for m in r["markers"])
