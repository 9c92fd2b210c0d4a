"""Typed errors of the core.

Every failure a therapist can meet has its own type here. The CLI maps them to exit codes
(`cli/errors.py`) and the window to messages (`ui/errors.py`), each in exactly one place;
nothing matches on error text.
"""

from __future__ import annotations

from typing import Optional


class TalkTogetherError(Exception):
    """Base of all expected failures. `str(err)` is a plain sentence a therapist can act on."""

    exit_code = 1


class UsageError(TalkTogetherError):
    """The caller asked for something that does not make sense (bad option, unknown id)."""

    exit_code = 2


class InvalidSetting(UsageError):
    """A setting (saved in the vault, from the environment or given for one run) has a value that cannot work."""

    exit_code = 2


class NotFound(TalkTogetherError):
    """A couple, recording, assignment or other record does not exist. `missing`: what is missing ("recording"), when
    the message names it by its id, which means something on the command line that gave it and nothing in the window."""

    exit_code = 1

    def __init__(self, *args, missing: str = ""):
        super().__init__(*args)
        self.missing = missing


# --- the vault -------------------------------------------------------------------------------


class VaultError(TalkTogetherError):
    exit_code = 1


class VaultLocked(VaultError):
    """No passphrase (or remembered key) was given, so the vault stays locked."""

    exit_code = 3


class KeychainOutOfDate(VaultLocked):
    """The key remembered in the OS keychain no longer opens the vault (its keys changed since): the passphrase is
    needed, and the keychain is brought up to date when it opens."""

    exit_code = 3


class WrongPassphrase(VaultLocked):
    exit_code = 3


class WrongRecoveryCode(VaultLocked):
    exit_code = 3


class VaultMissing(VaultError):
    """There is no vault in the data directory yet."""

    exit_code = 1


class VaultExists(VaultError):
    exit_code = 1


class SidecarMissing(VaultError):
    """The key file beside the vault is gone, so the vault cannot be unlocked from it."""

    exit_code = 1


class SidecarDamaged(VaultError):
    exit_code = 1


class NotAVault(VaultError):
    """The file is not a TalkTogether vault (plain SQLite, another program's file, or damaged)."""

    exit_code = 1


class VaultDamaged(VaultError):
    """The vault file decrypts, but a part of it no longer reads back (a damaged page, a bad disk)."""

    exit_code = 1


class DiskFull(VaultError):
    """The disk holding the vault has no room left for what a command was writing (rolled back: the vault is as it was
    before it)."""

    exit_code = 1


class VaultMismatch(VaultError):
    """The key file unlocks, but belongs to a different vault file."""

    exit_code = 1


class VaultInUse(VaultError):
    """Another window or command has the vault open, so it cannot be replaced (restore) right now."""

    exit_code = 1


class BackupError(VaultError):
    exit_code = 1


class OtherVaultBackup(BackupError):
    """The backup was made from another vault than the one in this folder: restoring it replaces this vault's case
    file with that one's, so it needs the therapist's explicit confirmation (`--accept-other-vault`)."""

    exit_code = 5


class InsecureKeyring(TalkTogetherError):
    """The only keychain available would store the key in plain text, so it is not used."""

    exit_code = 1


# --- input files ------------------------------------------------------------------------------


class BadAudio(TalkTogetherError):
    """A file that cannot be imported: not audio, empty, corrupt, unsupported, too long, silent."""

    exit_code = 4


class BadInputFile(TalkTogetherError):
    """Any other input file (practice text, analysis JSON, backup) that cannot be read."""

    exit_code = 4


class ExportFailed(BadInputFile):
    """A report or other export could not be written where it was asked for (nothing was left half-written)."""


class DuplicateRecording(TalkTogetherError):
    """The same audio file was imported before; carries the id of the existing recording, and whether that
    recording was left unprocessed (an import stopped part-way: Ctrl-C, a crash, or --no-process)."""

    exit_code = 0

    def __init__(self, message: str, recording_id: int, unprocessed: bool = False,
                 other_couple_id: Optional[int] = None):
        super().__init__(message)
        self.recording_id = recording_id
        self.unprocessed = unprocessed
        self.other_couple_id = other_couple_id  # a recording of another couple than the one it was imported for


class ConsentMissing(TalkTogetherError):
    """A recording may not be analysed until both partners' consent is recorded."""

    exit_code = 1


class SafetyConfirmationNeeded(TalkTogetherError):
    """Recorded practice at home for a couple with recent safety flags needs the therapist's explicit
    decision, with a reason (DOMAIN.md §6). Carries what was found, without any client words."""

    exit_code = 5

    def __init__(self, message: str, flags: list[dict], found: str = ""):
        super().__init__(message)
        self.flags = flags
        self.found = found or message  # what was found and why it matters, without the way to answer it


class OtherSpeakerWords(TalkTogetherError):
    """A transcript correction would replace words the other partner said (a line reaching into their words):
    nothing is changed until the therapist asks for it explicitly. Carries the runs of words it would replace."""

    exit_code = 5

    def __init__(self, message: str, replaced: list[dict]):
        super().__init__(message)
        self.replaced = replaced

    def details(self) -> dict:
        """Added to the command line's --json error: which words of which speaker."""
        return {"replaced": self.replaced}


class ModelUnavailable(TalkTogetherError):
    """The chosen speech model is not installed or is damaged."""

    exit_code = 1


# --- long work --------------------------------------------------------------------------------


class Cancelled(TalkTogetherError):
    """Long work was stopped by the user. Shown quietly, never as a failure."""

    exit_code = 130


class JobFailed(TalkTogetherError):
    """A processing step (transcription, speakers, analysis, report) stopped on something unexpected.

    Typed fields, so no face shows an engine's own text: `step` (which one), `reason` (plain words for the
    therapist), `advice` (which kind of next step: one of ADVICE; each face says it in its own words, the window
    its button or Settings, the command line its command or option), `next_step` (what to try, in words, where the
    one raising it knows them better than the face), `detail` (the technical cause: only for a "Details" expander
    and the command line's --json, never in the plain words; it may name client text, so it is never logged).
    `str()` is the reason and the `next_step` words, if any."""

    exit_code = 1
    # "": none in particular; again: start it again; memory: it ran out of memory; transcribe: transcription stopped (memory or the model's
    # size may be why); model: the speech model's process stopped; report: the report could not be made
    ADVICE = ("", "again", "memory", "transcribe", "model", "report")

    def __init__(self, reason: str, step: str | None = None, next_step: str = "", detail: str = "",
                 advice: str = ""):
        super().__init__(f"{reason} {next_step}".strip())
        self.reason, self.step, self.next_step, self.detail, self.advice = reason, step, next_step, detail, advice

    def __reduce__(self):  # crosses the speech model's pipe with its fields
        return (type(self), (self.reason, self.step, self.next_step, self.detail, self.advice))

    def details(self) -> dict:
        """Added to the command line's --json error."""
        return {"step": self.step, "detail": self.detail}
