"""A partner's raised line given to the other voice goes back when the whole sentence is heard at one
pitch and loudness (diarization.sentences), on real synthesised speech; calm lines stay where they are."""

from __future__ import annotations

import subprocess

import numpy as np

from talktogether_desktop.diarization import sentences
from talktogether_desktop.diarization.pitch import PitchTrack
from talktogether_desktop.diarization.vad import FRAME_S

from .synth import RATE, read_wav, spread_words, synth, write_wav

LINES = [
    ("A", "They had the music on until two again last night."),
    ("B", "I heard it too, and I could not sleep either."),
    ("A", "I think one of us should go over and talk to them."),
    ("B", "I went over last time, remember? It is your turn now."),
    ("A", "You went once in June and came back saying they were lovely."),
    ("B", "They turned it down straight away when I asked them."),  # raised below
    ("A", "For one night, and then it started all over again."),
    ("B", "I would like us to go together so it is not a fight."),
    ("A", "Together is better. Tomorrow evening, before they start."),
    ("B", "And if it does not help, we write to the landlord."),
]
RAISED = 5
GAP_S = 0.6


def _raised(x: np.ndarray, workdir) -> np.ndarray:
    """The line said louder, higher and faster (sox: +3.5 semitones, 12% faster, +5 dB)."""
    src, dst = workdir / "calm.wav", workdir / "raised.wav"
    write_wav(src, x)
    subprocess.run(["sox", str(src), str(dst), "pitch", "350", "tempo", "1.12", "gain", "5"], check=True,
                   capture_output=True)
    return read_wav(dst)


def _conversation(workdir):
    voice = {"A": "slt", "B": "en_f"}  # two women
    words, spans, t = [], [], 0.3
    audio = [np.zeros(int(0.3 * RATE), np.float32)]
    for i, (who, text) in enumerate(LINES):
        x = synth(voice[who], text, workdir)
        if i == RAISED:
            x = _raised(x, workdir)
        end = t + len(x) / RATE
        line_words = spread_words(text, t, end, who)
        line_words[-1]["word"] += "."
        words += line_words
        spans.append((who, int(round(t / FRAME_S)), int(round(end / FRAME_S))))
        audio += [x.astype(np.float32), np.zeros(int(GAP_S * RATE), np.float32)]
        t = end + GAP_S
    samples = np.concatenate(audio)
    return samples, words, spans


def test_a_raised_line_given_to_the_other_voice_goes_back(synth_dir):
    samples, words, spans = _conversation(synth_dir)
    total = int(np.ceil(len(samples) / RATE / FRAME_S))
    labels = np.full(total, -1)
    for i, (who, a, b) in enumerate(spans):
        # the windows heard the raised line nearer the other partner: it was given to A
        labels[a:b] = 0 if (who == "A" or i == RAISED) else 1
    conf = np.where(labels >= 0, 0.7, 0.0)
    gain = 0.1 / max(1e-6, float(np.sqrt(np.mean(samples ** 2))))
    out, out_conf = sentences.rejudge_sentences(words, labels, conf, samples, gain, PitchTrack(samples, total))
    for i, (who, a, b) in enumerate(spans):
        # (inside the line's words: spread_words leaves 20 ms at each end)
        assert set(out[a + 3 : b - 3].tolist()) == {0 if who == "A" else 1}, (i, LINES[i][1])
    assert (out_conf[spans[RAISED][1] + 3 : spans[RAISED][2] - 3] > 0.5).all()


def test_a_sentence_is_three_words_over_a_second_or_more():
    words = [{"start": 0.0, "end": 0.3, "word": "Yeah."},
             {"start": 1.0, "end": 1.3, "word": "No"}, {"start": 1.3, "end": 1.5, "word": "I"},
             {"start": 1.5, "end": 2.4, "word": "did."}]
    # "Yeah." is one word; "No I did." is three words over 1.4 s: a sentence
    assert sentences.sentence_spans(words, 300) == [(100, 240)]


