"""Commands of this group (filled in by the feature that owns them)."""


def register(sub, common) -> None:
    return None
