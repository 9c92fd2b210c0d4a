"""Write ../w45a_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 45: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Written and labelled before any
rule or lexicon was read and before the app's output was seen.

    python benchmarks/clinical/walk45a/audio/truth.py /tmp/walk45a-audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

TAGS = {
    "a_deposit": [
        [],
        ["BID: AGAINST"],
        ["CRITICISM"],
        ["DEFENSIVENESS"],
        ["CRITICISM"],
        ["DEFENSIVENESS"],
        ["CRITICISM"],
        ["FLOODING", "bait: flooding said in words, not fear of the partner"],
        ["REPAIR (a time-out: asks for a break and names when he will be back)",
         "bait: leaving for a time-out, not stonewalling"],
        ["bait: agreeing to the time-out, not stonewalling"],
        ["bait: coming back from the time-out"],
        ["BID: TOWARD"],
        ["REPAIR (accepted, after the time-out)"],
        ["BID: TOWARD", "bait: accepting a repair"],
        ["bait: money planned together, a joint decision"],
        ["BID: TOWARD"],
        ["bait: appreciation"],
        [],
    ],
    "b_keys": [
        [],
        ["CONTEMPT (mockery)", "DEFENSIVENESS"],
        [],
        ["DEFENSIVENESS"],
        [],
        ["CONTEMPT (mockery)", "DEFENSIVENESS"],
        ["CRITICISM"],
        ["CRITICISM", "DEFENSIVENESS"],
        ["STONEWALLING (minimal reply, going flat)"],
        [],
        ["bait: keeping the keys from a partner who has been drinking, for safety"],
        ["SAFETY: THREAT", "SAFETY: COERCION (blaming)", "CONTEMPT (sarcasm)"],
        ["SAFETY: FEAR OF PARTNER", "NOT BID", "NOT REPAIR"],
        ["CONTEMPT (mockery)", "DEFENSIVENESS"],
        ["APPEASEMENT (after a threat)", "NOT REPAIR"],
        ["NOT REPAIR"],
        ["APPEASEMENT", "NOT BID", "NOT REPAIR"],
        [],
    ],
    "c_ferry": [
        ["BID: TOWARD"],
        ["bait: teasing about his knees, not fear"],
        ["bait: affectionate 'always', not criticism"],
        ["bait: a teasing complaint, not criticism"],
        ["bait: an explanation in a warm talk, not defensiveness"],
        ["NOT VIOLENCE", "bait: 'I could kill you' said in fun, not a threat"],
        ["bait: teasing"],
        ["bait: tablets packed for the trip, not self-harm"],
        ["bait: 'you'd forget your head', affectionate, not criticism or contempt"],
        ["BID: TOWARD"],
        ["bait: appreciation"],
        ["CRITICISM (small and real: money spent without telling her)"],
        ["REPAIR (accepted)"],
        ["bait: 'daft old thing' said with love, accepting a repair"],
        ["BID: TOWARD", "bait: grief for a friend who died, not self-harm"],
        [],
        ["bait: 'wicked woman' teasing, not contempt"],
        [],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/walk45a-audio", TAGS, here.parent, "w45a_")