def test_a_short_cut_in_heard_as_the_end_of_the_other_turn_goes_to_its_speaker(synth_dir):
    """B's first short sentence right after A's line (under 1 s, too short to be judged as a sentence of
    its own) was given to A by the windows; as the tail of A's talk, followed at once by B, it is judged."""
    samples, words, spans = _conversation(synth_dir)
    cut_in = synth("en_f", "Not at all.", synth_dir)  # B's voice, 0.6-1 s
    assert 0.6 <= len(cut_in) / RATE < 1.0
    at = spans[6][2] * FRAME_S + 0.2  # after A's "For one night, ..."; B's next line moves on by the cut-in
    start = int(at * RATE)
    shift = len(cut_in)  # B's next line follows 0.4 s after it
    samples = np.concatenate([samples[:start], cut_in, samples[start:]])
    words = [dict(w, start=w["start"] + shift / RATE * (w["start"] >= at), end=w["end"] + shift / RATE * (w["start"] >= at))
             for w in words]
    tail = spread_words("Not at all.", at, at + len(cut_in) / RATE, "B")
    tail[-1]["word"] += "."
    words = sorted(words + tail, key=lambda w: w["start"])
    total = int(np.ceil(len(samples) / RATE / FRAME_S))
    labels = np.full(total, -1)
    moved = int(round(shift / RATE / FRAME_S))
    for i, (who, a, b) in enumerate(spans):
        a, b = (a, b) if i <= 6 else (a + moved, b + moved)
        labels[a:b] = 0 if who == "A" else 1
    ta, tb = int(round(at / FRAME_S)), int(round((at + len(cut_in) / RATE) / FRAME_S))
    labels[ta:tb] = 0  # the cut-in given to A, whose line it follows
    conf = np.where(labels >= 0, 0.7, 0.0)
    gain = 0.1 / max(1e-6, float(np.sqrt(np.mean(samples ** 2))))
    out, _ = sentences.rejudge_sentences(words, labels, conf, samples, gain, PitchTrack(samples, total))
    assert set(out[ta + 3 : tb - 3].tolist()) == {1}
    found = sentences.tail_spans(words, labels)
    assert len(found) == 1 and ta <= found[0][0] < found[0][1] <= tb
    for i, (who, a, b) in enumerate(spans):  # every whole line stays with its speaker
        a, b = (a, b) if i <= 6 else (a + moved, b + moved)
        assert set(out[a + 3 : b - 3].tolist()) == {0 if who == "A" else 1}, (i, LINES[i][1])


def test_a_full_stop_on_a_word_timed_at_zero_length_still_ends_the_sentence():
    """"...way too high." (the last word timed at zero length where the other voice comes straight in) /
    "I let it slide.": two sentences, so the second can be judged on its own."""
    words = [{"start": 0.0, "end": 0.4, "word": "It"}, {"start": 0.4, "end": 0.8, "word": "got"},
             {"start": 0.8, "end": 1.2, "word": "way"}, {"start": 1.2, "end": 1.3, "word": "too"},
             {"start": 1.3, "end": 1.3, "word": "high."},
             {"start": 1.3, "end": 1.6, "word": "I"}, {"start": 1.6, "end": 1.9, "word": "let"},
             {"start": 1.9, "end": 2.1, "word": "it"}, {"start": 2.1, "end": 2.6, "word": "slide."}]
    assert sentences.sentence_spans(sentences.in_time(reversed(words)), 300) == [(0, 130), (130, 260)]


def test_a_cut_in_heard_inside_the_sentence_it_cut_into_goes_to_its_speaker(synth_dir):
    """B cuts into A's unfinished line with no pause ("... and then it started all over" / "They were lovely."),
    the recogniser runs both into one sentence with no full stop between, and the windows give B's first words
    to A, whose sentence they end. Judged as the head of B's turn (sentences.cut_in_heads), they go to B; the
    whole-sentence and tail rules alone leave them with A. A's own words before them stay with A."""
    samples, words, spans = _conversation(synth_dir)
    cut_in = synth("en_f", "They were lovely.", synth_dir)  # B's voice
    head_s = len(cut_in) / RATE
    assert 0.4 <= head_s < 1.5
    line = 6  # A's "For one night, and then it started all over again."
    at = spans[line][2] * FRAME_S  # B comes in as A stops, no pause between
    start = int(at * RATE)
    # B's next line follows 0.4 s after the cut-in (0.2 s of the 0.6 s pause after A's line taken out)
    samples = np.concatenate([samples[:start], cut_in, samples[start + int(0.2 * RATE):]])
    shift = head_s - 0.2
    words = [dict(w, start=w["start"] + shift * (w["start"] >= at), end=w["end"] + shift * (w["start"] >= at))
             for w in words]
    for w in words:  # A's line runs on into the cut-in: no full stop between them
        if w["start"] < at and w["end"] > at - 0.6 and w["word"].endswith("."):
            w["word"] = w["word"][:-1]
    head = spread_words("They were lovely.", at, at + head_s, "B")
    head[-1]["word"] += "."
    words = sorted(words + head, key=lambda w: w["start"])
    total = int(np.ceil(len(samples) / RATE / FRAME_S))
    labels = np.full(total, -1)
    moved = int(round(shift / FRAME_S))
    for i, (who, a, b) in enumerate(spans):
        a, b = (a, b) if i <= line else (a + moved, b + moved)
        labels[a:b] = 0 if who == "A" else 1
    ta, tb = int(round(at / FRAME_S)), int(round((at + head_s) / FRAME_S))
    labels[ta:tb] = 0  # B's first words given to A, whose sentence they end
    conf = np.where(labels >= 0, 0.7, 0.0)
    gain = 0.1 / max(1e-6, float(np.sqrt(np.mean(samples ** 2))))
    assert not any(a <= ta + 3 and b >= tb - 3 for a, b in sentences.tail_spans(words, labels))  # no tail holds it
    out, _ = sentences.rejudge_sentences(words, labels, conf, samples, gain, PitchTrack(samples, total))
    assert set(out[ta + 3 : tb - 3].tolist()) == {1}
    for i, (who, a, b) in enumerate(spans):  # every whole line stays with its speaker
        a, b = (a, b) if i <= line else (a + moved, b + moved)
        assert set(out[a + 3 : b - 3].tolist()) == {0 if who == "A" else 1}, (i, LINES[i][1])
