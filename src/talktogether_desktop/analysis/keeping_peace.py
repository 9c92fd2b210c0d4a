"""Fear of the partner in the speaker's own words (DOMAIN.md §6): first-person fear with the partner in the
sentence ("I'm scared to bring anything up with you"), and fear told as what the speaker does to keep the
partner calm.

"I told the kids Daddy's tired so they wouldn't set you off", "I deleted them because I knew you'd go
mental", "I couldn't face you kicking off at me": nobody says "scared", yet the speaker arranges their
life around the partner's anger. What is read: the speaker in the sentence, a reason or purpose
("because", "in case", "without", "so … n't"), and after it the partner's outburst
(resources/lexicons/<language>/outbursts.txt) with the partner as the one who bursts ("you'd go
mental", "you kicking off", "set you off"). An outburst of someone else ("so the baby doesn't kick
off"), aimed at someone else ("you'd go mental at the ref") or with no reason given is not read. Pure
functions over one sentence, as in structure.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Phrase
from .sentence_terms import FIRST_PERSON, OF_WHOM, SECOND_PERSON, THIRD_SINGULAR, YOU, hit, is_in
from .told_apart import fear_for_partner

if TYPE_CHECKING:  # the Reader passes itself; no import cycle at run time
    from .context import Reader, Sentence

REASONS = frozenset({"so", "because", "cause", "'cause", "cos", "coz", "case", "without", "avoid"})
# "so" is a reason only before a clause ("so you wouldn't…", "so they don't…"), not "so excited"
SO_BEFORE = frozenset({"you", "they", "he", "she", "it", "the", "i", "we", "that", "as", "nobody", "no"})
# the partner as the one who bursts: just before the outburst ("you'd go mental", "you kicking off") or in it
BURSTS = frozenset({"you", "you'd", "you'll", "you're", "you've", "youd", "youll", "ya", "ye", "yous"})
# the outburst as a verb with an object is something else: "kick off your shoes", "blow up a few balloons"
OBJECTS = frozenset({"your", "a", "an", "the", "some", "my", "few", "those", "these", "them", "it", "for", "without"})
REACH = 3


def outburst_avoided(r: "Reader", s: "Sentence") -> list[tuple]:
    toks = s.toks
    if not any(t in FIRST_PERSON for t in toks):
        return []
    for a, b, ph in r.lex.find(toks, {0}, {len(toks) - 1}, "outbursts"):
        if toks[b + 1 : b + 2] and (toks[b + 1] in OBJECTS or toks[b + 1].endswith("ing")) or r._valence(toks[b + 1 :]) > 0:
            continue  # "set you off dancing", "…you'd go mental, you love them"
        if toks[b + 1 : b + 2] in (["at"], ["with"]) and toks[b + 2 : b + 3] not in (["me"], ["us"]):
            continue  # "…you'd go mental at the ref", "so you don't get angry with hunger"
        said_of_you = any(x in BURSTS for x in ph.parts) or any(x in BURSTS for x in toks[max(0, a - REACH) : a])
        reason = next((k for k in range(a - 1, -1, -1) if toks[k] in REASONS
                       and (toks[k] != "so" or toks[k + 1 : k + 2] and toks[k + 1] in SO_BEFORE)), None)
        # "so you wouldn't…" keeps it off; "so you can get mad at the blue shell" makes room for it
        kept_off = reason is not None and (toks[reason] != "so" or any(
            x.endswith("n't") or x in ("not", "never", "no") for x in toks[reason + 1 : a]))
        if said_of_you and kept_off and any(t in FIRST_PERSON for t in toks[:reason]):
            return [(reason, b, "safety_fear", Phrase("the partner's anger kept off", tuple(toks[reason : b + 1])))]
    return []


# "to death": said between a fear word and what is feared
INTENSIFIED = (["to", "death"],)
# a clause asking the partner for help or their view, or thanking them ("…, can you take over after Birmingham?", "…, thank God
# you were there")
ASKING = frozenset({"can", "could", "will", "would", "please", "hold", "what", "do", "does", "is", "are", "thank", "thanks",
                    "glad"})
# Words that turn a sentence to a new clause standing against the first one.
TURNING = frozenset({"but", "though", "although", "yet", "however", "still"})


# Who is feared when someone else is named just after the fear word ("scared (that) my dad will…", "…he'll hurt you")
OTHERS = frozenset({"my", "his", "her", "their", "he", "she", "they", "he'll", "she'll", "they'll", "he'd", "she'd", "they'd"})
THEIRS = frozenset({"mum", "mom", "dad", "father", "mother", "brother", "sister", "family", "parents", "ex", "boss", "son",
                    "daughter", "kids", "friends", "mates"})


def _someone_else_feared(rest) -> bool:
    rest = rest[1:] if rest[:1] == ["that"] else rest
    return bool(rest) and (rest[0] in OTHERS or rest[0] == "your" and rest[1:2] and rest[1] in THEIRS)


def first_person_fear(r: "Reader", s: "Sentence") -> list[dict]:
    """First-person fear with the partner in the same sentence (not fear of losing them): "I'm
    scared to bring anything up with you"."""
    out = []
    for i, t in enumerate(s.toks):
        if not (is_in(t, r.fear) or t == "edge" and s.toks[i - 1 : i] == ["on"]):  # "I'm on edge when you're late, in case…"
            continue
        # "how scared I get when you shout": the speaker just after the fear word
        after = i > 0 and s.toks[i - 1] in ("how", "so") and (s.toks[i + 1 : i + 3] in (["i", "get"], ["i", "feel"], ["i", "am"])
                                                           or s.toks[i + 1 : i + 2] in (["i'm"], ["im"]))
        if not (after or any(x in FIRST_PERSON for x in s.toks[max(0, i - 4) : i])) or r.negated(s, i):
            continue
        if supposed(s.toks, i):  # "If I'm scared, I'll tell you I'm scared instead" (walk48a): a supposition
            continue
        rest, skipped = s.toks[i + 1 :], 0
        if rest[:2] in INTENSIFIED:  # "scared to death of the dentist": what is feared comes after
            rest, skipped = rest[2:], 2
        if _someone_else_feared(rest):  # "I'm scared my dad will say something awful to you."
            continue
        if _not_of_the_partner(t, rest) or fear_for_partner(s.toks):  # (worry for them: "…when it's wet and you're late home")
            continue
        # "I'm terrified of flying, can I hold your hand at take-off?": the partner named only in a request or
        # question after the fear's own clause is who is asked for help, not what is feared
        end = s.clause_end(i)
        if (not any(x in SECOND_PERSON for x in s.toks[i + 1 : end + 1]) and s.toks[end + 1 : end + 2]
                and s.toks[end + 1] in ASKING):
            continue
        # the partner must be in the fear's own clause: "I am scared too, but I am proud of you" is not
        # fear of them ("because you ..." gives the fear's reason, so it stays in); nor is "It's because I'm scared, not
        # because I think less of you." (a "not because" sets the partner against the fear)
        turn = next((k for k, x in enumerate(rest) if x in TURNING or rest[k : k + 2] == ["not", "because"]), len(rest))
        if not any(x in SECOND_PERSON for x in rest[:turn]):
            continue
        if rest[:1] == ["of"] and len(rest) > 1 and rest[1] not in OF_WHOM | YOU | THIRD_SINGULAR | {"the", "his", "being"} \
                and not rest[1].endswith("ing"):
            continue  # "scared of heights, you know that": fear of a thing
        if r.lex.find(s.toks[i:], {0}, set(), "fear_not_of_partner") or late_worry(rest):
            continue
        found = hit(s, max(0, i - 2), len(s.toks) - 1, "safety_fear", "first-person fear about the partner",
                    context="fear words with the partner in the same sentence")
        # how sure it is rests on the words the rule read (the fear's clause, to the partner in it), not on the rest of the
        # sentence: "I get scared when you go quiet like this, and I'll be back by six to start the dal." was a finding
        # to check because tiny.en was unsure of "six" and "dal" (walk47a c_drinks; the fear's words 0.75-1.0)
        partner = i + 1 + skipped + next(k for k, x in enumerate(rest) if x in SECOND_PERSON)
        found["_rests_on"] = s.words[s.keep[max(0, i - 2)] : s.keep[max(s.clause_end(i), partner)] + 1]
        out.append(found)
        break
    return out


