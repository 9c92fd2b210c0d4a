"""How a bid's reply is read around a threat, the bidder's control, or the partner's words of self-harm (reaching.py)."""

from __future__ import annotations

from .words import token

# After a threat, a reply is not read as turning toward (it may be fear); after the bidder's own control heard in the
# minute before ("You don't need them, you've got me." … "Come here. I only want what's best for you." / "I know."), the
# controlled partner's reply is not scored as turning away or against either: either reading would put them in the wrong.
# (violence is named by its teller, often the one hurt: no sign of who controls)
# (nor money: asking to see the statements reads like money control; nor a reading by meaning alone)
CONTROL_KINDS = frozenset({"isolation", "monitoring", "coercion", "threat", "therapy_threat"})
CONTROL_BEFORE_S = 60.0
THREAT_AFTER_S = 15.0
HARM_IN_REPLY_S = 8.0  # words of self-harm this soon after the reply begins are in it
PRAISE_REPLY_WORDS = 10  # (and no "you" in it: "Took you long enough to notice." stays against)
YOU = frozenset({"you", "you're", "your", "you've", "you'd", "you'll", "yourself"})
MODEST = frozenset({"anyway", "nothing", "anyone", "anybody", "least", "bother", "worries", "stop"})  # ("Don't patronise me.": no)
ANSWERED = ("an answer to a question about self-harm", "the thought owned after a question about self-harm")  # (risk_answers)
# a direct question about self-harm, answering words of despair ("When you say what's the point, do you mean you don't
# want to be here?"): turning toward, never "pushed it away"
ASKING_HARM = (("want", "to", "be", "here"), ("hurt", "yourself"), ("hurting", "yourself"), ("kill", "yourself"),
               ("end", "your", "life"), ("are", "you", "safe"), ("harm", "yourself"), ("ending", "your", "life"), ("suicide",),
               ("suicidal",))


CARING_OPENERS = (("do", "you", "mean"), ("are", "you", "thinking"), ("when", "you", "say"), ("have", "you", "thought"),
                  ("are", "you", "safe"), ("are", "you", "saying"))


def asks_about_harm(toks) -> bool:
    """A caring question about harm ("…do you mean you don't want to be here?"), not an attack ("Why don't you go and kill
    yourself then?", "Do you even want to be here? Because I don't want you here.")."""
    return _holds(toks, ASKING_HARM) and _holds(toks, CARING_OPENERS) and not {"even", "why", "go", "then"} & set(toks) and not _holds(
        toks, (("want", "you", "here"), ("want", "you", "around")))


def _holds(toks, phrases) -> bool:
    """Any of `phrases` (tuples of words) in the words `toks`."""
    return any(tuple(toks[k : k + len(p)]) == p for p in phrases for k in range(len(toks)))


def read_after_threat_or_control(entry: dict, response: dict, threat_stretches, flags, category: str = "",
                                 markers=()) -> dict:
    """The update to `response` (a bid's reply) for a threat stretch around the bid or the bidder's control before it."""
    threat = fear_stretch(entry, response, threat_stretches)
    if threat is not None and response["response"] == "toward":
        return {"response": "unclear", "response_reason": f"after the {threat['flag']['group']}, a reply is not read as turning toward"}
    if response["response"] == "toward" and flooded_reply(response, markers):
        return {"response": "unclear", "response_reason": FLOODED}
    if response["response"] == "against" and asks_about_harm([token(w) for w in str(response.get("response_quote", "")).split()]):
        return {"response": "toward", "response_reason": "the reply asked about it directly"}
    # a reply holding the partner's own words of self-harm ("And Ellie needs new school shoes…" / "Sometimes I think you'd
    # all be better off without me.") is no turning from the bid: the risk prompt asks about it
    # (not self-harm used as pressure, "If you go, I'll kill myself.", nor push-back before it: its first sentence is the harm;
    # nor the answer to the bidder's own question about harm, "Maybe. What's it to you, you selfish idiot?", read as it is)
    if response["response"] in ("away", "against") and response.get("response_t") is not None and any(
            f["category"] == "self_harm" and f["speaker"] == response.get("response_by") and not f.get("listen_only")
            and 0.0 <= f["t"] - response["response_t"] <= HARM_IN_REPLY_S and _is_the_reply(f, response) and f.get("phrase") not in ANSWERED for f in flags) and not _asks_harm(entry):
        return {"response": "unclear", "response_reason": "the reply holds words of self-harm: not read as turning away"}
    # a short reply to praise read as an attack by its meaning only ("Thank you for the dinner, it was lovely." / "It was
    # on my way anyway."): praise brushed aside, not turning against it
    said = [token(w) for w in str(response.get("response_quote", "")).split()]
    if category == "appreciation" and response["response"] == "against" and "by its meaning" in str(
            response.get("response_reason")) and len(said) <= PRAISE_REPLY_WORDS and not set(said) & YOU and set(said) & MODEST:
        return {"response": "unclear", "response_reason": "a short reply to praise, read by its meaning only: not read as an attack"}
    # the bidder's own question about self-harm ("…are you having thoughts of ending your life?" / "No. Not like that."):
    # the answer is part of the disclosure (risk_answers), never push-back
    # (not contempt or criticism in it: "Yeah, and it's all your fault, you stupid cow." still turns against)
    if response["response"] in ("away", "against") and _holds(_said(entry), ASKED_STRAIGHT) and "?" in str(entry.get("quote", "")) \
            and not str(response.get("response_reason", "")).startswith("reply with"):
        return {"response": "unclear", "response_reason": "a question about self-harm: its answer is not read as turning from it"}
    # (or the bidder's threat just after: "Before Thursday, I want to be clear about something." / "Okay." / the threat)
    control = max((f for f in flags if f["category"] in CONTROL_KINDS and f["speaker"] == entry["speaker"] and f.get("source") == "lexicon"
                   and not f.get("told_by_the_one_controlled") and -THREAT_AFTER_S <= entry["t"] - f["t"] <= CONTROL_BEFORE_S),
                  key=lambda f: f["t"], default=None)
    if control is not None and response["response"] in ("away", "against"):
        return {"response": "unclear",
                "response_reason": f"after {control.get('name', control['speaker'])}'s {control['group']}, the reply is not read as turning away"}
    return {}


