"""Walk-through 40m (tool finding): `transcript correct --line` over 01:12-01:20, next to the line corrected just before
(01:02-01:12, "…that I stopped noticing."), took that line's last word too: "stopped noticing." became "stopped
Could…", and the command said only "It replaced Tom's “noticing. we take…”". A line's cut-edge word is taken in only
when the machine heard it; a word the therapist corrected is never taken from beyond the window, and a window that
does hold corrected words says so."""

from talktogether_desktop.pipeline import ops_transcript
from talktogether_desktop.storage import transcripts
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import create_vault
from tt_overlap import ana_and_ben
from tt_testing import PASSPHRASE

# Ben (S2) alone: "so I stop noticing that we take three nights", as the recogniser heard it
HEARD = [("so", 1.0, 1.3), ("I", 1.3, 1.5), ("stop", 1.5, 1.8), ("noticing", 1.8, 2.3), ("that", 2.3, 2.7),
         ("we", 2.7, 2.9), ("take", 2.9, 3.2), ("three", 3.2, 3.6), ("nights", 3.6, 4.0)]
FIRST = "so I stopped noticing."
SECOND = "Could we pick three nights"


def _bens_line(vault) -> int:
    rec_id = ana_and_ben(vault, overlap=False)
    words = [{"start": s, "end": e, "word": w, "probability": 0.9, "speaker": "S2", "speaker_confidence": 0.9}
             for w, s, e in HEARD]
    transcripts.save_transcript(vault, rec_id, {"duration_s": 6.0, "model": "tiny.en", "language": "en", "segments": [
        {"start": 1.0, "end": 4.0, "text": "", "words": words}]})
    # its end cuts the machine's "that" (2.3-2.7): that word goes with the line, so the line ends at 2.7
    ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "line", 1.0, 2.45, text=FIRST,
                                      speaker="S2", rerun_analysis=False)
    return rec_id


def _said(vault, rec_id) -> str:
    return " ".join(w["word"] for w in ops_transcript.corrected_words(vault, rec_id))


def test_a_line_next_to_a_corrected_line_leaves_the_corrected_words_alone(vault):
    rec_id = _bens_line(vault)
    assert _said(vault, rec_id) == "so I stopped noticing. we take three nights"
    made = ops_transcript.correct_transcript(vault, load_settings(vault), rec_id, "line", 2.45, 4.0, text=SECOND,
                                             speaker="S2", rerun_analysis=False)
    assert _said(vault, rec_id) == f"{FIRST} {SECOND}"
    assert made["start"] >= 2.45 and "noticing." not in " ".join(r["text"] for r in made["replaced"])
    assert made["corrected_words_replaced"] is False


def test_a_line_whose_window_holds_words_corrected_before_says_so(isolated_home, cli):
    vault, _ = create_vault(isolated_home, PASSPHRASE)
    try:
        rec_id = _bens_line(vault)
    finally:
        vault.close()
    done = cli("transcript", "correct", str(rec_id), "--start", "2.0", "--end", "4.0", "--line", "--text",
               "noticing. Could we pick three nights", "--speaker", "S2")
    assert done.returncode == 0, done.stderr
    assert "Among them were words corrected before: Ben's “noticing.”" in done.stdout, done.stdout
    quiet = cli("transcript", "correct", str(rec_id), "--start", "4.5", "--end", "4.9", "--line", "--text", "please",
                "--speaker", "S2")
    assert quiet.returncode == 0 and "corrected before" not in quiet.stdout, quiet.stdout
