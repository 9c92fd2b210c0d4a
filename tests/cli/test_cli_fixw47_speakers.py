"""Fix 47w: `speakers name` and the window agree that each voice is one person.

The window's "Who is speaking?" refused two voices named as the same partner; `speakers name` took it (exit 0): S1 and
S2 both became Ana, and every count, bid and quote of the analysis and report merged two people into one."""

from __future__ import annotations

import json

from talktogether_desktop.storage import couples, speakers
from talktogether_desktop.storage.vault import create_vault, open_vault
from tt_testing import PASSPHRASE


def _ana_and_ben(isolated_home):
    from tt_overlap import ana_and_ben

    vault, _ = create_vault(isolated_home, PASSPHRASE)
    vault.recovery_code_shown()
    rec_id = ana_and_ben(vault)  # S1 is named Ana, S2 Ben
    ana, ben = (p["id"] for p in couples.list_partners(vault, couples.list_couples(vault)[0]["id"]))
    vault.close()
    return rec_id, ana, ben


def _names(isolated_home, rec_id):
    vault = open_vault(isolated_home, PASSPHRASE)
    try:
        return speakers.speaker_names(vault, rec_id)
    finally:
        vault.close()


def test_a_second_voice_named_as_a_partner_another_voice_already_is_refused(isolated_home, cli):
    rec_id, ana, ben = _ana_and_ben(isolated_home)
    for extra in ((), ("--json",)):
        refused = cli(*extra, "speakers", "name", str(rec_id), "S2", "--partner", str(ana))
        assert refused.returncode == 2, (refused.returncode, refused.stdout, refused.stderr)
        assert "S1 is already named Ana. Each voice is one person" in refused.stderr, refused.stderr
        assert f"talktogether speakers swap {rec_id} S1 S2" in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
        if extra:
            assert json.loads(refused.stdout)["kind"] == "UsageError"
    by_name = cli("speakers", "name", str(rec_id), "S2", "--name", "ana")  # typed, any case: the partner Ana still
    assert by_name.returncode == 2 and "S1 is already named Ana." in by_name.stderr, by_name.stderr
    assert _names(isolated_home, rec_id) == {"S1": "Ana", "S2": "Ben"}  # nothing changed
    # naming a voice as the partner it already is, or as someone no other voice is, goes through
    again = cli("speakers", "name", str(rec_id), "S1", "--partner", str(ana))
    assert again.returncode == 0, again.stderr
    other = cli("speakers", "name", str(rec_id), "S2", "--name", "Therapist")
    assert other.returncode == 0, other.stderr
    assert _names(isolated_home, rec_id) == {"S1": "Ana", "S2": "Therapist"}
    back = cli("speakers", "name", str(rec_id), "S2", "--partner", str(ben))
    assert back.returncode == 0, back.stderr
    assert _names(isolated_home, rec_id) == {"S1": "Ana", "S2": "Ben"}
