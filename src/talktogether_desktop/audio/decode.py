"""Decode a recording from bytes in memory with PyAV (FFmpeg), keeping its channels.

Client audio never touches the disk: the bytes come from the vault or a file read into memory and
are handed to FFmpeg through `io.BytesIO`. Long recordings are decoded block by block into one
preallocated buffer so a 60-minute file never exists as two full copies at once.
"""

from __future__ import annotations

import io
import os
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Optional

import av
import numpy as np

from ..timefmt import clock
from .errors import AudioTooLong, CutShort, DamagedAudio, EmptyAudio, NotAudio, UnsupportedChannels, UnsupportedCodec
from .formats import mp3_declares_length, sniff_family, structural_cut_short
from .metadata import mtime_iso, recorded_at_from_tags

WHISPER_RATE = 16000
DEFAULT_MAX_DURATION_S = 3 * 3600.0
ENV_MAX_HOURS = "TALKTOGETHER_MAX_RECORDING_HOURS"

# A phone recording may carry a dropped frame or two; more than this is a damaged file.
_MAX_BAD_PACKETS = 3
_MAX_BAD_SHARE = 0.01
# How much shorter than its header promises a file may decode before we call it cut short
# (encoders' priming and padding differ by a few milliseconds): 0.3 s, or 3.6 s in an hour.
_SHORTFALL_S = 0.3
_SHORTFALL_SHARE = 0.001
# Containers whose header states the length exactly. Ogg, raw AMR and ADTS AAC have no such field:
# FFmpeg estimates theirs (from the last page, or the first frame's bit rate), so for them the end of
# the stream itself is checked instead (formats.structural_cut_short).
_EXACT_LENGTH_CONTAINERS = ("wav", "w64", "flac", "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "aiff", "caf")
# Phones write 1 or 2 channels, videos at most 5.1. PyAV 18 crashes (SIGSEGV) converting a frame of
# 8 or more planar channels, so anything past 5.1 is refused before a frame is ever converted.
MAX_CHANNELS = 6


def max_duration_s(explicit: Optional[float] = None) -> float:
    """The longest recording accepted: explicit, else $TALKTOGETHER_MAX_RECORDING_HOURS, else 3 h."""
    if explicit is not None:
        return float(explicit)
    env = os.environ.get(ENV_MAX_HOURS)
    if env:
        try:
            return float(env) * 3600.0
        except ValueError:
            pass
    return DEFAULT_MAX_DURATION_S


@dataclass
class DecodedAudio:
    samples: np.ndarray  # float32, shape (channels, n), -1..1
    sample_rate: int
    duration_s: float
    channels: int
    codec: str
    container: str
    recorded_at: Optional[str]


@dataclass
class StreamFacts:
    """What the container says about its first sound track, before decoding."""

    container: str
    codec: str
    channels: int
    sample_rate: int
    declared_duration_s: Optional[float]
    recorded_at: Optional[str]
    declared_is_exact: bool = False
    cut_short: Optional[str] = None  # what the container's structure says about a missing end


@dataclass
class DecodeTally:
    packets: int = 0
    bad_packets: int = 0
    samples: int = 0  # per channel, at the output rate
    ended_early: bool = False


def file_label(name: Optional[str]) -> str:
    return f"'{name}'" if name else "This file"


class _BufferReader(io.RawIOBase):
    """A seekable reader over a buffer that is not `bytes` (a stored recording read back into one bytearray): io.BytesIO
    copies any such buffer whole, which doubled the memory a 3 GB recording took to decode."""

    def __init__(self, buffer):
        super().__init__()
        self._view, self._pos = memoryview(buffer).cast("B"), 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        n = max(0, min(len(target), len(self._view) - self._pos))
        target[:n] = self._view[self._pos:self._pos + n]
        self._pos += n
        return n

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos


def _reader(data):
    """`bytes` are shared by io.BytesIO (no copy); a large file is read where it lies (`file_view.FileView`); any
    other buffer is read in place."""
    if hasattr(data, "reader"):
        return data.reader()
    return io.BytesIO(data) if type(data) is bytes else io.BufferedReader(_BufferReader(data), 1 << 16)


@contextmanager
def open_audio(data: bytes, name: Optional[str] = None, max_s: Optional[float] = None):
    """Open the first sound track of `data`: yields (container, stream, StreamFacts).

    Raises the BadAudio subtype that says why the bytes cannot be a usable recording.
    """
    label = file_label(name)
    if not data:
        raise EmptyAudio(f"{label} is empty (0 bytes): there is no sound in it.")
    try:
        container = av.open(_reader(data), mode="r", metadata_errors="ignore")
    except (av.FFmpegError, ValueError, OSError, EOFError) as exc:
        family = sniff_family(data)
        if family:
            raise DamagedAudio(
                f"{label} starts like a recording ({family}) but is damaged or cut short, so it cannot "
                "be read. Copy it again from the phone or recorder."
            ) from exc
        raise NotAudio(
            f"{label} is not an audio file TalkTogether can read. Phone recordings (m4a, mp3, wav, "
            "opus/ogg, amr/3gp, flac, webm) and the sound of mp4/mov videos are accepted."
        ) from exc
    try:
        stream = next((s for s in container.streams if s.type == "audio"), None)
        if stream is None:
            other = "only video or pictures" if container.streams.video else "no streams at all"
            raise NotAudio(f"{label} has no sound track ({other}), so it is not a recording.")
        ctx = stream.codec_context
        if ctx is None:
            raise UnsupportedCodec(
                f"{label} stores its sound in a format (codec) TalkTogether cannot decode. Export it "
                "from the recording app as m4a, mp3 or wav and import that."
            )
        check_channels(int(ctx.channels or 0), label)
        container_name = container.format.name
        facts = StreamFacts(
            container=container.format.name,
            codec=ctx.name,
            channels=int(ctx.channels or 0),
            sample_rate=int(ctx.sample_rate or 0),
            declared_duration_s=_declared_duration(container, stream),
            recorded_at=recorded_at_from_tags(stream.metadata, container.metadata),
            declared_is_exact=container_name in _EXACT_LENGTH_CONTAINERS
            or (container_name == "mp3" and mp3_declares_length(data)),
            cut_short=structural_cut_short(data),
        )
        # The claimed length is not trusted for "too long" either (a damaged header may claim 49 days):
        # iter_blocks stops a recording that really runs past the limit while decoding it.
        yield container, stream, facts
    finally:
        container.close()


def check_channels(channels: int, label: str) -> None:
    if channels > MAX_CHANNELS:
        raise UnsupportedChannels(
            f"{label} has {channels} sound channels; TalkTogether reads recordings of 1 to {MAX_CHANNELS} "
            "channels (mono, stereo, up to 5.1). Export it from the recording app as mono or stereo."
        )


def _declared_duration(container, stream) -> Optional[float]:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return container.duration / av.time_base
    return None


def _too_long(label: str, duration: float, limit: float) -> AudioTooLong:
    lasts, allowed = clock(duration, pad_minutes=False), clock(limit, pad_minutes=False)
    return AudioTooLong(
        f"{label} lasts {lasts}, longer than the {allowed} allowed for one "
        "recording. Split it into parts, or raise the limit in the settings."
    )


def iter_frames(container, stream, tally: DecodeTally, name: Optional[str] = None) -> Iterator["av.AudioFrame"]:
    """The decoded frames of the sound track; a packet that cannot be decoded is counted and skipped."""
    try:
        for packet in container.demux(stream):
            tally.packets += 1
            try:
                frames = packet.decode()
            except av.FFmpegError:
                tally.bad_packets += 1
                continue
            for frame in frames:
                # A file may switch layout mid-stream: check every frame, not just the header.
                check_channels(frame.layout.nb_channels, file_label(name))
                yield frame
    except av.FFmpegError:
        # The demuxer gave up before the end: the file stops in the middle of a packet.
        tally.ended_early = True


class BlockConverter:
    """Decoded frames -> float32 blocks of shape (channels, n) at one rate, counted in `tally.samples`.

    One pass over the frames can feed several converters (the import's check at the file's own rate
    and the models' 16 kHz audio), so a file is decoded once however many forms of it are needed.
    """

    def __init__(self, rate: int, tally: DecodeTally, max_s: Optional[float] = None, name: Optional[str] = None):
        self.rate, self.tally, self.name = int(rate), tally, name
        self.limit = max_duration_s(max_s)
        self.resampler = av.AudioResampler(format="fltp", layout=None, rate=self.rate)

    def convert(self, frame) -> Iterator[np.ndarray]:
        for out in self.resampler.resample(frame):
            yield self._counted(out.to_ndarray())

    def flush(self) -> Iterator[np.ndarray]:
        for out in self.resampler.resample(None):
            yield self._counted(out.to_ndarray())

    def _counted(self, block: np.ndarray) -> np.ndarray:
        self.tally.samples += block.shape[1]
        if self.tally.samples > self.limit * self.rate:
            raise _too_long(file_label(self.name), self.tally.samples / self.rate, self.limit)
        return block


def iter_blocks(
    container,
    stream,
    tally: DecodeTally,
    target_rate: Optional[int] = None,
    max_s: Optional[float] = None,
    name: Optional[str] = None,
) -> Iterator[np.ndarray]:
    """Decoded float32 blocks of shape (channels, n), resampled to `target_rate` when given."""
    converter = BlockConverter(int(target_rate or stream.codec_context.sample_rate), tally, max_s, name)
    for frame in iter_frames(container, stream, tally, name):
        yield from converter.convert(frame)
    yield from converter.flush()


def check_complete(
    facts: StreamFacts, tally: DecodeTally, rate: int, name: Optional[str] = None, allow_cut_short: bool = False
) -> Optional[str]:
    """Raise DamagedAudio/EmptyAudio when what was decoded is unusable; decide "cut short" by decoding.

    A file whose end is missing raises CutShort, or with `allow_cut_short` returns the warning to keep
    with the recording. Returns None for a complete file.
    """
    label = file_label(name)
    bad_limit = max(_MAX_BAD_PACKETS, _MAX_BAD_SHARE * tally.packets)
    if tally.bad_packets > bad_limit or (tally.samples == 0 and tally.bad_packets):
        raise DamagedAudio(
            f"{label} is damaged: {tally.bad_packets} of its {tally.packets} audio packets cannot be "
            "decoded. Copy it again from the phone or recorder."
        )
    if tally.samples == 0:
        if facts.cut_short:
            raise CutShort(f"{label} was cut short while copying ({facts.cut_short}) and no sound at all is left.")
        raise EmptyAudio(f"{label} holds no sound at all (0 seconds of audio).")
    decoded_s = tally.samples / rate
    declared = facts.declared_duration_s
    reason = facts.cut_short
    if not reason and facts.declared_is_exact and declared and (
        declared - decoded_s > max(_SHORTFALL_S, _SHORTFALL_SHARE * declared)
    ):
        reason = f"it should last {clock(declared, pad_minutes=False)}"
    if not reason and tally.ended_early:
        reason = "it ends in the middle of its data"
    if not reason:
        return None
    lasts = clock(decoded_s, pad_minutes=False)
    if allow_cut_short:
        return f"Cut short: {reason}; only the first {lasts} could be read, so the end of the conversation is missing."
    said = f"{label} was cut short while copying: {reason}, and only {lasts} of sound can be read."
    raise CutShort(f"{said} Copy it again from the phone or recorder; if this part is all there is, import it with a "
                   "warning (--accept-cut-short).", without_import=f"{said} Copy it again from the phone or recorder.")


class _Buffer:
    """Grows by half when the container under-declared its length; one final trim at most."""

    def __init__(self, channels: int, capacity: int):
        self.data = np.empty((channels, max(1, capacity)), dtype=np.float32)
        self.n = 0

    def append(self, block: np.ndarray) -> None:
        k = block.shape[1]
        if self.n + k > self.data.shape[1]:
            grown = np.empty((self.data.shape[0], max(self.n + k, int(self.data.shape[1] * 1.5))), np.float32)
            grown[:, : self.n] = self.data[:, : self.n]
            self.data = grown
        self.data[:, self.n : self.n + k] = block
        self.n += k

    def result(self) -> np.ndarray:
        if self.data.shape[0] == 1 or self.n >= 0.97 * self.data.shape[1]:
            return self.data[:, : self.n]  # a view: no second copy of a long recording
        return np.ascontiguousarray(self.data[:, : self.n])


def decode_bytes(
    data: bytes,
    target_rate: Optional[int] = None,
    mono: bool = False,
    max_duration_s: Optional[float] = None,
    name: Optional[str] = None,
    mtime: Optional[float] = None,
    allow_cut_short: bool = False,
) -> DecodedAudio:
    """Decode the first sound track; keeps every channel unless `mono` (then the channels' mean)."""
    with open_audio(data, name, max_duration_s) as (container, stream, facts):
        rate = int(target_rate or facts.sample_rate)
        channels = 1 if mono else max(1, facts.channels)
        # A first guess for the buffer, which grows when it is short: never sized by a claim beyond an hour.
        estimate = int((min(facts.declared_duration_s or 60.0, 3600.0) + 1.0) * rate)
        buffer = _Buffer(channels, estimate)
        tally = DecodeTally()
        for block in iter_blocks(container, stream, tally, rate, max_duration_s, name):
            if mono and block.shape[0] > 1:
                block = block.mean(axis=0, keepdims=True)
            elif block.shape[0] != channels:  # a layout change mid-file: keep the buffer's shape
                block = np.resize(block.mean(axis=0, keepdims=True), (channels, block.shape[1]))
            buffer.append(block)
        check_complete(facts, tally, rate, name, allow_cut_short)
    samples = buffer.result()
    return DecodedAudio(
        samples=samples,
        sample_rate=rate,
        duration_s=samples.shape[1] / rate,
        channels=channels,
        codec=facts.codec,
        container=facts.container,
        recorded_at=facts.recorded_at or mtime_iso(mtime),
    )
