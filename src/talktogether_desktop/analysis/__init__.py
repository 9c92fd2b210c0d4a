"""Conversation analysis: turn-taking, overlaps and interruptions, prosody, lexical markers,
escalation, what each partner was reaching for, and headline observations.

Qt-free and vault-free: `analyze(words, audio=None, ...)` takes speaker-attributed words and
returns one versioned, JSON-serialisable dict (schema in docs/analysis-schema.md).
"""

__all__ = ["analyze", "AnalysisSettings", "SCHEMA_VERSION"]


def __getattr__(name: str):
    """The engine is loaded when first asked for: its small shared parts (`words`, `settings`) are read by the
    command line and the formats without loading every rule and lexicon."""
    if name in ("analyze", "SCHEMA_VERSION"):
        from . import engine

        return getattr(engine, name)
    if name == "AnalysisSettings":
        from .settings import AnalysisSettings

        return AnalysisSettings
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
