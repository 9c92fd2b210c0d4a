"""Round 26's reading: what the meaning reader may not read into a plain sentence."""

import pytest

from .test_context import flags, run

ASKED = "Why is there a four grand payment on the joint account?"
QUARREL = "You never tell me anything, you just do what you want."


def test_a_thing_described_naming_no_one_is_no_control():
    """An explanation of where the money went names nobody: no rule given to anyone (it read as financial
    control, 0.79, before round 26)."""
    r = run(ASKED, "Yeah, I was gonna tell you. It's the deposit on Dave's tinny.", QUARREL)
    assert ("financial_control", "S2") not in flags(r)


@pytest.mark.parametrize("line", [
    "It's your allowance, and it stays in my account.",
    "There's your two hundred for the week. Receipts in the tin by Sunday night, same as always.",
])
def test_a_rule_that_names_someone_still_reads_as_control(line):
    assert ("financial_control", "S2") in flags(run(ASKED, line, QUARREL))
