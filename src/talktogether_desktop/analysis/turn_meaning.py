"""A turn read whole by its meaning, where each of its sentences alone says too little (DOMAIN.md §6).

People attack in short pieces: "Oh lovely. So the dishwasher's just decorative now, is it?
Brilliant." Read one sentence at a time (meaning.MeaningPass), each piece is too short or too vague
to stand; read together, as the partner hears them, the turn is plainly sarcasm. This reads a turn
of two or more sentences as one text, for the horsemen the meaning reader names (criticism,
contempt, defensiveness), under the same conditions as a sentence read alone, and a few more:

- the rules found no repair, warmth, withdrawal or safety language in the turn and set nothing aside
  there for negation, affection or a story, and nobody found its kind there already; a horseman of
  another kind (by the rules or the sentence reader) leaves it to be read only in a reply to the partner;
- its kind is clear (TURN_KIND), a horseman or safety language was heard within the tension time
  (a horseman is never read alone), and it has the horseman's shape (criticism names the partner,
  defensiveness answers them, contempt does either);
- no warmth is said within WARM_NEAR_S by either partner (affection.txt, laughter): in a teasing talk a
  fond criticism makes "tension" and a self-mocking reply ("Two bays of pure talent. You're welcome.") reads
  like contempt;
- it is never better than low confidence: "check the recording".

The marker spans the turn and quotes it whole: the turn is the evidence.
"""

from __future__ import annotations

from typing import Sequence

from .meaning_model import read_sentences
from .sentence_terms import FIRST_PERSON, LAUGHTER, SECOND_PERSON, hit
from .words import quote

# A turn's reading stands when its kind is at least this clear; a defence more so: read from a whole turn, an
# explanation ("I haven't booked a thing, not without checking with you first") reads much like an excuse; contempt
# less so: sarcasm is said in praise words ("Oh, marvellous. Another weekend of your mates."), which sincere praise
# shares (round 17: 0.7 -> 0.55, on the unseen splits 32 -> 36 contempt found, 19 -> 20 false; round 25, with a turn's
# second kind read: criticism 0.7 -> 0.6, one more found and none more false).
TURN_KIND = {"criticism": 0.6, "contempt": 0.55, "defensiveness": 0.8}
# Turns longer than this many sentences are left to the sentence reader (a long turn mixes kinds).
MOST_SENTENCES = 4
# ... and shorter than this, to the rules ("Okay. Fine.").
MIN_TOKENS = 4
KINDS = ("criticism", "contempt", "defensiveness")
# What the rules found in a turn that leaves it to them; criticism, contempt or defensiveness found there leaves
# only that kind to them (criticism, then scorn: "You never listen. Oh, but the lads get all the time in the world,
# don't they, Mr Popular?"; round 25: on the unseen splits horsemen found 172 -> 179 of 284, two more false).
RULED = frozenset({"stonewalling", "repair", "flooding", "appreciation"})
# Warmth said this near a turn (either partner) leaves it unread: banter.
WARM_NEAR_S = 30.0
# The partner's thanks or praise ending this soon before a turn: the turn answers it.
THANKED_S = 4.0
# ... answered by agreeing in so many words ("It did. The break helped."; not "Course it does. Anything to keep the princess happy.")
AGREEING_OPENERS = (["it", "did"], ["it", "was"], ["it", "really", "did"], ["it", "really", "was"], ["it", "does"], ["yes"],
                    ["yeah"], ["definitely"], ["me", "too"], ["totally"])


