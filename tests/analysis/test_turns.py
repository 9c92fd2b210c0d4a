from talktogether_desktop.analysis import analyze
from talktogether_desktop.analysis.settings import AnalysisSettings

from .timeline import calm_exchange, conversation, end_of, say


def test_turns_alternate_and_floor_transfer_offsets_are_signed():
    a = say("S1", 0.0, "I think we should leave early tomorrow.")
    b = say("S2", end_of(a) + 0.4, "Why do you want to leave early?")
    c = say("S1", end_of(b) - 0.3, "Because the traffic gets bad after eight.", end=end_of(b) + 2.0)
    r = analyze(conversation(a, b, c))
    assert [t["speaker"] for t in r["turns"]] == ["S1", "S2", "S1"]
    offsets = [t["offset_s"] for t in r["transitions"]]
    assert abs(offsets[0] - 0.4) < 0.02 and abs(offsets[1] + 0.3) < 0.02
    assert r["turns"][1]["text"] == "Why do you want to leave early?"
    s1 = next(s for s in r["speakers"] if s["id"] == "S1")
    s2 = next(s for s in r["speakers"] if s["id"] == "S2")
    assert s2["questions"] == 1 and s1["questions"] == 0
    assert abs(s2["median_response_latency_s"] - 0.4) < 0.02


def test_a_pause_within_a_turn_does_not_start_a_new_turn():
    a1 = say("S1", 0.0, "I went to the shop.")
    a2 = say("S1", end_of(a1) + 2.0, "And then I came straight back home.")
    b = say("S2", end_of(a2) + 0.3, "Okay, good to know.")
    r = analyze(conversation(a1, a2, b))
    assert [t["speaker"] for t in r["turns"]] == ["S1", "S2"]
    assert r["speakers"][0]["turns"] == 1


def test_long_silences_are_listed_with_who_broke_them():
    a = say("S1", 0.0, "Are you going to say anything?")
    b = say("S1", end_of(a) + 4.0, "Fine, I will talk then.")
    c = say("S2", end_of(b) + 3.5, "I was thinking.")
    d = say("S1", end_of(c) + 1.0, "Okay.")
    r = analyze(conversation(a, b, c, d))
    sil = r["silences"]
    assert len(sil) == 2
    assert sil[0]["broken_by"] == "S1" and sil[0]["kind"] == "pause" and sil[0]["after_question"]
    assert abs(sil[0]["duration_s"] - 4.0) < 0.02
    assert sil[1]["broken_by"] == "S2" and sil[1]["kind"] == "gap"
    # the unanswered question is a stonewalling sign for the partner who stayed silent
    assert any(m["category"] == "stonewalling" and m["speaker"] == "S2" and m["source"] == "timing"
               for m in r["markers"])


def test_silence_threshold_is_a_setting():
    a = say("S1", 0.0, "Hello there.")
    b = say("S2", end_of(a) + 2.0, "Hi.")
    assert analyze(conversation(a, b))["silences"] == []
    r = analyze(conversation(a, b), settings=AnalysisSettings(long_silence_s=1.5))
    assert len(r["silences"]) == 1
    assert r["params"]["long_silence_s"] == 1.5


def test_talk_share_rate_and_longest_turn():
    a = say("S1", 0.0, " ".join(["word"] * 30), wps=3.0)  # 10 s at 180 wpm
    b = say("S2", end_of(a) + 0.3, " ".join(["word"] * 10), wps=2.0)  # 5 s at 120 wpm
    r = analyze(conversation(a, b))
    s1, s2 = r["speakers"]
    assert abs(s1["talk_share"] - 10 / 15) < 0.03
    assert abs(s1["words_per_minute"] - 180) < 12 and abs(s2["words_per_minute"] - 120) < 10
    assert abs(s1["longest_turn_s"] - 10) < 0.2 and s1["longest_turn_t"] == 0.0


def test_minimal_replies_to_long_turns_are_stonewalling_signs():
    long_turn = "I have been trying to tell you for weeks that I feel like I am doing everything on my own " \
                "and that nobody notices when the house is clean or when the bills are paid on time"
    a = say("S1", 0.0, long_turn)
    b = say("S2", end_of(a) + 1.0, "Fine.")
    r = analyze(conversation(a, b))
    signs = [m for m in r["markers"] if m["category"] == "stonewalling"]
    assert len(signs) == 1 and signs[0]["speaker"] == "S2" and signs[0]["quote"] == "Fine."
    calm = analyze(conversation(*calm_exchange()))
    assert not [m for m in calm["markers"] if m["category"] == "stonewalling"]
