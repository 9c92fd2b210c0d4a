"""How strong a new passphrase must be: at least 8 characters and hard to guess (zxcvbn's estimate).

The data key is only as safe as the passphrase wrapping it: argon2id slows each guess down, but
"12345678" is among the first thousand any attacker tries, whatever the KDF.
"""

from __future__ import annotations

from ..errors import UsageError

MIN_LENGTH = 8
# zxcvbn's score: 3 = about 10^8 guesses or more ("safely unguessable" for a slow hash), 4 = 10^10+.
MIN_SCORE = 3


def estimate(passphrase: str) -> tuple[int, str]:
    """zxcvbn's 0..4 score and its plain-language warning (may be empty)."""
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100])  # its cost grows with length; the first 100 characters decide
    feedback = result.get("feedback") or {}
    return int(result["score"]), feedback.get("warning") or ""


def check_passphrase(passphrase: str) -> None:
    """Raise UsageError, saying why, for a passphrase too short or too easy to guess."""
    if len(passphrase or "") < MIN_LENGTH:
        raise UsageError(f"Please choose a passphrase of at least {MIN_LENGTH} characters.")
    score, warning = estimate(passphrase)
    if score < MIN_SCORE:
        why = f" ({warning.rstrip('.')})" if warning else ""
        raise UsageError(
            f"That passphrase is too easy to guess{why}. Use a few unrelated words, for example "
            "'lantern river cello oats'; length matters more than symbols."
        )
