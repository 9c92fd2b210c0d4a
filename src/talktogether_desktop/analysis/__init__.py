"""Conversation analysis: turn-taking, overlaps and interruptions, prosody, lexical markers,
escalation, what each partner was reaching for, and headline observations.

Qt-free and vault-free: `analyze(words, audio=None, ...)` takes speaker-attributed words and
returns one versioned, JSON-serialisable dict (schema in docs/analysis-schema.md).
"""

from .engine import SCHEMA_VERSION, analyze
from .settings import AnalysisSettings

__all__ = ["analyze", "AnalysisSettings", "SCHEMA_VERSION"]
