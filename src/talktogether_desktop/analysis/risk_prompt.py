"""The prompt at the top of the report where self-harm language was heard: assess risk before the next session,
individually, not at it (DOMAIN.md §6). Who it names is who said the words: a partner whose words were only read by
meaning, beside the other's listed phrase, is named apart, as a passage to listen to ("I've been thinking about it for
weeks." said of leaving is not the partner's "I'll take every pill in that cupboard.")."""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

from ..timefmt import clock
from .safety import raises_prompt


def self_harm_prompt(flags: Sequence[dict], names: Mapping[str, str] | None = None) -> Optional[dict]:
    """Self-harm language calls for a risk assessment before the next joint session, not at it (raises_prompt). The
    times: listed phrases first, then readings by meaning (each in time order), and how many more."""
    hits = [f for f in flags if f["category"] == "self_harm" and raises_prompt(f)]
    if not hits:
        return None

    def who(fs) -> list[str]:
        return sorted({(names or {}).get(f["speaker"], f["speaker"]) for f in fs})

    def times(fs) -> str:
        shown = sorted(sorted(fs, key=lambda f: (f.get("source") == "meaning", f["t"]))[:3], key=lambda f: f["t"])
        return ", ".join(clock(f["t"]) for f in shown) + (f" and {len(fs) - 3} more" if len(fs) > 3 else "")

    listed = [f for f in hits if f.get("source") != "meaning"]
    if not listed:  # no listed phrase, only a reading by meaning: a listen first
        return {"t": hits[0]["t"], "speaker": hits[0]["speaker"], "check_recording": True,
                "text": f"Possible self-harm language from {' and '.join(who(hits))} at {times(hits)} (read by meaning, "
                        "not a listed phrase). Listen to it; if it is, assess risk before the next session, individually, "
                        "not at it."}
    # the words of a partner with no listed phrase, read by meaning alone, are named apart, to listen to
    apart = [f for f in hits if f.get("source") == "meaning" and f["speaker"] not in {g["speaker"] for g in listed}]
    named = [f for f in hits if f not in apart]
    also = (f" Possible self-harm language from {' and '.join(who(apart))} at {times(apart)} too (read by meaning, "
            "not a listed phrase): listen to it.") if apart else ""
    return {"t": named[0]["t"], "speaker": named[0]["speaker"],
            "text": f"Assess risk before the next session: self-harm language from {' and '.join(who(named))} at "
                    f"{times(named)}. Check in individually, before any joint session, not at it.{also}"}
