"""How the window speaks of a voice the speaker finder told apart: "the first voice (S1)", in the same words in the
transcript's note on automatic names, the naming dialog and the list of corrections (Qt-free).

The transcript labels a voice not yet named "S1", "S2" in its lines; the words here keep that label in brackets so
the therapist can find the lines, and say what it is: the order the voices were told apart in, not a code.
"""

from __future__ import annotations

import re
from typing import Mapping, Optional

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def voice(label: Optional[str], capital: bool = False) -> str:
    """"the first voice (S1)"; a label of another form: "the voice “X”"."""
    label = str(label or "").strip()
    number = re.fullmatch(r"S(\d+)", label)
    if number and 1 <= int(number.group(1)) <= len(ORDINALS):
        words = f"the {ORDINALS[int(number.group(1)) - 1]} voice ({label})"
    elif label:
        words = f"the voice “{label}”"
    else:
        words = "a voice"
    return words[0].upper() + words[1:] if capital else words


def who(label: Optional[str], names: Mapping[str, str], capital: bool = False) -> str:
    """The name given to the voice, or, not named yet, which voice it is ("the second voice (S2)")."""
    name = names.get(label or "") or ""
    if name and name != label:
        return name
    return voice(label, capital)
