"""wfix49 (walk49a, walk49b): `practice assign` refused for safety (exit 5) printed its question as "Error: …"; it is a
question for the therapist to answer, said as one, with the documented flags and exit code kept."""

from __future__ import annotations

import json


def test_practice_refused_for_safety_asks_to_confirm_and_is_no_error(cli, isolated_home):
    from talktogether_desktop.storage.vault import now_iso, open_vault
    from tt_testing import PASSPHRASE

    assert cli("vault", "init").returncode == 0
    couple = int(cli("couple", "add", "--name", "Kowalski", "--partner", "Nia", "--partner", "Jess").stdout)
    flagged = {"safety_flags": [{"t": 9.0, "end": 12.0, "speaker": "S2", "category": "isolation",
                                 "quote": "you don't need them"}], "turns": [], "speakers": []}
    vault = open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False)
    try:
        with vault.transaction():
            rec = vault.execute(
                "INSERT INTO recordings (couple_id, sha256, size_bytes, duration_s, channels, sample_rate, recorded_at,"
                " imported_at, status) VALUES (?, ?, 1, 30.0, 1, 16000, ?, ?, 'analysed')",
                (couple, "e" * 64, now_iso()[:10] + "T19:00:00", now_iso())).lastrowid
            vault.execute("INSERT INTO analyses (recording_id, schema_version, params, result, created_at) "
                          "VALUES (?, '1.0', '{}', ?, ?)", (rec, json.dumps(flagged), now_iso()))
    finally:
        vault.close()
    refused = cli("practice", "assign", "--couple", str(couple), "--template", "soft_startup")
    assert refused.returncode == 5, refused.stderr
    said = refused.stderr.strip()
    assert not said.startswith("Error") and "Error:" not in said, said
    assert said.startswith("Please confirm first: 1 recent recording of this couple carried safety language "
                           "(coercive control: isolation)."), said
    assert "Give it anyway?" in said and "--confirm-safety REASON" in said and "--confirm-safety-file FILE" in said
    assert "you don't need them" not in said
    as_json = cli("practice", "assign", "--couple", str(couple), "--template", "soft_startup", "--json")
    assert as_json.returncode == 5 and json.loads(as_json.stdout)["kind"] == "SafetyConfirmationNeeded"
