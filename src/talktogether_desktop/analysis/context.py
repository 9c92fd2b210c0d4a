"""Reading lexicon matches in their sentence: context before keywords (DOMAIN.md §7).

A phrase list finds "you always", "my fault" or "pushed me"; whether that is criticism, a repair or
violence depends on the words around it. Each rule here is general and names its reason on the
marker (`context`), so a therapist can see why a phrase was or was not counted:

- negation and its scope: a negator earlier in the same clause cancels a repair, an insult or a
  withdrawal phrase ("it's not my fault", "I'm not sorry", "it's not that I don't care");
- polarity of absolutes: "you always" + a warm word is affection, "you never" + a cold word is
  affection too ("you never once made me feel like a burden"), and so is a kind-of-person frame with
  warm words after it and no negation; only the rest is criticism;
- questions: a yes/no question about a habit ("do you always take the bus?") is not an attack; absolutes of frequency
  ("every time…") are criticism only with the partner in the clause;
- reported speech and fiction: "my boss said you never…", "in the film he says I'll kill you"; a reporting verb
  with nobody (or the speaker, or a screen) before it, or saying "so", is no report ("say one more word and…");
- an "I was just…" in a sentence that disowns blame ("I'm not blaming you") is an explanation, and "that's not true" to
  a partner who spoke of not wanting to live is reassurance: neither is defensiveness;
- a repair mends something: "tell me more", "I understand" in a calm stretch are curiosity and warmth, not repairs;
- an insult aimed at a third person ("that's ridiculous of him") is not contempt for the partner; idioms ("this traffic
  is killing me") are not safety language; of overlapping safety matches the longer one wins ("you pushed me to it");
- a threat in a sentence about the therapist or the session is a threat about therapy; first-person
  fear with the partner in it ("I'm scared to bring anything up with you") is fear of the partner, unless it is
  fear of losing them. Pure functions over words; the phrase lists stay editable in resources/lexicons/<language>/."""

from __future__ import annotations

from typing import Iterable, Sequence

from . import across, answers, comparisons, delight, families, fondness, frames, keeping_peace, owning, structure, turn_meaning, warmed_after
from .lexicon import Lexicon
from .risk_answers import partners_harm_asked
from .reply_words import empathic, reflects_back
from .sentence_terms import (CONTRAST, FIRST_PERSON, HYPOTHETICAL, REPORTING_THINGS, SECOND_PERSON, YES_NO_OPENERS, hit,
                             control_not_between_them, in_quotes, is_in, not_ones_own_despair, of_oneself, sentence_ends)
from .threat_forms import a_memory_not_a_warning
from .therapist import therapist_names
from .sentences import Sentence, split_sentences  # noqa: F401 - read here, and by callers of context
from .words import quote

ABSOLUTES = frozenset({"always", "never", "ever", "every", "constantly", "forever"})
NEGATING_ABSOLUTES = frozenset({"never"})
UNTOLD = (("told",), ("said",), ("mentioned",), ("warned",), ("let", "me", "know"), ("bothered", "to", "tell"), ("bothered", "to", "say"))
THIRD_PERSON = frozenset({"he", "she", "him", "her", "they", "them", "his", "hers", "their", "he's", "she's", "they're"})
THERAPY_WORDS = frozenset({"therapist", "therapy", "counsellor", "counselor", "counselling", "counseling", "session", "sessions"})
SKIP_BEFORE_VERB = frozenset({"always", "just", "even", "then", "once", "also", "keeps", "kept", "literally",
                              "actually", "basically", "never", "going", "gonna", "want", "wanna", "got", "trying", "wanted", "need", "needed", "like", "have", "had", "gotta", "tried", "really", "only"})
