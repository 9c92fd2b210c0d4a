"""Write ../w46a_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 46: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Written and labelled before any
rule or lexicon was read and before the app's output was seen.

    python benchmarks/clinical/walk46a/audio/truth.py /tmp/walk46a-work/audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

TAGS = {
    "a_mother": [
        [],
        ["BID: TOWARD"],
        ["bait: a reflection in a speaker-listener practice (turning toward), not criticism"],
        [],
        ["BID: AGAINST", "bait: 'scared' of losing their space, not fear of the partner"],
        ["DEFENSIVENESS"],
        ["bait: a gentle reminder of the practice's rule, not criticism"],
        ["DEFENSIVENESS"],
        ["bait: correcting a reflection in the practice, not defensiveness"],
        ["REPAIR (a reflection that lands, after his defensiveness)",
         "bait: 'frightened' restated from her, not fear of the partner"],
        ["bait: accepting a repair, appreciation"],
        ["BID: TOWARD"],
        ["BID: TOWARD", "bait: a reflection, then a request"],
        [],
        ["BID: TOWARD"],
        [],
    ],
    "b_satnav": [
        [],
        [],
        [],
        ["bait: 'my own personal satnav', a joke about the checking, not contempt"],
        ["bait: worry framed as care (the checker's account)"],
        ["bait: a complaint told lightly"],
        ["SAFETY: COERCION (monitoring)"],
        ["bait: 'nobody was kidnapping me' is a joke, not violence"],
        ["NOT BID (the checker's reassurance of himself)"],
        ["SAFETY: FEAR OF PARTNER", "NOT BID"],
        ["DEFENSIVENESS", "NOT REPAIR (his fear brushed aside as worry)"],
        ["BID: TOWARD"],
        ["bait: 'you'd need a satnav to find the fridge', teasing only, not contempt"],
        ["bait: teasing back, 'cheeky man'"],
        [],
    ],
    "c_garden": [
        [],
        [],
        ["PATTERN: PURSUE-WITHDRAW", "CRITICISM"],
        ["DEFENSIVENESS"],
        ["CRITICISM"],
        ["CONTEMPT (mockery: mimics him)", "CRITICISM"],
        ["DEFENSIVENESS"],
        ["FLOODING", "bait: flooding said in words, not fear of the partner"],
        ["BID: AWAY"],
        [],
        [],
        ["REPAIR (humour, accepted)"],
        ["bait: accepting a repair, affection"],
        ["BID: TOWARD"],
        [],
        ["BID: TOWARD"],
        ["bait: teasing"],
        ["bait: teasing"],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/walk46a-work/audio", TAGS, here.parent, "w46a_")
