"""Processing jobs in the vault: what runs, how far it got, and what a crash left behind.

A job is 'running' only while the process that started it (`pid`) is alive and keeps its
heartbeat fresh. At start-up `recover_interrupted` turns every other 'running' job into
'interrupted', so it can be restarted cleanly (results are only ever saved whole, at the end).
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from typing import Iterable, Optional, Sequence

from ..errors import NotFound
from .vault import Vault, now_iso

STATES = ("queued", "running", "done", "failed", "cancelled", "interrupted")
OPEN_STATES = ("queued", "running", "interrupted")
STALE_AFTER_S = 300.0  # no heartbeat for this long: the process is hung or gone
MAX_ATTEMPTS = 3


def create_job(vault: Vault, kind: str, recording_id: Optional[int] = None, params: Optional[dict] = None) -> int:
    with vault.transaction():
        cur = vault.execute(
            "INSERT INTO jobs (recording_id, kind, state, params, created_at) VALUES (?, ?, 'queued', ?, ?)",
            (recording_id, kind, json.dumps(params or {}), now_iso()),
        )
        return int(cur.lastrowid)


def retarget(vault: Vault, job_id: int, kind: str, params: Optional[dict] = None) -> None:
    """A queued job given other work before it started (e.g. transcribe only, while consent is missing)."""
    vault.execute("UPDATE jobs SET kind = ?, params = ? WHERE id = ? AND state IN ('queued', 'interrupted')",
                  (kind, json.dumps(params or {}), job_id))


def start_job(vault: Vault, job_id: int) -> None:
    now = now_iso()
    with vault.transaction():
        cur = vault.execute(
            """UPDATE jobs SET state = 'running', pid = ?, started_at = ?, heartbeat_at = ?, finished_at = NULL,
                   error = NULL, progress = 0, message = NULL, attempts = attempts + 1 WHERE id = ?""",
            (os.getpid(), now, now, job_id),
        )
        if cur.rowcount == 0:
            raise NotFound(f"There is no job with id {job_id}.", missing="job")


def update_progress(vault: Vault, job_id: int, fraction: float, message: str = "") -> None:
    vault.execute(
        "UPDATE jobs SET progress = ?, message = ?, heartbeat_at = ? WHERE id = ? AND state = 'running'",
        (round(min(1.0, max(0.0, fraction)), 4), message, now_iso(), job_id),
    )


def finish_job(vault: Vault, job_id: int, state: str, error: Optional[str] = None, message: Optional[str] = None) -> None:
    if state not in ("done", "failed", "cancelled", "interrupted"):
        raise ValueError(f"a job cannot finish as {state!r}")
    vault.execute(
        """UPDATE jobs SET state = ?, error = ?, message = coalesce(?, message), finished_at = ?,
               progress = CASE WHEN ? = 'done' THEN 1 ELSE progress END, pid = NULL WHERE id = ?""",
        (state, error, message, now_iso(), state, job_id),
    )


def get_job(vault: Vault, job_id: int) -> dict:
    row = vault.one("SELECT * FROM jobs WHERE id = ?", (job_id,))
    if row is None:
        raise NotFound(f"There is no job with id {job_id}.", missing="job")
    return _row(row)


def list_jobs(
    vault: Vault, states: Optional[Iterable[str]] = None, recording_id: Optional[int] = None, limit: int = 200
) -> list[dict]:
    sql, params = "SELECT * FROM jobs WHERE 1", []
    if states:
        states = list(states)
        sql += f" AND state IN ({','.join('?' * len(states))})"
        params += states
    if recording_id is not None:
        sql += " AND recording_id = ?"
        params.append(recording_id)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    return [_row(r) for r in vault.all(sql, params)]


def open_job_for(vault: Vault, recording_id: int, kind: str) -> Optional[dict]:
    """The queued or interrupted job of this kind for the recording, to reuse instead of adding one."""
    row = vault.one(
        "SELECT * FROM jobs WHERE recording_id = ? AND kind = ? AND state IN ('queued', 'interrupted') ORDER BY id DESC",
        (recording_id, kind),
    )
    return _row(row) if row else None


def open_reanalysis(vault: Vault, recording_id: int, states: Iterable[str] = ("queued", "interrupted"),
                    steps: Iterable[Sequence[str]] = (("analyse",),)) -> list[dict]:
    """The recording's open jobs that only make the analysis again (queued by a correction or a speaker fix;
    with `steps` also ("diarize", "analyse"): queued by a new transcript)."""
    states = list(states)
    wanted = [list(s) for s in steps]
    rows = vault.all(f"SELECT * FROM jobs WHERE recording_id = ? AND kind = 'process' "
                     f"AND state IN ({','.join('?' * len(states))}) ORDER BY id", (recording_id, *states))
    return [job for job in map(_row, rows) if job["params"].get("steps") in wanted]


def close_done(vault: Vault, job_ids: Iterable[int], message: str) -> None:
    """Queued or interrupted jobs whose work another run has just done (in that run's transaction)."""
    for job_id in job_ids:
        vault.execute("""UPDATE jobs SET state = 'done', progress = 1, message = ?, finished_at = ?, pid = NULL
                         WHERE id = ? AND state IN ('queued', 'interrupted')""", (message, now_iso(), job_id))


def requeue(vault: Vault, job_id: int, message: str) -> None:
    """A job stopped before its work was done goes back to waiting, to run at the next start or `jobs resume`."""
    vault.execute("""UPDATE jobs SET state = 'queued', pid = NULL, message = ?, finished_at = NULL,
                         attempts = max(attempts - 1, 0) WHERE id = ?""", (message, job_id))  # a stop is no crash


def _row(row) -> dict:
    out = dict(row)
    out["params"] = json.loads(out.get("params") or "{}")
    return out


def running_elsewhere(job: dict) -> bool:
    """A job running now in another live process: a command, or another window (this process's own jobs are not);
    one gone silent (no heartbeat for STALE_AFTER_S: a process id used again) is not, as `recover_interrupted` says."""
    return (job.get("state") == "running" and job.get("pid") not in (None, os.getpid()) and _pid_alive(job["pid"])
            and _age_s(job.get("heartbeat_at")) <= STALE_AFTER_S)


def _pid_alive(pid: Optional[int]) -> bool:
    if not pid:
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another user's
        return True
    except OSError:
        return False
    return True


def _age_s(stamp: Optional[str]) -> float:
    if not stamp:
        return float("inf")
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return float("inf")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return (datetime.now(timezone.utc) - moment).total_seconds()


def recover_interrupted(vault: Vault, stale_after_s: float = STALE_AFTER_S) -> list[int]:
    """Mark 'running' jobs whose process died (or went silent) as 'interrupted'; returns their ids."""
    found = []
    for job in list_jobs(vault, states=["running"], limit=10_000):
        dead = job["pid"] != os.getpid() and not _pid_alive(job["pid"])
        if dead or _age_s(job["heartbeat_at"]) > stale_after_s:
            found.append(job["id"])
    return _interrupted(vault, found, "Stopped when the app or computer closed; it will start again.")


def leave_own_running(vault: Vault) -> list[int]:
    """This process's 'running' jobs, left by a quit that did not wait for the step under way: 'interrupted', as a
    crash leaves them, so the next unlock starts them again (the step's unsaved work is done again from its start)."""
    found = [job["id"] for job in list_jobs(vault, states=["running"], limit=10_000) if job["pid"] == os.getpid()]
    return _interrupted(vault, found, "Stopped when the app closed; it will start again.")


def _interrupted(vault: Vault, job_ids: list[int], message: str) -> list[int]:
    """The jobs `job_ids`, still running, marked 'interrupted' in one transaction, each audited."""
    if job_ids:
        with vault.transaction():
            for job_id in job_ids:
                vault.execute(
                    """UPDATE jobs SET state = 'interrupted', pid = NULL, finished_at = ?, message = ?
                       WHERE id = ? AND state = 'running'""",
                    (now_iso(), message, job_id),
                )
                vault.audit("interrupted", "job", job_id)
    return job_ids


def resumable_jobs(vault: Vault) -> list[dict]:
    """Interrupted or queued jobs, oldest first."""
    rows = vault.all("SELECT * FROM jobs WHERE state IN ('interrupted', 'queued') ORDER BY id")
    return [_row(r) for r in rows]
