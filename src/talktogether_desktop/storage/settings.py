"""The one settings object: every default, its environment override, validation, and load/save.

Precedence, lowest first: the defaults below, then an environment variable (it replaces a
default on this computer), then what the therapist saved in the vault, then a one-run override
(a CLI flag such as `--model`). The CLI and the window both read `load_settings(vault)` and hand
the result to the pipeline, so they cannot process a recording with different settings.

Analysis parameters are kept as overrides of the analysis engine's own parameter dataclass
(`analysis.settings.AnalysisSettings`); the pipeline turns them into that dataclass.
"""

from __future__ import annotations

import dataclasses
import math
import os
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Mapping, Optional

from ..errors import InvalidSetting

# The vault (sqlcipher3, the key wrapping, the keychain: about 0.1 s of CPU to import) only as a type: a command that
# reads the settings from the environment alone (`transcribe-file` on a short file) does not pay for it.
if TYPE_CHECKING:
    from .vault import Vault

MODEL_CHOICES = ("tiny.en", "base", "folder")
PAPERS = ("a4", "letter")
ENVIRONMENT = {
    "max_recording_hours": "TALKTOGETHER_MAX_RECORDING_HOURS",
    "second_listen": "TALKTOGETHER_SECOND_LISTEN",
}


@dataclass(frozen=True)
class Settings:
    # Speech model: 'tiny.en' (bundled), 'base' (optional package) or 'folder' (then `model_dir`).
    model: str = "tiny.en"
    model_dir: str = ""
    # The built-in model's unsure stretches heard again by the larger 'base' model, when installed.
    second_listen: bool = True
    # CPU threads for the speech model; 0 lets the engine choose (up to 4).
    cpu_threads: int = 0
    # Language of the recordings for multilingual models; empty = detect.
    language: str = ""
    paper: str = "a4"
    # Reports show partners' initials instead of their names.
    initials_only: bool = False
    autolock_minutes: int = 10
    # The longest recording accepted at import.
    max_recording_hours: float = 3.0
    # Overrides of the analysis engine's parameters, by name (empty: the engine's defaults).
    analysis: Mapping[str, Any] = field(default_factory=dict)

    # --- what the pipeline takes ----------------------------------------------------------------
    @property
    def speech_model(self) -> str:
        """The model as the transcription engine takes it: a name, or the chosen folder."""
        if self.model == "folder":
            return self.model_dir
        return self.model

    @property
    def threads(self) -> Optional[int]:
        return self.cpu_threads or None

    @property
    def transcription_language(self) -> Optional[str]:
        return self.language or None

    @property
    def max_recording_s(self) -> float:
        return float(self.max_recording_hours) * 3600.0

    def to_dict(self) -> dict:
        out = dataclasses.asdict(self)
        out["analysis"] = dict(self.analysis)
        return out

    def replace(self, **changes: Any) -> "Settings":
        """A copy with some values changed (None leaves a value as it is), validated."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise InvalidSetting(f"Unknown setting(s): {', '.join(unknown)}.")
        chosen = {k: v for k, v in changes.items() if v is not None}
        if "model" in chosen and chosen["model"] not in MODEL_CHOICES:
            # A one-run model given as a folder path (`--model /models/x`) is the folder choice.
            chosen["model_dir"], chosen["model"] = chosen["model"], "folder"
        return validate(dataclasses.replace(self, **chosen))


def validate(settings: Settings) -> Settings:
    """The settings themselves, or InvalidSetting saying which value is wrong and why."""
    s = settings
    if s.model not in MODEL_CHOICES:
        raise InvalidSetting(f"The speech model must be one of {', '.join(MODEL_CHOICES)}, not {s.model!r}.")
    if s.model == "folder" and not str(s.model_dir).strip():
        raise InvalidSetting("Choose the folder holding the speech model, or another model.")
    if not _is_int(s.cpu_threads) or s.cpu_threads < 0:
        raise InvalidSetting("CPU threads must be 1 or more (0 lets the app choose).")
    if s.paper not in PAPERS:
        raise InvalidSetting(f"Paper must be one of {', '.join(PAPERS)}, not {s.paper!r}.")
    if not isinstance(s.initials_only, bool):
        raise InvalidSetting("'initials_only' must be true or false.")
    if not isinstance(s.second_listen, bool):
        raise InvalidSetting("'second_listen' must be true or false.")
    if not _is_int(s.autolock_minutes) or not 1 <= s.autolock_minutes <= 24 * 60:
        raise InvalidSetting("The vault must lock after 1 minute to 24 hours of no activity.")
    hours = s.max_recording_hours
    if isinstance(hours, bool) or not isinstance(hours, (int, float)) or not (0 < hours and math.isfinite(hours)):
        raise InvalidSetting("The longest recording must be a positive number of hours.")
    if not isinstance(s.language, str):
        raise InvalidSetting("The language must be a code such as 'en' or 'de', or empty to detect it.")
    if not isinstance(s.analysis, Mapping) or not all(
        isinstance(k, str) and (v is None or isinstance(v, (int, float, str, bool))) for k, v in s.analysis.items()
    ):
        raise InvalidSetting("Analysis settings must map parameter names to plain values.")
    return s


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _coerce(name: str, value: Any, default: Any) -> Any:
    """Stored or environment values into the field's type (a form may save 2 as '2')."""
    if value is None:
        return default
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, str):
            return str(value)
    except (TypeError, ValueError) as exc:
        raise InvalidSetting(f"The setting {name!r} has a value that is not a {type(default).__name__}: {value!r}.") from exc
    return value


def from_environment(base: Optional[Settings] = None) -> Settings:
    """The defaults, with this computer's environment variables applied (used without a vault too)."""
    base = base or Settings()
    changes = {}
    for name, variable in ENVIRONMENT.items():
        raw = os.environ.get(variable)
        if raw:
            try:
                changes[name] = _coerce(name, raw, getattr(base, name))
            except InvalidSetting as exc:
                raise InvalidSetting(f"${variable} is not usable: {exc}") from exc
    return validate(dataclasses.replace(base, **changes))


def load_settings(vault: Vault) -> Settings:
    """The settings this vault works with (defaults, environment, then the values saved in it)."""
    base = from_environment()
    stored = {}
    for f in fields(Settings):
        value = vault.get_setting(f.name)
        if value is not None:
            stored[f.name] = dict(value) if f.name == "analysis" else _coerce(f.name, value, getattr(base, f.name))
    if vault.get_setting("name_display") == "initials":  # the older way of saying initials_only
        stored["initials_only"] = True
    return validate(dataclasses.replace(base, **stored))


def save_settings(vault: Vault, values: Mapping[str, Any]) -> Settings:
    """Validate and store the given values together (one transaction); returns the new settings."""
    current = load_settings(vault)
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise InvalidSetting(f"Unknown setting(s): {', '.join(unknown)}.")
    coerced = {k: (dict(v) if k == "analysis" else _coerce(k, v, getattr(current, k))) for k, v in values.items()}
    updated = validate(dataclasses.replace(current, **coerced))
    with vault.transaction():
        for key in values:
            vault.set_setting(key, getattr(updated, key) if key != "analysis" else dict(updated.analysis))
    return updated