# How far back a negator reaches, and how much of the clause after an absolute is read for polarity.
NEGATION_REACH = 4
BUT_REACH = 3  # "sorry, but …", "sorry, okay, but …": the "but" that takes an apology back follows it closely
PREDICATE_REACH = 12
NEGATABLE = ("repair", "appreciation", "contempt", "stonewalling", "defensiveness", "flooding")  # a negator cancels
HORSEMEN = ("criticism", "contempt", "defensiveness", "stonewalling")
THREAT_LIKE = ("safety_threat", "safety_therapy_threat")
# Safety categories a negator before the phrase cancels (never threats, violence, fear, self-harm: a miss costs more).
NEGATABLE_SAFETY = ("safety_blaming", "safety_coercion", "safety_isolation", "safety_financial_control")
REQUESTING = frozenset({"could", "can", "would", "will", "please", "might"})
LOOKING = "looking through the other's own"  # structure.looking_through's phrase
EASED = frozenset({"worried", "worry", "worrying", "anxious", "nervous", "scared", "afraid", "stressed", "concerned", "fussed"})
NAME_CALLING_FRAMES = ("you're such a", "you are such a")
# Criticism frames that warm words after them make praise ("you're such a sweetheart", "that's so you, so kind").
WARMABLE = frozenset({"such", "classic", "typical", "kind", "type", "sort", "that's"})
CARING = frozenset({"looks", "cares", "loves", "gets", "understands", "protects", "knows", "looked", "cared", "loved"})
GRIEF = frozenset({"lost", "misses", "missed", "grieves", "grieved", "grieving", "cried", "cries", "mourns", "mourned", "feels", "felt"})
# Between a speaker and a reporting verb ("I didn't say…": the speaker's own telling), and what opens an order.
AUXILIARIES = frozenset({"don't", "didn't", "doesn't", "do", "does", "did", "not", "can't", "won't", "will", "would", "could", "should", "to", "might", "must", "haven't", "hasn't", "hadn't"})
ORDER_OPENERS = frozenset({"please", "let's", "now", "so", "oh", "okay", "ok", "well"})
SAID_WHERE = frozenset({"to", "in", "on", "at", "about", "there", "today", "tonight", "tomorrow", "when", "before", "after"})
# Absolutes of frequency that name no one: criticism only with the partner in the same clause.
BOOKED = frozenset({"it", "us", "them", "a", "the", "in", "that", "this", "me"})  # what is booked ("book it")
FREQUENCY_OPENERS = frozenset({"every", "each"})
TURNS_ROUND = frozenset({"miss", "misses"})  # turn round what follows ("you never miss a chance to make me laugh")
TASK_DONE = (["with", "the"], ["with", "my"], ["at"], ["early"])  # "I'm done with the dishes", "done at work early"
TALKED = frozenset({"conversation", "talk", "argument", "discussion", "relationship", "marriage", "shit", "crap", "nonsense",
                    "rubbish", "bollocks", "bullshit", "again", "now", "whole", "same", "family", "house"})
# Intensifiers a speaker puts inside a horseman or repair phrase ("you're so selfish").
MARKER_FILLERS = frozenset({"just", "really", "so", "honestly", "actually", "literally", "totally", "truly"})
# Words a speaker may put inside a safety phrase without changing it ("if I just wasn't here").
FILLERS = frozenset({"just", "really", "honestly", "simply", "actually", "literally", "even", "truly", "so",
                     "totally", "completely", "sometimes", "kind", "of", "sort", "like"})
# Safety language told by the one it was done to: the horsemen phrases inside it are disclosure.
TOLD_BY_THE_ONE_HURT = ("safety_violence", "safety_fear")
TOLD_PHRASES = ("the cost of seeing people, told by the one isolated",)
COUNTER_QUESTION = frozenset({"why", "so", "how", "whose", "since"})  # turned round on the partner ("why is it always my fault?")
# "I'm not saying you're lazy": the negation disowns the criticism.
DISOWNING = frozenset({"saying", "say", "that", "think", "mean", "calling", "said"})
INVITING = frozenset({"come", "coming", "join"})  # "I'm going for a walk, want to come?": no withdrawal
FETCHED = frozenset({"stuff", "things", "bag", "bags", "car", "keys", "clothes", "kids", "children", "dog", "case", "boxes", "rest"})


def one_words(lex: Lexicon, category: str) -> frozenset:
    return frozenset(p.parts[0] for p in lex.categories.get(category, []) if len(p.parts) == 1)