# what "I'm afraid" is said before as politeness ("I'm afraid you've got that wrong", "…the cat's been sick")
POLITE_AFTER = frozenset({"you've", "you're", "youre", "i", "i've", "i'm", "im", "we", "we're", "we've", "the", "that",
                          "that's", "it", "it's", "there", "there's", "this", "your", "my", "he's", "she's", "they're"})
WILLING = frozenset({"will", "would", "might", "may", "could", "going", "gonna", "you'll", "you'd", "he'll", "she'll",
                     "he'd", "she'd", "hurt", "hit", "do"})


# what of the partner's is feared when it is "your …" ("scared of your temper", "afraid your drinking…")
PARTNER_DANGER = frozenset({"temper", "anger", "drinking", "drink", "mood", "moods", "rage", "fists", "fist", "hands",
                            "shouting", "yelling", "outbursts", "threats", "hand", "belt", "tone", "tempers", "rages"})


def _not_of_the_partner(word: str, rest) -> bool:
    """Fear words not about the partner's doing: politeness, fear for someone, about a thing."""
    if word == "afraid" and rest[:1] and rest[0] in POLITE_AFTER and not any(x in WILLING for x in rest[:8]):
        return True
    if word == "afraid" and any(rest[k : k + 2] in (["have", "to"], ["need", "to"]) for k in range(4)):
        return True  # "I'm afraid you'll have to cook tonight"
    if rest[:1] == ["for"]:  # "scared for you going into that surgery"
        return True
    if rest[:1] == ["about"] and len(rest) > 1 and rest[1] not in OF_WHOM | YOU and not rest[1].endswith("ing"):
        return True  # "scared about the biopsy results"
    # "scared your chest pain is something serious", "frightened about your test results"; not "…your temper"
    yours = rest[1:3] if rest[:1] in (["about"], ["of"]) else rest[:2]
    if yours[:1] == ["your"] and len(yours) > 1 and yours[1] not in PARTNER_DANGER:
        return True
    # "terrified of the dentist"; "scared of the way you look at me" is fear of them
    return rest[:2] == ["of", "the"] and not any(x in YOU for x in rest[2:4])


