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
