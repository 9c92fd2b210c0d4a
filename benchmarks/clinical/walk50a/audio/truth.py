"""Write ../w50a_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 50: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Written and labelled before any
rule, lexicon or test was read and before the app's output was seen.

    python benchmarks/clinical/walk50a/audio/truth.py /tmp/walk50a-work/audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

TAGS = {
    "a_phone": [
        [],
        ["SAFETY: COERCION (monitoring)"],
        ["SAFETY: COERCION (monitoring)"],  # told flatly: he is checked on
        ["SAFETY: COERCION (monitoring)", "NOT BID"],
        ["SAFETY: COERCION (monitoring)"],
        ["SAFETY: COERCION (monitoring)", "NOT BID"],
        [],
        ["SAFETY: COERCION (monitoring)", "CONTEMPT (sarcastic disbelief: 'Aye, right')"],
        ["SAFETY: COERCION (monitoring)"],
        ["SAFETY: COERCION (blaming)", "SAFETY: COERCION (monitoring)"],
        ["bait: a calm refusal (a boundary), not stonewalling, defensiveness or contempt"],
        ["NOT REPAIR", "NOT BID"],
        ["SAFETY: FEAR OF PARTNER"],
        ["DEFENSIVENESS", "SAFETY: COERCION (blaming)", "NOT VIOLENCE"],  # denying, minimising his fear
        ["SAFETY: FEAR OF PARTNER"],
        ["SAFETY: COERCION (monitoring)", "NOT REPAIR"],
        ["bait: a non-committal answer (a boundary kept), not stonewalling"],
        ["NOT BID"],
        ["bait: taking it to the therapist, not stonewalling"],
    ],
    "b_flare": [
        [],
        ["bait: a brief go-ahead from a partner in a pain flare, not stonewalling"],
        ["HARSH STARTUP", "CRITICISM"],
        ["REPAIR (an apology, cut off: not taken up)", "bait: explaining the pain, not defensiveness"],
        ["CRITICISM"],
        ["bait: fatigue in a pain flare, not stonewalling"],
        ["REPAIR (accepted)", "bait: 'it's not your fault' is a repair, not blaming"],
        ["bait: accepting the repair, not stonewalling"],
        ["REPAIR (starting over softly)", "BID: TOWARD", "bait: a need said softly, not criticism"],
        ["bait: turning toward with a plan"],
        ["bait: 'there's tidy' is warm Welsh praise, not sarcasm or contempt"],
        ["BID: AWAY"],
        [],
        ["bait: a short answer, not stonewalling"],
        ["BID: TOWARD"],
        ["bait: turning toward, a brief answer in pain; not stonewalling"],
        ["bait: warm, not sarcasm"],
        ["BID: TOWARD", "bait: asking to lie down (fatigue, pain), not stonewalling or withdrawal"],
        ["bait: turning toward; affection"],
        [],
    ],
    "c_softstart": [
        [],
        [],
        ["BID: TOWARD", "bait: a soft start-up (I feel... about... I need...), not criticism"],
        ["bait: a warm reply taking it up, not defensiveness"],
        [],
        ["bait: affectionate 'you always', not criticism"],
        ["bait: affectionate 'you always', not criticism"],
        [],
        [],
        ["BID: TOWARD", "bait: a soft start-up, not criticism"],
        ["bait: an eager yes over the end of his line (cooperative overlap), not an interruption or criticism"],
        ["bait: 'killing me' is an idiom, not violence or self-harm; her own avoidance owned, not financial control"],
        ["bait: thanks, turning toward"],
        ["bait: 'oh shoot' is a mild oath, not violence"],
        [],
        [],
        ["BID: TOWARD"],
        ["bait: turning toward"],
        [],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/walk50a-work/audio", TAGS, here.parent, "w50a_")
