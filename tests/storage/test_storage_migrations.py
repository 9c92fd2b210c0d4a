"""Every older schema upgrades to the latest with its data intact."""

from __future__ import annotations

import numpy as np
import pytest

from talktogether_desktop.errors import VaultError
from talktogether_desktop.pipeline import ops_recordings
from talktogether_desktop.storage import (analyses, couples, crypto, jobs, lasting_ids, migrations, recordings, reports,
                                          sidecar, speakers)
from talktogether_desktop.storage.settings import load_settings
from talktogether_desktop.storage.vault import KEYS_FILE, VAULT_FILE, _connect, open_vault
from tt_overlap import ana_and_ben, tone_wav
from tt_testing import PASSPHRASE

# Rows that each version can hold; inserted into the old schema before upgrading.
SEED = {
    1: [
        "INSERT INTO couples (id, name, created_at) VALUES (1, 'Rivera', '2026-01-01')",
        "INSERT INTO partners (couple_id, position, display_name, created_at) VALUES (1, 1, 'José', '2026-01-01')",
        "INSERT INTO notes (couple_id, text, created_at, updated_at) VALUES (1, 'first note', 'x', 'x')",
    ],
    2: [
        "INSERT INTO recordings (id, couple_id, sha256, size_bytes, duration_s, channels, sample_rate, imported_at) "
        "VALUES (1, 1, 'abc', 10, 1.5, 1, 16000, 'x')",
        "INSERT INTO audio_chunks (recording_id, seq, data) VALUES (1, 0, x'00ff')",
    ],
    3: ["INSERT INTO speaker_fixes (recording_id, kind, params, created_at) VALUES (1, 'swap', '{}', 'x')"],
    4: ["INSERT INTO analyses (recording_id, schema_version, params, result, created_at) VALUES (1, '1', '{}', '{}', 'x')"],
}


def _old_vault(folder, version):
    """A real encrypted vault stopped at `version`, with its key file, as an old release left it."""
    folder.mkdir()
    key = crypto.new_data_key()
    doc = sidecar.build(key, PASSPHRASE, crypto.new_recovery_code())
    conn = _connect(folder / VAULT_FILE, key)
    migrations.migrate(conn, target=version)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (doc["vault_id"],))
    for v in range(1, version + 1):
        for sql in SEED.get(v, []):
            conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()
    sidecar.write(folder / KEYS_FILE, doc)
    return key


@pytest.mark.parametrize("version", range(1, migrations.LATEST))
def test_upgrade_from_every_earlier_version(tmp_path, version):
    _old_vault(tmp_path / "v", version)
    with open_vault(tmp_path / "v", passphrase=PASSPHRASE) as vault:
        assert vault.one("PRAGMA user_version")[0] == migrations.LATEST
        assert vault.one("SELECT display_name FROM partners")[0] == "José"
        assert vault.one("SELECT text FROM notes")[0] == "first note"
        if version >= 2:
            assert vault.one("SELECT data FROM audio_chunks")[0] == b"\x00\xff"
            # step 6: a recording stored before it has no cut-short warning
            assert vault.one("SELECT import_warning FROM recordings WHERE id = 1")[0] is None
        if version >= 4:
            assert vault.one("SELECT count(*) FROM analyses")[0] == 1
        # The newest tables exist and work.
        vault.execute(
            "INSERT INTO practice_assignments (couple_id, title, created_at) VALUES (1, 'Sunday coffee', 'x')"
        )
        assert vault.one("PRAGMA foreign_key_check") is None


def test_migrate_from_empty_and_each_step_is_one_transaction(tmp_path):
    key = crypto.new_data_key()
    conn = _connect(tmp_path / "x.db", key)
    seen = []
    assert migrations.migrate(conn, on_step=seen.append) == migrations.LATEST
    assert seen == list(range(1, migrations.LATEST + 1))
    conn.close()


def test_a_failing_step_leaves_the_previous_version(tmp_path, monkeypatch):
    key = crypto.new_data_key()
    conn = _connect(tmp_path / "x.db", key)
    migrations.migrate(conn, target=1)
    broken = list(migrations.STEPS)
    broken[1] = broken[1] + "; CREATE TABLE couples (oops)"
    monkeypatch.setattr(migrations, "STEPS", broken)
    with pytest.raises(Exception):
        migrations.migrate(conn, target=2)
    assert migrations.current_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'recordings'").fetchone()[0] == 0
    conn.close()