class Reader:
    """Finds the lexicon's categories in sentences and applies the context rules."""

    def __init__(self, lex: Lexicon, therapist: frozenset = frozenset()):
        self.lex = lex
        self.negators = one_words(lex, "negation")
        self.positive = one_words(lex, "positive_words")
        self.negative = one_words(lex, "negative_words")
        self.reporting = one_words(lex, "reported_speech")
        self.fiction = one_words(lex, "fiction")
        self.fear = one_words(lex, "fear_words")
        self.violence_verbs = one_words(lex, "violence_verbs")
        self.social_contacts = one_words(lex, "social_contacts")
        self.harm_verbs = one_words(lex, "harm_verbs")
        self.private_things = one_words(lex, "private_things")
        self.therapist = therapist  # the therapist's name, where the couple said it (therapist.py)

    # --- the rules -------------------------------------------------------------------------

    def negated(self, s: Sentence, a: int) -> bool:
        """A negator earlier in the same clause, at most NEGATION_REACH words back. A phrase that
        carries its own negation ("not my fault", "I don't care") is cancelled only by a second
        one before it ("it's not that I don't care")."""
        lo = max(s.clause_start(a), a - NEGATION_REACH)
        return any(self._negator(s.toks[k]) for k in range(lo, a))

    def negated_after(self, s: Sentence, b: int) -> bool:  # "…the kind of person who never says thank you"
        return any(self._negator(t) for t in s.toks[b + 1 : b + PREDICATE_REACH])

    def _negator(self, tok: str) -> bool:
        return tok in self.negators or tok.endswith("n't")

    def polarity(self, s: Sentence, a: int, b: int, parts: Sequence[str]) -> int:
        """> 0: the absolute is warm ("you always make me smile"); < 0: cold; 0: no warm or cold word."""
        # the clause the words after the phrase belong to ("always so thoughtful": "so" intensifies)
        hi = min(s.clause_end(min(b + 1, len(s.toks) - 1)), b + PREDICATE_REACH)
        # "you never fuss over me anymore", "you never told me you'd be back this late": something missed, a complaint
        if "anymore" in s.toks[b + 1 : hi + 1] or set(parts) & NEGATING_ABSOLUTES and any(
                tuple(s.toks[b + 1 : b + 1 + len(u)]) == u and any(t.startswith("you") for t in s.toks[b + 1 + len(u) : b + 4 + len(u)])
                for u in UNTOLD):
            return -1
        value = self._valence(s.toks[b + 1 : hi + 1]) * (-1 if any(p in NEGATING_ABSOLUTES or self._negator(p) for p in parts) else 1)
        # warmth the speaker adds in the clauses after, up to a "but" ("…and it's the highlight of my day")
        later = s.toks[hi + 1 :]
        later = later[: next((k for k, t in enumerate(later) if t in CONTRAST or t in ABSOLUTES or t in HYPOTHETICAL), len(later))]
        if any(self._negator(t) for t in later):
            # "And you always pack the snacks, so I'm not worried": a worry taken away is warmth
            eased = any(self._negator(t) and set(later[k + 1 : k + 3]) & EASED for k, t in enumerate(later))
            return value + (1 if eased and value >= 0 else 0)
        return value + max(0, self._valence(later))

    def _valence(self, toks: Sequence[str]) -> int:
        value = 0
        for k, t in enumerate(toks):
            if t.startswith(("fail", "forget", "forgot")) or t in TURNS_ROUND:  # "never fail/miss a chance to cheer me up"
                # "never forget to warm my side", "never fail to make my Sunday": what is never missed is the good
                missed = t.startswith("forg") or not toks[k + 1 :] or list(toks[k + 1 : k + 3]) == ["to", "make"]
                return value - (self._valence(toks[k + 1 :]) or (1 if missed else 0))
            value += is_in(t, self.positive) - is_in(t, self.negative)
        for _, _, ph in self.lex.find(list(toks), {0}, set(), "positive_words"):
            value += len(ph.parts) > 1
        for a, b, ph in self.lex.find(list(toks), {0}, set(), "negative_words"):  # "laughed at me": its warm word too
            value -= (len(ph.parts) > 1) * (1 + sum(is_in(t, self.positive) for t in toks[a : b + 1]))
        return value

    def reported(self, s: Sentence, a: int, say_so: bool = False) -> str | None:
        """'third' when the words at `a` repeat what someone else said (or a story), 'partner' when
        they repeat what the partner said ("you said you'd hurt me"), None when they are the
        speaker's own."""
        if self.story_before(s, a):
            return "third"
        for k in range(a - 1, -1, -1):
            if is_in(s.toks[k], self.reporting):
                j = k - 1
                while j >= 0 and (s.toks[j] in SKIP_BEFORE_VERB or s.toks[j] in AUXILIARIES):
                    j -= 1
                # An order ("Say one more word and…"); for a horseman (`say_so`), "so" said ("If you say so, genius")
                if j < 0 or s.toks[j] in ORDER_OPENERS or say_so and s.toks[k : k + 2] == ["say", "so"] or (
                        s.toks[j - 1 : j] == ["whatever"] and s.clause_end(k) == k):
                    return None
                who = s.toks[j]  # "I'm going to say…"; "your screen time says…": nobody else's words
                if who in FIRST_PERSON or who in ("we", "we're", "we've") or who in REPORTING_THINGS:
                    return None
                return "partner" if who in ("you",) else "third"
        return None

    def story_before(self, s: Sentence, a: int) -> bool:
        """A film, book or game named before `a`; "you want to play that game" is a dare, "book it" a booking, not a story."""
        return any(is_in(t, self.fiction) and not ({"play", "playing", "to"} & set(s.toks[max(0, k - 2) : k]))
                   and not (t == "book" and s.toks[k + 1 : k + 2] and s.toks[k + 1] in BOOKED) for k, t in enumerate(s.toks[:a]))

    def taken_back(self, s: Sentence, b: int) -> bool:
        """After an apology ending at `b`, a "but" that goes on to deny one's part ("sorry, but it's
        hardly my fault", "sorry, but you started it"): the Gottman non-apology, defensiveness."""
        rest = s.toks[b + 1 :]
        if "but" not in rest[:BUT_REACH]:
            return False
        after = rest[rest.index("but") + 1 :]
        if self.lex.find(after, {0}, set(), "defensiveness"):
            return True
        return any(after[k - 1 : k + 1] == ["my", "fault"] and any(self._negator(t) for t in after[max(0, k - 1 - NEGATION_REACH) : k - 1])
                   for k in range(1, len(after)))

    def disowns_blame(self, s: Sentence) -> bool:
        """'I'm not blaming you', 'I'm not upset with you': blame the speaker says they do not lay."""
        return any(self.negated(s, a) for a, _, _ in self.lex.find(s.toks, {0}, set(), "not_blaming"))

    def partner_in_clause(self, s: Sentence, a: int) -> bool:
        return any(t in SECOND_PERSON for t in s.toks[s.clause_start(a) : s.clause_end(a) + 1])

    def aimed_at_third_person(self, s: Sentence) -> bool:
        return any(t in THIRD_PERSON for t in s.toks) and not any(t in SECOND_PERSON for t in s.toks)

    # --- reading one sentence ------------------------------------------------------------------

    def read(self, s: Sentence, categories: Iterable[str], safety_categories: Iterable[str]):
        ends = sentence_ends(s)
        markers, dropped = [], []
        for cat in categories:
            found = self.lex.find(s.toks, {0}, ends, cat)
            found += self.lex.find_past(s.toks, MARKER_FILLERS, cat, found)
            for a, b, ph in found:
                m = hit(s, a, b, cat, ph.text)
                why = self._why_not(s, a, b, cat, ph)
                if why:
                    m["dropped_because"] = why
                    dropped.append(m)
                    if why.startswith("affection"):
                        markers.append({**m, "category": "appreciation", "phrase": "affectionate " + ph.text,
                                        "context": why})
                    continue
                markers.append(m)
        if "criticism" in categories and not any(m["category"] == "criticism" for m in markers):
            for a, b, category, phrase, why in structure.absolute_about_partner(self, s) or frames.done_again(self, s) or frames.likeness(self, s):
                markers.append(hit(s, a, b, category, phrase, context=why))
        # Name-calling ("you're such a child") is contempt; the frame that carries it is not a second finding.
        if any(m["category"] == "contempt" for m in markers):
            for m in [m for m in markers if m["category"] == "criticism" and m["phrase"] in NAME_CALLING_FRAMES]:
                markers.remove(m)
                dropped.append({**m, "dropped_because": "name-calling: contempt"})
        self.extra_markers = []
        for a, b, phrase in structure.counter_reminders(s):  # kept by across.py only answering a complaint
            self.extra_markers.append(hit(s, a, b, "defensiveness", phrase, context="a counter-reminder answering a complaint",
                                          answering=True))
        safety = self._safety(s, safety_categories, ends)
        # "You will be sorry" is a threat, not an apology: no repair or warmth inside a threat.
        menacing = [h for h in safety if h["category"] not in ("safety_fear", "safety_self_harm", "safety_violence")]
        for m in [m for m in markers if m["category"] in ("repair", "appreciation")]:
            if any(h["t"] <= m["t"] <= h["end"] for h in menacing):
                markers.remove(m)
                dropped.append({**m, "dropped_because": "inside a threat"})
        # "Last week you grabbed me", "every time I see anyone you sulk": told by the one it was done to, a disclosure.
        told = [h for h in safety if h["category"] in TOLD_BY_THE_ONE_HURT or h["phrase"] in TOLD_PHRASES]
        for m in [m for m in markers if m["category"] in ("criticism", "contempt")] if told else []:
            markers.remove(m)
            dropped.append({**m, "dropped_because": "a disclosure of what was done, not an attack"})
        return markers + self.extra_markers, safety, dropped

    def _why_not(self, s, a, b, cat, ph) -> str | None:
        if cat in NEGATABLE and self.negated(s, a):
            return "negated"
        if (cat in HORSEMEN or cat == "repair") and (self.reported(s, a, say_so=True) or in_quotes(s, a, b)):
            return "reported speech"
        if cat == "criticism" and ph.parts[0] in FREQUENCY_OPENERS and not any(p in SECOND_PERSON for p in ph.parts):
            if not self.partner_in_clause(s, a):
                return "not about the partner"
        if cat == "needs_bids" and ph.parts[-1] in ("need", "needed") and frames.errand(s.toks, b):
            return "a chore of the speaker's, not a need to be met"
        if cat == "repair" and (s.question and s.toks[0] in COUNTER_QUESTION or ph.parts[-2:] == ("come", "back") and s.toks[b + 1 : b + 2] in (["for"], ["with"]) and set(s.toks[b + 2 : b + 5]) & FETCHED):
            return "a counter-question, or a thing fetched ('I'll come back for my stuff tomorrow'), not a repair"
        near = s.toks[max(0, a - NEGATION_REACH) : a]  # the speaker disowns; "you don't think of anybody but…" does not
        if cat == "criticism" and self.negated(s, a) and set(near) & DISOWNING and not set(near) & SECOND_PERSON:
            return "negated: a criticism the speaker says they do not make"
        if cat == "criticism" and set(ph.parts) & WARMABLE and self.polarity(s, a, b, ph.parts) > 0 and not self.negated_after(s, b):
            return "affection: warm praise"
        if cat == "criticism" and ph.parts[-2:] in (("one", "who"), ("one", "that")) and s.toks[b + 1 : b + 2] and (
                s.toks[b + 1] in GRIEF or set(s.toks[b + 1 : b + 3]) & CARING and "you" in s.toks[b + 2 : b + 6]):
            return "grief or a claim to care ('…the only one who lost her', '…who really looks out for you'), not a charge"
        rest = s.toks[b + 1 :]
        you = next((k for k, t in enumerate(rest) if t in SECOND_PERSON), None)  # warm of the partner, not "my best"
        if cat == "defensiveness" and ph.parts[0] == "that's" and you is not None and self._valence(rest[you:]) > 0:
            return "reassurance: a warm denial"
        if cat == "defensiveness" and ph.parts[-1] == "fair" and (rest[:2] in (["on", "you"], ["to", "you"]) or s.toks[:a] in (["sorry"], ["i'm", "sorry"], ["okay", "sorry"]) and not s.question):
            return "owning: not fair on the partner ('…but that's not fair on you': a repair)"
        if cat == "repair" and ph.parts[-1] == "fault" and {"so", "now", "make", "making", "turn"} & set(s.toks[max(0, a - 4) : a]):
            return "indignant: 'so now it's my fault' protests the blame (defensiveness), it does not own a part"
        if cat == "repair" and self.lex.find(s.toks, {0}, set(), "non_apologies"):
            return "a non-apology: sorry for the partner's feeling, or someone else's sorry, not for one's own part"
        if cat == "repair" and "sorry" in ph.parts and self.taken_back(s, b):
            return "a 'sorry, but…': the apology is taken back in the same breath (defensiveness)"
        # ... or "done in" ending its clause: worn out ("I'm done in, honestly"; not "I'm done in this marriage")
        worn_out = s.toks[b + 1 : b + 2] == ["in"] and s.clause_end(b + 1) == b + 1
        # ... or done with a named thing ("I'm so done with this diet"; not "done with this conversation", "with this" alone)
        thing = s.toks[b + 1 : b + 3] == ["with", "this"] and s.toks[b + 3 : b + 4] and s.toks[b + 3] not in TALKED
        if cat == "stonewalling" and ph.parts[-1] == "done" and (s.toks[b + 1 : b + 3] in TASK_DONE or s.toks[b + 1 : b + 2] in TASK_DONE
                                                                 or worn_out or thing):
            return "a task finished, or worn out, not a withdrawal"
        if cat in ("contempt", "stonewalling") and ph.parts == ("whatever", "you", "say") and s.toks[b + 1 : b + 2] and s.toks[b + 1] in SAID_WHERE:
            return "a free relative ('Whatever you say to the counsellor today, I'll hear about it.'), not a dismissal"
        if cat == "stonewalling" and ph.text == "^ whatever $" and s.question:  # "Whatever? Really?": the word asked back
            return "the partner's word asked back, a protest"
        if cat == "feelings" and ph.parts == ("alone",) and set(s.toks[max(0, a - 5) : a]) & {"leave", "leaving", "let"}:
            return "a thing left alone ('leave the turkey budget alone'), no feeling"
        if cat == "stonewalling" and any(t in INVITING for t in s.toks):
            return "an invitation, not leaving"
        if cat == "defensiveness" and not any(self._negator(p) for p in ph.parts) and self.disowns_blame(s):
            return "an explanation that disowns blame"
        if cat == "criticism" and any(p in ABSOLUTES for p in ph.parts) and not {"occur", "occurred"} & set(ph.parts):  # rhetorical
            value = self.polarity(s, a, b, ph.parts)
            if s.question and s.toks and s.toks[0] in YES_NO_OPENERS:
                if value >= 0:
                    return "a question about a habit"
            elif value > 0:
                return "affection: a warm absolute"
        if cat == "contempt" and (len(ph.parts) == 1 and not ph.at_sentence_start and self.aimed_at_third_person(s)
                                  or of_oneself(s.toks, s.clause_start(a), a, b) and not {"sorry", "excuse"} & set(ph.parts)):
            return "aimed at a third person, or at oneself ('I'm such an idiot, I locked myself out')"
        return None

    def _safety(self, s: Sentence, categories: Iterable[str], ends: set) -> list[dict]:
        hits = []
        rules = (structure.violence_against_speaker, structure.conditional_threats, structure.forbidden_contact,
                 structure.promised_harm, structure.looking_through, structure.children_taken) + families.RULES
        shaped = [h for rule in rules for h in rule(self, s)]
        for cat in categories:
            found = [(a, b, ph) for a, b, ph in self.lex.find(s.toks, {0}, ends, cat)]
            found += self.lex.find_past(s.toks, FILLERS, cat, found)
            found += [(a, b, ph) for a, b, c, ph in shaped if c == cat]
            for a, b, ph in found:
                # A threat someone else made (or in a film) is not this speaker's; a violence word is set aside in a story or a
                # game ("beat me at parkrun"), never for "he said he hit me"; "I'm not saying it's your fault I…" blames nobody.
                if not ((cat in THREAT_LIKE and self.reported(s, a) == "third")
                        or (cat == "safety_violence" and (self.story_before(s, a) or structure.a_game_won(s.toks, b)))
                        or (cat == "safety_threat" and (structure.an_errand(s.toks, b) or a_memory_not_a_warning(s.toks, a, ph.parts)))
                        or (cat == "safety_self_harm" and (not_ones_own_despair(s.toks, b) or partners_harm_asked(s.toks, s.question, self.lex)))
                        or (cat in NEGATABLE_SAFETY and (families.speaker_negates(self, s, a) or frames.ruled_by_another(s.toks, a)))
                        or (cat == "safety_monitoring" and ph.text == LOOKING and families.speaker_negates(self, s, a)  # "I'm not
                            and not set(s.toks[a:]) & frames.CONDITIONS)  # asking to read your phone": disowned (no "…unless")
                        or (cat == "safety_monitoring" and frames.own_act_disowned(s.toks, a, self._negator))  # "I won't check…"
                        # "Next time, could you ask me first?": a request, not a rule
                        or (cat in NEGATABLE_SAFETY and s.toks[a] == "you" and a and s.toks[a - 1] in REQUESTING)
                        or control_not_between_them(self, s, cat)):
                    hits.append((a, b, cat, ph))
        idioms = [(a, b) for a, b, _ in self.lex.find(s.toks, {0}, ends, "idioms")]
        hits = [h for h in hits if not any(a <= h[1] and h[0] <= b for a, b in idioms)]
        hits.sort(key=lambda h: -(h[1] - h[0]))  # of overlapping matches the longer one is the more specific reading
        kept = []
        for h in hits:
            if not any(h[0] <= k[1] and k[0] <= h[1] and k[2] != h[2] for k in kept):
                kept.append(h)
        out = []
        therapy = any(t in THERAPY_WORDS or t in self.therapist for t in s.toks)
        for a, b, cat, ph in sorted(kept, key=lambda h: h[:3]):
            if cat == "safety_threat" and therapy:
                cat = "safety_therapy_threat"
            same = next((h for h in out if h["category"] == cat), None)
            if same is not None:  # one flag per sentence and kind, covering all its matches
                last = s.keep[b]
                same["end"] = s.words[last]["end"]
                same["_words"] = s.words[s.keep[same["_a"]] : last + 1]
                same["quote"] = quote(s.words, s.keep[same["_a"]], last)
                continue
            out.append({**hit(s, a, b, cat, ph.text), "_a": a})
            if cat == "safety_blaming":
                # Blame-shifting is also the counter-blame of defensiveness (Gottman).
                self.extra_markers.append(hit(s, a, b, "defensiveness", ph.text, context="blame-shifting"))
        out = [{k: v for k, v in h.items() if k != "_a"} for h in out]
        if "safety_fear" in categories and not any(h["category"] == "safety_fear" for h in out):
            out += keeping_peace.first_person_fear(self, s)
        return out