def fear_stretch(entry: dict, response: dict, threat_stretches) -> dict | None:
    """The threat stretch a toward reply is not read as turning toward in: the latest heard before the bid, unless the
    rules did not hear its flag (a reading by meaning alone: "It doesn't work without my salary." read as money control,
    twice in a minute). Whoever replies: the threatened partner's warmth may be fear, and the threatening partner's
    warmth after their own threat is not "turning toward" either (DOMAIN.md: nothing after a threat counts as turning
    toward; warmth after a threat is part of the cycle a therapist looks for). Round 53 measured the exception for the
    threatening partner's reply (walk and unseen: 6 bids labelled toward) and left it out."""
    heard = [x for x in threat_stretches if not x.get("possible") and x["start"] < entry["t"] <= x["end"]
             and x["flag"].get("source") != "meaning"]
    return max(heard, key=lambda x: x["start"], default=None)


PRESSURE = frozenset({"if", "unless", "or", "else", "when"})


def _is_the_reply(flag: dict, response: dict) -> bool:
    """The reply's first sentence is the words of self-harm themselves, with no condition on the partner in them."""
    said = [token(w) for w in str(response.get("response_quote") or "").split()]
    harm = [token(w) for w in str(flag.get("quote") or "").split()]
    return bool(said) and " ".join(said) in " ".join(harm) and not PRESSURE & set(harm)


# asked straight out about self-harm ("…are you having thoughts of ending your life?"; not "Are you safe to drive?")
ASKED_STRAIGHT = tuple(p for p in ASKING_HARM if p != ("are", "you", "safe"))


def _said(entry: dict) -> list:
    return [token(w) for w in str(entry.get("quote") or "").split()]


def _asks_harm(entry: dict) -> bool:
    return _holds(_said(entry), ASKING_HARM)


FLOODED = "the reply told of flooding: not read as turning toward or away"


def flooded_reply(response: dict, markers) -> bool:
    """The reply's first sentence is the replier's own words of flooding ("You're always criticising the way I talk to
    your mother." / "My heart is pounding, I can't think straight right now."): overwhelm told, not the bid taken up
    (rep47, dev flooding_timeout: it read as turning toward); nor turning from it."""
    said, at = " ".join(token(w) for w in str(response.get("response_quote") or "").split()), response.get("response_t")
    return bool(said) and at is not None and any(
        m["category"] == "flooding" and m["speaker"] == response.get("response_by") and m.get("confidence") != "low"
        and at - 0.05 <= m["t"] and " ".join(token(w) for w in str(m.get("quote") or "").split()) in said for m in markers)


# Control read by meaning in a bid's own words ("You come home tired, you drink too much, and those people don't care
# about you.", walk47a), from a partner the rules (not the meaning reader) heard threaten or control in the same recording: the demand, said as
# care, not a bid to be met (its reply is no turning toward or against).
CONTROL_KINDS = frozenset({"monitoring", "financial_control", "isolation", "coercion", "threat", "therapy_threat"})


def controlled_by_meaning(entry, safety_flags) -> bool:
    me = entry["speaker"]
    heard = any(f["speaker"] == me and f["category"] in CONTROL_KINDS and not f.get("listen_only") and f.get("source") != "meaning"
                and not f.get("told_by_the_one_controlled") for f in safety_flags)  # (not "You check my location every night")
    return heard and any(f["speaker"] == me and f["category"] in CONTROL_KINDS and f.get("source") == "meaning"
                         and entry["t"] - 0.05 <= f["t"] <= entry["end"] + 0.05 for f in safety_flags)


def scorned_in(entry, markers) -> bool:
    """Sympathy or a feeling said in scorn ("Oh, poor you, so tired. Poor wee lamb.", walk48b): a sentence where the rules
    heard the speaker's contempt is no feeling shared and no bid to be met; a need said with an insult stays one ("I just need
    some help, you useless lump, is that so much to ask?"). Nor is a withdrawal asked as a question, in the words the
    rules hear as stonewalling ("I was knackered, Del. Can we not do this now?", walk49b: a bid "answered with push-back")."""
    def heard(category, sources=("meaning",)):
        return any(m["category"] == category and m.get("source") not in sources and m.get("speaker") == entry["speaker"]
                   and entry["t"] - 0.05 <= m["t"] <= entry["end"] + 0.05 for m in markers)

    if heard("stonewalling", ("meaning", "timing")):
        return True
    return not any(c == "needs_bids" for c, _ in entry.get("cues", ())) and heard("contempt")
