"""Write ../w45b_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 45: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Labelled before any rule or
lexicon was read and before the app's output was seen.

    python benchmarks/clinical/walk45b/audio/truth.py /tmp/w45b-audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

TAGS = {
    "a_rota_swap": [
        [],
        [],
        ["BID: TOWARD", "bait: an appreciation ('You did not even tell me'), not criticism"],
        [],
        [],
        ["BID: AWAY", "bait: an appreciation ('even though you had only got in at two'), not criticism"],
        ["bait: brushing off thanks out of modesty ('it was nothing'), not contempt or stonewalling"],
        ["bait: a gentle nudge back to the practice, not criticism or defensiveness"],
        [],
        [],
        ["CRITICISM"],
        [],
        ["DEFENSIVENESS"],
        ["REPAIR (accepted)"],
        ["REPAIR (accepted)"],
        ["BID: TOWARD"],
        [],
    ],
    "b_weekly_float": [
        [],
        [],
        ["SAFETY: COERCION (financial)", "NOT BID"],
        ["SAFETY: COERCION (financial)", "SAFETY: COERCION (monitoring)"],
        ["SAFETY: COERCION (monitoring)", "NOT BID"],
        ["SAFETY: COERCION (financial)", "CRITICISM"],
        ["BID: AGAINST"],
        ["SAFETY: COERCION (isolation)"],
        ["SAFETY: COERCION (isolation)", "APPEASEMENT (after control: a possible fear response)", "NOT REPAIR"],
        ["SAFETY: COERCION (isolation)"],
        ["APPEASEMENT (after control: a possible fear response)", "NOT REPAIR"],
        ["SAFETY: COERCION (isolation)", "NOT REPAIR"],
        ["SAFETY: SELF-HARM", "BID: AWAY"],
        [],
        [],
        ["SAFETY: COERCION (monitoring)", "SAFETY: COERCION (financial)"],
        ["APPEASEMENT (after control: a possible fear response)", "NOT REPAIR"],
    ],
    "c_grade_four": [
        ["HARSH STARTUP", "CRITICISM"],
        ["DEFENSIVENESS"],
        ["CRITICISM", "PATTERN: PURSUE-WITHDRAW"],
        ["STONEWALLING (minimal reply)"],
        [],
        ["STONEWALLING (minimal reply)"],
        ["CRITICISM"],
        ["CRITICISM", "DEFENSIVENESS"],
        ["DEFENSIVENESS", "CONTEMPT (sarcasm)"],
        ["STONEWALLING (withdrawal)"],
        ["REPAIR (missed: met with 'Whatever you want.')"],
        ["STONEWALLING (minimal reply)", "NOT REPAIR"],
        ["BID: AGAINST"],
        [],
        ["STONEWALLING (minimal reply)"],
        ["REPAIR (accepted)", "BID: TOWARD", "bait: 'tired of feeling like the outsider', not self-harm"],
        ["REPAIR (accepted)"],
        ["bait: accepting a repair, not criticism"],
        [],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/w45b-audio", TAGS, here.parent, "w45b_")
