"""Write ../w48b_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 48: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Written and labelled before any
rule or lexicon was read and before the app's output was seen.

    python benchmarks/clinical/walk48b/audio/truth.py /tmp/walk48b-work/audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

TAGS = {
    "a_allowance": [
        [],
        ["bait: 'petrol is killing me' is an idiom, not violence"],
        ["SAFETY: COERCION (financial)"],
        [],
        ["SAFETY: COERCION (financial)", "SAFETY: COERCION (monitoring)", "NOT REPAIR ('I'm not checking up on you' while checking)"],
        ["SAFETY: FEAR OF PARTNER", "NOT BID (fear said as a joke)"],
        ["SAFETY: COERCION (blaming)"],
        ["BID: AGAINST"],
        ["SAFETY: COERCION (financial)", "DEFENSIVENESS"],
        [],
        ["SAFETY: THREAT", "SAFETY: COERCION (financial)"],
        ["APPEASEMENT"],
        ["APPEASEMENT", "NOT REPAIR"],
        ["NOT REPAIR (a calm after her giving in)"],
        ["APPEASEMENT"],
        ["SAFETY: COERCION (financial)", "NOT BID (after the threat and her giving in)"],
        ["APPEASEMENT"],
        ["SAFETY: COERCION (monitoring)", "NOT REPAIR"],
    ],
    "b_night_feeds": [
        ["HARSH STARTUP", "CRITICISM"],
        ["DEFENSIVENESS"],
        ["CONTEMPT (sarcasm)", "CRITICISM"],
        ["DEFENSIVENESS"],
        [],
        ["FLOODING", "REPAIR (a time-out asked for properly, with a time to come back)",
         "bait: 'my heart is pounding' is flooding said in words, not fear of the partner"],
        ["REPAIR (accepts the time-out)"],
        ["REPAIR (the return after the time-out)", "BID: TOWARD"],
        ["REPAIR (accepted)"],
        ["REPAIR (accepted)"],
        ["BID: TOWARD", "bait: 'I can't do this anymore' is the night feeds, not self-harm"],
        ["bait: a plan (turning toward)"],
        [],
        ["bait: humour"],
        ["BID: TOWARD", "bait: humour"],
        ["bait: affection"],
    ],
    "c_bins": [
        ["HARSH STARTUP", "CRITICISM"],
        ["DEFENSIVENESS"],
        ["CONTEMPT (mocking imitation)"],
        ["DEFENSIVENESS"],
        ["CRITICISM"],
        ["SAFETY: SELF-HARM", "NOT REPAIR (giving in while hopeless: not a repair)"],
        ["bait: a specific complaint (she does not take up his line), not criticism"],
        ["DEFENSIVENESS", "CRITICISM"],
        ["DEFENSIVENESS"],
        ["REPAIR (accepted, partly)"],
        ["REPAIR (accepts starting over)"],
        ["BID: TOWARD", "bait: a soft start-up (a need said as a feeling), not criticism"],
        ["DEFENSIVENESS"],
        ["REPAIR (met flatly)"],
        [],
        ["BID: TOWARD"],
        ["bait: agreement, not stonewalling"],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/walk48b-work/audio", TAGS, here.parent, "w48b_")
