"""Control and fear a speaker tells of their own life in words that look like someone else's, like a denial, or like
nobody's fear (round 52, from the probes in benchmarks/clinical/sentences/round52_calm_safety.tsv).

The meaning reader sets a safety reading aside when the words are reported speech ("my boss said you never…"), when the
speaker negates their own act ("I'm not going to stop you…") and when fear names nobody (fear of an exam, a flight).
Said calmly by the one it happens to, control and fear take those shapes too: a verb of saying that reports nobody's
words ("I agree with whatever he says now, it keeps the peace", "I'd rather not say in front of him"), a rule suffered
in the passive ("I'm not allowed to buy anything over twenty dollars…"), and fear shown in what one does, near the
partner's control or threat ("I sleep in my clothes some nights, just in case I need to get out quickly.")."""

from __future__ import annotations

# The readings a misread report keeps: control of money, phone or friends told by the one it is done to, and fear.
TOLD_OF_ONESELF = ("safety_financial_control", "safety_monitoring", "safety_isolation", "safety_fear")
# Between the word before a verb of saying and the verb ("she always says", "I'd rather not say").
SKIPPED = frozenset({"always", "just", "even", "then", "once", "also", "only", "never", "actually", "not", "to"})
# "whatever he says", "what she says goes": a free relative, nothing reported after it; "I'd rather not say": the
# speaker's own words; "…unless she's said yes": leave given or refused, no words reported.
FREE_RELATIVE = frozenset({"whatever", "what"})
NOT_A_SUBJECT = frozenset({"rather", "sooner", "better"})
CONSENT = frozenset({"yes", "no", "okay", "ok"})
# "I'm not allowed to…", "we're not supposed to…": a rule given to the speaker, not an act the speaker disowns.
RULED_PASSIVE = frozenset({"allowed", "permitted", "supposed"})


def reports_nobody(toks, reporting) -> bool:
    """A verb of saying (`reporting`: a predicate on a word) that reports nobody else's words: after "whatever" or
    "what" and its subject, after "rather", or before a yes or no."""
    for k, t in enumerate(toks):
        if not reporting(t) or k == 0:
            continue
        j = k - 1
        while j > 0 and toks[j] in SKIPPED:
            j -= 1
        if toks[j] in NOT_A_SUBJECT or toks[j - 1 : j] and toks[j - 1] in FREE_RELATIVE or toks[k + 1 : k + 2] and toks[k + 1] in CONSENT:
            return True
    return False


def rule_suffered(toks) -> bool:
    """"I'm not allowed to buy…", "I'm not allowed my own card", "we're not supposed to…": the speaker under a rule, in
    the passive (`toks`: the opening words, where the negation stands)."""
    return bool(RULED_PASSIVE & set(toks))


# Fear told as a past moment ("I was frightened too when I saw the missed calls.") is of an event: the partner's is lived now.
PAST_FEAR = frozenset({"was", "were"})
# Words of fear besides the rules' (fear_words.txt), and a thing named after one ("nervous before the driving test",
# "terrified of the dentist"): with nobody named, the fear is of that thing ("scared of what happens…" names none).
ALSO_FEARFUL = frozenset({"nervous", "anxious", "dread", "dreading", "panic", "panicking", "worried", "uneasy", "jumpy"})
BEFORE_A_THING = frozenset({"before", "about", "of", "for", "at", "over", "with"})
A_THING = frozenset({"the", "a", "an", "my", "our", "this", "that", "these", "those", "tomorrow's", "next"})


def fear_naming_nobody(reader, s) -> bool:
    """Fear told quietly names nobody ("I sleep in my clothes some nights, just in case I need to get out quickly.",
    "I said I'm a bit afraid."): read as fear of the partner at least `meaning_alone` within the minute of safety language
    the rules heard (meaning.py checks both), it stands, unless the fear the rules list as not of the partner is named
    (an exam, a flight) or a thing follows a fear word, the fear is told as past, or every fear word is negated. (Round 52: at 0.8, or with no safety
    language near, the sealed splits' false safety flags rose by 6 and 1: fear of an event, "I was frightened too when
    I saw the missed calls.")"""
    from .sentence_terms import is_in, negated_at

    if reader.lex.find(s.toks, {0}, {len(s.toks) - 1}, "fear_not_of_partner") or PAST_FEAR & set(s.toks):
        return False
    feared = [k for k, t in enumerate(s.toks) if is_in(t, reader.fear) or t in ALSO_FEARFUL]
    if any(s.toks[k + 1 : k + 2] and s.toks[k + 1] in BEFORE_A_THING and s.toks[k + 2 : k + 3] and s.toks[k + 2] in A_THING
           for k in feared):
        return False
    return not (feared and all(negated_at(reader, s.toks, k) for k in feared))
