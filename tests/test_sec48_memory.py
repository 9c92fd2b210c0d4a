"""Sec 48 (the real command line, a real SQLCipher vault, the child's address space limited as on a small laptop):
importing asks for no more memory than the file holds, and a file too large for the memory free is refused in plain
words, nothing stored.

A recording is read whole into memory (never copied to disk). It was read with `read(4 GiB + 1)`, which reserves that
much before it reads: on a computer with less memory than that, or one that promises no memory it does not have
(vm.overcommit_memory=2, a ulimit), every import failed, a 400 KB phone recording included, with "An unexpected problem
stopped the command (MemoryError in audio/files.py, line 41) … Run it again". Measured here: a 2.0 GB WAV (1 h 55 min,
48 kHz 24-bit stereo) imports with --no-process at a peak of 2.1 GB resident."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys

from tt_testing import PASSPHRASE, REPO, tone_wav

LIMIT = 3 * 1024**3  # the command itself needs about 1.2 GB of address space; 4 GiB asked for at once never fits


def _limited_cli(home, *args: str) -> subprocess.CompletedProcess:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))

    env = {**os.environ, "TALKTOGETHER_HOME": str(home), "TALKTOGETHER_PASSPHRASE": PASSPHRASE,
           # threads' stacks and malloc arenas take address space too: as few as a laptop's
           "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2",
           "PYTHONPATH": os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")])}
    return subprocess.run([sys.executable, "-m", "talktogether_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=300, preexec_fn=limit)


def _couple(cli) -> str:
    assert cli("vault", "init").returncode == 0
    out = cli("couple", "add", "--name", "Quillfeather", "--partner", "Ana", "--partner", "Ben", "--json")
    return str(json.loads(out.stdout)["id"])


def test_a_small_recording_imports_where_4_gib_cannot_be_reserved(cli, isolated_home, tmp_path):
    couple = _couple(cli)
    talk = tmp_path / "talk.wav"
    talk.write_bytes(tone_wav(3.0))
    done = _limited_cli(isolated_home, "import", "--couple", couple, "--no-process", str(talk), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["size_bytes"] == talk.stat().st_size


def test_a_file_larger_than_the_memory_free_is_read_in_place_and_refused_for_what_it_is(cli, isolated_home, tmp_path):
    """Sec 50: a file from 256 MB on is read where it lies (audio/file_view.py), so one larger than the memory free is
    no longer refused for memory: this 3.5 GB file of zeros is refused as not audio, in plain words, nothing stored."""
    couple = _couple(cli)
    big = tmp_path / "Quillfeather long evening.wav"
    with open(big, "wb") as fh:  # 3.5 GB, under the 4 GiB cap, with no disk used (sparse)
        fh.truncate(3_500_000_000)
    done = _limited_cli(isolated_home, "import", "--couple", couple, "--no-process", str(big))
    assert done.returncode == 4, done.stderr
    said = done.stderr
    assert "is not an audio file" in said and "too little memory free" not in said, said
    assert "unexpected problem" not in said and "MemoryError" not in said and "Traceback" not in said
    listed = cli("recording", "list", "--couple", couple, "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
