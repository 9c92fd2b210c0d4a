"""Write ../w47a_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 47: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Written and labelled before any
rule or lexicon was read and before the app's output was seen.

    python benchmarks/clinical/walk47a/audio/truth.py /tmp/walk47a-work/audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

TAGS = {
    "a_ward": [
        ["BID: TOWARD"],
        ["bait: a stress share about work (met with advice), not a complaint about the partner"],
        ["bait: advice (fixing) in a stress-reducing conversation, not criticism or an order"],
        ["bait: 'matron will kill me' is an idiom, not a threat or violence"],
        ["bait: advice, not an order"],
        ["BID: AWAY"],
        [],
        ["BID: TOWARD", "bait: a gentle complaint said as a need (soft start-up), not criticism"],
        ["REPAIR (accepted: she goes on)"],
        ["bait: 'shouted at me' is a patient's daughter, not the partner"],
        ["bait: a fixing cut-in that takes her side, not criticism"],
        ["bait: a gentle reminder, not criticism"],
        ["REPAIR (accepted)"],
        ["BID: TOWARD"],
        ["bait: empathy, validation (turning toward)"],
        ["bait: appreciation"],
        ["bait: affection and humour ('even against matron')"],
    ],
    "b_sofa": [
        ["HARSH STARTUP", "CRITICISM (put as a question)"],
        ["DEFENSIVENESS"],
        ["CONTEMPT (sarcasm)", "CRITICISM"],
        ["DEFENSIVENESS"],
        ["REPAIR (an attempt that misses: not accepted)"],
        ["NOT REPAIR (quotes the apology to refuse it)"],
        ["FLOODING", "bait: flooding said in words, not fear of the partner or self-harm"],
        ["REPAIR (agrees to the break she asked for)"],
        ["REPAIR (lands: accepted)"],
        ["bait: accepting a repair; 'hurt' is not violence"],
        ["BID: TOWARD"],
        ["bait: 'I feel useless' is low mood about the illness, not self-harm"],
        ["BID: TOWARD"],
        [],
        ["bait: appreciation"],
        ["BID: TOWARD"],
        ["bait: affection"],
    ],
    "c_drinks": [
        [],
        [],
        ["SAFETY: COERCION (isolation)", "CONTEMPT (mockery: a jealous 'joke' about her colleague)"],
        [],
        ["SAFETY: COERCION (monitoring)", "NOT REPAIR ('joking only' takes nothing back)"],
        [],
        ["SAFETY: COERCION (isolation)", "NOT BID (isolation said as care)"],
        ["BID: AGAINST"],
        ["SAFETY: THREAT"],
        ["APPEASEMENT"],
        ["SAFETY: FEAR OF PARTNER", "NOT BID"],
        ["SAFETY: COERCION (blaming)", "NOT REPAIR"],
        ["APPEASEMENT", "NOT REPAIR"],
        ["NOT BID (after the threat and her giving in)", "NOT REPAIR"],
        ["APPEASEMENT"],
        ["SAFETY: COERCION (isolation)"],
        ["APPEASEMENT"],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/walk47a-work/audio", TAGS, here.parent, "w47a_")