def test_newer_vault_is_refused(tmp_path):
    key = crypto.new_data_key()
    conn = _connect(tmp_path / "x.db", key)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    with pytest.raises(Exception, match="newer version"):
        migrations.migrate(conn)
    conn.close()


def _seven(folder):
    """A real SQLCipher vault as release 7 (before lasting ids) left it: couples 1-3, couple 3 and note 2 deleted (the
    audit log keeps their ids), and couple 2's partners, session, note and recording."""
    key = _old_vault(folder, 7)
    conn = _connect(folder / VAULT_FILE, key)
    conn.execute("BEGIN")
    for sql in ("INSERT INTO couples (id, name, created_at) VALUES (2, 'Okafor', 'x'), (3, 'Niño', 'x')",
                "INSERT INTO partners (couple_id, position, display_name, created_at) VALUES (2, 1, 'Ada', 'x')",
                "INSERT INTO sessions (couple_id, scheduled_at, created_at) VALUES (2, '2026-12-03', 'x')",
                "INSERT INTO notes (couple_id, text, created_at, updated_at) VALUES (2, 'second', 'x', 'x')",
                "INSERT INTO recordings (id, couple_id, sha256, size_bytes, duration_s, channels, sample_rate, "
                "imported_at) VALUES (2, 2, 'def', 10, 1.5, 1, 16000, 'x')",
                "DELETE FROM couples WHERE id = 3",
                "DELETE FROM notes WHERE couple_id = 2",
                "INSERT INTO audit_log (at, action, entity, entity_id) VALUES ('x', 'delete', 'couple', 3), "
                "('x', 'create', 'note', 2)"):
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()
    return key


def test_ids_deleted_before_the_upgrade_are_never_given_again(tmp_path):
    """Round 34: a deleted couple's id went to the next couple, so "couple 3" in an old note meant another family."""
    _seven(tmp_path / "v")
    with open_vault(tmp_path / "v", passphrase=PASSPHRASE) as vault:
        assert vault.one("PRAGMA user_version")[0] == migrations.LATEST
        assert [r[0] for r in vault.all("SELECT name FROM couples ORDER BY id")] == ["Rivera", "Okafor"]
        assert vault.one("SELECT count(*) FROM partners WHERE couple_id = 2")[0] == 1
        assert vault.one("SELECT data FROM audio_chunks WHERE recording_id = 1")[0] == b"\x00\xff"
        assert couples.add_couple(vault, "Lee", ["Jo", "Kim"]) == 4  # 3 was Niño's
        assert couples.add_note(vault, 1, "after") == 3  # note 2 was deleted before the upgrade
        for table in lasting_ids.LASTING:
            assert "AUTOINCREMENT" in vault.one("SELECT sql FROM sqlite_master WHERE name = ?", (table,))[0], table
        assert vault.one("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'notes'")[0] == 1
        # the rebuilt tables are still tied to each other: erasing a couple still erases what is theirs
        couples.delete_couple(vault, 2)
        assert vault.one("SELECT count(*) FROM partners WHERE couple_id = 2")[0] == 0
        assert vault.one("SELECT count(*) FROM recordings WHERE couple_id = 2")[0] == 0
        assert vault.one("PRAGMA foreign_keys")[0] == 1 and vault.one("PRAGMA foreign_key_check") is None


def test_the_newest_id_is_not_reused_after_a_delete(vault):
    first = couples.add_couple(vault, "Rivera", ["José", "Ana"])
    gone = couples.add_couple(vault, "Okafor", ["Ada", "Sam"])
    session = couples.add_session(vault, first, "2026-12-03T10:00")
    couples.delete_couple(vault, gone)
    couples.delete_session(vault, session)
    assert couples.add_couple(vault, "Lee", ["Jo", "Kim"]) > gone
    assert couples.add_session(vault, first, "2026-12-04T10:00") > session
    partners = [p["id"] for p in couples.get_couple(vault, first)["partners"]]
    assert min(p["id"] for p in couples.get_couple(vault, first + 2)["partners"]) > max(partners) + 2


