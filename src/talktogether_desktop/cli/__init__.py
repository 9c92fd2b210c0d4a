"""The `talktogether` command line: a thin face over the core.

Each command group lives in its own module exposing `register(subparsers, common)`.
"""

from . import (  # noqa: F401 - the order is the order in --help
    analyze_cmds,
    audit_cmds,
    case_cmds,
    diarize_cmds,
    media_cmds,
    practice_cmds,
    recording_cmds,
    report_cmds,
    transcript_cmds,
    vault_cmds,
)

COMMAND_MODULES = [vault_cmds, case_cmds, media_cmds, recording_cmds, transcript_cmds, diarize_cmds, analyze_cmds,
                   report_cmds, practice_cmds, audit_cmds]
