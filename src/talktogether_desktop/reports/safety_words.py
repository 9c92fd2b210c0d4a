"""One wording for one safety flag everywhere on the page, by how sure it is (DOMAIN.md §7).

A flag read by meaning (no listed phrase) or heard with low confidence is "possible": the risk prompt says "Possible
self-harm language", so the Key moment says "Why it is shown: possible self-harm", the banner "possible language" and
"What stood out" "Safety language (possible self-harm)", never a plain "self-harm" beside a "possible" one.
"""

from __future__ import annotations

import re

from .text import first, num


def is_possible(flag: dict) -> bool:
    return flag.get("source") == "meaning" or flag.get("confidence") == "low" or bool(flag.get("listen_only"))


def safety_kind(flag: dict) -> str:
    """"self-harm", or "possible self-harm" for a flag that is only possibly one (a line only to listen to says it in
    its own heading, "Possible, to listen to", once)."""
    kind = str(first(flag, "group", "category", "kind", "type", default="safety language")).replace("_", " ")
    return f"possible {kind}" if is_possible(flag) and not flag.get("listen_only") else kind


_STOOD_OUT = re.compile(r"^Safety language \((?!possible )")


def stood_out_today(observation, flags: list) -> object:
    """The analysis's "Safety language (self-harm) at 01:26: …" for flags that are all only possible, said as the
    Key moment says it: "Safety language (possible self-harm) at 01:26: …"."""
    if not isinstance(observation, dict) or observation.get("kind") != "safety":
        return observation
    text = observation.get("text")
    times = [num(e.get("t"), None) for e in observation.get("evidence") or [] if isinstance(e, dict)]
    mine = [f for f in flags if isinstance(f, dict) and any(t is not None and abs(num(f.get("t"), -1e9) - t) < 0.05
                                                               for t in times)]
    if not isinstance(text, str) or not mine or not all(is_possible(f) for f in mine):
        return observation
    return dict(observation, text=_STOOD_OUT.sub("Safety language (possible ", text))


def moment_kind(moment) -> str:
    """The kind of a safety Key moment ("self-harm"), however sure ("possible self-harm" is still self-harm)."""
    return moment.why[0].removeprefix("possible ") if moment.why else ""
