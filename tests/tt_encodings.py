"""The encodings the cut-short tests read (shared by tests/audio/test_cut_short.py's kinds and sec 50's in-place
check; not a test module itself)."""

from __future__ import annotations

from tt_speech import encode_amr, ffmpeg_convert, make_dialogue, run

ENCODINGS = {
    "opus": ("voice.opus", ("-c:a", "libopus", "-b:a", "24k")),
    "vorbis": ("voice.ogg", ("-c:a", "libvorbis")),
    "mp3": ("voice.mp3", ()),
    "mp3_without_xing": ("plain.mp3", ("-write_xing", "0")),
    "adts_aac": ("voice.aac", ("-c:a", "aac", "-f", "adts")),
    "m4a_faststart": ("fast.m4a", ("-c:a", "aac", "-movflags", "+faststart")),
    "flac": ("voice.flac", ()),
    "webm": ("voice.webm", ("-c:a", "libopus")),
}


def encoded(folder, kind: str) -> bytes:
    """About 28 s of two voices, encoded as `kind`, in `folder`."""
    long = folder / "long.wav"
    if not long.exists():
        dialogue, _ = make_dialogue(folder / "d")
        run("sox", str(dialogue), str(long), "repeat", "1")
    if kind == "amr":
        return encode_amr(long, long.with_name("long-12k2.amr"), "amr", bit_rate=12200).read_bytes()
    name, args = ENCODINGS[kind]
    path = folder / name
    if not path.exists():
        ffmpeg_convert(long, path, *args)
    return path.read_bytes()
