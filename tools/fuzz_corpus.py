"""The hostile-audio corpus for tools/fuzz_audio.py: seeds and structure-aware mutations.

One real file per container and codec (made with ffmpeg, sox and PyAV), then: field edits that know each
format (WAV fmt/data sizes, MP4 mvhd/mdhd durations and box sizes, Ogg granules/channels/EOS, FLAC
STREAMINFO), truncations at many offsets, byte noise and splices, real 1-16 channel files at 8-192 kHz,
non-audio files, and odd file names. Deterministic for a seed.
"""

from __future__ import annotations

import io
import json
import random
import struct
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np


# --- seeds: one real file per container and codec ---------------------------------------------------


def _run(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True)


def _speechlike_wav(path: Path, seconds: float = 6.0, rate: int = 16000) -> Path:
    """A voiced, modulated tone (clearly audible, cheap to make without a speech synthesiser)."""
    t = np.arange(int(seconds * rate)) / rate
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 3.0 * t)
    signal = 0.3 * envelope * np.sin(2 * np.pi * (140 + 40 * np.sin(2 * np.pi * 0.5 * t)) * t)
    pcm = (signal * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def _amr(src: Path, out: Path, container: str) -> Path:
    import av

    with wave.open(str(src)) as w:
        rate = w.getframerate()
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=container) as muxer:
        stream = muxer.add_stream("libopencore_amrnb", rate=8000)
        stream.bit_rate = 12200
        stream.layout = "mono"
        resampler = av.AudioResampler(format="s16", layout="mono", rate=8000)
        frame = av.AudioFrame.from_ndarray(pcm[None, :], format="s16", layout="mono")
        frame.sample_rate = rate
        for chunk in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(chunk):
                muxer.mux(packet)
        for packet in stream.encode(None):
            muxer.mux(packet)
    out.write_bytes(buffer.getvalue())
    return out


FFMPEG_SEEDS = {
    "mp3": ("seed.mp3", ()),
    "mp3_cbr": ("seed_cbr.mp3", ("-write_xing", "0", "-b:a", "64k")),
    "m4a": ("seed.m4a", ("-c:a", "aac")),
    "m4a_faststart": ("seed_fast.m4a", ("-c:a", "aac", "-movflags", "+faststart")),
    "opus": ("seed.opus", ("-c:a", "libopus", "-b:a", "24k")),
    "vorbis": ("seed.ogg", ("-c:a", "libvorbis")),
    "flac": ("seed.flac", ()),
    "webm": ("seed.webm", ("-c:a", "libopus")),
    "adts": ("seed.aac", ("-c:a", "aac", "-f", "adts")),
    "aiff": ("seed.aiff", ()),
    "stereo_wav": ("seed_stereo.wav", ("-ac", "2")),
    "wav_8bit": ("seed_u8.wav", ("-c:a", "pcm_u8")),
    "wav_float": ("seed_f32.wav", ("-c:a", "pcm_f32le")),
}


