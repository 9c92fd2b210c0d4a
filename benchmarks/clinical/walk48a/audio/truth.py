"""Write ../w48a_NAME.truth.json from the rendered lines files (walk40p's render.py, seed 48: NAME.lines) and the labels
below (one list of tags per floor line of the script, backchannels left out, in order). Written and labelled before any
rule or lexicon was read and before the app's output was seen.

    python benchmarks/clinical/walk48a/audio/truth.py /tmp/walk48a-work/audio
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "walk40p" / "audio"))
import truth_rows  # noqa: E402

TAGS = {
    "a_closeness": [
        [],
        ["BID: AWAY", "PATTERN: PURSUE-WITHDRAW"],
        ["STONEWALLING (a 5 s silence, then a short deflecting reply)"],
        ["CRITICISM", "BID: AWAY"],
        ["STONEWALLING (a 6 s silence, then a minimal reply)"],
        ["BID: AWAY"],
        ["STONEWALLING (a 7 s silence, then 'fine', 'whatever': withdrawal)"],
        ["CRITICISM"],
        ["DEFENSIVENESS"],
        ["BID: AWAY", "bait: a complaint turned into a need (soft), not criticism"],
        ["STONEWALLING (leaves the room without saying when he will be back)"],
        ["FLOODING", "REPAIR (he comes back: accepted)", "bait: 'I couldn't breathe' is flooding, not violence or self-harm"],
        ["bait: thanks for coming back, turning toward"],
        ["BID: TOWARD", "bait: 'I feel like I'm failing you' is a vulnerable share, not self-harm or criticism"],
        ["bait: turning toward; 'I thought you'd stopped wanting me' is her fear of losing him, not criticism"],
        [],
        ["BID: TOWARD"],
        [],
    ],
    "b_bank": [
        [],
        ["bait: a soft start-up about Thursday, not criticism"],
        ["BID: AGAINST", "bait: worry said as worry ('I get scared when you're late' is fear for him, not of him), not monitoring"],
        ["DEFENSIVENESS"],
        ["DEFENSIVENESS"],
        ["BID: TOWARD", "REPAIR (de-escalates: accepted, Owen opens up)"],
        ["SAFETY: COERCION (monitoring)"],
        [],
        [],
        ["bait: his hurt at being watched, told by the one it was done to; not criticism or contempt"],
        ["REPAIR (lands: accepted)"],
        ["REPAIR (accepted)"],
        ["BID: TOWARD", "bait: a text when late, asked for and agreed, not monitoring"],
        ["bait: an invitation ('wake me up and ask'), not monitoring or an order"],
        ["BID: TOWARD", "bait: appreciation"],
        ["bait: affectionate teasing ('big softie'), not contempt"],
    ],
    "c_thanks": [
        [],
        ["bait: warm teasing ('the one who likes talking'), not contempt"],
        ["bait: appreciation; 'you never once complained' is affection, not criticism"],
        ["bait: teasing, not a complaint"],
        ["bait: appreciation"],
        ["bait: affection; 'making me cry' is being moved, not hurt"],
        ["BID: AWAY (she deflects the appreciation: 'it was nothing')", "bait: appreciation"],
        ["bait: deflecting an appreciation ('it was nothing') out of modesty, not stonewalling or criticism"],
        ["bait: fond teasing ('always the same thing with you'), not criticism; a warm cut-in"],
        ["bait: appreciation; 'I'd kill for that cup of tea' is an idiom, not violence"],
        ["bait: a joke ('for my own safety'), not fear of the partner"],
        ["bait: appreciation; a grandchild's words quoted ('Grandpa is boring'), not contempt"],
        ["bait: mock outrage ('I am still vexed'), teasing, not contempt"],
        ["BID: TOWARD", "bait: appreciation; 'you never made me feel small' is not criticism"],
        ["bait: an appreciation received"],
        [],
        [],
    ],
}

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    truth_rows.write(sys.argv[1] if len(sys.argv) > 1 else "/tmp/walk48a-work/audio", TAGS, here.parent, "w48a_")
