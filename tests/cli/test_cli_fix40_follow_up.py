"""Fix 40: what is shown follows today's rules while the stored words and states stay as they were.

A practice stored before its template's "who starts" was reworded kept the old sentence, which named one partner by a
trait in a fight; a session planned for a day now past stayed "planned", and a practice whose review session was held
stayed "active", with nothing said. `practice list` and `session list` say it and give the command that marks it."""

from __future__ import annotations

import json
from datetime import date, timedelta

from talktogether_desktop.pipeline import ops_practice
from talktogether_desktop.storage import couples, practice
from talktogether_desktop.storage.settings import Settings
from talktogether_desktop.storage.vault import create_vault, open_vault

from tt_testing import PASSPHRASE

OLD = "The partner who tends to leave the room during arguments starts."
OWN = "Sam starts, as agreed in the session."


def _vault_with_old_practice(home, own: bool = False):
    vault, _ = create_vault(home, PASSPHRASE)
    vault.recovery_code_shown()
    couple_id = couples.add_couple(vault, "Ana and Sam", ["Ana", "Sam"])
    today = date.today()
    given = ops_practice.draft_assignment("time_out_plan", start_date=(today - timedelta(days=20)).isoformat(),
                                          review_on=(today - timedelta(days=6)).isoformat(),
                                          who_starts=OWN if own else None)
    saved = ops_practice.assign_practice(vault, Settings(), couple_id, given)
    if not own:  # as the version before this year's rewording stored it
        with vault.transaction():
            vault.execute("UPDATE practice_assignments SET who_starts = ? WHERE id = ?", (OLD, saved["id"]))
    past = couples.add_session(vault, couple_id, (today - timedelta(days=30)).isoformat() + "T10:00", 50)
    held = couples.add_session(vault, couple_id, (today - timedelta(days=5)).isoformat() + "T10:00", 50)
    couples.update_session(vault, held, status="attended")
    vault.close()
    return couple_id, saved["id"], past, held


def test_an_old_who_starts_is_shown_in_todays_words_and_the_stored_row_is_kept(isolated_home, cli):
    couple_id, aid, _past, _held = _vault_with_old_practice(isolated_home)
    listed = cli("practice", "list", "--couple", str(couple_id))
    assert listed.returncode == 0, listed.stderr
    assert "Who starts: Whoever more often needs a break in an argument starts" in listed.stdout, listed.stdout
    assert "leave the room" not in listed.stdout, listed.stdout
    [row] = json.loads(cli("--json", "practice", "list", "--couple", str(couple_id)).stdout)
    assert row["who_starts"].startswith("Whoever more often needs a break") and row["id"] == aid
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault:
        assert practice.get_assignment(vault, aid)["who_starts"] == OLD  # nothing rewritten unsaid


def test_the_therapists_own_who_starts_is_never_remade(isolated_home, cli):
    couple_id, _aid, _past, _held = _vault_with_old_practice(isolated_home, own=True)
    listed = cli("practice", "list", "--couple", str(couple_id))
    assert f"Who starts: {OWN}" in listed.stdout, listed.stdout


def test_a_passed_planned_session_and_a_practice_whose_review_was_held_are_said_and_marked_by_one_command(
        isolated_home, cli):
    couple_id, aid, past, held = _vault_with_old_practice(isolated_home)
    day = date.today() - timedelta(days=30)
    said = f"{day.day} {day:%b}" + ("" if day.year == date.today().year else f" {day.year}")
    sessions = cli("session", "list", "--couple", str(couple_id))
    assert sessions.returncode == 0, sessions.stderr
    assert f"planned for {said}, not marked held" in sessions.stdout, sessions.stdout
    assert f"talktogether session edit {past} --status attended" in sessions.stdout
    rows = json.loads(cli("--json", "session", "list", "--couple", str(couple_id)).stdout)
    assert [r["status"] for r in rows] == ["planned", "attended"] and rows[0]["behind"] and not rows[1]["behind"]
    listed = cli("practice", "list", "--couple", str(couple_id)).stdout
    assert "active, due for review: the session on" in listed and f"practice status {aid} --done" in listed, listed
    with open_vault(isolated_home, passphrase=PASSPHRASE, use_keychain=False) as vault:  # states kept as stored
        assert couples.get_session(vault, past)["status"] == "planned"
        assert practice.get_assignment(vault, aid)["status"] == "active"
    assert cli("session", "edit", str(past), "--status", "attended").returncode == 0
    assert cli("practice", "status", str(aid), "--done").returncode == 0
    assert "not marked held" not in cli("session", "list", "--couple", str(couple_id)).stdout
    assert "due for review" not in cli("practice", "list", "--couple", str(couple_id)).stdout
    assert cli("session", "list", "--couple", "999").returncode == 1
    assert cli("practice", "list", "--couple", "999").returncode == 1
