import json

import numpy as np
import pytest

from talktogether_desktop.analysis import SCHEMA_VERSION, AnalysisSettings, analyze
from talktogether_desktop.errors import Cancelled
from talktogether_desktop.jobs import CancelFlag

from .timeline import calm_exchange, conversation

TOP_KEYS = {"duration_s", "turns", "speakers", "interruptions", "silences", "escalation_points",
            "reaching_for", "safety_flags", "observations", "schema_version", "params",
            "escalation_curve", "overlaps", "markers", "harsh_startup", "transitions"}
SPEAKER_KEYS = {"id", "name", "talk_time_s", "talk_share", "turns", "interruptions_made",
                "interruptions_received", "backchannels", "median_response_latency_s"}


def test_result_has_the_contract_keys_and_is_json():
    words = conversation(*calm_exchange(turns=6))
    r = analyze(words, names={"S1": "Zoë", "S2": "José"})
    assert TOP_KEYS <= set(r)
    assert r["schema_version"] == SCHEMA_VERSION
    assert SPEAKER_KEYS <= set(r["speakers"][0])
    assert {s["name"] for s in r["speakers"]} == {"Zoë", "José"}
    assert set(r["turns"][0]) >= {"speaker", "start", "end", "text"}
    assert json.loads(json.dumps(r)) == r
    assert AnalysisSettings.from_dict(r["params"]) == AnalysisSettings()
    assert any("Zoë" in o["text"] for o in r["observations"])


def test_empty_and_single_speaker_inputs_give_a_valid_result():
    r = analyze([])
    assert r["turns"] == [] and r["speakers"] == [] and r["duration_s"] == 0.0
    r = analyze([{"start": 0, "end": 0.5, "word": "Hello.", "probability": 1, "speaker": "S1"},
                 {"start": 0.6, "end": 0.9, "word": "Unattributed", "speaker": None}],
                audio=np.zeros(16000, dtype=np.float32))
    assert [t["text"] for t in r["turns"]] == ["Hello."] and r["duration_s"] == 1.0


