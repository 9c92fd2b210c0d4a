"""Write ../w43a_NAME.truth.json from a rendered lines file (walk40p's render.py, seed 43: NAME.lines) and the
labels below (one list of tags per floor line of the script, backchannels left out, in order).

    python benchmarks/clinical/walk43a/audio/truth.py /tmp/walk43a-audio
"""
import sys
from pathlib import Path

TAGS = {
    "a_timeout": [
        ["bait: a calm opening, asked, not a harsh start-up"],
        [],
        ["bait: a complaint said as a feeling, not criticism"],
        ["DEFENSIVENESS"],
        ["bait: a plain correction, not criticism"],
        ["DEFENSIVENESS"],
        ["bait: a need said plainly, not criticism"],
        ["FLOODING", "bait: flooding named in words (chest tight, can't think), not self-harm or violence"],
        ["REPAIR", "BID: TOWARD", "bait: a time-out asked for with a time to come back, not stonewalling or leaving"],
        ["bait: agreeing to the break without chasing, not stonewalling or appeasement"],
        [],
        ["bait: the return after a time-out"],
        ["BID: TOWARD"],
        ["REPAIR", "bait: afraid of a no, not fear of the partner"],
        ["bait: validation"],
        ["BID: TOWARD"],
        ["bait: warm reply"],
        [],
    ],
    "b_christmas": [
        ["HARSH STARTUP", "CONTEMPT (sarcasm)", "PATTERN: PURSUE-WITHDRAW"],
        [],
        ["CRITICISM"],
        ["BID: AGAINST"],
        ["CONTEMPT (mockery)"],
        ["STONEWALLING (minimal reply)"],
        ["CONTEMPT (sarcasm, insult)"],
        ["REPAIR", "bait: a repair attempt that was missed"],
        ["CONTEMPT (sarcasm)", "CRITICISM"],
        ["CRITICISM"],
        ["STONEWALLING (leaving)"],
        ["CONTEMPT (sarcasm)", "CRITICISM"],
        ["REPAIR", "bait: flooding told afterwards (everything goes blank), not self-harm"],
        ["REPAIR"],
        ["BID: TOWARD", "bait: freezing about her mother, not fear of the partner"],
        ["BID: TOWARD"],
        ["bait: warm reply"],
        ["bait: affection"],
    ],
    "c_phone": [
        [],
        ["BID: AGAINST"],
        ["SAFETY: COERCION (isolation)"],
        ["NOT REPAIR"],
        [],
        ["SAFETY: COERCION (isolation)", "BID: AGAINST"],
        ["SAFETY: COERCION (isolation)"],
        ["NOT REPAIR"],
        ["SAFETY: COERCION (monitoring)"],
        ["SAFETY: COERCION (monitoring)"],
        ["SAFETY: COERCION (monitoring)"],
        ["SAFETY: COERCION (monitoring)"],
        ["NOT REPAIR"],
        ["BID: AGAINST"],
        ["SAFETY: THREAT", "SAFETY: COERCION (isolation)"],
        ["APPEASEMENT (after a threat)", "NOT REPAIR"],
        ["NOT REPAIR"],
        ["APPEASEMENT (after a threat)", "NOT REPAIR"],
        ["NOT REPAIR"],
        ["NOT REPAIR"],
    ],
}

def main(audio_dir):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
    from truth_rows import write

    write(audio_dir, TAGS, Path(__file__).resolve().parent.parent, "w43a_")


if __name__ == "__main__":
    main(sys.argv[1])
