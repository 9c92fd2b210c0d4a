"""Write ../w47b_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 47: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Written and labelled before any
rule, lexicon or test was read and before the app's output was seen.

    python benchmarks/clinical/walk47b/audio/truth.py /tmp/walk47b-work/audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

TAGS = {
    "a_near_miss": [
        ["bait: a soft start-up about a near miss, not criticism"],
        ["DEFENSIVENESS"],
        ["bait: 'an awful fright' about the van, not fear of the partner", "bait: 'not giving out to you', reassurance"],
        ["DEFENSIVENESS"],
        ["bait: 'you always drive like you're late for Mass', affectionate teasing, not criticism"],
        ["bait: teasing back, affection"],
        ["BID: AGAINST", "bait: her fright at the van, not fear of the partner"],
        ["DEFENSIVENESS", "bait: 'you want the keys off me' is his fear of losing his independence, nothing taken from him"],
        ["bait: worry and a request ('it's your car and your licence'), worry for him, his car and licence left to him"],
        ["DEFENSIVENESS"],
        ["bait: 'you'll be the death of me' is an idiom, not violence or self-harm"],
        ["REPAIR (an apology taking responsibility, accepted)"],
        ["bait: accepting a repair, affection"],
        ["BID: TOWARD"],
        ["bait: teasing, affection ('And you can drive. Slowly.')"],
        ["bait: a joke that concedes the motorway, not a bid against"],
        ["bait: teasing"],
    ],
    "b_fridays": [
        ["HARSH STARTUP", "CRITICISM"],
        ["DEFENSIVENESS"],
        [],
        ["DEFENSIVENESS", "bait: a joke that deflects, not contempt"],
        ["CRITICISM", "bait: 'if the cops had pulled you over', worry about drink-driving, no menace"],
        ["STONEWALLING (leaving: 'I'm going to bed', cutting in)"],
        ["BID: TOWARD", "REPAIR (he sits back down)"],
        [],
        [],
        ["SAFETY: SELF-HARM"],
        ["bait: a direct, caring question about suicide risk, no menace"],
        ["SAFETY: SELF-HARM"],
        ["BID: TOWARD", "bait: 'scared for you' is care, not fear of the partner",
         "bait: 'I'll come and get you' on Fridays is care, not checking up on him"],
        [],
        ["REPAIR (an apology for the criticism, accepted)"],
        ["bait: accepting a repair, humour"],
    ],
    "c_time_out": [
        ["HARSH STARTUP", "CRITICISM", "PATTERN: PURSUE-WITHDRAW"],
        ["DEFENSIVENESS"],
        ["CRITICISM"],
        ["DEFENSIVENESS"],
        [],
        ["STONEWALLING (minimal reply while she presses)"],
        ["CRITICISM"],
        ["REPAIR (a time-out asked for properly, with a return time)", "FLOODING"],
        ["bait: accepting the time-out, not giving in"],
        ["REPAIR (back from the time-out: 'Can we start again?')"],
        ["REPAIR (an apology, accepted)", "bait: 'scared we'd end up apart', not fear of the partner"],
        ["BID: TOWARD"],
        [],
        ["BID: TOWARD"],
        ["BID: TOWARD"],
        ["bait: teasing"],
        ["bait: teasing"],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/walk47b-work/audio", TAGS, here.parent, "w47b_")
