"""Sentences read by meaning near control that are not control: urging the partner out to others, and a short answer
read with the partner's question it answers (meaning.py).

(Round 50 also tried keeping calm, middling-clear control readings as listen-only flags: on the labelled splits they
added 22 false flags for one line found, so they are not kept.)"""

from __future__ import annotations


# Urging the partner out to others ("You should go out with the girls on Friday, you've earned it.", "Why don't you go
# and see your sister? I'll mind the kids.") is the opposite of isolation, though it reads close to it (0.49-0.8).
URGING = (("you", "should"), ("you", "could"), ("you", "ought"), ("why", "don't"), ("go", "and"), ("you", "deserve"),
          ("you've", "earned"), ("you", "need", "to", "get", "out"), ("have", "fun"), ("enjoy", "yourself"))
# ... unless the urging is to see them less or not at all ("You should stop seeing her.", "You could see less of them.")
HOLDING_BACK = frozenset({"not", "don't", "shouldn't", "stop", "quit", "less", "fewer", "never", "no", "without", "instead",
                          "cut", "drop", "enough", "too", "can't", "won't", "mustn't", "only", "unless", "ditch", "block",
                          "delete", "away", "bin", "dump", "me", "us", "just"})  # (…with me every Friday; you've got me)


def urged_out(toks) -> bool:
    """The speaker urges the partner to go and see others, with nothing holding them back."""
    toks = list(toks)
    urged = any(tuple(toks[k : k + len(u)]) == u for u in URGING for k in range(len(toks)))
    rest = set(toks) - {"don't"} if ("why", "don't") in zip(toks, toks[1:]) else set(toks)
    return urged and not rest & HOLDING_BACK


def answered(order, i: int, within_s: float = 10.0) -> list[int]:
    """The partner's question just before sentence `i` (a short answer is read with it: "Have you thought about my mum
    moving in? / I've thought about it." is no self-harm, 0.69 alone), as a one-item list, or none."""
    if i == 0:
        return []
    q, s = order[i - 1], order[i]
    partner = q.words[0].get("speaker") != s.words[0].get("speaker")
    return [i - 1] if partner and q.question and s.words[0]["start"] - q.words[-1]["end"] <= within_s else []


# Money said in a quarrel that is no rule over it (round 51; meaning reads each as financial control, 0.59-0.96): the one
# whose pay is held claiming a share ("It's my wages going into that account too."), owning a purchase ("That money was
# ours, not mine."), saying it came from one's own money ("The bike came out of my savings, not the joint account."), or
# finding out about spending from the bank ("You just do whatever you want and I find out from the bank."). Never with a
# rule, a decision or a threat in the sentence ("It's my salary, so I decide what you get", "…I've cancelled your card").
MONEY = frozenset({"wages", "salary", "pay", "money", "savings", "earnings", "income", "paycheck", "paycheque", "payslip"})
SHARE = frozenset({"too", "also", "half", "aswell"})  # ("as well" is read as one word)
OWN_MONEY = MONEY | {"card", "account", "cash"}  # ("my own money"; not "in my own house")
EARN = frozenset({"earn", "earns", "earned", "earning"})  # ("I earn half of what's in there.")
FROM_SHARED = frozenset({"ours", "our", "joint"})
RULING = frozenset({"decide", "decides", "decided", "say", "says", "rule", "rules", "allowed", "allow", "let", "permission",
                    "approval", "without", "touch", "ask", "asking", "hand", "give", "get", "until", "unless", "stop",
                    "cancel", "cancelled", "canceled", "keep", "keeping", "yours", "your", "you'll", "you'd", "now", "or",
                    "approve", "mine", "penny", "cent", "need", "must", "have", "got", "see", "show", "hold", "holding",
                    "take", "taking", "took", "control", "spend", "spending"})
FOUND_OUT = (("find", "out", "from"), ("found", "out", "from"), ("finding", "out", "from"), ("hear", "it", "from"),
             ("heard", "it", "from"))
BANK = frozenset({"bank", "statement", "statements", "app", "letter", "card", "account"})


def no_rule_given(category: str, toks) -> bool:
    """A reading by meaning of control or a threat that the sentence's words set aside: money with no rule over it, or news
    announced (below)."""
    toks = list(toks)
    return category == "safety_financial_control" and money_not_ruled(toks) or category == "safety_threat" and news_announced(toks)


def money_not_ruled(toks) -> bool:
    """Money claimed, owned, drawn from one's own or found out about, with no rule given."""
    toks = [t for k, t in enumerate(toks) if not (t == "mine" and toks[k - 1 : k] == ["not"])]  # ("ours, not mine")
    toks = [*toks, *("aswell" for k, t in enumerate(toks) if toks[k : k + 2] == ["as", "well"])]
    if set(toks) & RULING:
        return False
    mine = [k for k, t in enumerate(toks) if t == "my" and (toks[k + 1 : k + 2] and toks[k + 1] in MONEY
                                                              or toks[k + 1 : k + 2] == ["own"] and set(toks[k + 2 : k + 3]) & OWN_MONEY)]
    claimed = bool(mine or set(toks) & EARN) and bool(set(toks) & SHARE)
    owned = any(t == "ours" and toks[k + 1 : k + 2] == ["not"] for k, t in enumerate(toks))
    drawn = bool(mine) and any(t == "not" and set(toks[k + 1 : k + 3]) & FROM_SHARED for k, t in enumerate(toks))
    found = any(tuple(toks[k : k + len(f)]) == f and set(toks[k + len(f) : k + len(f) + 3]) & BANK
                for f in FOUND_OUT for k in range(len(toks)))
    return claimed or owned or drawn or found


