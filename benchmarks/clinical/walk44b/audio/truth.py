"""Write ../w44b_NAME.truth.json from a rendered lines file (walk40p's render.py, seed 44: NAME.lines) and the
labels below (one list of tags per floor line of the script, backchannels left out, in order).

    python benchmarks/clinical/walk44b/audio/truth.py /tmp/walk44b-audio
"""
import sys
from pathlib import Path

TAGS = {
    "a1_phones": [
        ["BID: TOWARD", "bait: a calm opening, asked, not a harsh start-up"],
        [],
        ["BID: AGAINST", "bait: a soft start-up (I feel ... I'd like), not criticism"],
        ["DEFENSIVENESS"],
        ["bait: agreeing, not defensiveness"],
        ["BID: TOWARD", "bait: a feeling about herself and her own part, not criticism"],
        ["REPAIR (accepted)"],
        ["bait: accepting the repair"],
        ["BID: TOWARD", "bait: an offer, not a demand"],
        ["bait: warm reply"],
        ["bait: 'fine' as agreement, not stonewalling"],
        ["BID: TOWARD", "bait: a question for reassurance, not criticism"],
        ["bait: 'Hey, no' as reassurance, not defensiveness"],
        ["BID: TOWARD", "bait: affection"],
        [],
        ["bait: appreciation"],
    ],
    "b2_nightfeed": [
        ["bait: a tired request about whose turn it is, not a harsh start-up"],
        ["DEFENSIVENESS"],
        ["DEFENSIVENESS", "bait: idiom (dying for sleep), not self-harm"],
        ["CRITICISM", "bait: idiom (dying for sleep), not self-harm"],
        ["CONTEMPT (sarcasm)"],
        ["STONEWALLING (minimal reply)"],
        ["CRITICISM", "PATTERN: PURSUE-WITHDRAW"],
        ["STONEWALLING (turning away to the baby monitor)", "CONTEMPT (dismissive)"],
        ["BID: AWAY"],
        ["STONEWALLING (minimal reply)"],
        ["CRITICISM"],
        ["DEFENSIVENESS"],
        ["CRITICISM"],
        ["STONEWALLING (minimal reply)", "CONTEMPT (dismissive)"],
        ["BID: TOWARD", "bait: idiom (the death of me), not self-harm or violence"],
        ["bait: idiom (the death of both of us), not violence or self-harm"],
        ["REPAIR (humour, landed)", "bait: teasing, not criticism"],
        ["bait: teasing back and agreeing ('cheeky sod', 'fine'), not contempt or stonewalling"],
        ["REPAIR"],
        ["bait: we-talk and closeness"],
    ],
    "c3_anniversary": [
        ["BID: AWAY"],
        ["bait: tiredness, not stonewalling or contempt"],
        ["bait: accepting, not stonewalling"],
        ["BID: TOWARD", "bait: grief for the baby, not self-harm"],
        ["bait: shared grief"],
        ["SAFETY: SELF-HARM", "BID: TOWARD"],
        ["bait: a direct question about suicide, turning toward, not violence or a threat"],
        ["bait: a no to the direct question and low mood, not a new self-harm statement (still worth a follow-up)"],
        ["BID: TOWARD", "bait: care, not coercion or control"],
        ["bait: agreeing"],
        ["BID: TOWARD", "bait: remembrance, not harm"],
        ["REPAIR (for the turned-away bid, landed)", "bait: tiredness, not stonewalling"],
        ["bait: warm reply"],
        ["BID: TOWARD", "bait: affection"],
        ["bait: affection and we-talk"],
    ],
}


def main(audio_dir):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
    from truth_rows import write

    write(audio_dir, {k: v for k, v in TAGS.items() if Path(audio_dir, k + ".lines").exists()},
          Path(__file__).resolve().parent.parent, "w44b_")


if __name__ == "__main__":
    main(sys.argv[1])
