"""Hostile audio files through the real import, counted by outcome.

    python tools/fuzz_audio.py --count 1000 [--seed 7] [--keep DIR]

Makes a corpus (structure-aware mutations of every supported container and codec, truncations at many
offsets, 1-16 channels, 8-192 kHz, huge claimed durations, non-audio files, odd file names) and imports
each file into a throwaway vault in a worker process, the way `talktogether import --no-process` does.
Outcomes: accepted, duplicate (the same bytes again), rejected:<reason> (a BadAudio with its message), and the ones that must stay at 0:
traceback (any other exception), crash (the worker died on a signal), hang (no answer within the time
limit) and leftover (a rejected file left a row, audio or a temporary file behind). The worker is
restarted after a crash or hang, so one bad file cannot hide the next.

`tests/audio/test_fuzz_quick.py` runs about 100 of these files; this script runs 1,000+.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_corpus import corpus  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
HANG_S = 60.0


# --- the runner --------------------------------------------------------------------------------------------

WORKER = r"""
import json, os, sys, tempfile, traceback
from pathlib import Path
from talktogether_desktop.process_guard import harden_process
harden_process("fuzz worker")
from talktogether_desktop.errors import BadAudio, BadInputFile, DuplicateRecording
from talktogether_desktop.pipeline import ops_recordings, vault_audio
from talktogether_desktop.storage import couples
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import create_vault
home = Path(sys.argv[1])
vault, _ = create_vault(home / "vault", "lantern river cello oats")
couple = couples.add_couple(vault, "Fuzz", ["A", "B"])
settings = load_settings(vault)
tmp = Path(os.environ["TMPDIR"])
def counts():
    return (vault.one("SELECT count(*) FROM recordings")[0], vault.one("SELECT count(*) FROM audio_chunks")[0],
            vault.one("SELECT count(*) FROM jobs")[0])
print(json.dumps({"ready": True}), flush=True)
for line in sys.stdin:
    path = os.fsdecode(bytes.fromhex(line.strip()))
    before = counts()
    try:
        result = ops_recordings.import_file(vault, settings, couple, path, queue_processing=False)
        # what processing would read back: decoded from the vault, in memory
        vault_audio.analysis_audio(vault, result.id)
        outcome = "accepted"
    except DuplicateRecording:  # two mutations can make the same bytes: kept once, as promised
        outcome = "duplicate"
        if counts() != before:
            outcome = "leftover"
    except (BadAudio, BadInputFile) as exc:
        outcome = "rejected:" + getattr(exc, "reason", type(exc).__name__)
        if counts() != before or any(tmp.iterdir()):
            outcome = "leftover"
    except BaseException as exc:
        outcome = "traceback:" + type(exc).__name__
        print(traceback.format_exc(), file=sys.stderr, flush=True)
    print(json.dumps({"outcome": outcome}), flush=True)
"""


class Worker:
    def __init__(self, home: Path, tmp: Path):
        self.home, self.tmp = home, tmp
        self.proc = None

    def start(self) -> None:
        shutil.rmtree(self.home, ignore_errors=True)
        self.home.mkdir(parents=True)
        env = {**os.environ, "TMPDIR": str(self.tmp), "PYTHONPATH": os.pathsep.join(
            [str(REPO / "tests" / "fast_kdf"), str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}
        # the worker's tracebacks go to a file (a pipe nobody reads would fill up and stall it)
        self.errors = open(self.home.parent / "worker-errors.log", "a")
        self.proc = subprocess.Popen([sys.executable, "-c", WORKER, str(self.home)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.errors, env=env, text=True)
        ready = self.proc.stdout.readline()
        if not ready:
            raise RuntimeError("the fuzz worker did not start; see " + self.errors.name)

    def run(self, path: Path, timeout: float) -> str:
        import selectors

        if self.proc is None or self.proc.poll() is not None:
            self.start()
        self.proc.stdin.write(os.fsencode(path).hex() + "\n")
        self.proc.stdin.flush()
        selector = selectors.DefaultSelector()
        selector.register(self.proc.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            self.proc.kill()
            self.proc.wait()
            self.proc = None
            return "hang"
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            self.proc = None
            return f"crash:signal{-code}" if code < 0 else f"crash:exit{code}"
        return json.loads(line)["outcome"]

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
        if getattr(self, "errors", None) is not None:
            self.errors.close()


BAD = ("traceback", "crash", "hang", "leftover")


def run_corpus(items, workdir: Path, timeout: float = HANG_S, keep: Path | None = None, log=None) -> dict:
    """Import every item; returns {"counts": {outcome: n}, "bad": [(label, name, outcome)], "seconds": s}."""
    files = workdir / "files"
    files.mkdir(parents=True, exist_ok=True)
    tmp = workdir / "tmp"
    tmp.mkdir(exist_ok=True)
    worker = Worker(workdir / "home", tmp)
    counts: collections.Counter = collections.Counter()
    bad = []
    started = time.monotonic()
    try:
        for i, (label, name, data) in enumerate(items):
            path = files / name
            try:
                path.write_bytes(data)
            except OSError:  # a name this file system refuses (too long): keep the bytes, plain name
                path = files / f"{i:04d}_renamed"
                path.write_bytes(data)
            outcome = worker.run(path, timeout)
            counts[outcome.split(":")[0] if outcome.startswith(BAD) else outcome] += 1
            if outcome.startswith(BAD):
                bad.append((label, repr(name), outcome))
                if keep is not None:
                    keep.mkdir(parents=True, exist_ok=True)
                    (keep / f"{i:04d}_{label}").write_bytes(data)
            if log:
                log(f"{i + 1}/{len(items)} {label}: {outcome}")
            path.unlink()
            for leftover in tmp.iterdir():
                leftover.unlink()
    finally:
        worker.close()
    return {"counts": dict(counts), "bad": bad, "seconds": round(time.monotonic() - started, 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=HANG_S, help="seconds per file before it counts as a hang")
    parser.add_argument("--keep", type=Path, help="save every file with a bad outcome here")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tt-fuzz-") as work:
        items = corpus(args.count, args.seed, Path(work))
        result = run_corpus(items, Path(work), args.timeout, args.keep, log=print if args.verbose else None)
    print(f"{len(items)} files in {result['seconds']} s")
    for outcome, n in sorted(result["counts"].items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:5d}  {outcome}")
    for kind in BAD:
        print(f"  {kind}s: {sum(1 for b in result['bad'] if b[2].startswith(kind))}")
    for label, name, outcome in result["bad"][:50]:
        print(f"  BAD {outcome}: {label} ({name})")
    return 1 if result["bad"] else 0


if __name__ == "__main__":
    sys.exit(main())