def find_in_context(sequences: Iterable[Sequence[int]], words: Sequence[dict], lex: Lexicon,
                    categories: Sequence[str], safety_categories: Sequence[str], by_meaning=None):
    """Markers and safety matches read in context, and those dropped with the reason; `by_meaning` (optional,
    meaning.MeaningPass) reads sentences, then whole turns, by their meaning."""
    reader = Reader(lex, therapist_names(words))
    markers, safety, dropped = [], [], []
    read = []
    for ids in sequences:
        for s in split_sentences(ids, words):
            if not s.toks:
                continue
            # the partner's words said back ("What I'm hearing is that you're worried…") are not the speaker's
            m, f, d = ([], [], []) if reflects_back(s.toks, lex) or s.said_back else reader.read(s, categories, safety_categories)
            if empathic(s.toks, lex):  # "That sounds lonely.": the feeling is the partner's, met
                m = [x for x in m if x["category"] not in ("feelings", "needs_bids")]
            markers, safety, dropped = markers + m, safety + f, dropped + d
            read.append((s, m, f, d))
    m, f = by_meaning(reader, read) if by_meaning is not None else ([], [])
    markers, safety = markers + m, safety + f
    dropped += across.reassurance_after_despair(markers, safety)
    dropped += across.counter_reminders_without_complaint(markers) + delight.surprises(markers, read)
    dropped += across.teasing_in_warm_turns(markers, safety, read, reader.lex) + across.absolutes_in_calm(markers, safety, read, reader)
    dropped += across.counters_with_nothing_before(markers, read) + across.absolutes_in_appreciation(markers)
    dropped += fondness.fond_by_meaning(markers, safety, read, by_meaning.warmth if by_meaning is not None else None)
    markers += turn_meaning.whole_turns(by_meaning, reader, read, markers, safety) if by_meaning is not None else []
    markers += answers.mock_praise(markers, safety, read, reader.lex)
    markers += answers.excuses_and_echoes(markers, safety, read, reader.lex) + comparisons.unfavourable_comparisons(markers, read)
    dropped += across.inside_apologies_and_threats(markers, safety, read) + answers.thanks_in_scorn(markers)
    dropped += fondness.read_among_warmth(markers) + warmed_after.read_beside_affection(markers)
    dropped += answers.fault_inside_defence(markers) + answers.praise_after_agreeing(markers, words) + owning.owned_after(markers, read)
    safety = (across.with_violence_justified(markers, safety) + across.pleas_in_fear(markers, safety, read)
              + keeping_peace.easier_after_control(safety, read, words))
    for group in (markers, safety, dropped):
        group.sort(key=lambda m: (m["t"], m["category"]))
    return markers, safety, dropped
