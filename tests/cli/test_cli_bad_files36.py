"""Round 36: every command that reads an audio file says what is wrong with the file in one line, with exit 4. A 0.2 s
file was "only silence (its loudest moment is -3 dBFS)" at import and "The recording is shorter than half a second"
(no file named) in `diarize-file`; a silent 30 s file gave exit 0 and no word at all from `transcribe-file` and
`diarize-file`, and "No speech was found in the recording" (no file named) from `analyze-file`."""

from __future__ import annotations

import io
import json
import re
import wave

import numpy as np

from tt_overlap import tone_wav

FILE_COMMANDS = (("analyze-file",), ("diarize-file",), ("transcribe-file",))


def _wav(samples: np.ndarray) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000), w.writeframes(samples.astype(np.int16).tobytes())
    return out.getvalue()


def _bad_files(folder):
    """(path, what the one line must say) for each kind of file a therapist may pick by mistake."""
    folder.mkdir()
    made = {
        "broken.wav": (b"RIFF" + np.random.default_rng(7).integers(0, 256, 20000, dtype=np.uint8).tobytes(),
                       "starts like a recording (WAV) but is damaged"),
        "empty.wav": (b"", "is empty (0 bytes)"),
        "notes.wav": (b"Session notes, not a recording.\n" * 20, "is not an audio file"),
        "short.wav": (tone_wav(0.2), "is only 0.2 s long: too short"),
        "silent.wav": (_wav(np.zeros(16000 * 30)), "contains only silence (no sound at all)"),
    }
    for name, (data, _) in made.items():
        (folder / name).write_bytes(data)
    (folder / "a folder").mkdir()
    return [(folder / name, said) for name, (_, said) in made.items()] + [
        (folder / "a folder", "is a folder, not an audio file"), (folder / "missing.wav", "There is no file")]


def _one_line_about_the_file(got, path, said, command) -> None:
    assert got.returncode == 4, (command, path.name, got.returncode, got.stderr)
    assert "Traceback" not in got.stderr, (command, got.stderr)
    errors = [line for line in got.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and said in errors[0] and path.name in errors[0], (command, path.name, got.stderr)
    assert "vault" not in errors[0] and not re.search(r"[Rr]ecording \d|the recording", errors[0]), (command, errors)
    if command[0] != "import":
        assert "import" not in errors[0], (command, errors[0])


def test_each_bad_file_is_one_line_naming_the_file_and_exit_4(cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    couple = cli("couple", "add", "--name", "Lee", "--partner", "Jo", "--partner", "Kim").stdout.strip()
    assert cli("consent", "record", "--couple", couple).returncode == 0
    for path, said in _bad_files(tmp_path / "picked"):
        for command in (*FILE_COMMANDS, ("import", "--couple", couple)):
            _one_line_about_the_file(cli(*command, str(path)), path, said, command)
        as_json = cli("--json", "analyze-file", str(path))
        assert as_json.returncode == 4 and said in json.loads(as_json.stdout)["error"], as_json.stdout
    assert cli("recording", "list", "--couple", couple, "--json").stdout.strip() == "[]"  # nothing imported


def test_a_sound_with_no_words_is_said_of_the_file(cli, tmp_path):
    """Sound but no speech (a 30 s hum): an empty transcript (exit 0) and nothing to analyse (exit 4), both naming
    the file; before, `transcribe-file` printed nothing at all."""
    hum = tmp_path / "hum.wav"
    hum.write_bytes(tone_wav(30.0))
    words = cli("transcribe-file", str(hum))
    assert words.returncode == 0 and words.stdout == "", words.stderr
    assert "No speech was found in 'hum.wav' (30.0 s): the transcript is empty." in words.stderr
    analysed = cli("analyze-file", str(hum))
    assert analysed.returncode == 4 and "Traceback" not in analysed.stderr, analysed.stderr
    assert analysed.stderr.strip().splitlines()[-1] == ("Error: No speech was found in 'hum.wav', so there is "
                                                         "nothing to analyse.")
