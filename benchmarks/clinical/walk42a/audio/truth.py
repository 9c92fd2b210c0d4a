"""Write ../w42a_NAME.truth.json from a rendered lines file (render.py's NAME.lines) and the labels below
(one list of tags per floor line of the script, backchannels left out, in order).

    python benchmarks/clinical/walk42a/audio/truth.py /tmp/walk42a-audio
"""
import sys
from pathlib import Path

PAUSE = "bait: a thinking pause (5-7 s) in a calm talk, not withdrawal or stonewalling"
TAGS = {
    "a_reflect": [
        [], [],
        ["BID: TOWARD"],
        ["bait: a mirror, the listener's reflect-back"],
        [], [],
        ["BID: TOWARD", "bait: a gentle complaint said as a share, not criticism"],
        ["bait: a mirror that got it wrong, asked as a check, not defensiveness"],
        ["bait: a kind correction of the mirror, not defensiveness or criticism"],
        ["bait: owning a mishearing in a calm talk, nothing to repair"],
        [],
        ["bait: validation"],
        [],
        ["BID: TOWARD", "bait: worry for the partner, not criticism"],
        ["bait: a mirror, the listener's reflect-back"],
        [],
        ["bait: a mirror, the listener's reflect-back"],
        [],
        ["bait: affection"],
        ["BID: TOWARD"],
        [], [],
    ],
    "b_card": [
        ["BID: AGAINST"],
        ["DEFENSIVENESS"],
        ["bait: agreeing in part"],
        ["DEFENSIVENESS"],
        ["BID: AGAINST", "bait: fear about money, not fear of the partner"],
        ["DEFENSIVENESS"],
        ["PATTERN: PURSUE-WITHDRAW"],
        ["STONEWALLING (minimal reply)"],
        ["BID: AWAY"],
        ["STONEWALLING (minimal reply)"],
        ["BID: AWAY"],
        ["STONEWALLING (minimal reply)"],
        [],
        ["STONEWALLING (changing the subject)", "NOT BID"],
        ["BID: AGAINST"],
        ["SAFETY: THREAT", "SAFETY: COERCION (financial)"],
        ["bait: a boundary after a threat, not criticism"],
        ["CONTEMPT (dismissive)", "DEFENSIVENESS", "NOT REPAIR"],
        ["NOT REPAIR"],
    ],
    "c_house": [
        ["BID: TOWARD"],
        [],
        [],
        [PAUSE],
        ["bait: noticing, not criticism"],
        [],
        [PAUSE, "bait: a limit of age, not self-harm or despair"],
        ["bait: a gentle disagreement"],
        [],
        [PAUSE],
        [],
        ["BID: TOWARD", "bait: grief for their son, not self-harm"],
        ["bait: warm reply"],
        [],
        [PAUSE, "bait: agreeing in grief, not appeasement"],
        [],
        ["BID: TOWARD"],
        [], [], [],
    ],
}

def main(audio_dir):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
    from truth_rows import write

    write(audio_dir, TAGS, Path(__file__).resolve().parent.parent, "w42a_")


if __name__ == "__main__":
    main(sys.argv[1])
