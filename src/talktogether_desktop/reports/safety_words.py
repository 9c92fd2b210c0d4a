"""One wording for one safety flag everywhere on the page, by how sure it is (DOMAIN.md §7).

A flag read by meaning (no listed phrase) or heard with low confidence is "possible": the risk prompt says "Possible
self-harm language", so the Key moment says "Why it is shown: possible self-harm", the banner "possible language" and
"What stood out" "Safety language (possible self-harm)", never a plain "self-harm" beside a "possible" one. So do the
risk box over lines heard with low confidence, a fear response naming the line before it, and the command line's
summary (pipeline/formats.py).
"""

from __future__ import annotations

import re

from ..analysis.safety import violence_told_by_the_one_who_did_it
from ..timefmt import clock
from .text import esc, first, fmt_time, num


def is_possible(flag: dict) -> bool:
    return flag.get("source") == "meaning" or flag.get("confidence") == "low" or bool(flag.get("listen_only"))


def safety_kind(flag: dict) -> str:
    """"self-harm", or "possible self-harm" for a flag that is only possibly one (a line only to listen to says it in
    its own heading, "Possible, to listen to", once)."""
    kind = str(first(flag, "group", "category", "kind", "type", default="safety language")).replace("_", " ")
    already = kind.lower().startswith("possible ")  # "possible fear response" is said once
    return f"possible {kind}" if is_possible(flag) and not flag.get("listen_only") and not already else kind


_STOOD_OUT = re.compile(r"^Safety language \((?!possible )")
_MORE = re.compile(r"\(and (\d+) more: ")


def stood_out_today(observation, flags: list) -> object:
    """The analysis's "Safety language (self-harm) at 01:26: …" for flags that are all only possible, said as the
    Key moment says it: "Safety language (possible self-harm) at 01:26: …"."""
    if not isinstance(observation, dict) or observation.get("kind") != "safety":
        return observation
    text = observation.get("text")
    times = [num(e.get("t"), None) for e in observation.get("evidence") or [] if isinstance(e, dict)]
    mine = [f for f in flags if isinstance(f, dict) and any(t is not None and abs(num(f.get("t"), -1e9) - t) < 0.05
                                                               for t in times)]
    if not isinstance(text, str) or not mine:
        return observation
    if all(is_possible(f) for f in mine):
        return dict(observation, text=_STOOD_OUT.sub("Safety language (possible ", text))
    # the line quoted (the first) only possibly one and the rest heard (walk44a c: "Safety language (threat or
    # intimidation) at 00:44" over a line its Key moment calls "possible threat or intimidation"): each as sure as it is
    lead = min(mine, key=lambda f: num(f.get("t"), 1e9))
    rest = [f for f in mine if f is not lead]
    if not is_possible(lead) or any(is_possible(f) for f in rest) or not _MORE.search(text):
        return observation
    return dict(observation, text=_MORE.sub(r"(and \1 more, heard plainly: ", _STOOD_OUT.sub("Safety language (possible ",
                                                                                       text), count=1))


def told_of_it(flag: dict) -> bool:
    """The line tells of something done to the speaker or of fear of the partner, said by the one it happened to
    ("Last week you grabbed me and pushed me against the wall.", "I'm afraid of what you'll do when you drink."):
    the heading names them as the one who told it, never as if the line were theirs to answer for (analysis/safety's
    reading: violence told by the one who did it, "I only shoved you", is theirs; control told by the one it is done
    to, "so you read my messages", is told)."""
    category = str(flag.get("category") or "")
    if category.startswith("fear") and category != "fear_response":
        return True
    if category == "violence":
        return not violence_told_by_the_one_who_did_it(flag)
    return bool(flag.get("told_by_the_one_controlled"))


def told_by(moment) -> str:
    """Who a safety line is named by: "told by Ben" where they told of it, else their name."""
    return f"told by {moment.who}" if moment.told and moment.who else moment.who


def first_in_banner(moment, kind: bool = True) -> str:
    """The banner's "first at …": "00:00, Ana" for a line said, "00:00: Ben told of violence" for one told by the one
    it happened to (dev violence_blame_shift: "first at 00:02, Ben" read as if Ben had done it); "00:28, told by Ana"
    for a line only to listen to, whose kind is a reading that may be nothing (`kind=False`)."""
    if not (moment.told and moment.who):
        return f"{fmt_time(moment.start)}, {esc(moment.who)}"
    if not kind:
        return f"{fmt_time(moment.start)}, told by {esc(moment.who)}"
    kind = moment_kind(moment).replace(": ", " (", 1)
    kind += ")" if "(" in kind else ""
    return f"{fmt_time(moment.start)}: {esc(moment.who)} told of {esc(kind or 'it')}"


