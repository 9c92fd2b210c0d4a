"""`talktogether couple edit`: a misspelled name or wrong pronouns corrected on a real vault, with its exit codes."""

from __future__ import annotations

import json


def test_a_couple_and_partners_are_renamed_and_given_pronouns(cli):
    assert cli("vault", "init").returncode == 0
    cid = int(cli("couple", "add", "--name", "Kowalksi", "--partner", "Zoe", "--partner", "Łukasz").stdout)
    zoe, lukasz = [p["id"] for p in json.loads(cli("couple", "show", str(cid), "--json").stdout)["partners"]]

    edited = cli("couple", "edit", str(cid), "--name", "Kowalski", "--partner", str(zoe), "Zoë",
                 "--pronouns", str(zoe), "she/her", "--pronouns", str(lukasz), "he/him", "--json")
    assert edited.returncode == 0, edited.stderr
    got = json.loads(edited.stdout)
    assert got["name"] == "Kowalski"
    assert [(p["display_name"], p["pronouns"]) for p in got["partners"]] == [("Zoë", "she/her"), ("Łukasz", "he/him")]
    plain = cli("couple", "edit", str(cid), "--pronouns", str(lukasz), "")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.strip() == f"Couple {cid}: Kowalski, Zoë (she/her) and Łukasz."
    assert "Zoë & Łukasz" in cli("couple", "list").stdout
    shown = cli("couple", "show", str(cid)).stdout
    assert "Couple" in shown and "Kowalski" in shown and "Zoë (she/her)" in shown


def test_edit_refuses_what_it_cannot_do(cli):
    assert cli("vault", "init").returncode == 0
    cid = int(cli("couple", "add", "--name", "Brown", "--partner", "Ann", "--partner", "Bo").stdout)
    other = int(cli("couple", "add", "--name", "Other", "--partner", "Cy", "--partner", "Di").stdout)
    stranger = json.loads(cli("couple", "show", str(other), "--json").stdout)["partners"][0]["id"]

    empty = cli("couple", "edit", str(cid), "--name", "  ")
    assert empty.returncode == 2 and "name cannot be empty" in empty.stderr and "Traceback" not in empty.stderr
    nothing = cli("couple", "edit", str(cid))
    assert nothing.returncode == 2 and "to change" in nothing.stderr
    not_an_id = cli("couple", "edit", str(cid), "--partner", "Ann", "Anne")
    assert not_an_id.returncode == 2 and "is not an id" in not_an_id.stderr
    assert cli("couple", "edit", str(cid), "--partner", "1").returncode == 2  # the name is missing
    unknown = cli("couple", "edit", "999", "--name", "X")
    assert unknown.returncode == 1 and "no couple with id 999" in unknown.stderr
    theirs = cli("couple", "edit", str(cid), "--partner", str(stranger), "Cyrus")
    assert theirs.returncode == 1 and "is not a partner of couple" in theirs.stderr
    kept = json.loads(cli("couple", "show", str(cid), "--json").stdout)
    assert kept["name"] == "Brown" and [p["display_name"] for p in kept["partners"]] == ["Ann", "Bo"]
    assert json.loads(cli("couple", "show", str(other), "--json").stdout)["partners"][0]["display_name"] == "Cy"
