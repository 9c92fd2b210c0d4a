"""A crash must never put keys or client data on disk, and files the native decoder chokes on are refused
before it ever sees them: 8 and 16 channel files used to end both commands with SIGSEGV (exit 139)."""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tt_speech import make_dialogue, need, run
from tt_testing import PROCESS_STARTS, REPO


def _many_channels(tmp_path: Path, channels: int, suffix: str) -> Path:
    need("sox")
    out = tmp_path / f"ch{channels}.{suffix}"
    run("sox", "-n", "-r", "16000", "-b", "16", "-c", str(channels), str(out), "synth", "3", "sine", "300")
    return out


@pytest.mark.parametrize("channels,suffix", [(8, "wav"), (8, "flac"), (16, "wav")])
def test_files_with_8_or_more_channels_are_refused_cleanly(cli, tmp_path, channels, suffix):
    audio = _many_channels(tmp_path, channels, suffix)
    assert cli("vault", "init").returncode == 0
    couple = json.loads(cli("couple", "add", "--name", "C", "--partner", "A", "--partner", "B", "--json").stdout)["id"]
    imported = cli("import", "--couple", str(couple), str(audio))
    assert imported.returncode == 4, imported.stderr
    assert f"has {channels} sound channels" in imported.stderr
    assert "Traceback" not in imported.stderr
    assert cli("recording", "list", "--couple", str(couple), "--json").stdout.strip() in ("[]", "")
    by_file = cli("transcribe-file", str(audio))
    assert by_file.returncode == 4 and f"has {channels} sound channels" in by_file.stderr


def test_six_channels_still_import(cli, tmp_path):
    audio = _many_channels(tmp_path, 6, "wav")
    assert cli("vault", "init").returncode == 0
    couple = json.loads(cli("couple", "add", "--name", "C", "--partner", "A", "--partner", "B", "--json").stdout)["id"]
    imported = cli("import", "--couple", str(couple), str(audio), "--no-process", "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["channels"] == 6


DUMPABLE_PROBE = """
import ctypes, resource
{start}
print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0), resource.getrlimit(resource.RLIMIT_CORE))
"""


@pytest.mark.parametrize(
    "start",
    list(PROCESS_STARTS.values()),
    ids=list(PROCESS_STARTS),
)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_GET_DUMPABLE is Linux's")
def test_every_process_is_undumpable_and_writes_no_core(start):
    result = subprocess.run(
        [sys.executable, "-c", DUMPABLE_PROBE.format(start=start)], capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"},
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY)),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "0 (0, 0)"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="core files as Linux writes them")
def test_a_crash_mid_import_leaves_no_core_file_and_no_plaintext(cli, isolated_home, tmp_path):
    """The leak scan after a crash: SIGSEGV while the vault is open and audio is being processed, with core
    files allowed by the shell; afterwards nothing in the working folder, the data folder or the temporary
    folder holds a core file, the couple's name or the transcript's words."""
    dialogue, _ = make_dialogue(tmp_path / "audio")
    long = tmp_path / "audio" / "long.wav"
    run("sox", str(dialogue), str(long), "repeat", "3")
    assert cli("vault", "init").returncode == 0
    name = "Wenceslas-Okonkwo"
    couple = json.loads(cli("couple", "add", "--name", name, "--partner", "Ysolde", "--partner", "Bram", "--json").stdout)["id"]
    workdir, tmpdir = tmp_path / "cwd", tmp_path / "tmp"
    workdir.mkdir()
    tmpdir.mkdir()
    import os

    env = {**os.environ, "TALKTOGETHER_HOME": str(isolated_home), "TMPDIR": str(tmpdir),
           "TALKTOGETHER_PASSPHRASE": "correct horse battery", "PYTHONPATH": str(REPO / "src")}
    child = subprocess.Popen(
        [sys.executable, "-m", "talktogether_desktop", "import", "--couple", str(couple), str(long)],
        cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY)),
    )
    time.sleep(6)  # the vault is open and the audio decoded
    assert child.poll() is None, child.communicate()[1].decode()[-2000:]
    child.send_signal(signal.SIGSEGV)
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGSEGV
    time.sleep(1)
    written = [p for folder in (workdir, tmpdir, isolated_home) for p in folder.rglob("*") if p.is_file()]
    assert not [p for p in written if p.name.startswith("core")]
    needles = [name.encode(), "Ysolde".encode(), b"weekend"]
    leaks = [str(p) for p in written for needle in needles if needle in p.read_bytes()]
    assert leaks == []
