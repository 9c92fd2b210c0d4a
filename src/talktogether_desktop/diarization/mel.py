"""The voice encoder's front end: librosa's mel power spectrogram, rebuilt in numpy.

Resemblyzer feeds its LSTM `librosa.feature.melspectrogram(y, sr=16000, n_fft=400,
hop_length=160, n_mels=40)` (power 2, periodic Hann window, centred frames zero-padded,
Slaney mel scale and area normalisation). This module computes the same values without
librosa (tools/convert_resemblyzer.py checks the match), in blocks so that an hour of audio
never needs its whole complex spectrogram in memory.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

SAMPLE_RATE = 16000
N_FFT = 400  # 25 ms
HOP = 160  # 10 ms
N_MELS = 40
_BLOCK_FRAMES = 4096


def _hz_to_mel(freqs: np.ndarray) -> np.ndarray:
    """Slaney's mel scale: linear below 1 kHz, logarithmic above (librosa's htk=False)."""
    freqs = np.asanyarray(freqs, dtype=np.float64)
    f_sp = 200.0 / 3
    mels = freqs / f_sp
    min_log_hz = 1000.0
    min_log_mel = min_log_hz / f_sp
    logstep = np.log(6.4) / 27.0
    log_t = freqs >= min_log_hz
    mels = np.where(log_t, min_log_mel + np.log(np.maximum(freqs, 1e-10) / min_log_hz) / logstep, mels)
    return mels


def _mel_to_hz(mels: np.ndarray) -> np.ndarray:
    mels = np.asanyarray(mels, dtype=np.float64)
    f_sp = 200.0 / 3
    freqs = f_sp * mels
    min_log_hz = 1000.0
    min_log_mel = min_log_hz / f_sp
    logstep = np.log(6.4) / 27.0
    log_t = mels >= min_log_mel
    return np.where(log_t, min_log_hz * np.exp(logstep * (mels - min_log_mel)), freqs)


@lru_cache(maxsize=1)
def mel_filterbank() -> np.ndarray:
    """(N_MELS, N_FFT // 2 + 1) triangular filters, Slaney-normalised, as librosa.filters.mel."""
    fftfreqs = np.fft.rfftfreq(N_FFT, 1.0 / SAMPLE_RATE)
    mel_f = _mel_to_hz(np.linspace(_hz_to_mel(0.0), _hz_to_mel(SAMPLE_RATE / 2.0), N_MELS + 2))
    fdiff = np.diff(mel_f)
    ramps = np.subtract.outer(mel_f, fftfreqs)
    weights = np.zeros((N_MELS, len(fftfreqs)))
    for i in range(N_MELS):
        lower = -ramps[i] / fdiff[i]
        upper = ramps[i + 2] / fdiff[i + 1]
        weights[i] = np.maximum(0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_f[2 : N_MELS + 2] - mel_f[:N_MELS]))[:, np.newaxis]
    # librosa builds the bank in float32; doing the same keeps the match to ~1e-7
    return weights.astype(np.float32)


@lru_cache(maxsize=1)
def _window() -> np.ndarray:
    n = np.arange(N_FFT)
    return (0.5 - 0.5 * np.cos(2.0 * np.pi * n / N_FFT)).astype(np.float32)  # periodic Hann


def n_frames(n_samples: int) -> int:
    return 1 + n_samples // HOP


def mel_spectrogram(samples: np.ndarray) -> np.ndarray:
    """(frames, 40) float32 mel power spectrogram of 16 kHz mono samples; frame i centred at i*10 ms."""
    samples = np.asarray(samples, dtype=np.float32)
    total = n_frames(len(samples))
    padded = np.pad(samples, (N_FFT // 2, N_FFT // 2))
    out = np.empty((total, N_MELS), dtype=np.float32)
    bank_t = mel_filterbank().T
    window = _window()
    for first in range(0, total, _BLOCK_FRAMES):
        last = min(total, first + _BLOCK_FRAMES)
        frames = np.lib.stride_tricks.sliding_window_view(
            padded[first * HOP : (last - 1) * HOP + N_FFT], N_FFT
        )[::HOP]
        spectrum = np.fft.rfft(frames * window, axis=1)
        power = (spectrum.real**2 + spectrum.imag**2).astype(np.float32)
        out[first:last] = power @ bank_t
    return out
