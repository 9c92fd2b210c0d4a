"""Whole percents that add up to 100 do not depend on the order the shares come in (walk39n: the chart said Sam 50% and
Leo 50%, What stood out "Leo 51% and Sam 49%", for shares 0.495 and 0.505)."""

from talktogether_desktop.percents import whole_percents


def test_an_even_split_of_the_rounded_point_goes_to_the_larger_share_in_any_order():
    assert whole_percents([0.495, 0.505]) == [49, 51]
    assert whole_percents([0.505, 0.495]) == [51, 49]


def test_the_percents_still_add_up_to_100():
    assert sum(whole_percents([0.545, 0.455])) == 100
    assert whole_percents([1, 1, 1]) == [34, 33, 33]