# ("frighten" as said for "frightened" in Caribbean English: "I does be frighten to…"; elsewhere a verb, "don't frighten
# the kids", so only before an act here)
# between a fear word and the act feared: "frighten to even leave it", "scared to just say"
BEFORE_THE_ACT = frozenset({"even", "just", "really", "too", "so", "ever"})


def fear_of_acting(r: "Reader", s: "Sentence") -> bool:
    """First-person fear of doing an everyday thing, with nobody named: "I does be frighten to even leave it in my bag
    now", "I'm scared to come home some nights". Fear of something happening, of a thing, for someone, or said in
    negation is not this."""
    for i, t in enumerate(s.toks):
        if not (is_in(t, r.fear) or t == "frighten") or r.negated(s, i) or not any(x in FIRST_PERSON for x in s.toks[max(0, i - 4) : i]):
            continue
        k = i + 1
        while k < len(s.toks) and s.toks[k] in BEFORE_THE_ACT:
            k += 1
        if s.toks[k : k + 1] == ["to"] and k + 1 < len(s.toks) and s.toks[k + 1] not in ("death", "the", "my", "your", "a"):
            return not _not_of_the_partner(t, s.toks[i + 1 :]) and not r.lex.find(s.toks[i:], {0}, set(), "fear_not_of_partner")
    return False


# The life arranged round the partner's control, said as convenience: "I've started leaving my phone in the car when I go
# in. It's just easier that way.", "I don't go to choir anymore. Not worth the row."
EASIER = (("it's", "just", "easier"), ("it's", "easier"), ("easier", "that", "way"), ("just", "easier"), ("for", "a", "quiet", "life"),
          ("saves", "a", "row"), ("saves", "an", "argument"), ("saves", "the", "hassle"), ("saves", "a", "fight"), ("keeps", "the", "peace"),
          ("keep", "the", "peace"), ("simpler", "that", "way"), ("it's", "simpler"), ("less", "hassle"), ("less", "aggro"))
