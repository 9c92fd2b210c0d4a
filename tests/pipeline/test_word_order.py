"""Round 37: every face prints a line's words in one order, the order they were said in (walk37i c2 00:00:
`recording show` printed "…on the phone to your May, when number full time" where the PDF and the analysis had
"…the hospital May, when when they told us…": the recogniser heard 3.2-4.2 s again as a segment of its own, stored
after the segment around it, and `recording show` went by the stored order)."""

from __future__ import annotations

from talktogether_desktop.analysis import analyze
from talktogether_desktop.pipeline import ops_recordings, ops_transcript
from talktogether_desktop.storage import couples, speakers, transcripts
from talktogether_desktop.storage.settings import load_settings

from .test_speaker_unsure import _wav

FIRST = [(0.41, 0.87, "I"), (0.87, 1.08, "want"), (1.29, 1.53, "to"), (1.53, 1.83, "talk"), (1.83, 2.12, "about"),
         (2.33, 2.77, "the"), (2.77, 3.15, "hospital"), (4.27, 4.39, "when"), (4.39, 4.67, "they"),
         (4.67, 5.03, "told"), (5.03, 5.29, "us.")]
AGAIN = [(3.15, 3.43, "day,"), (3.85, 4.15, "then")]  # the gap inside the first segment, heard again
SAID = "I want to talk about the hospital day, then when they told us."


def _segment(words):
    ws = [{"start": a, "end": b, "word": w, "probability": 0.9, "speaker": "S1", "speaker_confidence": 1.0}
          for a, b, w in words]
    return {"start": ws[0]["start"], "end": ws[-1]["end"], "text": " ".join(w["word"] for w in ws), "words": ws}


def test_recording_show_the_window_and_the_analysis_give_a_line_its_words_in_time_order(isolated_home, cli):
    from talktogether_desktop.storage.vault import create_vault
    from talktogether_desktop.ui.recording_data import recording_page
    from tt_testing import PASSPHRASE

    vault, _ = create_vault(isolated_home, PASSPHRASE)
    try:
        cid = couples.add_couple(vault, "Test couple", ["Ana", "Ben"])
        couples.record_consent(vault, cid)
        ana = couples.get_couple(vault, cid)["partners"][0]["id"]
        rid = ops_recordings.import_audio(vault, load_settings(vault), cid, _wav(), original_name="talk.wav").id
        transcripts.save_transcript(vault, rid, {"duration_s": 6.0, "model": "tiny.en", "language": "en",
                                                 "segments": [_segment(FIRST), _segment(AGAIN)]})
        speakers.set_speaker(vault, rid, "S1", partner_id=ana)
        window = [line["text"] for line in recording_page(vault, rid)["lines"]]
        turns = analyze(ops_transcript.corrected_words(vault, rid), names={"S1": "Ana"})["turns"]
    finally:
        vault.close()
    assert [t["text"] for t in turns] == [SAID]  # what the report quotes
    assert window == [SAID]
    shown = cli("recording", "show", str(rid))
    assert shown.returncode == 0, shown.stderr
    assert f"[00:00] Ana: {SAID}\n" in shown.stdout, shown.stdout
