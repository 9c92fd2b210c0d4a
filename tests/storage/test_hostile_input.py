"""Hostile or odd input gets a sentence, never a traceback or a hang: key files with absurd or altered fields,
restore given a folder or an unreadable file, and file names that are not UTF-8."""

from __future__ import annotations

import json
import os
import socket
import time

import pytest

from tt_speech import make_dialogue

KEYS = "vault.keys.json"


def _edit_slot(field, value):
    def edit(doc):
        doc["slots"]["passphrase"]["kdf"][field] = value
    return edit


def _flip(text: str) -> str:
    return ("B" if text[0] != "B" else "C") + text[1:]


MUTATIONS = {
    "memory_8_kib": _edit_slot("memory_kib", 8),
    "memory_64_gib": _edit_slot("memory_kib", 64 * 1024 * 1024),
    "memory_8_gib": _edit_slot("memory_kib", 8 * 1024 * 1024),
    "time_cost_1e6": _edit_slot("time_cost", 1e6),
    "time_cost_million": _edit_slot("time_cost", 1_000_000),
    "parallelism_0": _edit_slot("parallelism", 0),
    "memory_as_text": _edit_slot("memory_kib", "65536"),
    "salt_not_base64": _edit_slot("salt", "***"),
    "kdf_not_a_dict": lambda doc: doc["slots"]["passphrase"].__setitem__("kdf", [1, 2]),
    "version_x": lambda doc: doc.__setitem__("version", "x"),
    "version_list": lambda doc: doc.__setitem__("version", [1]),
    "slots_as_list": lambda doc: doc.__setitem__("slots", [doc["slots"]["passphrase"], doc["slots"]["recovery"]]),
    "no_recovery_slot": lambda doc: doc["slots"].pop("recovery"),
    "nonce_short": lambda doc: doc["slots"]["passphrase"].__setitem__("nonce", "AAAA"),
    "wrapped_key_changed": lambda doc: doc["slots"]["passphrase"].__setitem__(
        "ciphertext", _flip(doc["slots"]["passphrase"]["ciphertext"])),
    "vault_id_changed": lambda doc: doc.__setitem__("vault_id", "0" * 8 + doc["vault_id"][8:]),
    "vault_id_number": lambda doc: doc.__setitem__("vault_id", 42),
    "document_is_a_list": None,
}


@pytest.mark.parametrize("case", list(MUTATIONS))
def test_a_damaged_key_file_is_reported_as_damaged_quickly(cli, isolated_home, case):
    assert cli("vault", "init").returncode == 0
    path = isolated_home / KEYS
    doc = json.loads(path.read_text())
    if MUTATIONS[case] is None:
        doc = [doc]
    else:
        MUTATIONS[case](doc)
    path.write_text(json.dumps(doc))
    started = time.monotonic()
    result = cli("couple", "list", timeout=60)
    assert time.monotonic() - started < 30
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    assert "key file is damaged" in result.stderr
    assert "passphrase" not in result.stderr.lower().replace("key file", "")


def test_restore_given_a_folder_or_an_unreadable_file(cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = cli("vault", "restore", str(folder))
    assert result.returncode == 4 and "is a folder" in result.stderr and "Traceback" not in result.stderr
    unreadable = tmp_path / "s.sock"  # open() fails even for root
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(unreadable))
    try:
        result = cli("vault", "restore", str(unreadable))
    finally:
        server.close()
    assert result.returncode == 4 and "Could not read the backup file" in result.stderr
    assert "Traceback" not in result.stderr
    garbage = tmp_path / "list.ttb"
    garbage.write_bytes(b"TTBACKUP1\n[1, 2]\n")
    result = cli("vault", "restore", str(garbage))
    assert result.returncode in (1, 4) and "Traceback" not in result.stderr


def test_file_names_that_are_not_utf8(cli, tmp_path):
    dialogue, _ = make_dialogue(tmp_path / "a")
    raw = os.fsencode(tmp_path) + b"/caf\xe9 \xff.wav"
    os.rename(dialogue, raw)
    name = os.fsdecode(raw)
    assert cli("vault", "init").returncode == 0
    couple = str(json.loads(cli("couple", "add", "--name", "C", "--partner", "A", "--partner", "B", "--json").stdout)["id"])
    for args in (
        ("import", "--couple", couple, name, "--no-process"),
        ("recording", "list", "--couple", couple),
        ("recording", "show", "1"),
        ("transcribe-file", name),
        ("vault", "backup", os.fsdecode(os.fsencode(tmp_path) + b"/b\xff.ttb")),
        ("import", "--couple", couple, os.fsdecode(os.fsencode(tmp_path) + b"/missing\xfe.wav")),
    ):
        result = cli(*args)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        assert result.returncode in (0, 4), (args, result.stderr)
    assert os.path.exists(os.fsencode(tmp_path) + b"/b\xff.ttb")
    listed = json.loads(cli("recording", "list", "--couple", couple, "--json").stdout)
    assert listed[0]["original_name"] == "caf\ufffd \ufffd.wav"
