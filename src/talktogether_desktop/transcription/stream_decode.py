"""How the second listen's larger model hears a stream of joined stretches, and how a model reads a hearing.

`decode_stream` decodes a stream once (no temperature fallback) with the loop guards; `read_through` gives each
text of a hearing the model's probability over the stream's sound (second_listen's judge).
"""

from __future__ import annotations

from typing import List, Optional, Sequence

import numpy as np

from .guards import drop_hallucinations, loops
from .pieces import segment_dict

SAMPLE_RATE = 16000
# The second listen decodes a stream in one run with no fallback. Where base loops over an unclear stretch (one
# phrase again and again) it ran to the decoder's 224 tokens, and whisper then went on in a second window from inside
# the loop, which looped too: on the 30 s AMI clip ami_dev00 two such windows cost 11 s of CPU (plain faster-whisper
# took 3.8 s for the whole file) for words the guards cut and the judge did not take. So a stream window may write
# at most STREAM_TOKENS_PER_S tokens a second of its audio (the development set's fastest line is 5.5 words a second,
# about 9 tokens with punctuation and timestamps), and a window that looped ends the stream.
STREAM_TOKENS_PER_S = 12
STREAM_TOKENS_MIN = 24


def decode_stream(whisper, stream: np.ndarray, options: dict) -> List[dict]:
    """Segment dicts (stream time) of a stream of joined stretches, the loop guards applied (`options`: the decoding
    options, engine.DECODE_OPTIONS among them)."""
    # One decoding, no temperature fallback: sampled re-tries only add unsure words (which are not taken
    # anyway) and cost up to six decodings of the stream.
    seconds = min(len(stream) / SAMPLE_RATE, 30.0)  # a model window at most
    tokens = STREAM_TOKENS_MIN + int(STREAM_TOKENS_PER_S * seconds)
    pieces, _ = whisper.transcribe(stream, word_timestamps=True, vad_filter=False, max_new_tokens=tokens, **dict(options, temperature=0.0))
    segments: List[dict] = []
    window: List[dict] = []  # the segments of the window being read (`seek`: where it starts)
    for piece in pieces:
        if window and window[0]["seek"] != piece.seek:
            window = []
        segment = segment_dict(piece, 0.0)
        segments.append(segment)
        window.append(dict(segment, seek=piece.seek))
        if piece.compression_ratio > options["compression_ratio_threshold"] and loops(window):
            break  # this window looped to its last token: whisper would go on from inside the loop in a new window
    kept, _dropped = drop_hallucinations(segments)
    return kept


READ_TOKENS = 448  # a Whisper decoder's positions: a longer reading would fail the whole transcription


def read_through(whisper, stream: np.ndarray, readings: Sequence[Sequence[str]]) -> List[List[Optional[float]]]:
    """How likely this model finds each text of each reading, a reading's texts read one after another over the
    stream (one model window): the mean probability of each text's tokens given the sound and the text before them
    (None for an empty text, and for all when the stream is longer than a window or a reading longer than the model
    reads at once: 448 tokens). The sound is encoded once."""
    from faster_whisper.audio import pad_or_trim
    from faster_whisper.tokenizer import Tokenizer

    tokenizer = Tokenizer(whisper.hf_tokenizer, whisper.model.is_multilingual, task="transcribe", language="en")
    features = whisper.feature_extractor(stream)
    frames = features.shape[-1] - 1
    fits = 0 < frames <= whisper.feature_extractor.nb_max_frames
    encoded = whisper.encode(pad_or_trim(features[:, :frames])) if fits else None
    out: List[List[Optional[float]]] = []
    for texts in readings:
        pieces = [tokenizer.encode(" " + t.strip()) if t.strip() else [] for t in texts]
        tokens = [token for piece in pieces for token in piece]
        scores: List[Optional[float]] = [None for _ in texts]
        if tokens and encoded is not None and len(tokenizer.sot_sequence) + len(tokens) <= READ_TOKENS:
            probs = whisper.model.align(encoded, tokenizer.sot_sequence, [tokens], frames)[0].text_token_probs
            at = 0
            for k, piece in enumerate(pieces):
                scores[k] = float(np.mean(probs[at : at + len(piece)])) if piece else None
                at += len(piece)
        out.append(scores)
    return out