def moment_kind(moment) -> str:
    """The kind of a safety Key moment ("self-harm"), however sure ("possible self-harm" is still self-harm)."""
    return moment.why[0].removeprefix("possible ") if moment.why else ""


_PLAIN_PROMPT = "Assess risk before the next session: self-harm language"


def prompt_today(prompt, flags: list) -> object:
    """The risk prompt for self-harm lines that are all only possible (heard with low confidence; those read by
    meaning have their own "Possible self-harm language …") says "possible", as their Key moments do; the risk
    assessment it asks for stays."""
    if not isinstance(prompt, dict) or not str(prompt.get("text") or "").startswith(_PLAIN_PROMPT):
        return prompt
    mine = [f for f in flags if isinstance(f, dict) and f.get("category") == "self_harm" and not f.get("listen_only")]
    if not mine or not all(is_possible(f) for f in mine):
        return prompt
    text = prompt["text"].replace(_PLAIN_PROMPT, "Assess risk before the next session: possible self-harm language", 1)
    return dict(prompt, text=text.replace(". Check in individually", " (check the recording). Check in individually", 1))


def context_today(flag, flags: list) -> object:
    """A fear response's "said just after the coercive control: money at 00:15" names the earlier line as its own Key
    moment does: "just after the possible coercive control: money" when that line is only possibly one."""
    context = flag.get("context") if isinstance(flag, dict) else None
    if not isinstance(context, str):
        return flag
    t = num(flag.get("after_flag_t"), num(flag.get("t"), 0.0))
    earlier = [f for f in flags if isinstance(f, dict) and f is not flag and f.get("category") != "appeasement"
               and f.get("group") and num(f.get("t"), 1e9) <= t + 0.05]
    if flag.get("after_flag_t") is not None:
        earlier = [f for f in earlier if abs(num(f.get("t"), -1e9) - t) < 0.05]
    said = next((f for f in reversed(sorted(earlier, key=lambda f: num(f.get("t"), 0.0)))
                 if re.search(rf"\bafter the {re.escape(str(f['group']))}\b", context)), None)
    if said is None or not is_possible(said) or said.get("listen_only"):
        return flag
    return dict(flag, context=re.sub(rf"\bafter the (?=(?!possible ){re.escape(str(said['group']))}\b)",
                                     "after the possible ", context, count=1))


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")


def named_by_prompt(flag: dict, prompt) -> bool:
    """A self-harm line whose time the risk box names ("… from Alex and Sam at 01:32, 02:47, 04:23"): printed among
    the Key moments whatever else the cap keeps, so no time in the box is missing from the page (and the partner's
    check-in can say where to listen)."""
    text = str(prompt.get("text") or "") if isinstance(prompt, dict) else ""
    return flag.get("category") == "self_harm" and clock(num(flag.get("t"), -1.0)) in _CLOCK.findall(text)


def named_on_page_one(flags: list, observations: list, shown: int) -> list:
    """The safety lines page one names: the banner's "first at" (the first line heard, and the first of all) and each
    line a "What stood out" item names, by its evidence or by a time in its sentence (the first `shown` items, as
    ranked). Printed among the Key moments whatever else the cap keeps, so every time page one names is there."""
    flags = sorted((f for f in flags if isinstance(f, dict)), key=lambda f: num(first(f, "t", "start", default=0)))
    heard = [f for f in flags if not f.get("listen_only")]
    named = heard[:1] + flags[:1]
    items = [o for o in observations if isinstance(o, (dict, str))
             and not (isinstance(o, dict) and o.get("kind") == "safety_prompt")]
    items = sorted(items, key=lambda o: num(first(o, "rank", default=1e9)) if isinstance(o, dict) else 1e9)[:shown]
    times, clocks = [], set()
    for o in items:
        text = o if isinstance(o, str) else str(first(o, "text", "summary", "sentence", default=""))
        clocks |= set(_CLOCK.findall(text))
        for e in [o] + list(o.get("evidence") or []) if isinstance(o, dict) else []:
            t = first(e, "t", "time", "start") if isinstance(e, dict) else None
            times += [num(t)] if t is not None else []
    at = [num(first(f, "t", "start", default=-1.0)) for f in flags]
    for x in times:
        named += _surest([f for f, t in zip(flags, at) if abs(t - x) < 0.05])
    for c in clocks:
        named += _surest([f for f, t in zip(flags, at) if clock(t) == c])
    return [f for f in flags if any(f is g for g in named)]


def _surest(there: list) -> list:
    """One line for a time page one names: the surest of those there (a line heard before one read by meaning)."""
    sure = lambda f: (bool(f.get("listen_only")), f.get("source") == "meaning", f.get("confidence") == "low")  # noqa: E731
    return [min(there, key=sure)] if there else []
