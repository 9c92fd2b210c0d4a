"""Numbered schema migrations. Each step runs in one transaction and sets `PRAGMA user_version`.

Never edit a released step: add a new one. `tests/storage/test_migrations.py` upgrades from every
earlier version with data in it.
"""

from __future__ import annotations

from typing import Callable, List, Union

from .lasting_ids import make_ids_lasting, make_more_ids_lasting

# Step N brings the schema from version N-1 to N.
# A step is a script of DDL, or a function run in the step's transaction with foreign keys off (a table rebuilt).
STEPS: List[Union[str, Callable]] = [
    # 1: the case file itself
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE practice_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);  -- JSON values
    CREATE TABLE couples (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE partners (
        id INTEGER PRIMARY KEY,
        couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        display_name TEXT NOT NULL,
        pronouns TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (couple_id, position)
    );
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
        scheduled_at TEXT NOT NULL,
        duration_min INTEGER,
        status TEXT NOT NULL DEFAULT 'planned',
        created_at TEXT NOT NULL
    );
    CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
        partner_id INTEGER REFERENCES partners(id) ON DELETE CASCADE,
        scope TEXT NOT NULL,              -- 'recording_analysis' | 'voice_sample' | 'storage'
        given_at TEXT NOT NULL,
        retention TEXT,                   -- e.g. 'until_discharge', '1_year'
        withdrawn_at TEXT,
        note TEXT
    );
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
        recording_id INTEGER,             -- tied to recordings in step 2
        t REAL,                           -- time in the recording, when the note is about a moment
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE audit_log (              -- ids only, never client text
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER
    );
    CREATE INDEX partners_couple ON partners(couple_id);
    CREATE INDEX sessions_couple ON sessions(couple_id);
    CREATE INDEX consents_couple ON consents(couple_id);
    CREATE INDEX notes_couple ON notes(couple_id);
    """,
    # 2: recordings, their audio, processing jobs and transcripts
    """
    CREATE TABLE recordings (
        id INTEGER PRIMARY KEY,
        couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
        assignment_id INTEGER,            -- tied to practice assignments in step 5
        sha256 TEXT NOT NULL UNIQUE,
        original_name TEXT,
        container TEXT,
        codec TEXT,
        size_bytes INTEGER NOT NULL,
        duration_s REAL NOT NULL,
        channels INTEGER NOT NULL,
        sample_rate INTEGER NOT NULL,
        recorded_at TEXT,
        imported_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'import',   -- 'import' | 'room'
        status TEXT NOT NULL DEFAULT 'imported', -- imported | transcribed | diarized | analysed | failed
        speaker_count INTEGER NOT NULL DEFAULT 2,
        consent_confirmed_at TEXT,
        data TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE audio_chunks (
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (recording_id, seq)
    );
    CREATE TABLE jobs (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER REFERENCES recordings(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,               -- 'process' | 'transcribe' | 'diarize' | 'analyse' | ...
        state TEXT NOT NULL,              -- queued | running | done | failed | cancelled | interrupted
        progress REAL NOT NULL DEFAULT 0,
        message TEXT,
        params TEXT NOT NULL DEFAULT '{}',
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        pid INTEGER,
        created_at TEXT NOT NULL,
        started_at TEXT,
        heartbeat_at TEXT,
        finished_at TEXT
    );
    CREATE TABLE transcripts (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL UNIQUE REFERENCES recordings(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        language TEXT,
        duration_s REAL,
        params TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
    );
    CREATE TABLE transcript_segments (
        id INTEGER PRIMARY KEY,
        transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        start REAL NOT NULL,
        end REAL NOT NULL,
        text TEXT NOT NULL
    );
    CREATE TABLE transcript_words (
        id INTEGER PRIMARY KEY,
        segment_id INTEGER NOT NULL REFERENCES transcript_segments(id) ON DELETE CASCADE,
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,             -- order within the whole recording
        start REAL NOT NULL,
        end REAL NOT NULL,
        word TEXT NOT NULL,
        probability REAL,
        speaker TEXT,                     -- diarization label, e.g. 'S1'
        speaker_confidence REAL
    );
    CREATE INDEX recordings_couple ON recordings(couple_id);
    CREATE INDEX jobs_state ON jobs(state);
    CREATE INDEX jobs_recording ON jobs(recording_id);
    CREATE INDEX words_recording ON transcript_words(recording_id, seq);
    CREATE INDEX segments_transcript ON transcript_segments(transcript_id, seq);
    """,
    # 3: who spoke when, voice samples and the therapist's speaker fixes
    """
    CREATE TABLE diarizations (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL UNIQUE REFERENCES recordings(id) ON DELETE CASCADE,
        params TEXT NOT NULL DEFAULT '{}',
        result TEXT NOT NULL,             -- JSON: speakers, turns, overlaps, warnings
        created_at TEXT NOT NULL
    );
    CREATE TABLE recording_speakers (
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        label TEXT NOT NULL,              -- 'S1', 'S2', ...
        partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL,
        name TEXT,                        -- a name for a voice that is not a partner (therapist, guest)
        confidence REAL,
        PRIMARY KEY (recording_id, label)
    );
    CREATE TABLE voice_samples (
        id INTEGER PRIMARY KEY,
        partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
        recording_id INTEGER REFERENCES recordings(id) ON DELETE SET NULL,
        sample_rate INTEGER NOT NULL,
        audio BLOB NOT NULL,              -- 16-bit PCM mono
        embedding BLOB,                   -- float32 vector
        duration_s REAL NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE speaker_fixes (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,               -- 'rename' | 'swap' | 'reassign'
        params TEXT NOT NULL,             -- JSON
        created_at TEXT NOT NULL
    );
    CREATE INDEX voice_samples_partner ON voice_samples(partner_id);
    CREATE INDEX speaker_fixes_recording ON speaker_fixes(recording_id, id);
    """,
    # 4: analyses and generated reports
    """
    CREATE TABLE analyses (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        schema_version TEXT NOT NULL,
        params TEXT NOT NULL,             -- JSON: the settings used
        result TEXT NOT NULL,             -- JSON
        created_at TEXT NOT NULL
    );
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
        recording_id INTEGER REFERENCES recordings(id) ON DELETE CASCADE,
        assignment_id INTEGER,
        kind TEXT NOT NULL,               -- 'session_prep' | 'handout'
        paper TEXT NOT NULL,
        params TEXT NOT NULL DEFAULT '{}',
        pdf BLOB NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX analyses_recording ON analyses(recording_id, id);
    CREATE INDEX reports_couple ON reports(couple_id);
    """,
    # 5: practice assignments and adherence
    """
    CREATE TABLE practice_assignments (
        id INTEGER PRIMARY KEY,
        couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
        template TEXT,
        title TEXT NOT NULL,
        behaviour TEXT NOT NULL DEFAULT '',
        anchor TEXT NOT NULL DEFAULT '',
        minutes INTEGER,
        times_per_week INTEGER,
        who_starts TEXT,
        what_to_record TEXT,
        what_to_notice TEXT,
        review_on TEXT,                   -- date or session of the review
        start_date TEXT,
        end_date TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        data TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
    );
    CREATE TABLE practice_logs (
        id INTEGER PRIMARY KEY,
        assignment_id INTEGER NOT NULL REFERENCES practice_assignments(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        done INTEGER NOT NULL,
        reason TEXT,                      -- 'forgot' | 'no_time' | 'felt_awkward' | 'got_into_a_fight' | free text
        note TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (assignment_id, day)
    );
    CREATE INDEX assignments_couple ON practice_assignments(couple_id);
    CREATE INDEX recordings_assignment ON recordings(assignment_id);
    """,
    # 6: a recording imported although its end is missing keeps the warning that says so
    """
    ALTER TABLE recordings ADD COLUMN import_warning TEXT;
    """,
    # 7: the therapist's transcript corrections, anchored to time so they survive re-processing
    """
    CREATE TABLE transcript_corrections (
        id INTEGER PRIMARY KEY,
        recording_id INTEGER NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,               -- 'word' | 'line' (speaker moves are speaker_fixes)
        params TEXT NOT NULL,             -- JSON: start, end, text, speaker
        created_at TEXT NOT NULL
    );
    CREATE INDEX transcript_corrections_recording ON transcript_corrections(recording_id, id);
    """,
    # 8: ids a therapist sees are never given again after a delete (tables rebuilt with AUTOINCREMENT)
    make_ids_lasting,
    # 9: the same for voice samples, jobs, analyses, reports, consents and practice logs
    make_more_ids_lasting,
    # 10: a recording in the room kept as it is made (16-bit PCM every few seconds), so a crash loses none of it
    """
    CREATE TABLE room_takes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        couple_id INTEGER NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
        sample_rate INTEGER NOT NULL,
        frames INTEGER NOT NULL DEFAULT 0,
        started_at TEXT NOT NULL,
        pid INTEGER,                      -- the process recording it; gone (or silent): the take was cut off
        heartbeat_at TEXT NOT NULL
    );
    CREATE TABLE room_take_chunks (
        take_id INTEGER NOT NULL REFERENCES room_takes(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        pcm BLOB NOT NULL,                -- 16-bit PCM mono, little-endian
        PRIMARY KEY (take_id, seq)
    );
    CREATE INDEX room_takes_couple ON room_takes(couple_id);
    """,
]

LATEST = len(STEPS)


def current_version(conn) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn, target: int = LATEST, on_step: Callable[[int], None] | None = None) -> int:
    """Apply every step above the database's version up to `target`, each in its own transaction."""
    version = current_version(conn)
    if version > LATEST:
        from ..errors import VaultError

        raise VaultError(
            f"This vault was written by a newer version of TalkTogether (schema {version}); "
            "please update the app before opening it."
        )
    while version < target:
        step = version + 1
        script = STEPS[step - 1]
        foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
        if callable(script):  # only outside a transaction can foreign keys be turned off
            conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN IMMEDIATE")
        try:
            if callable(script):
                script(conn)
            else:
                for statement in _statements(script):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        version = step
        if on_step:
            on_step(step)
    return version


def _statements(script: str) -> List[str]:
    """Split a step into statements (no semicolons inside our DDL's strings or comments)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
