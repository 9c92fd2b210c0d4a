"""Peak memory of processing a stored recording: `recording process` on a recording already in the vault.

    .venv/bin/python benchmarks/memory.py [--minutes 60,180] [--talk-minutes 10] [--kind wav48s|m4a]
                                          [--model tiny.en] [--threads 2] [--work DIR] [--out FILE]

Each file is made from benchmarks/transcribe.py's two espeak-ng voices taking turns: the block is repeated for
`--talk-minutes` (all of it when 0), then the rest of the length is a quiet room (brown noise at about -60 dBFS), so a
3-hour recording is as long in memory as any 3 hours while the speech model has only the talk to transcribe.
`wav48s` is a recorder's WAV (48 kHz, 16-bit, stereo: 3 h is 2.07 GB), `m4a` a phone's (AAC 44.1 kHz 64 kb/s, mono).

The file is imported first with --no-process (not measured). Then a process of its own opens the vault and runs
`ops_recordings.process_recording` (transcription with the second listen, speakers, analysis) as `recording process`
does; a thread in it sums the RSS of that process and every process under it (the speech model's) every 50 ms and
keeps the highest sum of each step, with this process's own part of it then ("here"; the rest is the speech model's
process), and the same for the PSS (smaps_rollup: a page two processes share counts half in each, so the PSS sum is
what the tree holds; the RSS sum counts shared pages twice) and for its anonymous + shared-memory part alone (see
tree_pss_mb). "peak MB" is the highest RSS sum of all, "PSS sum" the highest PSS sum, "VmHWM" the measuring
process's own peak.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import transcribe as _speech  # noqa: E402 - the espeak block of the transcription benchmark
from speed import tree_rss_mb as _tree_rss_mb  # noqa: E402 - the process tree's memory, as speed.py reads it

PASSPHRASE = "benchmark passphrase"


def make_file(work: Path, minutes: int, talk_minutes: int, kind: str) -> Path:
    """The recording for one length (made once, kept in `work`)."""
    ext = "wav" if kind == "wav48s" else "m4a"
    out = work / f"memory_{minutes}min_talk{talk_minutes}_{kind}.{ext}"
    if out.exists():
        return out
    block = work / "block.wav" if (work / "block.wav").exists() else _speech.speak_block(_speech.TURNS, work, "block")
    seconds = float(subprocess.run(["soxi", "-D", str(block)], capture_output=True, text=True, check=True).stdout)
    talk_s = minutes * 60 if talk_minutes <= 0 else min(minutes, talk_minutes) * 60
    talk = work / f"talk_{int(talk_s)}s.wav"
    if not talk.exists():
        _speech.run("sox", str(block), str(talk), "repeat", str(int(talk_s / seconds)), "trim", "0", str(talk_s))
    rate, channels = ("48000", "2") if kind == "wav48s" else ("44100", "1")
    padded = work / f"padded_{minutes}min_talk{talk_minutes}.wav"
    if talk_s < minutes * 60:
        quiet = work / f"quiet_{minutes}min_talk{talk_minutes}.wav"
        _speech.run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(quiet), "synth", str(minutes * 60 - talk_s),
                    "brownnoise", "vol", "0.002")
        _speech.run("sox", str(talk), str(quiet), str(padded))
        quiet.unlink()
    else:
        padded = talk
    if kind == "wav48s":
        _speech.run("sox", str(padded), "-r", rate, "-c", channels, "-b", "16", str(out))
    else:
        _speech.run("ffmpeg", "-y", "-loglevel", "error", "-i", str(padded), "-ar", rate, "-ac", channels, "-c:a", "aac",
                    "-b:a", "64k", str(out))
    if padded != talk:
        padded.unlink()
    return out


def _env(home: Path) -> dict:
    return {**os.environ, "TALKTOGETHER_HOME": str(home), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def import_stored(home: Path, audio: Path, model: str, threads: int) -> int:
    """A fresh vault in `home` with one couple (consent given) and the file imported without processing."""
    code = f"""
import json, sys
from pathlib import Path
from talktogether_desktop.pipeline.ops_recordings import import_file
from talktogether_desktop.storage import couples
from talktogether_desktop.storage.settings import from_environment
from talktogether_desktop.storage.vault import create_vault
vault, _ = create_vault(Path({str(home)!r}) / "vault", {PASSPHRASE!r})
couple = couples.add_couple(vault, "Bench", ["A", "B"])
couples.record_consent(vault, couple)
settings = from_environment().replace(model={model!r}, cpu_threads={threads})
print(json.dumps({{"id": import_file(vault, settings, couple, {str(audio)!r}).id}}))
vault.close()
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(home), check=True)
    return int(json.loads(done.stdout.strip().splitlines()[-1])["id"])


