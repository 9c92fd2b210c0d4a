"""Job rows: life cycle, and which 'running' jobs count as left behind by a crash."""

from __future__ import annotations

import os
import subprocess
import sys

from talktogether_desktop.storage import jobs


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_life_cycle(vault):
    job_id = jobs.create_job(vault, "transcribe", None, {"model": "tiny.en"})
    assert jobs.get_job(vault, job_id)["state"] == "queued"
    jobs.start_job(vault, job_id)
    row = jobs.get_job(vault, job_id)
    assert row["state"] == "running" and row["pid"] == os.getpid() and row["attempts"] == 1
    jobs.update_progress(vault, job_id, 0.4, "Transcribing: 2:00 of 5:00")
    assert jobs.get_job(vault, job_id)["progress"] == 0.4
    jobs.finish_job(vault, job_id, "done")
    row = jobs.get_job(vault, job_id)
    assert row["state"] == "done" and row["progress"] == 1.0 and row["pid"] is None and row["finished_at"]
    assert row["params"] == {"model": "tiny.en"}


def test_recover_marks_only_jobs_whose_process_is_gone_or_silent(vault):
    alive = jobs.create_job(vault, "process")
    dead = jobs.create_job(vault, "process")
    silent = jobs.create_job(vault, "process")
    finished = jobs.create_job(vault, "process")
    for job_id in (alive, dead, silent, finished):
        jobs.start_job(vault, job_id)
    jobs.finish_job(vault, finished, "done")
    vault.execute("UPDATE jobs SET pid = ? WHERE id = ?", (_dead_pid(), dead))
    vault.execute("UPDATE jobs SET heartbeat_at = '2020-01-01T00:00:00+00:00' WHERE id = ?", (silent,))
    assert sorted(jobs.recover_interrupted(vault)) == sorted([dead, silent])
    states = {j["id"]: j["state"] for j in jobs.list_jobs(vault)}
    assert states == {alive: "running", dead: "interrupted", silent: "interrupted", finished: "done"}
    assert [j["id"] for j in jobs.resumable_jobs(vault)] == sorted([dead, silent])
    assert jobs.recover_interrupted(vault) == []
