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


def test_names_come_from_a_file_or_stdin_not_the_command_line(cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    cid = int(cli("couple", "add", "--name", "Kowalksi", "--partner", "Zoe", "--partner", "Lukasz").stdout)
    names = tmp_path / "names.txt"
    names.write_text("Kowalski\nZoë\n\nŁukasz\n", encoding="utf-8")  # blank lines are skipped, as for `couple add`
    edited = cli("couple", "edit", str(cid), "--names-file", str(names), "--json")
    assert edited.returncode == 0, edited.stderr
    got = json.loads(edited.stdout)
    assert got["name"] == "Kowalski" and [p["display_name"] for p in got["partners"]] == ["Zoë", "Łukasz"]
    zoe = got["partners"][0]["id"]
    piped = cli("couple", "edit", str(cid), "--names-file", "-", "--pronouns", str(zoe), "she/her",
                input="Kowalski-Nowak\nZoë\nŁukasz\n")
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.strip() == f"Couple {cid}: Kowalski-Nowak, Zoë (she/her) and Łukasz."
    assert json.loads(cli("couple", "show", str(cid), "--json").stdout)["name"] == "Kowalski-Nowak"


def test_a_names_file_that_does_not_fit_the_couple_changes_nothing(cli, tmp_path):
    assert cli("vault", "init").returncode == 0
    cid = int(cli("couple", "add", "--name", "Brown", "--partner", "Ann", "--partner", "Bo").stdout)
    short = tmp_path / "short.txt"
    short.write_text("Browne\nAnne\n", encoding="utf-8")
    refused = cli("couple", "edit", str(cid), "--names-file", str(short))
    assert refused.returncode == 2 and "one line for each of their 2 partners" in refused.stderr
    assert "(Ann, Bo)" in refused.stderr and "Traceback" not in refused.stderr
    both = cli("couple", "edit", str(cid), "--names-file", "-", "--name", "X", input="Browne\nAnne\nBo\n")
    assert both.returncode == 2 and "not both" in both.stderr
    empty = cli("couple", "edit", str(cid), "--names-file", "-", input="Browne\n   \nBo\n")
    assert empty.returncode == 2  # the blank line is skipped: one partner too few
    missing = cli("couple", "edit", str(cid), "--names-file", str(tmp_path / "nowhere.txt"))
    assert missing.returncode != 0 and "Could not read" in missing.stderr and "Traceback" not in missing.stderr
    unknown = cli("couple", "edit", "999", "--names-file", "-", input="X\nY\nZ\n")
    assert unknown.returncode == 1 and "no couple with id 999" in unknown.stderr
    kept = json.loads(cli("couple", "show", str(cid), "--json").stdout)
    assert kept["name"] == "Brown" and [p["display_name"] for p in kept["partners"]] == ["Ann", "Bo"]
