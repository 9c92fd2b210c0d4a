"""Walk-throughs 38k and 38l: the couple's practice page (and handout) said who starts by a trait of one of them in a
fight: "The partner who tends to leave the room during arguments starts." and "The partner who more often brings up
problems goes second this time.", read by the couple together as a label on one partner. Who starts is now said by a
need or a habit both can own, with the same order as before."""

from __future__ import annotations

from talktogether_desktop.practice.templates import get_template

LABELS = ("leave the room", "brings up problems", "tends to", "during arguments")


def test_who_starts_in_the_time_out_and_soft_start_up_practices_labels_no_partner():
    for name in ("time_out_plan", "soft_startup"):
        said = get_template(name).who_starts
        assert not any(label in said for label in LABELS), (name, said)
    assert get_template("time_out_plan").who_starts.startswith("Whoever more often needs a break")
    assert "listens first this time" in get_template("soft_startup").who_starts