NOT_WORTH = frozenset({"row", "rows", "hassle", "grief", "aggro", "argument", "arguments", "fight", "fights", "bother", "drama"})
# ... or told as cut off from others ("It's just, I haven't really seen anyone since the summer.", walk43a): isolation told
# by the one kept from them, to listen to
CUT_OFF_VERBS = (("haven't", "really", "seen"), ("haven't", "seen"), ("don't", "see"), ("don't", "really", "see"), ("never", "see"),
                 ("hardly", "see"), ("barely", "see"), ("hardly", "ever", "see"), ("haven't", "seen", "any", "of"))
PEOPLE = frozenset({"anyone", "anybody", "friends", "mates", "family", "sister", "brother", "mum", "mom", "dad", "parents", "people",
                    "nan", "gran", "girls", "lads", "pals"})


def cut_off(toks) -> bool:
    """ "I haven't really seen anyone since the summer.", "I hardly see my mates anymore."; not "anyone else asking…"."""
    for p in CUT_OFF_VERBS:
        for k in range(len(toks) - len(p) + 1):
            if tuple(toks[k : k + len(p)]) == p:
                after = toks[k + len(p) : k + len(p) + 4]
                who = next((j for j, t in enumerate(after) if t in PEOPLE), None)
                if who is not None and "else" not in after[who : who + 2]:
                    return True
    return False


CONTROL_HEARD = ("safety_isolation", "safety_coercion", "safety_monitoring", "safety_financial_control", "safety_threat")
CONTROL_BEFORE_S = 90.0


def easier_after_control(safety: list[dict], read, words) -> list[dict]:
    """After control heard by the rules (within CONTROL_BEFORE_S) over the speaker (the partner's, or told by the speaker as
    done to them: "You go through my phone every night."), the speaker saying their own life is arranged round it as
    convenience ("It's just easier that way.", "Not worth the row.") is fear of the partner said sideways: to listen to
    (low), never a heard flag. Not from one who controls ("You read my messages again." / "I do it because I care. It's
    just easier that way."), not after a request asked as care, nor where the sentence already carries safety language."""
    from .safety import describes_control_suffered
    from .told_apart import asked_as_care

    # (not a request asked as care: "Can you share your location when you drive back? The roads are icy.")
    heard = [(h, h["speaker"] if describes_control_suffered(h) and not _asks_it(h) else None) for h in safety
             if h["category"] in CONTROL_HEARD and h.get("source") != "meaning"
             and not asked_as_care({**h, "category": h["category"].removeprefix("safety_")}, words)]
    out = []
    for s, *_ in read:
        toks, who, t0 = s.toks, s.words[0]["speaker"], s.words[0]["start"]
        worth = next((k for k in range(len(toks) - 3) if toks[k : k + 2] == ["not", "worth"] and toks[k + 3] in NOT_WORTH), None)
        at = worth if worth is not None else next(
            (k for p in EASIER for k in range(len(toks) - len(p) + 1) if tuple(toks[k : k + len(p)]) == p), None)
        kept_from = cut_off(toks)
        if at is None and not kept_from:
            continue
        near = [(h, done_to) for h, done_to in heard if -CONTROL_BEFORE_S <= t0 - h["t"] <= CONTROL_BEFORE_S]
        # the one controlling: the teller of a control not told as suffered; the one controlled: the other, or the teller
        if any(done_to is None and h["speaker"] == who for h, done_to in near):
            continue
        if not any(0 <= t0 - h["t"] <= CONTROL_BEFORE_S and (done_to == who or done_to is None and h["speaker"] != who)
                   for h, done_to in near):
            continue
        if any(h["speaker"] == who and s.words[0]["start"] - 0.05 <= h["t"] <= s.words[-1]["end"] for h in safety):
            continue
        item = hit(s, 0, len(toks) - 1, "safety_isolation", "cut off from others, after the partner's control",
                   context="said after the partner's control: the speaker cut off from others") if kept_from else hit(
                   s, 0, len(toks) - 1, "safety_fear", "life arranged round the partner's control",
                   context="said after the partner's control: the speaker's own life arranged round it, as convenience")
        item["_strength"], item["_listen"] = "low", True
        if kept_from:  # (told by the one kept from others: no page reads its speaker as the one isolating)
            item["told_by_the_one_controlled"] = True
        out.append(item)
    return out


