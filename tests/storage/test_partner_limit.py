"""The partner limit is one named constant (storage/couples.py MAX_PARTNERS), said in the refusal, and no more than
the voices the speaker finder tells apart (round 34: a separate hard-coded 4 and "one to four" in words)."""

from __future__ import annotations

import pytest

from talktogether_desktop.diarization.limits import MAX_SPEAKERS
from talktogether_desktop.errors import UsageError
from talktogether_desktop.storage import couples


def test_a_couple_takes_up_to_max_partners_and_the_refusal_names_the_limit(vault):
    assert couples.MAX_PARTNERS == MAX_SPEAKERS  # each partner's voice must be one the speaker finder can tell apart
    names = [f"Partner {i}" for i in range(1, couples.MAX_PARTNERS + 2)]
    couple_id = couples.add_couple(vault, "Most", names[:couples.MAX_PARTNERS])
    assert len(couples.get_couple(vault, couple_id)["partners"]) == couples.MAX_PARTNERS
    with pytest.raises(UsageError) as refused:
        couples.add_couple(vault, "Too many", names)
    said = str(refused.value)
    assert f"1 to {couples.MAX_PARTNERS} partners" in said and f"not {len(names)}" in said, said
    assert [c["name"] for c in couples.list_couples(vault)] == ["Most"]


def test_the_command_line_says_the_limit(cli):
    assert cli("vault", "init").returncode == 0
    args = [a for i in range(couples.MAX_PARTNERS + 1) for a in ("--partner", f"P{i}")]
    got = cli("couple", "add", "--name", "Big", *args)
    assert got.returncode == 2 and "Traceback" not in got.stderr, got.stderr
    assert f"1 to {couples.MAX_PARTNERS} partners" in got.stderr, got.stderr
