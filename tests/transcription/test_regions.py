"""Speech regions, decode groups and the holes no word covers (pure functions, no model)."""

from talktogether_desktop.transcription import formats, regions


def test_groups_stay_short_break_at_long_pauses_and_never_overlap():
    spans = [(0.5, 4.0), (4.3, 9.0), (9.2, 15.0), (15.3, 22.0), (26.0, 28.0)]
    groups = regions.decode_groups(spans, max_s=12.0, break_s=2.0, pad_s=0.8)
    assert len(groups) == 4  # 0.5-9.0 | 9.2-15.0 | 15.3-22.0 | 26.0-28.0 (a 4 s pause breaks)
    assert all(b - a <= 12.0 + 1.6 for a, b in groups)
    assert all(g1[1] <= g2[0] for g1, g2 in zip(groups, groups[1:]))
    assert groups[0][0] == 0.0 and groups[-1] == (25.2, 28.8)
    for a, b in spans:  # every region lies inside one group
        assert any(ga <= a and b <= gb for ga, gb in groups)


def test_holes_are_speech_without_words():
    spans = [(1.0, 6.0), (8.0, 9.0)]
    words = [{"start": 1.2, "end": 1.6}, {"start": 1.7, "end": 2.2}, {"start": 4.6, "end": 5.0}]
    # 1.2-2.2 and 4.6-5.0 heard; 2.35-4.45 speech with no word; the second region has none at all
    assert regions.holes(spans, words, min_s=0.6) == [(2.35, 4.45), (5.15, 5.9), (8.1, 8.9)]
    assert regions.holes(spans, words, min_s=1.0) == [(2.35, 4.45)]
    assert regions.words_inside(words, (2.0, 5.0)) == [words[2]]


def test_transcript_text_marks_unrecognised_speech_in_time_order():
    transcript = {"segments": [{"start": 0.5, "end": 1.5, "text": "Hello.", "words": []},
                               {"start": 4.0, "end": 5.0, "text": "Okay.", "words": []}],
                  "unrecognised_speech": [{"start": 2.0, "end": 3.25}]}
    assert formats.render(transcript, "txt") == "Hello.\n[speech here, no words recognised]\nOkay.\n"
    assert "00:00:02,000 --> 00:00:03,250\n[speech here, no words recognised]" in formats.render(transcript, "srt")
    assert formats.unrecognised_note({"start": 2.0, "end": 3.25}) == "(speech here, no words recognised, 00:02–00:03)"


def test_a_span_within_one_second_is_shown_at_its_time_not_as_a_range():
    """A walk-through saw "(speech here, no words recognised, 00:40–00:40)"."""
    assert formats.unrecognised_note({"start": 39.83, "end": 40.29}) == "(speech here, no words recognised, at 00:40)"



def test_a_block_read_at_two_thresholds_is_read_by_silero_once(tmp_path, monkeypatch):
    """The holes' regions (threshold 0.35) and whisper's own VAD filter (0.5) read the same block: the network runs
    over it once, and each threshold still gets the regions a reading of its own gives."""
    import os

    import numpy as np
    from faster_whisper import transcribe as whisper_transcribe, vad
    from faster_whisper.utils import get_assets_path

    from talktogether_desktop.audio import decode_mono_16k
    from talktogether_desktop.transcription.engine import HOLE_VAD_THRESHOLD, VAD_PARAMETERS
    from tt_speech import speak

    samples = decode_mono_16k(speak("I am sorry. Can we start over?", tmp_path / "sorry.wav").read_bytes())
    block = np.concatenate([np.zeros(8000, np.float32), samples, np.zeros(16000, np.float32), samples])
    quieter = dict(VAD_PARAMETERS, threshold=HOLE_VAD_THRESHOLD)
    reads = []
    real_call = vad.SileroVADModel.__call__
    monkeypatch.setattr(vad.SileroVADModel, "__call__",
                        lambda self, audio, *a, **k: reads.append(len(audio)) or real_call(self, audio, *a, **k))
    quiet = regions.speech_regions(block, quieter)
    loud = whisper_transcribe.get_speech_timestamps(block, vad.VadOptions(**VAD_PARAMETERS))  # the VAD filter's call
    assert len(reads) == 1 and len(quiet) >= 2 and loud
    regions.speech_regions(np.concatenate([samples, np.zeros(8000, np.float32)]), VAD_PARAMETERS)
    assert len(reads) == 2  # other samples: read afresh
    # each threshold's regions are those of a reading of its own
    own = vad.SileroVADModel(os.path.join(get_assets_path(), "silero_vad_v6.onnx"))
    monkeypatch.setattr(vad, "get_vad_model", lambda: own)
    assert regions.speech_regions(block, quieter) == quiet
    assert whisper_transcribe.get_speech_timestamps(block, vad.VadOptions(**VAD_PARAMETERS)) == loud