def make_seeds(folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    base = _speechlike_wav(folder / "seed.wav")
    seeds = {"wav": base.read_bytes()}
    for kind, (name, args) in FFMPEG_SEEDS.items():
        out = folder / name
        _run("ffmpeg", "-y", "-loglevel", "error", "-i", str(base), *args, str(out))
        seeds[kind] = out.read_bytes()
    video = folder / "seed.mp4"
    _run("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", "color=c=black:s=32x32:d=6", "-i", str(base),
         "-shortest", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", str(video))
    seeds["mp4_video"] = video.read_bytes()
    seeds["amr"] = _amr(base, folder / "seed.amr", "amr").read_bytes()
    seeds["3gp"] = _amr(base, folder / "seed.3gp", "3gp").read_bytes()
    return seeds


# --- mutations -------------------------------------------------------------------------------------------


def _find(data: bytes, tag: bytes, start: int = 0) -> int:
    return data.find(tag, start)


def wav_fields(data: bytes, rng: random.Random) -> bytes:
    """Rewrite the fmt chunk: channels 0-64, rate 1 Hz-4 GHz, block align, bits; or the sizes."""
    out = bytearray(data)
    fmt = _find(data, b"fmt ")
    if fmt < 0:
        return data
    field = rng.choice(["channels", "rate", "bits", "align", "data_size", "riff_size"])
    if field == "channels":
        struct.pack_into("<H", out, fmt + 10, rng.choice([0, 3, 7, 8, 9, 16, 64, 65535]))
    elif field == "rate":
        struct.pack_into("<I", out, fmt + 12, rng.choice([0, 1, 7999, 192000, 384000, 0xFFFFFFFF]))
    elif field == "bits":
        struct.pack_into("<H", out, fmt + 22, rng.choice([0, 1, 7, 12, 64, 65535]))
    elif field == "align":
        struct.pack_into("<H", out, fmt + 20, rng.choice([0, 1, 3, 65535]))
    elif field == "data_size":
        pos = _find(data, b"data")
        if pos >= 0:
            struct.pack_into("<I", out, pos + 4, rng.choice([0xFFFFFFF0, len(data) * 50, 1, 0x7FFFFFFF]))
    else:
        struct.pack_into("<I", out, 4, rng.choice([0, 0xFFFFFFFF, 12]))
    return bytes(out)


def mp4_durations(data: bytes, rng: random.Random) -> bytes:
    """Huge or zero claimed durations and time scales in mvhd/mdhd, or a box size that lies."""
    out = bytearray(data)
    for tag in (b"mvhd", b"mdhd"):
        pos = _find(data, tag)
        if pos < 0 or pos + 28 > len(data):
            continue
        version = data[pos + 4]
        scale_at = pos + 4 + (20 if version == 1 else 12)
        dur_at = scale_at + 4
        if rng.random() < 0.5:
            struct.pack_into(">I", out, scale_at, rng.choice([0, 1, 0xFFFFFFFF]))
        elif version == 0:
            struct.pack_into(">I", out, dur_at, 0xFFFFFFF0)
    if rng.random() < 0.3:
        pos = _find(data, rng.choice([b"moov", b"trak", b"stsz", b"stco", b"mdat"]))
        if pos >= 4:
            struct.pack_into(">I", out, pos - 4, rng.choice([0, 1, 7, 0xFFFFFFFF, len(data) * 4]))
    return bytes(out)


def ogg_fields(data: bytes, rng: random.Random) -> bytes:
    """A huge last granule position (claimed length), a bad channel count in OpusHead/vorbis, EOS flags."""
    out = bytearray(data)
    choice = rng.choice(["granule", "channels", "eos", "segments"])
    if choice == "granule":
        last = data.rfind(b"OggS")
        if last >= 0:
            struct.pack_into("<q", out, last + 6, rng.choice([2 ** 62, -2, 0]))
    elif choice == "channels":
        pos = max(_find(data, b"OpusHead"), -1)
        if pos >= 0:
            out[pos + 9] = rng.choice([0, 3, 8, 9, 255])
        else:
            pos = _find(data, b"\x01vorbis")
            if pos >= 0:
                out[pos + 11] = rng.choice([0, 8, 9, 255])
    elif choice == "eos":
        pos = _find(data, b"OggS", rng.randrange(max(1, len(data) // 2)))
        if pos >= 0:
            out[pos + 5] |= 0x04
    else:
        pos = _find(data, b"OggS", rng.randrange(max(1, len(data))))
        if pos >= 0:
            out[pos + 26] = 255
    return bytes(out)


def flac_fields(data: bytes, rng: random.Random) -> bytes:
    """STREAMINFO: total samples huge or zero, channel count, sample rate."""
    out = bytearray(data)
    if data[:4] != b"fLaC" or len(data) < 42:
        return data
    info = 8  # after "fLaC" and the 4-byte block header
    choice = rng.choice(["total", "channels", "rate"])
    if choice == "total":
        out[info + 13] = (out[info + 13] & 0xF0) | 0x0F
        out[info + 14 : info + 18] = b"\xff\xff\xff\xff"
    elif choice == "channels":
        out[info + 12] = (out[info + 12] & 0xF1) | (rng.randrange(8) << 1)
    else:
        out[info + 10 : info + 12] = bytes([rng.randrange(256), rng.randrange(256)])
    return bytes(out)


def byte_noise(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    region = rng.choice(["header", "anywhere", "tail"])
    for _ in range(rng.choice([1, 4, 32, 512])):
        if region == "header":
            pos = rng.randrange(min(len(out), 256))
        elif region == "tail":
            pos = len(out) - 1 - rng.randrange(min(len(out), 256))
        else:
            pos = rng.randrange(len(out))
        out[pos] = rng.randrange(256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    cut = rng.choice([rng.random(), rng.randrange(1, 64) / len(data), 1 - rng.randrange(1, 64) / len(data)])
    return data[: max(0, min(len(data) - 1, int(len(data) * cut)))]


def splice(data: bytes, rng: random.Random) -> bytes:
    """Repeat or drop a middle stretch: structure intact at both ends, broken inside."""
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randrange(1, 4096))
    return data[:a] + (data[a:b] * rng.choice([0, 2, 5])) + data[b:]


STRUCTURED = {
    "wav": [wav_fields], "stereo_wav": [wav_fields], "wav_8bit": [wav_fields], "wav_float": [wav_fields],
    "m4a": [mp4_durations], "m4a_faststart": [mp4_durations], "mp4_video": [mp4_durations], "3gp": [mp4_durations],
    "opus": [ogg_fields], "vorbis": [ogg_fields], "flac": [flac_fields],
}
GENERIC = [truncate, truncate, byte_noise, splice]


def non_audio(rng: random.Random) -> tuple[str, bytes]:
    kind = rng.choice(["empty", "text", "json", "pdf", "png", "zip", "elf", "random", "riff_only", "ogg_only",
                       "id3_only", "ftyp_only", "html"])
    data = {
        "empty": b"",
        "text": "Session notes: we talked about Sunday.\n".encode() * rng.randrange(1, 200),
        "json": json.dumps({"not": "audio", "n": list(range(rng.randrange(50)))}).encode(),
        "pdf": b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n",
        "png": b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(300)),
        "zip": b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(300)),
        "elf": Path(sys.executable).read_bytes()[:4096],
        "random": bytes(rng.randrange(256) for _ in range(rng.choice([1, 100, 5000, 70000]))),
        "riff_only": b"RIFF\xff\xff\xff\xffWAVEfmt ",
        "ogg_only": b"OggS" + bytes(40),
        "id3_only": b"ID3\x04\x00\x00\x00\x00\x00\x10" + bytes(16),
        "ftyp_only": b"\x00\x00\x00\x18ftypM4A \x00\x00\x00\x00M4A isom",
        "html": b"<!doctype html><html><body>audio?</body></html>",
    }[kind]
    return f"not_audio_{kind}", data


ODD_NAMES = [
    "plain.wav", "with space.m4a", "caf\udce9 \udcff.wav", "newline\nin name.mp3", "-starts-with-dash.ogg",
    "\u202eevil\u202d.wav", "x" * 200 + ".flac", "émoji 🎙.opus", "no_extension", "DOUBLE..dots..amr",
]


def channel_and_rate_files(folder: Path, rng: random.Random, n: int) -> list[tuple[str, bytes]]:
    """Real files made by sox: 1-16 channels at 8-192 kHz, as wav or flac (FLAC stops at 8 channels)."""
    out = []
    for _ in range(n):
        channels = rng.randrange(1, 17)
        rate = rng.choice([8000, 11025, 16000, 22050, 44100, 48000, 96000, 192000])
        ext = "flac" if channels <= 8 and rng.random() < 0.4 else "wav"
        path = folder / f"ch{channels}_{rate}.{ext}"
        _run("sox", "-n", "-r", str(rate), "-b", "16", "-c", str(channels), str(path), "synth", "1.5", "sine", "300")
        out.append((f"channels_{channels}_rate_{rate}_{ext}", path.read_bytes()))
        path.unlink()
    return out


def corpus(count: int, seed: int, workdir: Path) -> list[tuple[str, str, bytes]]:
    """(label, file name, bytes) for `count` files: about 70% mutated seeds, 15% channel/rate, 15% non-audio."""
    rng = random.Random(seed)
    seeds = make_seeds(workdir / "seeds")
    items: list[tuple[str, str, bytes]] = [(f"seed_{k}", f"seed_{k}", v) for k, v in seeds.items()]
    n_channels = max(1, count * 15 // 100)
    for label, data in channel_and_rate_files(workdir, rng, n_channels):
        items.append((label, label, data))
    while len(items) < count:
        roll = rng.random()
        if roll < 0.15:
            label, data = non_audio(rng)
        else:
            kind = rng.choice(sorted(seeds))
            mutate = rng.choice(STRUCTURED.get(kind, []) + GENERIC)
            data = mutate(seeds[kind], rng)
            if rng.random() < 0.2:  # stack a second mutation
                data = rng.choice(GENERIC)(data, rng) if data else data
            label = f"{kind}_{mutate.__name__}"
        items.append((label, label, data))
    named = []
    for i, (label, base, data) in enumerate(items[:count]):
        name = ODD_NAMES[i % len(ODD_NAMES)] if i % 7 == 3 else f"{i:04d}_{base}"
        named.append((label, name, data))
    return named
