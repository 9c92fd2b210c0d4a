"""Nothing leaves the laptop: the whole workflow under strace makes no internet connection or name
look-up (onnxruntime's telemetry did, from native code), and a network attempt made through Python
in any of our processes is refused and recorded."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tt_speech import make_dialogue, need, run, wav_seconds
from tt_testing import PASSPHRASE, PROCESS_STARTS, REPO

INTERNET = re.compile(r"sa_family=AF_INET6?\b")


def _traced(tt_home: Path, tmp_path, home: Path, name: str, *args: str):
    """Run one CLI command under `strace -f`, with HOME in the test folder; returns (result, trace text)."""
    trace = tmp_path / f"{name}.strace"
    env = {"HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"), "PYTHONPATH": str(REPO / "src"),
           "TALKTOGETHER_HOME": str(tt_home), "TALKTOGETHER_PASSPHRASE": PASSPHRASE}
    result = subprocess.run(
        ["strace", "-f", "--seccomp-bpf", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace),
         sys.executable, "-m", "talktogether_desktop", *args],
        capture_output=True, text=True, timeout=600, env={**os.environ, **env},
    )
    assert result.returncode == 0, f"{name}: {result.stderr[-2000:]}"
    return result, trace.read_text()


@pytest.mark.slow
def test_whole_workflow_on_minutes_of_audio_makes_no_network_attempt(isolated_home, tmp_path):
    need("strace", "sox", "espeak-ng")
    dialogue, _spans = make_dialogue(tmp_path / "audio")
    # About two minutes: onnxruntime's telemetry looked up its host once a session had been open ~10 s.
    long = tmp_path / "audio" / "long.wav"
    run("sox", str(dialogue), str(long), "repeat", "8")
    assert wav_seconds(long) > 110
    home = tmp_path / "user-home"
    home.mkdir()

    commands = [
        ("init", "vault", "init"),
        ("couple", "couple", "add", "--name", "Offline", "--partner", "Ann", "--partner", "Bo", "--json"),
    ]
    outputs, traces = {}, {}
    for name, *args in commands:
        outputs[name], traces[name] = _traced(isolated_home, tmp_path, home, name, *args)
    couple = str(json.loads(outputs["couple"].stdout)["id"])
    for name, *args in [
        ("consent", "consent", "record", "--couple", couple),
        ("import", "import", "--couple", couple, str(long), "--json", "--no-process"),
    ]:
        outputs[name], traces[name] = _traced(isolated_home, tmp_path, home, name, *args)
    recording = str(json.loads(outputs["import"].stdout)["id"])
    for name, *args in [
        ("transcribe", "transcribe", recording),
        ("diarize", "diarize", recording),
        ("speakers", "speakers", "show", recording),
        ("analyze", "analyze", recording),
        ("report", "report", recording, "-o", str(tmp_path / "prep.pdf")),
    ]:
        outputs[name], traces[name] = _traced(isolated_home, tmp_path, home, name, *args)

    assert (tmp_path / "prep.pdf").stat().st_size > 1000
    connects = {name: [line for line in trace.splitlines() if INTERNET.search(line)] for name, trace in traces.items()}
    assert all(not lines for lines in connects.values()), connects
    refused = {name: out.stderr for name, out in outputs.items() if "Refused network attempt" in out.stderr}
    assert refused == {}
    # onnxruntime's telemetry also leaves a device id in the user's cache folder.
    assert not (home / ".cache" / "Microsoft").exists()


GUARD_PROBE = """
import socket, sys
from talktogether_desktop import process_guard
{start}
try:
    socket.getaddrinfo("mobile.events.data.microsoft.com", 443)
    print("resolved")
except process_guard.NetworkRefused:
    print("refused")
print(process_guard.attempts())
"""


def _probe(start: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", GUARD_PROBE.format(start=start)],
        capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"},
    )


@pytest.mark.parametrize(
    "start",
    list(PROCESS_STARTS.values()),
    ids=list(PROCESS_STARTS),
)
def test_a_deliberate_name_lookup_is_refused_and_recorded(start):
    result = _probe(start)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-2] == "refused"
    assert lines[-1] == "['socket.getaddrinfo mobile.events.data.microsoft.com']"
    assert "Refused network attempt 1" in result.stderr
    assert "1 network attempt(s) refused" in result.stderr  # the count, logged when the process ends


def test_the_offline_switches_are_set_before_any_native_library_loads():
    result = _probe("from talktogether_desktop.cli.main import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
                    "import os; print(os.environ.get('ORT_DISABLE_TELEMETRY'), os.environ.get('HF_HUB_OFFLINE'))")
    assert "1 1" in result.stdout


def test_local_pipes_between_our_processes_still_work():
    code = ("from talktogether_desktop.process_guard import harden_process, attempts\nharden_process('t')\n"
            "import multiprocessing, socket\na, b = multiprocessing.Pipe()\na.send('x')\nprint(b.recv())\n"
            "s1, s2 = socket.socketpair()\ns1.sendall(b'y')\nprint(s2.recv(1))\nprint(attempts())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"})
    assert result.stdout.split() == ["x", "b'y'", "[]"], result.stderr
