"""The practice template library: one TOML file per exercise in `resources/practice/`.

Therapists can read and copy these files, so they stay plain data; this module only loads and
validates them. A broken file is reported by name instead of hiding the whole library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from .. import paths
from ..errors import BadInputFile, NotFound

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the same parser as the `tomli` package
    import tomli as tomllib  # type: ignore[no-redef]

REQUIRED = ("title", "behaviour", "anchor", "minutes", "times_per_week", "who_starts", "what_to_record",
            "what_to_notice", "review")


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    summary: str
    behaviour: str
    steps: List[str]
    anchor: str
    days: List[str]
    time: Optional[str]
    minutes: int
    times_per_week: int
    who_starts: str
    what_to_record: str
    what_to_notice: str
    review: str
    therapist_note: str = ""
    sources: List[str] = field(default_factory=list)
    # The words this template said before a rewording ([earlier_words] in its file), by field: a practice stored
    # with one of them is shown in the template's words of today (assignment.as_last_set).
    earlier: Dict[str, Tuple[str, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "name": self.name, "title": self.title, "summary": self.summary, "behaviour": self.behaviour,
            "steps": list(self.steps), "anchor": self.anchor, "days": list(self.days), "time": self.time,
            "minutes": self.minutes, "times_per_week": self.times_per_week, "who_starts": self.who_starts,
            "what_to_record": self.what_to_record, "what_to_notice": self.what_to_notice,
            "review": self.review, "therapist_note": self.therapist_note, "sources": list(self.sources),
        }


def templates_dir() -> Path:
    return paths.resource("practice")


def _clean(text: object) -> str:
    """TOML multi-line strings keep the author's line breaks; the handout wants flowing text."""
    return " ".join(str(text or "").split())


def load_template(path: Path) -> Template:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BadInputFile(f"The practice template {path.name} cannot be read: {exc}") from exc
    missing = [key for key in REQUIRED if raw.get(key) in (None, "")]
    if missing:
        raise BadInputFile(f"The practice template {path.name} lacks: {', '.join(missing)}.")
    sources = []
    for source in raw.get("sources", []):
        sources.append(_clean(source.get("citation", "")) if isinstance(source, dict) else _clean(source))
    return Template(
        name=path.stem,
        title=_clean(raw["title"]),
        summary=_clean(raw.get("summary", "")),
        behaviour=_clean(raw["behaviour"]),
        steps=[_clean(s) for s in raw.get("steps", [])],
        anchor=_clean(raw["anchor"]),
        days=[str(d).upper()[:2] for d in raw.get("days", [])],
        time=raw.get("time"),
        minutes=int(raw["minutes"]),
        times_per_week=int(raw["times_per_week"]),
        who_starts=_clean(raw["who_starts"]),
        what_to_record=_clean(raw["what_to_record"]),
        what_to_notice=_clean(raw["what_to_notice"]),
        review=_clean(raw["review"]),
        therapist_note=_clean(raw.get("therapist_note", "")),
        sources=[s for s in sources if s],
        earlier={str(key): tuple(_clean(w) for w in (words if isinstance(words, list) else [words]))
                 for key, words in (raw.get("earlier_words") or {}).items()},
    )


def list_templates(folder: Optional[Path] = None) -> List[Template]:
    folder = folder or templates_dir()
    return [load_template(p) for p in sorted(folder.glob("*.toml"))]


def get_template(name: str, folder: Optional[Path] = None) -> Template:
    folder = folder or templates_dir()
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    path = folder / f"{key}.toml"
    if not path.is_file():
        known = ", ".join(t.name for t in list_templates(folder))
        raise NotFound(f"There is no practice template called '{name}'. Known templates: {known}.")
    return load_template(path)