def _asks_it(h: dict) -> bool:
    """ "Can you send me a photo of where you are every hour?": a request of the partner, the asker's control."""
    toks = [t.strip(".,?!").lower() for t in str(h.get("quote", "")).split()]
    return toks[:1] in (["can"], ["could"], ["will"], ["would"]) and toks[1:2] == ["you"]


# Love given as the reason for one's own control ("I just like to know who's in your phone." … "Because I love you. That's
# what people do when they love each other.", walk43a): the control justified, not appreciation of the partner.
LOVE_AS_REASON = frozenset({"love", "loves", "care", "cares"})
REASON_AFTER_S = 30.0


def love_as_its_reason(markers: list[dict], safety: list[dict]) -> list[dict]:
    """The markers less appreciation said by one whose control was heard just before (not only to listen to, not told as
    suffered), with love or care as its reason."""
    from .safety import describes_control_suffered

    ruling = [f for f in safety if f["category"] in [c.removeprefix("safety_") for c in CONTROL_HEARD]
              and f.get("_strength") != "low" and not f.get("_listen") and not f.get("told_by_the_one_controlled")
              and not describes_control_suffered(f)]

    control = [f for f in safety if f["category"] in [c.removeprefix("safety_") for c in CONTROL_HEARD]]

    def justified(m: dict) -> bool:
        toks = {t.strip(".,?!").lower() for t in str(m.get("quote") or "").split()}
        return m["category"] == "appreciation" and bool(toks & LOVE_AS_REASON) and any(
            f["speaker"] == m["speaker"] and 0.0 <= m["t"] - f["t"] <= REASON_AFTER_S for f in ruling)
    return [m for m in markers if not justified(m) and not (m["category"] in ("appreciation", "repair")
                                                            and love_given_as_reason(m, control))]


BECAUSE = frozenset({"because", "cause", "'cause", "cos", "coz", "cuz"})
AROUND_CONTROL_S = 30.0


def love_given_as_reason(m: dict, control: list[dict]) -> bool:
    """ "Because I love you, that's how." (walk50a: the reason for taking the partner's phone): love after "because", with
    control words from either partner within half a minute either side, however sure: a justification, no repair or
    appreciation. "…'cause I love you, you daft thing." with no control near stays warm."""
    toks = [t.strip(".,?!").lower() for t in str(m.get("quote") or "").split()]
    k = next((j for j, t in enumerate(toks) if t in BECAUSE), None)
    return k is not None and bool(set(toks[k + 1:k + 5]) & LOVE_AS_REASON) and any(
        abs(f["t"] - m["t"]) <= AROUND_CONTROL_S for f in control)


# A look through the speaker's phone found out once, asked in shock ("You went through my phone?", "Since when do you go
# through my phone?"): to listen to, not heard as monitoring (it may be the one time, found with an affair); not what
# goes on ("Why do you keep going through my phone?", "You put a tracker on my car?", "…read my messages every night?").
ONCE = frozenset({"went", "looked", "been", "since"})
GOING_ON = frozenset({"keep", "keeps", "always", "every", "again", "still", "tracker", "track", "tracking", "app", "location",
                      "read", "reading", "check", "checking", "all"})


def found_out_once(flag: dict) -> bool:
    said = str(flag.get("quote", "")).rstrip()
    toks = {t.strip("?,.!").lower() for t in said.split()}
    return said.endswith("?") and bool(toks & ONCE) and not toks & GOING_ON


# The partner's anger, or hiding from it, told in a sentence ("You always come home in a mood, and the kids and I go upstairs
# as soon as we hear your car."): what a criticism heard by the rules may still carry as fear.
ANGER_TOLD = frozenset({"mood", "moods", "temper", "explode", "explodes", "exploded", "snap", "snaps", "snapped", "drink",
                        "drinking", "drunk", "shout", "shouts", "shouting", "yell", "yells", "yelling", "scream", "screaming",
                        "rage", "tiptoe", "tiptoeing", "upstairs", "hide", "hiding", "flinch", "brace", "lose", "loses", "angry"})