def test_a_failing_rebuild_leaves_the_old_schema_and_every_row(tmp_path):
    conn = _connect(tmp_path / "v" / VAULT_FILE, _seven(tmp_path / "v"))
    conn.execute("PRAGMA foreign_keys = OFF")  # a note of a couple that is gone: the step's own check refuses it
    conn.execute("INSERT INTO notes (couple_id, text, created_at, updated_at) VALUES (99, 'stray', 'x', 'x')")
    conn.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(VaultError, match="broken reference in notes"):
        migrations.migrate(conn)
    assert migrations.current_version(conn) == 7
    assert "AUTOINCREMENT" not in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'couples'").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()


def test_ids_shown_or_audited_are_never_given_again_after_a_delete(vault):
    """Round 35: after the newest recording was erased, the next voice sample, job, analysis and report took its
    ones' ids, so "job 2" or "report 2" in the audit log or an old note pointed at a new row."""
    rec = ana_and_ben(vault)
    couple = vault.one("SELECT couple_id FROM recordings")[0]
    partner = vault.one("SELECT id FROM partners ORDER BY id")[0]
    other = ops_recordings.import_audio(vault, load_settings(vault), couple, tone_wav(3.0), original_name="b.wav").id
    consent = max(couples.record_consent(vault, couple))
    made = {"voice_samples": speakers.save_voice_sample(vault, partner, np.zeros(16000), np.ones(4), other),
            "jobs": jobs.create_job(vault, "process", other),
            "analyses": analyses.save_analysis(vault, other, {"schema_version": "1"}),
            "reports": reports.save_report(vault, couple, b"%PDF-1.4", recording_id=other)}
    speakers.delete_voice_sample(vault, made["voice_samples"])
    recordings.delete_recording(vault, other)  # its job, analysis and report go with it
    with vault.transaction():
        vault.execute("DELETE FROM consents WHERE id = ?", (consent,))
    again = {"voice_samples": speakers.save_voice_sample(vault, partner, np.zeros(16000), np.ones(4), rec),
             "jobs": jobs.create_job(vault, "process", rec),
             "analyses": analyses.save_analysis(vault, rec, {"schema_version": "1"}),
             "reports": reports.save_report(vault, couple, b"%PDF-1.4", recording_id=rec)}
    for table, old in made.items():
        assert again[table] > old, (table, old, again[table])
    assert min(couples.record_consent(vault, couple)) > consent


def test_step_9_keeps_every_row_and_retires_the_audited_ids_deleted_before_it(tmp_path):
    key = _old_vault(tmp_path / "v", 8)
    conn = _connect(tmp_path / "v" / VAULT_FILE, key)
    conn.execute("BEGIN")
    for sql in ("INSERT INTO jobs (id, recording_id, kind, state, created_at) VALUES (1, 1, 'process', 'done', 'x')",
                "INSERT INTO reports (id, couple_id, recording_id, kind, paper, pdf, created_at) "
                "VALUES (2, 1, 1, 'session_prep', 'a4', x'25', 'x')",
                "INSERT INTO consents (couple_id, scope, given_at) VALUES (1, 'recording_analysis', 'x')",
                "INSERT INTO audit_log (at, action, entity, entity_id) VALUES ('x', 'interrupted', 'job', 7), "
                "('x', 'export', 'report', 5)"):
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()
    with open_vault(tmp_path / "v", passphrase=PASSPHRASE) as vault:
        assert vault.one("PRAGMA user_version")[0] == migrations.LATEST
        for table in lasting_ids.LASTING_9:
            assert "AUTOINCREMENT" in vault.one("SELECT sql FROM sqlite_master WHERE name = ?", (table,))[0], table
        assert vault.one("SELECT count(*) FROM analyses")[0] == 1 and vault.one("SELECT pdf FROM reports")[0] == b"%"
        assert jobs.create_job(vault, "process", 1) == 8  # job 7 is named in the audit log
        assert reports.save_report(vault, 1, b"%PDF", recording_id=1) == 6
        assert vault.one("SELECT count(*) FROM sqlite_master WHERE name = 'analyses_recording'")[0] == 1
        vault.execute("DELETE FROM recordings WHERE id = 1")  # still tied to their recording
        assert vault.one("SELECT count(*) FROM jobs")[0] == 0 and vault.one("SELECT count(*) FROM analyses")[0] == 0
        assert vault.one("PRAGMA foreign_key_check") is None
