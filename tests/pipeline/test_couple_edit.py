"""Correcting a couple's names and pronouns: one operation, one transaction, audited, an empty name refused."""

from __future__ import annotations

import pytest

from talktogether_desktop.errors import NotFound, UsageError
from talktogether_desktop.pipeline import ops_case
from talktogether_desktop.storage import couples
from talktogether_desktop.storage.settings import load_settings


def _audit(vault):
    return [tuple(r) for r in vault.all("SELECT action, entity, entity_id FROM audit_log WHERE action = 'update'")]


def test_names_and_pronouns_are_corrected_together_and_audited(vault):
    cid = ops_case.add_couple(vault, load_settings(vault), "Rivra-Okafor", ["Sma", "Ada"])
    sam, ada = [p["id"] for p in couples.get_couple(vault, cid)["partners"]]
    got = ops_case.edit_couple(vault, load_settings(vault), cid, " Rivera-Okafor ", {sam: "Sam "},
                               {sam: "they/them", ada: "she/her"})
    assert got["name"] == "Rivera-Okafor"
    assert [(p["display_name"], p["pronouns"]) for p in got["partners"]] == [("Sam", "they/them"), ("Ada", "she/her")]
    stored = couples.get_couple(vault, cid)
    assert stored["name"] == "Rivera-Okafor" and stored["partners"] == got["partners"]
    assert [c["name"] for c in couples.list_couples(vault)] == ["Rivera-Okafor"]
    assert couples.list_couples(vault)[0]["partner_names"] == "Sam & Ada"
    assert _audit(vault) == [("update", "couple", cid), ("update", "partner", sam), ("update", "partner", ada)]

    # pronouns cleared with ""; a partner left alone and an unchanged name write (and audit) nothing
    again = ops_case.edit_couple(vault, load_settings(vault), cid, "Rivera-Okafor", {ada: "Ada"}, {sam: ""})
    assert [p["pronouns"] for p in again["partners"]] == [None, "she/her"]
    assert _audit(vault)[3:] == [("update", "partner", sam)]


def test_an_empty_name_or_a_stranger_partner_changes_nothing(vault):
    cid = ops_case.add_couple(vault, load_settings(vault), "Brown", ["Ann", "Bo"])
    other = ops_case.add_couple(vault, load_settings(vault), "Other", ["Cy", "Di"])
    ann = couples.get_couple(vault, cid)["partners"][0]["id"]
    stranger = couples.get_couple(vault, other)["partners"][0]["id"]
    before = couples.get_couple(vault, cid)
    with pytest.raises(UsageError, match="couple's name cannot be empty"):
        ops_case.edit_couple(vault, load_settings(vault), cid, "   ", {ann: "Anne"})
    with pytest.raises(UsageError, match="partner's name cannot be empty"):
        ops_case.edit_couple(vault, load_settings(vault), cid, "Browne", {ann: " "})
    with pytest.raises(NotFound, match=f"Partner {stranger} is not a partner of couple {cid}"):
        ops_case.edit_couple(vault, load_settings(vault), cid, "Browne", {ann: "Anne", stranger: "Cyrus"})
    with pytest.raises(NotFound):
        ops_case.edit_couple(vault, load_settings(vault), 999, "Anyone")
    assert couples.get_couple(vault, cid) == before
    assert couples.get_couple(vault, other)["partners"][0]["display_name"] == "Cy"
    assert _audit(vault) == []
