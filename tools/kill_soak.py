"""Kill -9 at random moments across everything that writes, and check the promises after every kill.

    python tools/kill_soak.py --kills 100 [--seed 7]

Each round runs one real `talktogether` command in its own process (import with processing, transcribe,
diarize, analyze, report, backup, restore, change-passphrase --rekey, new-recovery-code, transcript correct and
undo, practice log) and kills it with
SIGKILL after a random delay within the time that command usually takes. After every kill the vault must:
open (with the passphrase in force before or after a passphrase change), pass `PRAGMA integrity_check`
and the foreign-key check, hold every recording whole (its audio chunks add up to its size and checksum:
all or nothing), and every recording must either have its results or an open job that `jobs resume` picks
up. A backup's work file a kill left beside it must never restore as a backup. At the end `jobs resume` runs and
every recording must be processed.

`tests/test_kill_soak.py` runs a short version; this script prints counts per command and outcome.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PASSPHRASES = ("lantern river cello oats", "quiet harbour maple kites")
DONE_STATES = ("transcribed", "diarized", "analysed", "no_speech")
OPEN_JOB_STATES = ("queued", "running", "interrupted")


def _speech(folder: Path) -> Path:
    """A short two-voice conversation from espeak-ng (the transcriber needs real words)."""
    lines = [("en-us", "Can we talk about the weekend?"), ("en-us+f3", "Yes. I would like that very much."),
             ("en-us", "I felt alone when you worked on Saturday."), ("en-us+f3", "Let us plan a walk on Sunday.")]
    parts = []
    gap = folder / "gap.wav"
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(gap), "trim", "0", "0.6"], check=True)
    for i, (voice, text) in enumerate(lines):
        raw, line = folder / f"raw{i}.wav", folder / f"line{i}.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(raw), text], check=True)
        subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(line)], check=True)
        parts += [line, gap]
    out = folder / "talk.wav"
    subprocess.run(["sox", str(gap), *map(str, parts), str(out)], check=True)
    return out


class Soak:
    def __init__(self, work: Path, seed: int):
        self.work, self.rng = work, random.Random(seed)
        self.took: dict[str, float] = {}  # op -> seconds it took when it last finished
        self.home = work / "home"
        self.passphrase = PASSPHRASES[0]
        self.talk = _speech(work)
        self.takes = 0
        self.leftovers: collections.Counter = collections.Counter()  # backup work files seen after a kill
        self.env = {**os.environ, "TALKTOGETHER_HOME": str(self.home),
                    # test-only cheap key derivation (tests/fast_kdf); the product has no such switch
                    "PYTHONPATH": os.pathsep.join([str(REPO / "tests" / "fast_kdf"), str(REPO / "src")])}

    # --- running commands --------------------------------------------------------------------------------
    def cli(self, *args: str, passphrase: str | None = None, timeout: float = 600, extra_env=None):
        env = {**self.env, "TALKTOGETHER_PASSPHRASE": passphrase or self.passphrase, **(extra_env or {})}
        return subprocess.run([sys.executable, "-m", "talktogether_desktop", *args], capture_output=True,
                              text=True, env=env, timeout=timeout)

    def start(self, *args: str, extra_env=None) -> subprocess.Popen:
        env = {**self.env, "TALKTOGETHER_PASSPHRASE": self.passphrase, **(extra_env or {})}
        return subprocess.Popen([sys.executable, "-m", "talktogether_desktop", *args], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def setup(self) -> None:
        assert self.cli("vault", "init").returncode == 0
        out = self.cli("couple", "add", "--name", "Soak", "--partner", "Ann", "--partner", "Bo", "--json")
        self.couple = str(json.loads(out.stdout)["id"])
        assert self.cli("consent", "record", "--couple", self.couple).returncode == 0
        done = self.cli("import", "--couple", self.couple, str(self.new_take()), "--json")
        assert done.returncode == 0, done.stderr
        self.recording = str(json.loads(done.stdout)["id"])
        assert self.cli("vault", "backup", str(self.work / "good.ttbackup")).returncode == 0
        self.backup_passphrase = self.passphrase
        out = self.cli("practice", "assign", "--couple", self.couple, "--template", "reflect_back", "--json")
        assert out.returncode == 0, out.stderr
        self.practice = str(json.loads(out.stdout)["id"])
        (self.work / "line.txt").write_text("Can we talk about the weekend please?\n", encoding="utf-8")
        (self.work / "note.txt").write_text("We talked after dinner and it went well.\n", encoding="utf-8")

    def new_take(self) -> Path:
        """A different file each time (the vault keeps identical files once)."""
        self.takes += 1
        out = self.work / f"take{self.takes}.wav"
        subprocess.run(["sox", str(self.talk), str(out), "pad", "0", f"{self.takes * 0.01:.2f}"], check=True)
        return out

    def command(self, op: str):
        """(args, extra_env, typical seconds) of one round's command."""
        other = PASSPHRASES[1] if self.passphrase == PASSPHRASES[0] else PASSPHRASES[0]
        return {
            "import": (("import", "--couple", self.couple, str(self.new_take())), None, 25.0),
            "transcribe": (("transcribe", self.recording), None, 12.0),
            "diarize": (("diarize", self.recording), None, 8.0),
            "analyze": (("analyze", self.recording), None, 6.0),
            "report": (("report", self.recording, "-o", str(self.work / "prep.pdf")), None, 6.0),
            "backup": (("vault", "backup", str(self.work / "soak.ttbackup")), None, 3.0),
            "restore": (("vault", "restore", str(self.work / "good.ttbackup")),
                        {"TALKTOGETHER_PASSPHRASE": self.backup_passphrase}, 3.0),
            "rekey": (("vault", "change-passphrase", "--rekey"), {"TALKTOGETHER_NEW_PASSPHRASE": other}, 3.0),
            "recovery_code": (("vault", "new-recovery-code"), None, 2.0),
            # a corrected line (its analysis made again), taken back the next time round
            "correct": (("transcript", "correct", self.recording, "--start", "0", "--end", "2", "--line",
                         "--replace-other-speaker", "--text-file", str(self.work / "line.txt")), None, 8.0),
            "undo": (("transcript", "undo", self.recording), None, 8.0),
            "practice_log": (("practice", "log", self.practice, "--date", time.strftime("%Y-%m-%d"), "--done",
                              "--note-file", str(self.work / "note.txt")), None, 2.0),
        }[op]

    # --- the checks ----------------------------------------------------------------------------------------
    def check(self) -> list[str]:
        """The promises after a kill; returns what broke (empty when all hold)."""
        from talktogether_desktop.errors import WrongPassphrase
        from talktogether_desktop.storage import recordings
        from talktogether_desktop.storage.vault import open_vault

        vault = None
        for candidate in (self.passphrase, *PASSPHRASES):
            try:
                vault = open_vault(self.home, passphrase=candidate, use_keychain=False)
                self.passphrase = candidate
                break
            except WrongPassphrase:
                continue
        if vault is None:
            return ["the vault no longer opens with any passphrase in use"]
        problems = []
        try:
            if vault.one("PRAGMA integrity_check")[0] != "ok":
                problems.append("integrity_check failed")
            if vault.one("PRAGMA foreign_key_check") is not None:
                problems.append("foreign_key_check failed")
            open_jobs = {r[0] for r in vault.all(
                f"SELECT recording_id FROM jobs WHERE state IN ({','.join('?' * len(OPEN_JOB_STATES))})",
                OPEN_JOB_STATES)}
            for rec in recordings.list_recordings(vault):
                try:
                    recordings.load_audio_bytes(vault, rec["id"])  # size and SHA-256: all or nothing
                except Exception as exc:  # noqa: BLE001 - any failure here is a broken promise
                    problems.append(f"recording {rec['id']} audio not whole: {exc}")
                if rec["status"] not in DONE_STATES and rec["id"] not in open_jobs:
                    problems.append(f"recording {rec['id']} ({rec['status']}) has no results and no open job")
            if self.recording and not vault.one("SELECT 1 FROM recordings WHERE id = ?", (int(self.recording),)):
                self.recording = str(vault.one("SELECT max(id) FROM recordings")[0] or "")
        finally:
            vault.close()
        return problems + self.left_by_backup()

    def left_by_backup(self) -> list[str]:
        """A backup killed part-way may leave its hidden work files beside the backup (until the next backup into that
        folder): none that is not whole may pass for a backup (restore's own check refuses it, nothing changed)."""
        from talktogether_desktop.errors import TalkTogetherError
        from talktogether_desktop.storage import backup

        problems = []
        for left in sorted(self.work.glob(".talktogether-backup*")):
            self.leftovers[left.name] += 1
            try:
                header, offset = backup.read_header(left)
                whole = left.stat().st_size == offset + int(header.get("db_size", -1))
            except (TalkTogetherError, ValueError, TypeError):
                whole = False
            try:
                backup.check(left, passphrase=self.backup_passphrase)
            except TalkTogetherError:
                continue  # refused, as it must be
            if not whole:
                problems.append(f"a backup's work file {left.name}, cut short by a kill, passes restore's check")
        return problems

    def round(self, op: str) -> tuple[str, list[str]]:
        args, extra_env, typical = self.command(op)
        # Within the time the command took when it last ran to the end on this machine (a fast machine
        # finishes before a fixed guess), else within the usual time.
        window = min(typical, 0.95 * self.took[op]) if op in self.took else typical
        started = time.monotonic()
        child = self.start(*args, extra_env=extra_env)
        delay = self.rng.uniform(0.05, max(0.1, window))
        deadline = started + delay
        while time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.01)
        outcome = "finished_before_kill" if child.poll() is not None else "killed"
        if outcome == "finished_before_kill":
            self.took[op] = time.monotonic() - started
        if outcome == "killed":
            child.send_signal(signal.SIGKILL)
        child.wait()
        if op == "restore" and outcome == "finished_before_kill" and child.returncode == 0:
            self.passphrase = self.backup_passphrase
        return outcome, self.check()

    def finish(self) -> list[str]:
        resumed = self.cli("jobs", "resume", "--json")
        problems = [] if resumed.returncode == 0 else [f"jobs resume failed: {resumed.stderr[-500:]}"]
        from talktogether_desktop.storage import recordings
        from talktogether_desktop.storage.vault import open_vault

        with open_vault(self.home, passphrase=self.passphrase, use_keychain=False) as vault:
            for rec in recordings.list_recordings(vault):
                if rec["status"] not in DONE_STATES:
                    problems.append(f"after jobs resume, recording {rec['id']} is still {rec['status']}")
        return problems


