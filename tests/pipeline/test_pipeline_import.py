"""Import into the vault: checked, chunked, deduplicated, all or nothing; the audio reads back intact."""

from __future__ import annotations

import hashlib

import pytest

from talktogether_desktop.audio import DamagedAudio, EmptyAudio, NotAudio, SilentAudio, UnsupportedCodec
from talktogether_desktop.audio.decode import decode_bytes
from talktogether_desktop.errors import DuplicateRecording, NotFound, UsageError
from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.pipeline.vault_audio import analysis_audio
from talktogether_desktop.storage import couples, recordings, transcripts
from talktogether_desktop.storage.settings import load_settings, save_settings
from tt_speech import ffmpeg_convert, run, speak


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("imports")
    wav = speak("We agreed to talk for ten minutes after dinner.", folder / "talk.wav", rate=44100)
    m4a = ffmpeg_convert(wav, folder / "talk.m4a", "-c:a", "aac", "-metadata", "creation_time=2026-02-03T20:15:00Z")
    # Longer than one chunk: 30 s of stereo speech at 44.1 kHz as WAV is ~5 MB.
    long_wav = folder / "long.wav"
    run("sox", str(wav), "-c", "2", str(long_wav), "repeat", "9")
    silence = folder / "silence.wav"
    run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(silence), "trim", "0", "3")
    return {"folder": folder, "wav": wav, "m4a": m4a, "long": long_wav, "silence": silence}


@pytest.fixture
def couple(vault):
    return couples.add_couple(vault, "Rivera", ["Ana", "Ben"])


def import_file(vault, couple_id, path, **options):
    return ops_recordings.import_file(vault, load_settings(vault), couple_id, path, **options)


def _counts(vault) -> dict:
    return {
        table: vault.one(f"SELECT count(*) FROM {table}")[0]
        for table in ("recordings", "audio_chunks", "jobs", "transcripts")
    } | {"imports": vault.one("SELECT count(*) FROM audit_log WHERE action = 'import'")[0]}


def test_import_stores_original_bytes_and_facts(vault, couple, files):
    original = files["m4a"].read_bytes()
    mtime_before = files["m4a"].stat().st_mtime_ns
    result = import_file(vault, couple, files["m4a"])
    assert result.duplicate is False
    row = recordings.get_recording(vault, result.id)
    assert row["couple_id"] == couple and row["original_name"] == "talk.m4a"
    assert row["codec"] == "aac" and row["channels"] == 1 and row["sample_rate"] == 44100
    assert row["recorded_at"] == "2026-02-03T20:15:00+00:00" and row["data"]["recorded_at_source"] == "metadata"
    assert row["sha256"] == hashlib.sha256(original).hexdigest() and row["size_bytes"] == len(original)
    assert row["status"] == "imported" and 2.0 < row["duration_s"] < 5.0
    assert recordings.load_audio_bytes(vault, result.id) == original
    decoded = decode_bytes(recordings.load_audio_bytes(vault, result.id))
    assert decoded.sample_rate == 44100 and abs(decoded.duration_s - row["duration_s"]) < 0.05
    assert files["m4a"].read_bytes() == original and files["m4a"].stat().st_mtime_ns == mtime_before
    assert vault.one("SELECT count(*) FROM audit_log WHERE action = 'import' AND entity_id = ?", (result.id,))[0] == 1