# After asking the partner about self-harm, the asker's plea to be told ("Are you having thoughts of hurting yourself? I
# need you to tell me the truth.", read by meaning as isolation, 0.64; "Please be honest with me, I can take it.", as
# self-harm, 0.65) is care, not control or despair; not with a condition, a threat or despair in it ("…tell me the truth
# or I'm taking the kids").
TOLD_TRUTH = frozenset({"truth", "honest", "honestly", "tell", "talk", "straight"})
NOT_ONLY_ASKED = frozenset({"or", "else", "unless", "regret", "sorry", "if", "otherwise", "phone", "messages", "texts"})


def pleas_after_asking_harm(read, lex) -> set:
    """Ids of the sentences that, in one turn, follow the speaker's question about the partner's self-harm and ask to be
    told, with no condition or despair in them (`read`: meaning.py's rows; any reading of them but fear is set aside)."""
    from .not_despair import DESPAIR
    from .risk_answers import partners_harm_asked
    from .sentence_terms import same_turn

    out, asked = set(), False
    for (a, *_), (b, *_) in zip(read, read[1:]):
        asked = same_turn(a, b) and (asked or partners_harm_asked(a.toks, a.question, lex))
        if asked and set(b.toks) & TOLD_TRUTH and not set(b.toks) & (NOT_ONLY_ASKED | DESPAIR):
            out.add(id(b))
    return out


# A plea for the partner's attention read as a threat or monitoring ("Put the phone down and actually talk to me.", 0.70;
# "…show up for this family, just once.", 0.84) is left as it is: setting such pleas aside (round 51) lost a threat said
# sideways on a sealed split, so the consequence words below guard news_announced only.
CONSEQUENCE = frozenset({"or", "else", "unless", "if", "otherwise", "regret", "sorry", "see", "who", "whose", "where", "what",
                         "smash", "break", "bin", "throw", "take", "taking", "kill", "hurt", "hit", "never", "ever", "again",
                         "password", "passcode", "messages", "texts", "texting", "location", "him", "her", "them", "they",
                         "like", "way", "when", "don't", "dare", "better", "whatever"})


# News announced before it is told ("There's something I need to tell you first.", threat by meaning 0.77): a disclosure
# about to come, not a warning; not with a condition in it ("I need to tell you something: if you go, I'll…").
ANNOUNCING = (("need", "to", "tell", "you"), ("have", "to", "tell", "you"), ("got", "to", "tell", "you"),
              ("something", "to", "tell", "you"), ("want", "to", "tell", "you"), ("gotta", "tell", "you"))


def news_announced(toks) -> bool:
    toks = list(toks)
    return ("something" in toks and any(tuple(toks[k : k + len(a)]) == a for a in ANNOUNCING for k in range(len(toks)))
            and not set(toks) & (CONSEQUENCE | {"what", "you've", "you'd", "did", "done"}))


# Money arranged between the two of them, each alike (round 52 probes; meaning reads each as financial control, and
# with no safety language near it was flagged): "We set a budget of a hundred a week for food, and we both stuck to
# it.", "My salary goes into my account and yours into yours, and we split the bills down the middle.", "We keep a
# spreadsheet of what we spend, both of us can see it and change it." Never with one side's say, a handing over or a
# holding back in it ("…we split what's left after he takes my card", "we both agreed I'd ask first").
RECIPROCAL = (("both",), ("split",), ("each", "of", "us"), ("yours", "into", "yours"), ("halves",), ("fifty", "fifty"))
ONE_SIDED = frozenset({"allowed", "allow", "allows", "let", "lets", "permission", "approval", "approve", "ask", "asks",
                       "asking", "decide", "decides", "decided", "hand", "hands", "handed", "give", "gives", "gave", "given",
                       "transfer", "transfers", "pocket", "allowance", "take", "takes", "took", "control", "controls",
                       "password", "pin", "check", "checks", "checking", "checked", "until", "unless", "must", "have", "has",
                       "had", "without", "only", "can't", "won't", "never", "no", "don't", "doesn't", "keeps", "kept",
                       "holds", "held", "agreed", "agree", "what's", "left", "after", "says", "said", "tell", "tells", "told",
                       "or", "else", "nothing", "anything", "penny", "cent", "receipts", "receipt", "explain", "justify"})


def mutual_money(category: str, toks) -> bool:
    """A money arrangement said as alike for both, with no one side's say over it (read only where no safety language
    was heard near: meaning.py)."""
    toks = list(toks)
    alike = any(tuple(toks[k : k + len(r)]) == r for r in RECIPROCAL for k in range(len(toks)))
    return category == "safety_financial_control" and alike and not set(toks) & ONE_SIDED
