"""What an analysis found on a line, by words of its quote (for the reading tests)."""

from __future__ import annotations


def cats(a, words, *, safety=False) -> set[str]:
    """The categories of markers (or safety flags) whose quote holds `words`."""
    found = a["safety_flags"] if safety else a["markers"]
    return {m["category"] for m in found if words.lower() in (m.get("quote") or "").lower()}


def flag(a, words, category, *, heard=None) -> list[dict]:
    """The safety flags of `category` whose quote holds `words`; `heard`: only those heard (True) or to listen to."""
    out = [f for f in a["safety_flags"] if f["category"] == category and words.lower() in f["quote"].lower()]
    return [f for f in out if heard is None or bool(f.get("listen_only")) != heard]


def bids(a, words) -> list[dict]:
    """The bids whose quote holds `words`."""
    return [b for xs in a["reaching_for"].values() for b in xs if words.lower() in b["quote"].lower()]
