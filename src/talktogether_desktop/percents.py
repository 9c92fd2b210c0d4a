"""Shares printed as whole percents that add up to 100 (the largest remainders get the rounded-off points), so a
talk share of 0.545 and 0.455 reads "55% and 45%", not "55% and 46%" (walk37h conv3: 101% between two partners)."""

from __future__ import annotations

import math
from typing import Sequence


def whole_percents(shares: Sequence[float]) -> list[int]:
    """`shares` (fractions of one whole, or any non-negative amounts) as whole percents summing to 100."""
    total = sum(max(0.0, float(s)) for s in shares)
    if total <= 0:
        return [0 for _ in shares]
    exact = [100.0 * max(0.0, float(s)) / total for s in shares]
    out = [math.floor(x + 1e-9) for x in exact]
    # equal remainders go to the larger share, so the order the shares come in never changes the figures (0.495 and 0.505
    # read "49% and 51%" in the chart's partner order and in What stood out's share order alike: walk39n)
    by_remainder = sorted(range(len(exact)), key=lambda i: (-round(exact[i] - out[i], 9), -exact[i], i))
    for i in by_remainder[: 100 - sum(out)]:
        out[i] += 1
    return out
