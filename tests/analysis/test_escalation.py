from talktogether_desktop.analysis import analyze

from .timeline import calm_exchange, conversation, end_of, render_voices, say

VOICES = {"S1": (210.0, 0.05), "S2": (110.0, 0.12)}  # S2 is naturally much louder


def heated_conversation():
    """60 s calm, a heated stretch led by S1 with criticism and interruptions, a repair, calm again."""
    calm1 = calm_exchange(0.0, turns=8)
    t = end_of(calm1[-1]) + 0.3
    h1 = say("S1", t, "You never listen to me and you always do what you want", wps=4.5)
    h1 = [w for w in h1 if w["start"] < end_of(h1) - 0.5]  # cut off by S2
    h2 = say("S2", end_of(h1) - 0.4, "That is not true and you know it is not true at all", wps=4.5)
    h3 = say("S1", end_of(h2) + 0.05, "What is wrong with you, you are impossible to talk to", wps=4.5)
    h4 = say("S2", end_of(h3) + 0.1, "Yes but you started it by shouting at me again", wps=4.5)
    repair = say("S1", end_of(h4) + 2.0, "Okay. I'm sorry. Can we start over?", wps=2.6)
    calm2 = calm_exchange(end_of(repair) + 0.5, turns=8)
    heated = (h1[0]["start"], end_of(h4))
    return [*calm1, h1, h2, h3, h4, repair, *calm2], heated, repair


def test_words_only_escalation_point_with_trigger_and_repair():
    utterances, (h0, h1), repair = heated_conversation()
    r = analyze(conversation(*utterances), names={"S1": "Ana", "S2": "Ben"})
    (p,) = r["escalation_points"]
    assert abs(p["start"] - h0) < 0.3 and abs(p["end"] - h1) < 0.3
    assert p["led_by"] == "S1" and p["quote"].startswith("You never listen")
    assert {"rate", "interruptions", "criticism", "defensiveness"} <= set(p["signals"])
    nxt = p["what_next"]
    assert nxt["repair_landed"] and abs(nxt["eased_after_repair"]["t"] - repair[1]["start"]) < 0.3
    assert "Ana" in nxt["text"]
    top = r["observations"][0]
    assert top["kind"] == "escalation" and "Ana" in top["text"] and top["evidence"][0]["t"] == p["quote_t"]


def test_calm_conversation_has_no_escalation():
    r = analyze(conversation(*calm_exchange(0.0, turns=16)))
    assert r["escalation_points"] == [] and r["interruptions"] == []
    assert max(w["score"] for w in r["escalation_curve"]) < 1.0
    assert not r["harsh_startup"]["flag"]


def test_prosody_is_judged_against_each_partners_own_baseline():
    utterances, (h0, h1), _ = heated_conversation()
    words = conversation(*utterances)
    duration = end_of(words) + 1.0
    audio = render_voices(words, duration, VOICES, boosts={(h0, h1): (1.3, 9.0)})
    r = analyze(words, audio=audio)
    raised = [t for t in r["turns"] if "loudness" in t["raised"]]
    assert raised and all(h0 - 0.3 <= t["start"] <= h1 for t in raised)
    assert {t["speaker"] for t in raised} == {"S1", "S2"}
    heated_turn = next(t for t in r["turns"] if abs(t["start"] - h0) < 0.3)
    assert heated_turn["z"]["loudness"] > 2 and heated_turn["z"]["pitch"] > 2
    assert abs(heated_turn["pitch_median_hz"] - 210 * 1.3) < 15
    # S2 is louder throughout, yet only their heated turns count as raised
    s2 = next(s for s in r["speakers"] if s["id"] == "S2")
    assert s2["baseline"]["intensity_db"]["median"] > next(s for s in r["speakers"] if s["id"] == "S1")["baseline"]["intensity_db"]["median"] + 5
    (p,) = r["escalation_points"]
    assert {"loudness", "pitch"} <= set(p["signals"]) and abs(p["start"] - h0) < 0.3


def test_harsh_startup_flags_criticism_in_the_opening():
    opening = say("S1", 0.0, "You never help with anything in this house.")
    rest = calm_exchange(end_of(opening) + 0.4, turns=30)
    r = analyze(conversation(opening, *rest))
    hs = r["harsh_startup"]
    assert hs["flag"] and hs["by"] == "S1" and hs["evidence"][0]["t"] == 0.0
    assert any(o["kind"] == "harsh_startup" for o in r["observations"])
    late = say("S1", end_of(rest[-1]) + 0.4, "You never help with anything in this house.")
    r2 = analyze(conversation(*rest, late))
    assert not r2["harsh_startup"]["flag"]
