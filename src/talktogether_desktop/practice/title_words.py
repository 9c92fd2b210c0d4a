"""The practice's name as the couple reads it: never one that holds words of threat, violence, fear, control or
self-harm.

A therapist may name a practice for their own eyes ("Safety plan after he hit me"); the couple's handout and the
couple's version of the report print the template's plain name in its place ("Appreciation exchange"), or "Our
practice" where there is no template. The check is the analysis's own safety phrase lists (resources/lexicons/
*/safety_*.txt, the words a Key moment is flagged by) and the few words a clinician's note says that no one's
talk does ("safety plan", "abuse", "IPV"). Plain text in, plain text out; no Qt, no vault.
"""

from __future__ import annotations

import re
from typing import Optional

from ..analysis.lexicon import load_lexicon
from ..analysis.words import token
from ..errors import BadInputFile, NotFound
from .templates import get_template

NO_TEMPLATE = "Our practice"
_CLINICAL = re.compile(r"\b(?:safety|unsafe|abus\w*|violen\w*|assault\w*|hit|hits|hitting|beat\w*|strangl\w*|"
                       r"chok\w*|harm\w*|self[- ]?harm\w*|suicid\w*|kill\w*|threat\w*|coerc\w*|controlling|"
                       r"intimidat\w*|police|restraining|refuge|shelter|dv|ipv)\b", re.IGNORECASE)


def holds_safety_words(text: Optional[str], language: str = "en") -> bool:
    """Whether `text` says anything a safety flag is raised by (or a clinician's word for it)."""
    text = str(text or "")
    if _CLINICAL.search(text):
        return True
    tokens = [t for t in (token(w) for w in text.split()) if t]
    if not tokens:
        return False
    try:
        lex = load_lexicon(language)
    except BadInputFile:
        return False
    everywhere = set(range(len(tokens)))  # a title is no sentence: a phrase may start and end on any word
    return any(lex.find(tokens, everywhere, everywhere, name)
               for name in lex.categories if name.startswith("safety_"))


def plain_name(template: Optional[str]) -> str:
    """The template's own title, or NO_TEMPLATE."""
    try:
        return get_template(template).title if template else NO_TEMPLATE
    except (NotFound, BadInputFile):
        return NO_TEMPLATE


def title_for_couple(title: Optional[str], template: Optional[str]) -> Optional[str]:
    """The title as the couple reads it: the therapist's, or the plain name where it holds safety words."""
    return plain_name(template) if holds_safety_words(title) else title
