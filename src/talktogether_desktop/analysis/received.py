"""Did an appreciation land? The partner's next turn after it, read as accepted, deflected or unclear.

After one partner's appreciation ("I really appreciated you picking Nico up from football on Tuesday…") the other can
take it in ("Thank you, that means a lot."), brush it aside ("Oh stop. It was on my way anyway.", "Anyone would've done
the same.") or turn it back with an edge ("Well, someone had to."): the appreciation practice, and turning toward,
ask whether praise lands. The phrases are editable lists (praise_taken.txt, praise_brushed_aside.txt,
praise_turned_against.txt). Pure: the analysis result in, a list out (the result's "appreciation_replies").
"""

from __future__ import annotations

import re

from .words import ends_sentence, join_words, token

REPLY_WITHIN_S = 10.0  # the partner's reply starts within this of the end of the appreciation's sentence
READ_SENTENCES = 3  # a reply is read in its first sentences
HARD = ("criticism", "contempt", "defensiveness", "stonewalling")
# what the praiser says after it that the reply may be answering instead ("Thank you for telling me. … I'm sorry I keep
# going on about money." / "It's fine.")
OTHER_BUSINESS = ("repair", "criticism", "contempt", "defensiveness", "needs_bids")
THANKS_FOR = re.compile(r"\W*(?:(?:oh|aw|and|also|oh and|and also),?\s+)?(?:thank you|thanks)(?:\s+so much)?,?\s+for\b", re.IGNORECASE)
THANKS = re.compile(r"\W*(?:\w+\W+){0,3}?(?:thank|thanks|that means|that meant)\b", re.IGNORECASE)
LISTS = (("praise_turned_against", "deflected", "turned against"), ("praise_brushed_aside", "deflected", "brushed aside"),
         ("praise_taken", "accepted", "taken in"))


def appreciation_replies(result: dict, lex, judge) -> list[dict]:
    """One item per appreciation: {"t", "end", "speaker", "quote", "outcome", "how", "reply", "then_accepted",
    "confidence", "confidence_reasons"}; "reply" (or None) is {"t", "end", "speaker", "quote"}."""
    markers, turns = result.get("markers") or [], result.get("turns") or []
    after_threat_s = (result.get("params") or {}).get("after_threat_s", 120.0)
    out = []
    for m in [m for m in markers if m["category"] == "appreciation" and not _answers_the_partner(m, turns)]:
        own = _turn_of(turns, m["t"], m["speaker"])
        end = _sentence_end(own, m["end"]) if own else m["end"]
        after = [t for t in turns if t["speaker"] != m["speaker"] and t["start"] > m["t"]]
        reply = after[0] if after and after[0]["start"] - end <= REPLY_WITHIN_S else None
        why = ""
        if any(not f.get("listen_only") and f["t"] <= m["t"] <= f["t"] + after_threat_s for f in result.get("safety_flags") or []):
            why = "said after safety language: no reply is read as taking praise in"
        elif reply is not None and any(x["speaker"] == m["speaker"] and x["category"] in OTHER_BUSINESS
                                       and end < x["t"] < reply["start"] for x in markers):
            why = "the reply came after other things were said"
        outcome, how, read, strong = ("unclear", "", None, False) if reply is None or why else _read(reply, markers, lex)
        item = {"t": m["t"], "end": m["end"], "speaker": m["speaker"], "quote": m["quote"], "outcome": outcome, "how": how,
                "reply": None, "then_accepted": None}
        if reply is not None:
            heard = read or reply["words"][:30]
            item["reply"] = {"t": heard[0]["start"], "end": heard[-1]["end"], "speaker": reply["speaker"], "quote": _quote(heard)}
        if why:
            item["not_read_because"] = why
        if outcome == "deflected":  # said again, and taken in then ("No, I mean it. …" / "Okay. Thank you, that means a lot.")
            item["then_accepted"] = _taken_when_said_again(turns, reply, m["speaker"], markers, lex)
        words = judge.words_in(m["t"], m["end"], m["speaker"]) + (read or [])
        # ("Thanks." alone may be said drily: a one-word reading is medium at best)
        item.update(judge.assess(m["t"], item["reply"]["end"] if reply else m["end"], None, "high" if strong else "medium", words))
        out.append(item)
    return out


