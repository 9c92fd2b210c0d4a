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
