"""A file whose end is missing is found by decoding and by the stream's own structure, never by trusting
the length the container claims: Ogg/Opus cut anywhere is refused, valid 12.2 kbit/s AMR (whose length
FFmpeg overestimates by about 3%) is accepted, and a cut file is imported only with a stored warning."""

from __future__ import annotations

import io
import json

import pytest

from talktogether_desktop.audio import CutShort, scan_bytes
from tt_speech import encode_amr, ffmpeg_convert, make_dialogue, run


@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cut")
    dialogue, _ = make_dialogue(folder / "d")
    long = folder / "long.wav"
    run("sox", str(dialogue), str(long), "repeat", "1")  # ~28 s
    return folder, long


def _amr_12k2(src, container: str) -> bytes:
    """AMR-NB at 12.2 kbit/s, as phones write it."""
    out = src.with_name(src.stem + "-12k2." + container)
    return encode_amr(src, out, container, bit_rate=12200).read_bytes()


from tt_encodings import ENCODINGS  # noqa: E402 - the encodings read here and by sec 50's in-place check


def _encoded(speech, kind: str) -> bytes:
    folder, long = speech
    if kind == "amr":
        return _amr_12k2(long, "amr")
    name, args = ENCODINGS[kind]
    path = folder / name
    if not path.exists():
        ffmpeg_convert(long, path, *args)
    return path.read_bytes()


@pytest.mark.parametrize("kind", [*ENCODINGS, "amr"])
def test_whole_files_pass_and_every_cut_is_found(speech, kind):
    data = _encoded(speech, kind)
    info = scan_bytes(data, name=kind)
    assert info.cut_short is None and info.duration_s > 25
    for share in (0.1, 0.3, 0.5, 0.6, 0.7, 0.9, 0.98):
        with pytest.raises(CutShort):
            scan_bytes(data[: int(len(data) * share)], name=kind)


def test_valid_12k2_amr_over_15_s_is_not_called_cut_short(speech):
    data = _amr_12k2(speech[1], "amr")
    import av

    with av.open(io.BytesIO(data)) as container:
        claimed = container.duration / av.time_base
    info = scan_bytes(data)
    assert claimed > info.duration_s * 1.02  # FFmpeg's estimate really is too long
    assert info.cut_short is None


def test_a_cut_file_can_be_accepted_with_its_warning(speech):
    data = _encoded(speech, "opus")
    info = scan_bytes(data[: int(len(data) * 0.6)], allow_cut_short=True)
    assert info.cut_short and "end" in info.cut_short
    assert 10 < info.duration_s < 20


def test_cli_refuses_a_cut_voice_note_and_imports_it_only_with_a_shown_warning(cli, speech, tmp_path):
    data = _encoded(speech, "opus")
    cut = tmp_path / "voice-note.opus"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    amr = tmp_path / "phone.amr"
    amr.write_bytes(_amr_12k2(speech[1], "amr"))
    assert cli("vault", "init").returncode == 0
    couple = str(json.loads(cli("couple", "add", "--name", "C", "--partner", "A", "--partner", "B", "--json").stdout)["id"])

    refused = cli("import", "--couple", couple, str(cut), "--no-process")
    assert refused.returncode == 4 and "cut short" in refused.stderr and "--accept-cut-short" in refused.stderr
    assert json.loads(cli("recording", "list", "--couple", couple, "--json").stdout) == []

    whole = cli("import", "--couple", couple, str(amr), "--no-process", "--json")
    assert whole.returncode == 0, whole.stderr
    assert json.loads(whole.stdout)["cut_short"] is None

    accepted = cli("import", "--couple", couple, str(cut), "--no-process", "--accept-cut-short", "--json")
    assert accepted.returncode == 0, accepted.stderr
    assert "Warning: Cut short" in accepted.stderr
    rid = str(json.loads(accepted.stdout)["id"])
    shown = cli("recording", "show", rid)
    assert "Warning: Cut short" in shown.stdout
    assert "(CUT SHORT)" in cli("recording", "list", "--couple", couple).stdout
    stored = json.loads(cli("recording", "show", rid, "--json").stdout)["recording"]
    assert stored["import_warning"].startswith("Cut short")


def test_the_window_lists_a_cut_recording_with_its_warning(vault_factory, speech):
    from talktogether_desktop.pipeline import ops_recordings
    from talktogether_desktop.storage import couples
    from talktogether_desktop.storage.settings import load_settings
    from talktogether_desktop.ui import page_data

    vault = vault_factory()
    couple_id = couples.add_couple(vault, "C", ["A", "B"])
    data = _encoded(speech, "vorbis")
    settings = load_settings(vault)
    ops_recordings.import_audio(vault, settings, couple_id, data[: len(data) // 2], accept_cut_short=True)
    ops_recordings.import_audio(vault, settings, couple_id, data)
    rows = page_data.couple_page(vault, couple_id)["recordings"]
    assert sorted(r["status_text"] for r in rows) == ["Not processed yet", "Not processed yet · cut short"]