def said_as_complaint(toks) -> bool:
    """With a criticism heard, a fear reading by meaning with no word of the partner's anger or of hiding from it ("You
    always say yes to him, and I always find out afterwards.") is the complaint."""
    return not set(toks) & ANGER_TOLD




# worry when the partner is late ("…when you're late, Marcus.") is fear of the partner with a reason about them after it
# ("…because I know what state you'll come home in", "…late home from the pub", "…you're angry about everything")
LATE_REASONS = frozenset({"because", "cause", "'cause", "cos", "coz", "state", "pub", "drink", "drinking", "drunk", "angry",
                          "anger", "temper", "mood", "fight", "shout", "shouting", "smash", "smashes", "hit", "last", "why"})


def late_worry(rest) -> bool:
    """Worry when the partner is late, no reason about them after it ("I get scared when you're late, Marcus.", walk48a:
    a partner eight months sober); not "…when you're late because I know what state you'll come home in"."""
    k = next((j for j, t in enumerate(rest[:5]) if t == "late"), None)
    return k is not None and rest[:1] == ["when"] and not set(rest) & LATE_REASONS


SUPPOSED = frozenset({"scared", "afraid", "frightened", "terrified", "nervous", "anxious", "worried", "edge"})
ASKED = frozenset({"ask", "asks", "asking", "question", "questions"})  # the partner asking, not looming
# ... unless what is asked about, or what follows, is control, a reason, arrival or anger ("When you ask me who I was
# texting, I freeze.", "…whenever he asks to see the bank statement", "…because last time he threw the kettle")
NOT_JUST_ASKED = frozenset({"who", "where", "texting", "texts", "phone", "messages", "receipts", "receipt", "money", "bank",
                            "statement", "statements", "card", "because", "cause", "last", "next", "home", "door", "he",
                            "she", "his", "her", "shout", "shouting", "yell", "angry", "temper", "drunk", "drinking",
                            "hit", "grab", "threw", "throw", "smash"})


def asked_not_feared(toks) -> bool:
    """Freezing when the partner asks, said to them, with nothing of control, reason, arrival or anger in the sentence
    ("When you ask all at once like that, I freeze.", walk48a's withdrawer): flooding, not fear of the partner."""
    return bool(set(toks) & ASKED) and "you" in toks and not set(toks) & NOT_JUST_ASKED


# "If I'm scared of anyone in this house, it's you.": the "if" leads to the partner named as the one feared.
NAMED_AFTER_IF = (("it's", "you"), ("it", "is", "you"), ("that's", "you"), ("it'd", "be", "you"), ("it", "would", "be", "you"))


def supposed(toks, k: int) -> bool:
    """An "if" just before the fear word at `k`, not leading to the partner named as the one feared at the sentence's end
    ("…, it's you I ring first." is trust, round 49's review), nor to the reason ("If I'm on edge, it's because you've been
    drinking again.")."""
    rest = tuple(toks[k + 1 :])
    named = any(rest[j : j + len(n)] == n and j + len(n) >= len(rest) - 1 for n in NAMED_AFTER_IF for j in range(len(rest)))
    because = any(rest[j : j + 2] in (("it's", "because"), ("that's", "because")) for j in range(len(rest)))
    return "if" in toks[max(0, k - 3) : k] and not named and not because


def fear_set_aside(toks) -> bool:
    """Fear supposed, not felt: "If I'm scared, I'll tell you I'm scared instead of checking." (walk48a, a promise after
    owning a wrong), "if you're scared in the night, wake me up": an "if" just before the fear word. Or worry when the
    partner is late (late_worry), or freezing when the partner asks (asked_not_feared)."""
    if any(t in SUPPOSED and (supposed(toks, k) or late_worry(toks[k + 1 :])) for k, t in enumerate(toks)):
        return True
    return asked_not_feared(toks) and any(t.startswith(("freez", "froze", "shak", "shook")) for t in toks)