def test_progress_and_cancel():
    words = conversation(*calm_exchange(turns=6))
    seen = []
    analyze(words, progress=lambda f, m="": seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    flag = CancelFlag()
    flag.cancel()
    with pytest.raises(Cancelled):
        analyze(words, cancel=flag)


def test_settings_from_a_dict_and_unknown_keys_ignored():
    words = conversation(*calm_exchange(turns=4))
    r = analyze(words, settings={"window_s": 6.0, "not_a_setting": 1})
    assert r["params"]["window_s"] == 6.0
    assert r["escalation_curve"][0]["end"] - r["escalation_curve"][0]["start"] == 6.0


def test_pursue_withdraw_monologue_and_slower_replies_are_described():
    from .timeline import end_of, say

    utterances, t = [], 0.0
    long = ("I keep telling you that I feel alone in this house and you never answer me when I ask "
            "you what is going on with you and it makes me so tired of trying every single day")
    for k in range(4):
        a = say("S1", t, long + ".", wps=3.5)
        utterances.append(a)
        b = say("S2", end_of(a) + (0.5 if k < 2 else 2.5), "Fine.")
        utterances.append(b)
        t = end_of(b) + 0.4
    mono = say("S1", t, " ".join([long] * 6) + ".", wps=3.0)
    r = analyze(conversation(*utterances, mono), names={"S1": "Kim", "S2": "Lee"})
    s1, s2 = r["speakers"]
    assert len(s1["monologues"]) == 1 and s1["monologues"][0]["start"] == mono[0]["start"]
    assert s2["stonewalling_signs"] == 4
    assert s2["response_latency_by_half"]["second"] - s2["response_latency_by_half"]["first"] >= 1.5
    kinds = {o["kind"]: o["text"] for o in r["observations"]}
    assert "Kim held the floor" in kinds["monologue"]
    assert "Lee went quiet or gave short replies 4 times" in kinds["withdrawal"]
    assert any("Lee's replies came more slowly" in o["text"] for o in r["observations"])


def test_pursue_withdraw_is_described_symmetrically_with_names():
    from .timeline import end_of, say

    long = ("You never tell me anything about your day and I always have to ask you twice before "
            "you even look up from the phone and I am tired of it.")
    utterances, t = [], 0.0
    for _ in range(3):
        b = say("S2", t, "Well I was going to say that the")
        a = say("S1", end_of(b) + 0.1, long, wps=3.5)  # cuts Lee off, then talks at length
        c = say("S2", end_of(a) + 1.0, "Fine.")
        d = say("S1", end_of(c) + 0.6, long, wps=3.5)
        e = say("S2", end_of(d) + 1.2, "Okay.")
        utterances += [b, a, c, d, e]
        t = end_of(e) + 2.0
    r = analyze(conversation(*utterances), names={"S1": "Kim", "S2": "Lee"})
    (o,) = [o for o in r["observations"] if o["kind"] == "pursue_withdraw"]
    # a cycle between them with its first sign, never a culprit ("led by")
    # (the turns that pressed and were met by withdrawal within 12 s: three of Kim's six long turns)
    assert o["text"].startswith("Pursue–withdraw cycle: Kim pressed for a response (3 turns)")
    # two "Okay." replies run on into Lee's next turn (a pause, not a new turn): four of six are minimal
    assert "Lee went quiet or answered briefly (4 times" in o["text"]
    assert "each move seems to feed the other. First sign from Kim" in o["text"] and "led by" not in o["text"]
    assert len(o["evidence"]) == 4 and all(e["speaker"] == "S2" for e in o["evidence"][1:])
    (pattern,) = [p for p in r["patterns"] if p["kind"] == "pursue_withdraw"]
    assert (pattern["pursuing"], pattern["withdrawing"], pattern["first_sign_from"]) == ("S1", "S2", "S1")
    (p,) = r["escalation_points"]
    assert "Kim cut in" in next(o["text"] for o in r["observations"] if o["kind"] == "escalation")
    assert p["what_next"]["eased_at"] is None or p["what_next"]["eased_at"] >= p["end"] - r["params"]["window_s"]


@pytest.mark.parametrize("seed", range(6))
def test_messy_input_never_breaks_the_engine(seed):
    """Random overlapping words from up to three speakers, odd tokens, zero-length and reversed
    times: the result is still complete, serialisable and internally consistent."""
    rng = np.random.default_rng(seed)
    vocab = ["you", "never", "I'm", "sorry.", "mm-hm", "—", "and", "the", "Okay?", "need", "help", "…", "fine."]
    words, t = [], 0.0
    for _ in range(400):
        t += float(rng.uniform(-0.5, 1.0))
        length = float(rng.uniform(-0.05, 0.6))
        words.append({"start": max(0.0, t), "end": max(0.0, t + length), "word": str(rng.choice(vocab)),
                      "probability": 0.5, "speaker": f"S{rng.integers(1, 4)}"})
    audio = (0.05 * rng.standard_normal(int((t + 2) * 16000))).astype(np.float32)
    r = analyze(words, audio=audio)
    assert json.loads(json.dumps(r)) == r
    ids = {s["id"] for s in r["speakers"]}
    assert all(t["speaker"] in ids for t in r["turns"])
    assert all(i["by"] in ids and i["of"] in ids for i in r["interruptions"])
    assert all(a["start"] <= b["start"] for a, b in zip(r["turns"], r["turns"][1:]))
    assert abs(sum(s["talk_share"] for s in r["speakers"]) - 1.0) < 0.01


def test_cli_summary_puts_safety_first():
    from talktogether_desktop.cli.analyze_cmds import summary_text

    from .timeline import end_of, say

    calm = calm_exchange(turns=4)
    fear = say("S2", end_of(calm[-1]) + 0.4, "I am afraid of you when you shout.")
    text = summary_text(analyze(conversation(*calm, fear), names={"S1": "Ana", "S2": "Ben"}))
    lines = text.splitlines()
    assert lines[0].startswith("SAFETY LANGUAGE") and "Ben (fear of the partner)" in lines[1] and "afraid of you" in lines[1]
    assert "Ana:" in text and lines[-1].startswith("These observations support clinical judgement")


def test_cli_summary_lists_a_possible_reading_apart_from_what_was_heard(monkeypatch):
    from .readings import fix_reading
    from talktogether_desktop.cli.analyze_cmds import summary_text

    from .timeline import end_of, say

    line = "Your phone lit up while you were in the shower, who's Dave?"
    fix_reading(monkeypatch, line, "safety_monitoring", 0.98, 0.7)  # below `meaning_sure`: a reading to listen to
    tense = say("S1", 0.0, "You are so selfish, what is wrong with you?")
    read = say("S2", end_of(tense) + 0.5, line)
    lines = summary_text(analyze(conversation(tense, read))).splitlines()
    assert lines[0].startswith("POSSIBLE SAFETY LANGUAGE TO LISTEN TO") and "it may be nothing" in lines[0]
    assert "who's Dave" in lines[1]
    assert not any(x.startswith("SAFETY LANGUAGE") for x in lines)
