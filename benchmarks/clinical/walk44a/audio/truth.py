"""Write ../w44a_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 44: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Labelled before any rule or
lexicon was read.

    python benchmarks/clinical/walk44a/audio/truth.py /tmp/walk44a-audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

MIRROR = "bait: a mirror, the listener's reflect-back"
TAGS = {
    "a_father": [
        ["BID: TOWARD"],
        ["BID: TOWARD", "bait: grief and worry for his father, not self-harm"],
        [MIRROR],
        ["BID: TOWARD", "bait: guilt about leaving his father alone, not isolation or control"],
        ["bait: validation, a reflection of his guilt, not isolation or control"],
        [],
        ["BID: TOWARD", "bait: a worry said as a share, not criticism"],
        [MIRROR, "bait: 'scared' about time together, not fear of the partner"],
        [],
        ["DEFENSIVENESS"],
        ["REPAIR (accepted, his own slip)"],
        ["bait: accepting a repair"],
        ["BID: TOWARD"],
        [],
        [MIRROR],
        [],
        ["BID: TOWARD"],
        [],
        ["bait: appreciation"],
        [],
    ],
    "b_phone": [
        ["HARSH STARTUP", "CRITICISM"],
        ["DEFENSIVENESS", "bait: not coercive monitoring (she read his phone after finding the messages)"],
        ["CONTEMPT (sarcasm)", "bait: quoted message"],
        ["DEFENSIVENESS"],
        ["CONTEMPT (sarcasm, insult)"],
        ["DEFENSIVENESS", "CRITICISM"],
        ["CRITICISM"],
        ["DEFENSIVENESS", "CRITICISM"],
        ["FLOODING", "bait: flooding, not fear of the partner"],
        ["REPAIR (missed)"],
        ["CONTEMPT (sarcasm)", "NOT REPAIR"],
        ["STONEWALLING (minimal reply)"],
        ["bait: ending the relationship said in anger, not self-harm or a threat"],
        ["DEFENSIVENESS"],
        ["REPAIR (a break to calm down)", "bait: leaving for a walk to calm down, not stonewalling"],
    ],
    "c_sister": [
        ["BID: AGAINST"],
        [],
        ["SAFETY: FEAR OF PARTNER", "SAFETY: VIOLENCE", "NOT BID"],
        ["SAFETY: COERCION (monitoring)"],
        ["SAFETY: FEAR OF PARTNER", "NOT BID"],
        ["SAFETY: COERCION (isolation)"],
        ["SAFETY: COERCION (monitoring)", "NOT BID"],
        ["SAFETY: SELF-HARM", "SAFETY: COERCION (isolation)"],
        ["APPEASEMENT (after self-harm as pressure)", "NOT REPAIR"],
        ["NOT REPAIR"],
        ["APPEASEMENT", "NOT REPAIR"],
        ["NOT REPAIR", "bait: affection after getting his way, not a repair"],
        ["APPEASEMENT", "NOT REPAIR"],
        ["NOT REPAIR"],
        ["APPEASEMENT", "NOT REPAIR"],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/walk44a-audio", TAGS, here.parent, "w44a_")