OPERATIONS = ("import", "transcribe", "diarize", "analyze", "report", "backup", "restore", "rekey", "recovery_code",
              "correct", "undo", "practice_log")


def soak(kills: int, seed: int, work: Path, log=print, operations: tuple[str, ...] = OPERATIONS,
         must_kill: tuple[str, ...] = (), max_rounds: int = 60) -> dict:
    """`kills` kills at random moments; with `must_kill`, rounds go on (up to `max_rounds`) until each of those
    operations has been killed at least once: a kill lands only if the command has not finished first, and how fast a
    command runs depends on the machine and its load."""
    runner = Soak(work, seed)
    runner.setup()
    counts: collections.Counter = collections.Counter()
    problems = []
    killed = 0
    rounds = 0
    def unkilled() -> set:
        return {op for op in must_kill if not counts[f"{op} killed"]}

    while killed < kills or (unkilled() and rounds < max_rounds):
        op = operations[rounds % len(operations)]
        rounds += 1
        outcome, broke = runner.round(op)
        killed += outcome == "killed"
        counts[f"{op} {outcome}"] += 1
        for problem in broke:
            problems.append(f"round {rounds} ({op}, {outcome}): {problem}")
        if log:
            log(f"round {rounds}: {op} {outcome}{'; ' + '; '.join(broke) if broke else ''}")
    problems += [f"end: {p}" for p in runner.finish()]
    return {"kills": killed, "rounds": rounds, "counts": dict(counts), "problems": problems,
            "backup_leftovers": dict(runner.leftovers)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "src"))
    from talktogether_desktop.storage import crypto

    crypto.KDF_COST = {"time_cost": 1, "memory_kib": 8192, "parallelism": 2}  # as the children (fast_kdf)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="tt-soak-") as work:
        result = soak(args.kills, args.seed, Path(work))
    print(f"{result['kills']} kills in {result['rounds']} rounds, {time.monotonic() - started:.0f} s")
    for key, n in sorted(result["counts"].items()):
        print(f"  {n:4d}  {key}")
    print(f"  broken promises: {len(result['problems'])}")
    for problem in result["problems"][:50]:
        print("  BROKEN " + problem)
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