def whole_turns(meaning_pass, reader, read: Sequence[tuple], markers: Sequence[dict], safety: Sequence[dict]) -> list[dict]:
    """Horsemen read from whole turns (module doc), as markers like the sentence reader's. `read`: every
    sentence with what the rules made of it; `markers`, `safety`: what stands after the rules, the sentence
    reader and the readings across turns (a fond "you always…" set aside there is no tension here)."""
    from .across import _turns
    from .meaning import ANSWERING_S, TENSE, _text

    # the signs of a tense stretch, as for a sentence read alone (with any safety statement but appeasement)
    tense = [x["t"] for x in markers if x["category"] in TENSE] + [x["t"] for x in safety if x["category"] != "appeasement"]
    spoken = [(s.words[0].get("speaker"), s.words[0]["start"], s.words[-1]["end"]) for s, *_ in read]
    added = [x for x in [*markers, *safety] if x.get("source") == "meaning"]
    warm = [s.words[0]["start"] for s, *_ in read if reader.lex.find(s.toks, {0}, set(), "affection") or set(s.toks) & LAUGHTER]
    todo = []
    for turn in _turns(read):
        if not 2 <= len(turn) <= MOST_SENTENCES:
            continue
        t0, t1 = turn[0][0].words[0]["start"], turn[-1][0].words[-1]["end"]
        if any(f or d or any(x["category"] in RULED for x in m) for _, m, f, d in turn):
            continue
        # a story or reported words, or a complaint taken back ("you don't nag, you just... project-manage")
        # (or the partner's feeling said back: "So you felt on your own with it. Is that right?")
        if any(meaning_pass._set_aside_for_markers(reader, s) or meaning_pass._complaint_disowned(reader, s) or s.said_back
               for s, *_ in turn):
            continue
        toks = [t for s, *_ in turn for t in s.toks]
        if len(toks) < MIN_TOKENS or not any(abs(t - t0) <= meaning_pass.tension_s for t in tense):
            continue
        if any(t0 - WARM_NEAR_S <= t <= t1 + WARM_NEAR_S for t in warm):
            continue
        todo.append((turn, toks))
    if not todo:
        return []
    readings = read_sentences([" ".join(_text(s) for s, *_ in turn) for turn, _ in todo],
                              meaning_pass.folder, meaning_pass.threshold)
    out = []
    for (turn, toks), found in zip(todo, readings):
        first = turn[0][0]
        who, t0 = first.words[0].get("speaker"), first.words[0]["start"]
        replying = any(w != who and a < t0 and t0 - b <= ANSWERING_S for w, a, b in spoken)
        names_partner = any(t in SECOND_PERSON for t in toks)
        about_self = any(t in FIRST_PERSON for t in toks)
        # the kinds already found in the turn, by the rules or the sentence reader: another is read only in a reply
        # (a turn opening the talk with one horseman found gave its warm words a second, on the unseen splits)
        have = {x["category"] for _, m, *_ in turn for x in m} | {
            x["category"] for x in added if x.get("speaker") == who and t0 - 0.05 <= x["t"] <= turn[-1][0].words[-1]["end"]}
        r = next((x for x in found if x.category in KINDS), None)
        if r is None or r.kind_probability < TURN_KIND[r.category] or r.category in have or have & set(KINDS) and not replying:
            continue
        # agreeing with the partner's thanks or praise just said ("Thank you. This went better than last year." / "It did.
        # The break helped.") is no scorn where no cold word is said
        thanked = any(x["category"] == "appreciation" and x.get("speaker") != who and 0 <= t0 - x.get("end", x["t"]) <= THANKED_S
                      for x in markers)
        if r.category == "contempt" and thanked and first.toks in AGREEING_OPENERS and not reader.lex.find(toks, {0}, set(), "negative_words"):
            continue
        if not {"criticism": names_partner, "contempt": names_partner or (replying and not about_self),
                "defensiveness": replying}[r.category]:
            continue
        item = hit(first, 0, len(first.toks) - 1, r.category, "read by meaning", source="meaning",
                   context=f"the whole turn read by its meaning (like the labelled examples, p={r.probability:.2f})",
                   probability_of_reading=round(r.probability, 3), probability_of_kind=round(r.kind_probability, 3),
                   _strength="low", read_whole_turn=True)
        # the turn is the evidence: its words, all of them, are quoted
        said = [w for s, *_ in turn for w in s.words]
        item.update(end=said[-1]["end"], text=" ".join(w["word"] for w in said), quote=quote(said, 0, len(said) - 1),
                    _words=said)
        out.append(item)
    return out

