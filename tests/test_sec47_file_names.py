"""A recording's file name is shown as text, never as commands to the terminal (sec47).

The name of the file imported is kept with the recording and printed by `import`, `recording list`, `recording show`
and the duplicate notice. A file's name is the couple's phone's or messenger's choice, and it may hold any byte but
'/': a line break split `recording list`'s row in two, and a terminal's escape sequence was printed as it was
("fight\\x1b]52;c;…\\x07.m4a" sets the therapist's clipboard in many terminals, "\\x1b[2J" clears the screen, "\\x1b]0;…"
renames the window), as was a right-to-left override that shows "fight\\u202egpj.m4a" as "fightm4a.jpg". Such
characters are now kept as a space (the overrides left out) where the name is taken, so every face shows the same."""

from __future__ import annotations

import io
import json
import os
import wave

import numpy as np

from tt_testing import PASSPHRASE

from talktogether_desktop.audio.files import readable_name
from talktogether_desktop.storage import recordings
from talktogether_desktop.storage.vault import open_vault

CLIPBOARD_SET = "\x1b]52;c;SGVsbG8=\x07"


def _tone(path) -> None:
    t = np.arange(16000 * 2) / 16000
    pcm = (0.3 * np.sin(2 * np.pi * 220 * t) * 32767).astype(np.int16)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000), w.writeframes(pcm.tobytes())
    path.write_bytes(out.getvalue())


def test_control_characters_in_a_file_name_are_never_printed_or_kept(cli, isolated_home, tmp_path):
    assert cli("vault", "init").returncode == 0
    couple = json.loads(cli("couple", "add", "--name", "Ana and Bo", "--partner", "Ana", "--partner", "Bo",
                            "--json").stdout)["id"]
    name = os.fsdecode(b"Pe\xf1a\nfight" + CLIPBOARD_SET.encode() + "\x1b[2J\u202egpj.wav".encode())
    audio = tmp_path / name
    _tone(audio)
    imported = cli("import", "--couple", str(couple), str(audio), "--no-process", "--json")
    assert imported.returncode == 0, imported.stderr
    rec_id = json.loads(imported.stdout)["id"]
    again = cli("import", "--couple", str(couple), str(audio), "--no-process")  # the duplicate notice names it too
    listed = cli("recording", "list", "--couple", str(couple))
    shown = cli("recording", "show", str(rec_id))
    for said in (imported.stderr, again.stdout + again.stderr, listed.stdout, shown.stdout):
        assert "\x1b" not in said and "\x07" not in said and "\u202e" not in said, repr(said)
    assert len(listed.stdout.strip().splitlines()) == 1, listed.stdout  # one row, not split by the name's line break
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault:
        kept = recordings.get_recording(vault, rec_id)["original_name"]
    assert kept.startswith("Pe\ufffda fight ]52;c;SGVsbG8= ") and kept.endswith("gpj.wav"), repr(kept)


def test_ordinary_names_are_kept_as_they_are():
    for name in ("Quennell fight.m4a", "Niño y Zoë – 2 déc.m4a", "דנה ורון.m4a", "  two  spaces .wav"):
        assert readable_name(name) == name
