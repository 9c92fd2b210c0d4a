"""A short kill -9 soak (tools/kill_soak.py): one kill in each of import, transcription, speakers, analysis,
report, backup, restore and passphrase change, checking after each that the vault opens and is intact, that
every recording is whole, and that every recording has its results or an open job `jobs resume` finishes."""

from __future__ import annotations

import sys

import pytest

from tt_testing import REPO

sys.path.insert(0, str(REPO / "tools"))
import kill_soak  # noqa: E402


@pytest.mark.slow
def test_kills_at_random_moments_break_no_promise(tmp_path):
    result = kill_soak.soak(kills=8, seed=16, work=tmp_path, log=None)
    assert result["problems"] == []
    assert result["kills"] == 8
    killed_ops = {key.split()[0] for key, n in result["counts"].items() if key.endswith(" killed")}
    assert len(killed_ops) >= 5, result["counts"]


@pytest.mark.slow
def test_kills_in_corrections_undo_practice_log_and_backup_break_no_promise(tmp_path):
    """Sec 48: the writes the soak did not kill yet (a corrected line and its analysis made again, taking it back, a
    practice day logged) and backups, whose work files left by a kill must never pass for a backup."""
    ops = ("correct", "undo", "practice_log", "backup")
    result = kill_soak.soak(kills=6, seed=48, work=tmp_path, log=None, operations=ops, must_kill=("correct", "undo"))
    assert result["problems"] == []
    assert {key.split()[0] for key, n in result["counts"].items() if key.endswith(" killed")} >= {"correct", "undo"}