def _answers_the_partner(m: dict, turns: list) -> bool:
    """A bare "Thank you." or "Thanks, that means a lot." opening a reply to the partner takes their words in: no
    appreciation of its own to be received (not "Thank you for cooking on Sunday.", thanks for a deed)."""
    own = _turn_of(turns, m["t"], m["speaker"])
    if own is None or THANKS_FOR.match(m["quote"]) or not THANKS.match(m["quote"]):
        return False
    before = [t for t in turns if t["end"] <= own["start"] + 0.05]
    opening = [w for w in own["words"] if w["start"] <= m["t"] + 0.01]
    answering = bool(before) and before[-1]["speaker"] != m["speaker"] and own["start"] - before[-1]["end"] <= REPLY_WITHIN_S
    return answering and sum(1 for w in opening[:-1] if ends_sentence(w["word"])) < READ_SENTENCES


def _turn_of(turns: list, t: float, speaker) -> dict | None:
    return next((x for x in turns if x["speaker"] == speaker and x["start"] - 0.05 <= t <= x["end"] + 0.05), None)


def _sentence_end(turn: dict, t: float) -> float:
    return next((w["end"] for w in turn["words"] if w["end"] >= t - 0.01 and ends_sentence(w["word"])), turn["end"])


def _first_sentences(words: list) -> list:
    out, n = [], 0
    for w in words:
        out.append(w)
        n += ends_sentence(w["word"])
        if n >= READ_SENTENCES:
            break
    return out


def _read(reply: dict, markers: list, lex) -> tuple:
    """(outcome, how, the words read up to the deciding sentence, whether more than one word decided it): a
    criticism, contempt, defence or stonewalling sign in those words turns the praise back; else the lists' phrases
    decide, a longer one over the same words."""
    ws = _first_sentences(reply["words"])
    if not ws:
        return "unclear", "", None, False
    if any(x["speaker"] == reply["speaker"] and x["category"] in HARD and x.get("confidence") != "low"
           and x.get("source") != "meaning" and ws[0]["start"] - 0.05 <= x["t"] <= ws[-1]["end"] for x in markers):
        return "deflected", "turned against", ws, True
    toks = [token(w["word"]) for w in ws]
    starts = {0} | {k + 1 for k, w in enumerate(ws) if ends_sentence(w["word"])}
    ends = {k for k, w in enumerate(ws) if ends_sentence(w["word"])} | {len(ws) - 1}
    hits = [(b, b - a, outcome, how) for name, outcome, how in LISTS for a, b, _ in lex.find(toks, starts, ends, name)]
    if not hits:
        return "unclear", "", ws, False
    # the first sentence with a phrase decides ("Oh stop. … And I appreciate that you rang the plumber." is brushed
    # aside), and in it the last phrase said ("Thanks, but honestly it was nothing.")
    upto = next(k for k in range(min(h[0] for h in hits), len(ws)) if k in ends)
    last, span, outcome, how = max((h for h in hits if h[0] <= upto), key=lambda h: (h[0], h[1]))
    for nxt in sorted(k for k in ends if k > upto):  # a next sentence of the same kind is quoted too ("Oh stop. It
        more = [h for h in hits if upto < h[0] <= nxt]  # was on my way anyway.")
        if not more or any(h[2] != outcome for h in more):
            break
        upto = nxt
    return outcome, how, ws[: upto + 1], span > 0


def _taken_when_said_again(turns: list, reply: dict, praiser, markers: list, lex) -> dict | None:
    later = [t for t in turns if t["start"] > reply["start"]][:2]
    if len(later) == 2 and later[0]["speaker"] == praiser and later[1]["speaker"] == reply["speaker"] \
            and later[1]["start"] - later[0]["end"] <= REPLY_WITHIN_S:
        outcome, _, read, _ = _read(later[1], markers, lex)
        if outcome == "accepted":
            return {"t": read[0]["start"], "end": read[-1]["end"], "speaker": reply["speaker"], "quote": _quote(read)}
    return None


def _quote(words: list) -> str:
    return join_words(words, 0.5)
