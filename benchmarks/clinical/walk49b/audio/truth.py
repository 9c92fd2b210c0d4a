"""Write ../w49b_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 49: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Written and labelled before any
rule or lexicon was read and before the app's output was seen.

    python benchmarks/clinical/walk49b/audio/truth.py /tmp/walk49b-work/audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

TAGS = {
    "d_debt": [
        ["HARSH STARTUP"],
        ["DEFENSIVENESS (counter-attack: 'so you're opening my mail now?')"],
        ["DEFENSIVENESS"],
        ["DEFENSIVENESS", "CRITICISM", "SAFETY: COERCION (blaming)"],
        ["bait: challenging the blame, not contempt"],
        ["DEFENSIVENESS", "CRITICISM"],
        [],
        ["CRITICISM", "CONTEMPT (eye-roll: 'here we go')"],
        ["BID: AGAINST",
         "bait: 'I'm frightened of this debt' is fear about the money, said before any threat, not fear of the partner"],
        ["SAFETY: THREAT (therapy)"],
        ["APPEASEMENT", "NOT REPAIR"],
        ["NOT REPAIR (a calm after her submission)"],
        ["APPEASEMENT", "NOT REPAIR"],
        ["SAFETY: COERCION (financial)"],
        ["APPEASEMENT", "NOT REPAIR"],
        ["SAFETY: THREAT (therapy) (what to tell the counsellor, dictated right after the threat)", "NOT REPAIR"],
        ["APPEASEMENT"],
        ["NOT REPAIR", "NOT BID", "bait: 'thanks, love' after a threat is not affection, repair or turning toward"],
    ],
    "e_stepson": [
        ["HARSH STARTUP", "CRITICISM", "PATTERN: PURSUE-WITHDRAW (Delroy, the quieter one, pursues this time)"],
        ["STONEWALLING (a 2 s silence, then 'can we not do this now')", "DEFENSIVENESS"],
        ["CRITICISM"],
        ["STONEWALLING (a 3 s silence, then 'fine')"],
        ["BID: AWAY"],
        ["STONEWALLING (a 2 s silence, then a flat non-answer)"],
        ["BID: AGAINST"],
        ["DEFENSIVENESS", "CONTEMPT (insult: 'like a prison warden')"],
        ["bait: his hurt said back ('a prison warden. Wow.'), not contempt"],
        ["REPAIR (lands: accepted)"],
        ["BID: TOWARD", "bait: accepting the repair"],
        ["REPAIR (accepting influence: 'you're right')", "BID: TOWARD",
         "bait: 'I'm scared' is fear of losing his son to his mum, not fear of the partner"],
        ["BID: TOWARD", "bait: 'bwoy' here is an exclamation, not contempt"],
        [],
        ["BID: AGAINST"],
        ["DEFENSIVENESS", "CONTEMPT (sarcasm)"],
        [],
        ["REPAIR (of the bid turned against: lands, 'yes, I'll come')"],
        ["bait: affection; 'you stubborn man' is fond, not contempt"],
    ],
    "f_holiday": [
        [],
        ["bait: 'you'll kill me with these spreadsheets' is an idiom and fond teasing, not violence or contempt"],
        ["bait: teasing back, not contempt"],
        [],
        ["bait: 'I could strangle that travel agent' is an idiom about a third person, not violence"],
        ["bait: 'leave him to me' is not a threat"],
        ["BID: TOWARD", "bait: 'you always find the cheap flights' is appreciation, not criticism"],
        ["bait: humour"],
        ["bait: recalling a film"],
        ["bait: a threat quoted from a film (a warm cut-in finishing her line), not a threat"],
        ["bait: fond teasing, not contempt or criticism"],
        [],
        ["bait: a soft start-up; 'you won't get cross' is not fear of the partner"],
        [],
        ["CRITICISM (small: 'you do that, you decide and then you announce it')", "BID: TOWARD"],
        ["REPAIR (accepting influence: 'that's fair… pole'), not defensiveness"],
        [],
        ["bait: 'you never let me down' is affection, not criticism"],
        ["bait: 'you never let me pay' is affection, not criticism"],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/walk49b-work/audio", TAGS, here.parent, "w49b_")