def test_long_file_is_chunked_and_keeps_stereo(vault, couple, files):
    result = import_file(vault, couple, files["long"], speaker_count=3, recorded_at="2026-01-05 19:00")
    size = files["long"].stat().st_size
    chunks = vault.all("SELECT seq, length(data) AS n FROM audio_chunks WHERE recording_id = ? ORDER BY seq", (result.id,))
    assert len(chunks) == -(-size // recordings.CHUNK_BYTES) >= 3
    assert all(c["n"] == recordings.CHUNK_BYTES for c in chunks[:-1]) and sum(c["n"] for c in chunks) == size
    row = recordings.get_recording(vault, result.id)
    assert row["channels"] == 2 and row["speaker_count"] == 3 and row["recorded_at"] == "2026-01-05T19:00:00"
    assert decode_bytes(recordings.load_audio_bytes(vault, result.id), target_rate=16000).samples.shape[0] == 2
    audio = analysis_audio(vault, result.id)
    assert audio.samples.ndim == 1 and audio.channel_levels.shape[0] == 2


def test_same_file_twice_keeps_one(vault, couple, files):
    first = import_file(vault, couple, files["wav"])
    before = _counts(vault)
    with pytest.raises(DuplicateRecording) as caught:
        import_file(vault, couple, files["wav"])
    assert caught.value.recording_id == first.id and caught.value.exit_code == 0
    # Same bytes under another name are the same recording too.
    renamed = files["folder"] / "copy-of-talk.wav"
    renamed.write_bytes(files["wav"].read_bytes())
    with pytest.raises(DuplicateRecording):
        import_file(vault, couple, renamed)
    assert _counts(vault) == before


def test_same_file_imported_twice_at_once_keeps_one(vault, couple, files, monkeypatch):
    """The other import lands while this one reads the audio: the check under the write lock sees it."""
    data = files["wav"].read_bytes()
    settings = load_settings(vault)
    first = ops_recordings.import_audio(vault, settings, couple, data, original_name="talk.wav")
    before = _counts(vault)
    asked = []
    real_find = recordings.find_by_sha256

    def find_after_the_other_import(v, digest):
        asked.append(digest)
        return None if len(asked) == 1 else real_find(v, digest)  # the early check ran before it committed

    monkeypatch.setattr(recordings, "find_by_sha256", find_after_the_other_import)
    with pytest.raises(DuplicateRecording) as caught:
        ops_recordings.import_audio(vault, settings, couple, data, original_name="talk.wav")
    assert caught.value.recording_id == first.id and len(asked) == 2
    assert _counts(vault) == before


@pytest.mark.parametrize(
    "make, error",
    [
        (lambda f: b"", EmptyAudio),
        (lambda f: b"not a recording\n" * 100, NotAudio),
        (lambda f: f["m4a"].read_bytes()[: len(f["m4a"].read_bytes()) // 2], DamagedAudio),
        (lambda f: f["long"].read_bytes()[: len(f["long"].read_bytes()) * 2 // 3], DamagedAudio),
        (lambda f: f["wav"].read_bytes()[:20] + b"\x77\x77" + f["wav"].read_bytes()[22:], UnsupportedCodec),
        (lambda f: f["silence"].read_bytes(), SilentAudio),
    ],
)
def test_bad_files_leave_nothing_behind(vault, couple, files, make, error):
    before = _counts(vault)
    with pytest.raises(error):
        ops_recordings.import_audio(vault, load_settings(vault), couple, make(files), original_name="bad.m4a")
    assert _counts(vault) == before


def test_too_long_leaves_nothing(vault, couple, files):
    from talktogether_desktop.audio import AudioTooLong

    before = _counts(vault)
    with pytest.raises(AudioTooLong):
        ops_recordings.import_file(vault, load_settings(vault).replace(max_recording_hours=10 / 3600), couple,
                                   files["long"])
    save_settings(vault, {"max_recording_hours": 10 / 3600})  # the therapist's own limit
    with pytest.raises(AudioTooLong):
        import_file(vault, couple, files["long"])
    assert _counts(vault) == before


def test_unknown_couple_assignment_or_date(vault, couple, files):
    with pytest.raises(NotFound):
        import_file(vault, 999, files["wav"])
    with pytest.raises(NotFound):
        import_file(vault, couple, files["wav"], assignment_id=42)
    with pytest.raises(UsageError):
        import_file(vault, couple, files["wav"], recorded_at="last Tuesday")
    assert _counts(vault)["recordings"] == 0


def test_transcript_is_saved_whole_and_replaced(vault, couple, files):
    rid = import_file(vault, couple, files["wav"]).id
    first = {"duration_s": 3.0, "model": "tiny.en", "language": "en", "segments": [
        {"start": 0.1, "end": 1.0, "text": "Hello there.", "words": [
            {"start": 0.1, "end": 0.4, "word": "Hello", "probability": 0.9},
            {"start": 0.4, "end": 1.0, "word": "there.", "probability": 0.8}]},
        {"start": 1.5, "end": 2.0, "text": "Hi.", "words": [{"start": 1.5, "end": 2.0, "word": "Hi.", "probability": 0.7}]},
    ]}
    transcripts.save_transcript(vault, rid, first)
    assert transcripts.load_transcript(vault, rid) == first
    assert recordings.get_recording(vault, rid)["status"] == "transcribed"
    transcripts.set_word_speakers(vault, rid, [(0, "S1", 0.9), (1, "S1", 0.8), (2, "S2", 0.6)])
    words = transcripts.load_words(vault, rid)
    assert [(w["seq"], w["speaker"]) for w in words] == [(0, "S1"), (1, "S1"), (2, "S2")]
    assert transcripts.load_transcript(vault, rid, with_speakers=True)["segments"][1]["words"][0]["speaker"] == "S2"
    second = {"duration_s": 3.0, "model": "base", "language": "en", "segments": [
        {"start": 0.0, "end": 1.0, "text": "Bye.", "words": [{"start": 0.0, "end": 1.0, "word": "Bye.", "probability": 0.5}]}]}
    transcripts.save_transcript(vault, rid, second)
    assert transcripts.load_transcript(vault, rid) == second
    assert vault.one("SELECT count(*) FROM transcript_words WHERE recording_id = ?", (rid,))[0] == 1
    assert vault.one("SELECT count(*) FROM transcript_segments")[0] == 1
    # A failure half-way through saving leaves the previous transcript untouched.
    broken = {"duration_s": 3.0, "model": "x", "language": "en", "segments": [{"start": 0.0, "end": 1.0, "text": "a", "words": [{"start": 0.0}]}]}
    with pytest.raises(KeyError):
        transcripts.save_transcript(vault, rid, broken)
    assert transcripts.load_transcript(vault, rid) == second
