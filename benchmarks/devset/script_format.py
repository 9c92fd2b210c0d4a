"""The scripted-conversation format of benchmarks/devset/scripts/*.txt (see scripts/README.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

STYLES = ("calm", "soft", "tense")
_LINE = re.compile(r"^(?P<who>[AB])\s*(?:\[(?P<tags>[^\]]*)\])?\s*:\s*(?P<text>.+)$")


@dataclass
class Line:
    who: str
    text: str
    style: str = "calm"
    gap: Optional[float] = None  # seconds of silence before this line (default: seeded 0.15-0.7)
    interrupt: bool = False  # starts before the previous floor line ends; that line breaks off
    overlap: Optional[float] = None  # seconds of overlap for an interrupt (default: seeded 0.3-1.0)
    cutoff_reply: bool = False  # the previous line stopped mid-clause; this one starts at once (< 0.12 s)
    backchannel: bool = False  # said under the previous floor line, does not take the floor
    repair: bool = False
    need: bool = False


@dataclass
class Script:
    name: str
    seed: int
    voices: dict
    about: str = ""
    lines: list = field(default_factory=list)


def parse_script(path: Path) -> Script:
    header, lines, about = {}, [], []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = raw.strip()
        if not text:
            continue
        if text.startswith("#"):
            about.append(text.lstrip("# "))
            continue
        m = _LINE.match(text)
        if m:
            lines.append(_line(m, path, number))
            continue
        key, sep, value = text.partition(":")
        if not sep or key.strip() not in ("seed", "voices"):
            raise ValueError(f"{path.name}:{number}: cannot read {text!r}")
        header[key.strip()] = value.strip()
    voices = dict(pair.split("=") for pair in header["voices"].split())
    if set(voices) != {"A", "B"}:
        raise ValueError(f"{path.name}: voices must name A and B")
    floor = None
    for line in lines:
        if line.backchannel and (floor is None or floor.who == line.who):
            raise ValueError(f"{path.name}: a backchannel must sit under the other partner's line: {line.text!r}")
        if not line.backchannel:
            floor = line
    return Script(name=path.stem, seed=int(header["seed"]), voices=voices, about=" ".join(about), lines=lines)


def _line(m: re.Match, path: Path, number: int) -> Line:
    line = Line(who=m["who"], text=m["text"].strip())
    for tag in (m["tags"] or "").split():
        key, _, value = tag.partition("=")
        if key in STYLES:
            line.style = key
        elif key == "gap":
            line.gap = float(value)
        elif key == "overlap":
            line.overlap = float(value)
        elif key in ("interrupt", "repair", "need"):
            setattr(line, key, True)
        elif key == "cutoff":
            line.cutoff_reply = True
        elif key == "bc":
            line.backchannel = True
        else:
            raise ValueError(f"{path.name}:{number}: unknown tag {tag!r}")
    return line