def case_process(home: str, recording_id: int, model: str, threads: int) -> dict:
    """In its own process: process the stored recording, sampling this process tree's RSS per step."""
    from talktogether_desktop.pipeline.ops_recordings import process_recording
    from talktogether_desktop.storage import transcripts
    from talktogether_desktop.storage.settings import from_environment
    from talktogether_desktop.storage.vault import open_vault

    step = ["open"]
    peaks: dict[str, tuple[float, float]] = {}  # step: (the tree's highest sum, this process's part of it then)
    pss_peaks: dict[str, tuple[float, float]] = {}  # step: (the tree's highest PSS sum, this process's part then)
    own_peaks: dict[str, tuple[float, float]] = {}  # the same for the PSS of anonymous and shared memory only
    running = [True]

    def sample() -> None:
        while running[0]:
            total, own = _tree_rss_mb(os.getpid())
            if total > peaks.get(step[0], (0.0, 0.0))[0]:
                peaks[step[0]] = (total, own)
            (pss, own_pss), (mem, own_mem) = tree_pss_mb(os.getpid())
            if pss > pss_peaks.get(step[0], (0.0, 0.0))[0]:
                pss_peaks[step[0]] = (pss, own_pss)
            if mem > own_peaks.get(step[0], (0.0, 0.0))[0]:
                own_peaks[step[0]] = (mem, own_mem)
            time.sleep(0.05)

    said: dict[str, int] = {}

    def progress(fraction: float, message: str = "") -> None:
        label = message.split(":")[0].split(" (")[0][:40]
        if label and label != step[0]:
            said[label] = said.get(label, 0) + 1  # "Reading the recording" starts each step: told apart by number
            step[0] = label if said[label] == 1 else f"{label} #{said[label]}"

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    vault = open_vault(Path(home) / "vault", PASSPHRASE)
    settings = from_environment().replace(model=model, cpu_threads=threads)
    started = time.perf_counter()
    summary = process_recording(vault, settings, recording_id, progress=progress)
    wall = time.perf_counter() - started
    words = len(transcripts.load_words(vault, recording_id))
    vault.close()
    running[0] = False
    sampler.join()
    with open("/proc/self/status") as f:
        hwm = int(next(line for line in f if line.startswith("VmHWM:")).split()[1]) / 1024
    return {"wall_s": round(wall, 1), "words": words, "steps": summary.get("steps"),
            "peak_mb": round(max(total for total, _own in peaks.values())), "vmhwm_mb": round(hwm),
            "peak_pss_mb": round(max((pss for pss, _own in pss_peaks.values()), default=0.0)),
            "peak_mem_mb": round(max((mem for mem, _own in own_peaks.values()), default=0.0)),
            "step_peaks": {k: f"{total:.0f} ({own:.0f} here); PSS {pss_peaks.get(k, (0, 0))[0]:.0f} "
                              f"({pss_peaks.get(k, (0, 0))[1]:.0f} here); anon+shmem {own_peaks.get(k, (0, 0))[0]:.0f} "
                              f"({own_peaks.get(k, (0, 0))[1]:.0f} here)" for k, (total, own) in peaks.items()}}


def tree_pss_mb(root: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """((the PSS of `root` and all its descendants, that of `root` alone), (the same for Pss_Anon + Pss_Shmem)), in MB
    (/proc/PID/smaps_rollup): a page two processes share is counted half in each, so the sum is what the tree holds
    (the RSS sum counts it twice). The PSS of the libraries' file pages also depends on how many other processes on
    the machine map the same libraries (on a shared box it moved the 60 min total by 170 MB between two runs), so the
    anonymous + shared-memory part (the samples, the models' buffers, the heaps) is the figure to compare."""
    total, own, mem, own_mem, todo = 0, 0, 0, 0, [root]
    while todo:
        pid = todo.pop()
        try:
            for task in os.listdir(f"/proc/{pid}/task"):  # a child started by any thread of it
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
            with open(f"/proc/{pid}/smaps_rollup") as f:
                fields = {line.split()[0]: int(line.split()[1]) * 1024 for line in f if line.startswith("Pss")}
            pss, anon_shmem = fields["Pss:"], fields.get("Pss_Anon:", 0) + fields.get("Pss_Shmem:", 0)
        except (OSError, KeyError, ValueError, IndexError):
            continue
        total, mem = total + pss, mem + anon_shmem
        own, own_mem = (pss, anon_shmem) if pid == root else (own, own_mem)
    return (total / 1e6, own / 1e6), (mem / 1e6, own_mem / 1e6)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--minutes", default="60,180")
    p.add_argument("--talk-minutes", type=int, default=10, help="minutes of talk at the start (0: all of it)")
    p.add_argument("--kind", default="wav48s", choices=["wav48s", "m4a"])
    p.add_argument("--model", default="tiny.en")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "talktogether-bench-memory"))
    p.add_argument("--out", default=None, help="also append the table to this file")
    p.add_argument("--case", nargs=4, metavar=("HOME", "ID", "MODEL", "THREADS"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.case:
        print(json.dumps(case_process(args.case[0], int(args.case[1]), args.case[2], int(args.case[3]))))
        return 0
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    lines = []
    for minutes in [int(m) for m in args.minutes.split(",") if m]:
        audio = make_file(work, minutes, args.talk_minutes, args.kind)
        with tempfile.TemporaryDirectory(dir=work) as home:
            recording_id = import_stored(Path(home), audio, args.model, args.threads)
            done = subprocess.run([sys.executable, __file__, "--case", home, str(recording_id), args.model,
                                   str(args.threads)], capture_output=True, text=True, env=_env(Path(home)))
        if done.returncode != 0:
            row = f"{minutes:>4} min {args.kind}: failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}"
        else:
            r = json.loads(done.stdout.strip().splitlines()[-1])
            row = (f"{minutes:>4} min {args.kind} ({audio.stat().st_size / 1e6:.0f} MB file, {args.talk_minutes or minutes} min talk): "
                   f"peak {r['peak_mb']} MB (process tree RSS sum), PSS sum {r['peak_pss_mb']} MB (anon+shmem {r['peak_mem_mb']} MB), VmHWM {r['vmhwm_mb']} MB, {r['wall_s']} s, {r['words']} words; "
                   f"per step {json.dumps(r['step_peaks'])}")
        print(row, flush=True)
        lines.append(row)
    if args.out:
        with open(args.out, "a") as f:
            f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
