"""Write ../w50b_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 50: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Written and labelled before any
rule, lexicon or test was read and before the app's output was seen.

    python benchmarks/clinical/walk50b/audio/truth.py /tmp/walk50b-work/audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

TAGS = {
    "d_inlaws": [
        [],
        [],
        ["PATTERN: PURSUE-WITHDRAW", "BID: AWAY"],
        ["DEFENSIVENESS (deflects: 'She's my mother')"],
        [],
        ["DEFENSIVENESS (counter-complaint: her sister's four months)"],
        ["DEFENSIVENESS ('That is not the same thing')"],
        ["STONEWALLING (one-word reply)"],
        ["BID: AWAY"],
        ["STONEWALLING (one-word reply, after a long gap)"],
        ["CRITICISM ('Every time … you become a wall')", "BID: AWAY"],
        ["STONEWALLING (5 s silence, then 'Hmm.')"],
        ["CONTEMPT (mockery, name-calling: 'a grown man … like a small boy')"],
        ["DEFENSIVENESS (counter-complaint)", "CRITICISM ('You are always complaining')"],
        ["DEFENSIVENESS ('I'm not complaining')", "BID: AWAY"],
        ["STONEWALLING (leaving: 'I'm going for a walk')", "NOT REPAIR"],
        ["BID: AWAY"],
        ["STONEWALLING (leaving with no time to come back)", "NOT REPAIR"],
    ],
    "e_chores": [
        ["HARSH STARTUP", "CRITICISM"],
        ["DEFENSIVENESS (excuse)"],
        ["CRITICISM"],
        ["DEFENSIVENESS (counter-complaint, a cut-in)"],
        [],
        ["SAFETY: SELF-HARM", "DEFENSIVENESS"],
        ["REPAIR (she stops the fight to attend to what she heard: accepted)",
         "bait: quoting the self-harm words back with care (quoted speech), not a new safety line"],
        [],
        ["BID: TOWARD", "bait: asking directly about self-harm with care; not a threat, not violence, not criticism"],
        ["BID: TOWARD"],
        ["REPAIR (accepted)"],
        [],
        ["bait: care and a plan ('you hear me?' is tender), not a threat or an order"],
        ["bait: agreeing warmly, not stonewalling"],
        ["bait: a light plan after the repair, not criticism"],
        ["bait: teasing (humour), not contempt"],
    ],
    "f_timeout": [
        ["bait: setting up the practice; 'too hot' is an idiom, not flooding or violence"],
        [],
        ["bait: a specific complaint (the transmission, the light bill), not criticism, nor one partner ruling the money"],
        ["DEFENSIVENESS"],
        ["CRITICISM"],
        ["DEFENSIVENESS (a cut-in)"],
        ["CONTEMPT (sarcasm: 'Bless your heart, you must think I was born yesterday')"],
        ["FLOODING", "REPAIR (a break asked for with a time: honoured)",
         "bait: 'my chest is pounding' is flooding, not violence or fear of the partner; not stonewalling"],
        ["bait: honouring the break, not stonewalling"],
        ["CRITICISM (mild: she keeps arguing as the break starts)"],
        ["REPAIR (holds the break: accepted)", "bait: holding the agreed time-out; not stonewalling, not a threat"],
        ["REPAIR (accepted)"],
        ["REPAIR (the return from the break: accepted)"],
        ["BID: TOWARD"],
        ["REPAIR (accepted)"],
        ["REPAIR (accepted)", "bait: naming her own 'bless your heart' to apologise, not contempt"],
        ["BID: TOWARD", "bait: gentle teasing that accepts the apology, not contempt"],
        ["bait: a shared plan, not an order"],
        ["bait: a mutual spending agreement, not one partner ruling the money"],
        ["bait: agreeing, not stonewalling"],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/walk50b-work/audio", TAGS, here.parent, "w50b_")
