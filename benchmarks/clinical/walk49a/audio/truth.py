"""Write ../w49a_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 49: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Written and labelled before any
rule or lexicon was read and before the app's output was seen.

    python benchmarks/clinical/walk49a/audio/truth.py /tmp/walk49a-work/audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

TAGS = {
    "a_sister": [
        [],
        ["SAFETY: COERCION (isolation)"],
        ["bait: a mild protest for her sister, not defensiveness or criticism"],
        ["SAFETY: COERCION (isolation)"],
        [],
        ["SAFETY: COERCION (isolation)", "SAFETY: COERCION (monitoring)"],
        [],
        ["SAFETY: COERCION (monitoring)"],
        [],
        ["SAFETY: COERCION (isolation)"],
        ["BID: AGAINST"],
        ["SAFETY: COERCION (isolation)", "NOT BID"],
        ["NOT REPAIR"],
        ["SAFETY: COERCION (monitoring)", "SAFETY: COERCION (isolation)"],
        ["bait: a boundary said plainly (her one protest), not criticism or defensiveness"],
        ["SAFETY: COERCION (isolation)", "NOT REPAIR"],
        ["NOT REPAIR"],
        ["SAFETY: COERCION (isolation)"],
        [],
    ],
    "b_affair": [
        [],
        [],
        ["HARSH STARTUP", "CRITICISM", "CONTEMPT (sarcasm: 'You'll listen. Grand.')"],
        ["DEFENSIVENESS (minimising: 'it meant nothing')"],
        ["CONTEMPT (mocking his 'it meant nothing')"],
        ["DEFENSIVENESS"],
        ["CRITICISM"],
        ["REPAIR (misses: not accepted)"],
        ["CONTEMPT (scorn: 'You're unbelievable')"],
        ["FLOODING", "REPAIR (a break asked for: honoured)", "BID: TOWARD",
         "bait: 'my heart is going like the clappers' is flooding, not fear of the partner or violence"],
        ["bait: honouring the break, turning toward; not stonewalling"],
        ["REPAIR (she comes back after the break: accepted)"],
        ["BID: TOWARD"],
        ["bait: a brief go-ahead, not stonewalling"],
        ["REPAIR (lands: accepted)"],
        ["bait: the repair received, not criticism"],
        ["bait: owning it, not defensiveness"],
        ["BID: TOWARD"],
        [],
    ],
    "c_reflect": [
        [],
        ["bait: a brief, willing start from a quiet partner, not stonewalling"],
        ["BID: TOWARD", "bait: a complaint that is a need (their Sunday mornings), not criticism"],
        ["bait: a reflection (the practice done well), not criticism"],
        ["BID: TOWARD", "bait: brief, warm and engaged; not stonewalling"],
        ["bait: a reflection (the practice done well), turning toward"],
        ["bait: a short reply from a quiet partner, engaged; not stonewalling"],
        ["BID: TOWARD", "bait: a soft start-up (her worry, 'I don't know if...'), not criticism"],
        ["bait: his reflection, brief and accurate; not stonewalling"],
        [],
        ["bait: asking for the floor, not stonewalling"],
        [],
        ["bait: explaining his quiet (temperament), not defensiveness or stonewalling"],
        ["CRITICISM (mild: she answers instead of reflecting, a cut-in)"],
        ["REPAIR (a gentle reminder of the practice: accepted)"],
        ["REPAIR (accepted: she apologises and reflects)"],
        [],
        ["BID: TOWARD"],
        ["bait: turning toward"],
        ["bait: 'we did the needful' is an idiom, not an order"],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/walk49a-work/audio", TAGS, here.parent, "w49a_")
