"""Write ../w46b_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 46: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Written and labelled before any
rule or lexicon was read and before the app's output was seen.

    python benchmarks/clinical/walk46b/audio/truth.py /tmp/walk46b-work/audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

TAGS = {
    "a_ledger": [
        [],
        [],
        ["bait: agreed oversight of the joint account, reported openly, not economic abuse"],
        ["bait: agreed oversight (she keeps the passwords), his own idea, not economic abuse"],
        ["bait: open books both ways, not monitoring"],
        ["BID: TOWARD"],
        [],
        ["bait: his own relapse disclosure, not a threat or pressure"],
        ["bait: hurt said with thanks, not criticism"],
        ["bait: shame, not self-harm"],
        ["bait: care in reply ('you didn't throw…'), not criticism or defensiveness"],
        ["SAFETY: SELF-HARM"],
        ["bait: a direct question about self-harm asked in care, not a threat or monitoring"],
        [],
        ["bait: a plan for support (sponsor, therapist), not isolation or a power move"],
        [],
        ["bait: card-taking and phone-checking named to say she will not, agreed oversight, not coercive"],
        ["bait: an agreeing cut-in, not defensiveness"],
        ["BID: TOWARD"],
        ["bait: appreciation"],
    ],
    "b_saint_margaret": [
        [],
        [],
        ["CONTEMPT (name-calling: 'Saint Margaret', mockery of her partner's mother)"],
        ["DEFENSIVENESS"],
        [],
        ["CONTEMPT (eye-roll said in words, mockery)"],
        ["CRITICISM"],
        ["DEFENSIVENESS"],
        ["CRITICISM"],
        ["REPAIR", "BID: TOWARD"],
        ["REPAIR", "bait: the nickname quoted in her apology, not contempt"],
        ["BID: TOWARD"],
        ["bait: turning toward"],
        [],
        [],
        [],
        ["bait: affectionate 'you always do this, you softie', teasing, not criticism or contempt"],
        ["bait: teasing back"],
        [],
    ],
    "c_night_feeds": [
        ["HARSH STARTUP", "CRITICISM"],
        ["DEFENSIVENESS", "CRITICISM"],
        ["CONTEMPT (sarcasm, mockery)"],
        ["CRITICISM", "DEFENSIVENESS"],
        ["BID: AGAINST"],
        ["DEFENSIVENESS"],
        ["CRITICISM"],
        ["STONEWALLING (refusing to go on: 'I'm not doing this')"],
        ["CRITICISM"],
        ["STONEWALLING (leaving for the car, no time given)"],
        ["SAFETY: THREAT", "CONTEMPT (sarcasm: 'your precious car')"],
        ["APPEASEMENT (after a threat)", "NOT REPAIR"],
        [],
        ["APPEASEMENT", "NOT BID", "NOT REPAIR"],
        [],
        ["APPEASEMENT", "NOT REPAIR"],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/walk46b-work/audio", TAGS, here.parent, "w46b_")
