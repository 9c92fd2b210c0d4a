"""A synthetic analysis of an hour-long conversation, for the page-count test and the benchmark.

Shaped like a real analysis and deliberately crowded (many turns, rises, flags and bids) so the
report's caps are exercised. Deterministic: the same seed gives the same analysis.
"""

from __future__ import annotations

import math
import random

SENTENCES = [
    "I feel like we keep having the same argument about the dishes.",
    "You never listen to me when I talk about work.",
    "Can we please slow down and talk about this calmly?",
    "I need you to ask me before you make plans for the weekend.",
    "That is not true, I asked you twice last week.",
    "Okay, I hear you, I'm sorry.",
    "I wish we spent more evenings together without our phones.",
    "Yes, but you always bring this up when I am tired.",
    "It would help me if you told me when you are running late.",
    "I really appreciated that you picked up the kids today.",
]


def synthetic_analysis(minutes: float = 60, seed: int = 7, names=("Zoë", "Łukasz")) -> dict:
    rng = random.Random(seed)
    duration = minutes * 60.0
    turns, t, speaker = [], 0.5, "S1"
    while t < duration - 5:
        length = rng.uniform(1.0, 10.0)
        text = " ".join(rng.choice(SENTENCES) for _ in range(max(1, int(length // 4))))
        turns.append({"speaker": speaker, "start": round(t, 2), "end": round(min(t + length, duration), 2), "text": text})
        t += length + rng.uniform(-0.8, 1.5)
        speaker = "S2" if speaker == "S1" else "S1"
    talk = {s: sum(x["end"] - x["start"] for x in turns if x["speaker"] == s) for s in ("S1", "S2")}
    total = sum(talk.values())
    interruptions = [{"t": x["start"], "by": x["speaker"], "of": "S1" if x["speaker"] == "S2" else "S2",
                      "successful": True} for i, x in enumerate(turns[1:]) if i % 11 == 0]
    curve = [{"t": float(k), "score": round(0.3 + 0.25 * math.sin(k / 40) + rng.uniform(0, 0.2)
                                            + (1.5 if (k // 120) % 2 == 1 and k % 120 < 40 else 0), 3)}
             for k in range(0, int(duration), 2)]
    peaks = []
    for k in range(0, int(duration) - 60, 120):
        if (k // 120) % 2 == 1:
            hit = next(x for x in turns if x["start"] >= k)
            peaks.append({"start": float(k), "end": float(k + 40), "score": round(1.5 + rng.random(), 2),
                          "led_by": hit["speaker"], "quote": hit["text"][:60], "quote_t": hit["start"],
                          "signals": ["loudness", "rate", "criticism"],
                          "next": {"repair_t": k + 45.0, "by": "S2", "quote": "Okay, I hear you.", "accepted": True}})
    flags = [{"t": x["start"], "speaker": x["speaker"], "quote": x["text"][:50], "category": "threat"}
             for x in turns[10::20]]
    reaching = {s: [{"category": rng.choice(["closeness", "reassurance", "respect and being heard", "space"]),
                     "t": x["start"], "quote": x["text"][:70], "response": rng.choice(["toward", "away", "against"])}
                    for x in turns if x["speaker"] == s][:40] for s in ("S1", "S2")}
    speakers = [{"id": s, "name": n, "talk_time_s": round(talk[s], 1), "talk_share": round(talk[s] / total, 3),
                 "turns": sum(1 for x in turns if x["speaker"] == s),
                 "interruptions_made": sum(1 for i in interruptions if i["by"] == s),
                 "interruptions_received": sum(1 for i in interruptions if i["of"] == s),
                 "backchannels": rng.randint(5, 40), "median_response_latency_s": round(rng.uniform(0.2, 0.9), 2),
                 "repair_attempts": rng.randint(1, 9), "i_statements": rng.randint(20, 90),
                 "you_statements": rng.randint(20, 90)} for s, n in zip(("S1", "S2"), names)]
    observations = [{"rank": i + 1, "t": p["start"], "text": f"The conversation got louder and faster at minute "
                     f"{int(p['start'] // 60)}, led by {names[0] if p['led_by'] == 'S1' else names[1]}."}
                    for i, p in enumerate(peaks[:8])]
    return {"schema_version": "1.0", "params": {}, "duration_s": duration, "turns": turns, "speakers": speakers,
            "interruptions": interruptions, "silences": [], "escalation_curve": curve,
            "escalation_points": peaks, "reaching_for": reaching, "safety_flags": flags,
            "observations": observations}
