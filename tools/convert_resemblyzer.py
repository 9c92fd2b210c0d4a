"""One-off: convert Resemblyzer's GE2E voice encoder (PyTorch) to ONNX for resources/models/.

Run in a throwaway environment, never in the app's (torch is not a dependency of TalkTogether):

    python3 -m venv /tmp/convenv
    /tmp/convenv/bin/pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
    /tmp/convenv/bin/pip install --no-deps resemblyzer==0.1.4
    /tmp/convenv/bin/pip install onnx onnxruntime numpy scipy librosa   # librosa only to verify
    /tmp/convenv/bin/python tools/convert_resemblyzer.py [--verify AUDIO.wav]

It rebuilds Resemblyzer's network (3-layer LSTM over 40 mel bands, linear 256 -> 256, ReLU,
L2 normalisation of the last layer's final hidden state), loads `resemblyzer/pretrained.pt`,
exports it with a dynamic batch and frame axis, then checks that onnxruntime on the numpy mel
front end of `talktogether_desktop.diarization.mel` gives the same embeddings as torch on
librosa's mel spectrogram (the way Resemblyzer computes them).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import wave
from pathlib import Path

import numpy as np
import torch
from torch import nn

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "models" / "voice_encoder.onnx"


class VoiceEncoder(nn.Module):
    """Resemblyzer 0.1.4 `VoiceEncoder`, without its device and audio helpers."""

    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(40, 256, 3, batch_first=True)
        self.linear = nn.Linear(256, 256)
        self.relu = nn.ReLU()

    def forward(self, mels):
        _, (hidden, _) = self.lstm(mels)
        embeds_raw = self.relu(self.linear(hidden[-1]))
        return embeds_raw / torch.norm(embeds_raw, dim=1, keepdim=True)


def load_encoder() -> nn.Module:
    spec = importlib.util.find_spec("resemblyzer")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("resemblyzer is not installed in this environment (pip install --no-deps resemblyzer==0.1.4)")
    weights = Path(list(spec.submodule_search_locations)[0]) / "pretrained.pt"
    checkpoint = torch.load(weights, map_location="cpu", weights_only=False)
    model = VoiceEncoder()
    # Resemblyzer loads with strict=False: the checkpoint also holds GE2E's similarity
    # weight and bias, which inference does not use.
    missing, unexpected = model.load_state_dict(checkpoint["model_state"], strict=False)
    if missing:
        sys.exit(f"weights missing from the checkpoint: {missing}")
    print(f"loaded {weights} (ignored: {unexpected})")
    return model.eval()


def export(model: nn.Module) -> None:
    dummy = torch.zeros(2, 160, 40)
    torch.onnx.export(
        model,
        (dummy,),
        str(OUT),
        input_names=["mels"],
        output_names=["embeddings"],
        dynamic_axes={"mels": {0: "batch", 1: "frames"}, "embeddings": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


def read_wav_16k(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        assert w.getframerate() == 16000 and w.getsampwidth() == 2, "verify needs 16 kHz 16-bit WAV"
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).reshape(-1, w.getnchannels())
    return data.mean(axis=1).astype(np.float32) / 32768.0


def verify(model: nn.Module, audio: np.ndarray) -> None:
    import librosa
    import onnxruntime as ort

    sys.path.insert(0, str(REPO / "src"))
    from talktogether_desktop.diarization.mel import mel_spectrogram

    ref_mel = librosa.feature.melspectrogram(y=audio, sr=16000, n_fft=400, hop_length=160, n_mels=40)
    ref_mel = ref_mel.astype(np.float32).T
    our_mel = mel_spectrogram(audio)
    rel = np.abs(our_mel - ref_mel).max() / np.abs(ref_mel).max()
    print(f"mel front end vs librosa: max abs difference / max value = {rel:.2e}")

    # 1.6 s partials every 0.8 s, as Resemblyzer cuts them
    starts = range(0, max(1, ref_mel.shape[0] - 160), 80)
    ref_batch = np.stack([ref_mel[s : s + 160] for s in starts])
    our_batch = np.stack([our_mel[s : s + 160] for s in starts])
    with torch.no_grad():
        ref = model(torch.from_numpy(ref_batch)).numpy()
    session = ort.InferenceSession(str(OUT), providers=["CPUExecutionProvider"])
    ours = session.run(None, {"mels": our_batch})[0]
    cos = np.sum(ref * ours, axis=1) / (np.linalg.norm(ref, axis=1) * np.linalg.norm(ours, axis=1))
    print(f"{len(cos)} partials: cosine(torch+librosa, onnxruntime+numpy) min {cos.min():.9f} mean {cos.mean():.9f}")
    if cos.min() <= 0.9999:
        sys.exit("embeddings differ: conversion NOT verified")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verify", type=Path, help="a 16 kHz 16-bit WAV with speech to compare on")
    args = parser.parse_args()
    torch.manual_seed(0)
    model = load_encoder()
    export(model)
    if args.verify:
        verify(model, read_wav_16k(args.verify))


if __name__ == "__main__":
    main()
