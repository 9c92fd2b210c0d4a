"""The one place where failures become messages for the therapist.

Every typed error maps to a short title and a text that says what happened and what to do.
Nothing here matches on error text, and no traceback ever reaches the window: unexpected
failures are logged to stderr for support and shown as a calm generic message.
"""

from __future__ import annotations

import html
import logging
import re
import sys
import threading
import traceback
from dataclasses import dataclass
from typing import Callable, Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import errors as E
from ..storage.vault import damage_error, disk_full_error

log = logging.getLogger(__name__)


def _frames(tb) -> str:
    return "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb))


def log_uncaught_quietly() -> None:
    """An exception no code caught (in a Qt slot, in a thread) is logged as its kind and its frames, never its text:
    Python's traceback would print the exception's words (a client's name or a quote) to stderr, which a desktop
    session keeps on disk (~/.xsession-errors, the journal)."""
    def said(kind, _exc, tb) -> None:
        log.error("Unexpected failure: %s\n%s", kind.__name__, _frames(tb))

    sys.excepthook = said
    threading.excepthook = lambda args: said(args.exc_type, args.exc_value, args.exc_traceback)


@dataclass(frozen=True)
class UserMessage:
    title: str
    text: str
    quiet: bool = False  # shown in the status bar, not a dialog (e.g. a cancelled job)
    details: str = ""  # technical, for support: only under the box's "Show Details…", never in the text


_RESTORE_WHEN_LOCKED = "Restore the vault from a backup with \"Restore from a backup…\" on the locked screen."

# Most specific first: the first matching type wins.
_TITLES: list[tuple[type, str, str]] = [
    (E.WrongRecoveryCode, "Recovery code not accepted", "Check the code against your printed copy and try again."),
    (E.WrongPassphrase, "Passphrase not accepted", "Check Caps Lock, or unlock with your recovery code."),
    (E.VaultLocked, "The vault is locked", "Unlock it with your passphrase to continue."),
    (E.VaultMissing, "No vault here yet", "Create a new vault, or restore one from a backup in Settings."),
    (E.SidecarMissing, "The vault's key file is missing", _RESTORE_WHEN_LOCKED),
    (E.SidecarDamaged, "The vault's key file is damaged", _RESTORE_WHEN_LOCKED),
    (E.VaultDamaged, "The vault file is damaged", "Restore the vault from a backup in Settings."),
    (E.DiskFull, "The disk is full", ""),
    (E.NotAVault, "This is not a TalkTogether vault", "Choose the folder that holds your vault."),
    (E.VaultMismatch, "The key file belongs to another vault", "Restore the matching key file from a backup."),
    (E.VaultInUse, "The vault is in use", "Close the other TalkTogether window or command, then try again."),
    (E.BackupError, "Backup problem", "Nothing was changed. Try another backup file or location."),
    (E.VaultExists, "A vault already exists", "Unlock the existing vault instead."),
    (E.InsecureKeyring, "Cannot remember the passphrase here", "You will be asked for your passphrase each time."),
    (E.BadAudio, "This file cannot be used", "Choose another audio file (for example .m4a, .mp3, .wav or .opus)."),
    (E.ExportFailed, "The file was not saved", "Choose another folder."),  # a report, a handout, a calendar file
    (E.BadInputFile, "This file cannot be read", "Choose another file."),
    (E.DuplicateRecording, "Already imported", "Open it from the list of recordings."),
    (E.SafetyConfirmationNeeded, "Practice after safety flags",
     "Give it only with your reason, or choose another practice."),
    (E.ConsentMissing, "Consent is needed first", "Record every partner's consent on the couple page, then try again."),
    (E.ModelUnavailable, "Speech model not available", "Choose another model in Settings."),
    (E.NotFound, "Not found", "It may have been deleted. Refresh the list and try again."),
    (E.InvalidSetting, "A setting cannot be used", "Change it in Settings."),
    (E.UsageError, "Please check what you entered", ""),
    (E.VaultError, "The vault could not be used", "Nothing was changed."),
]

_JOB_ADVICE = "Nothing was lost; you can start it again from the couple page."
# A stopped step's next step (JobFailed.advice) in the window's words; the command line has its own (cli/main.py).
_JOB_NEXT = {
    "again": "Start it again. If it stops at the same step again, restart the app and try once more.",
    "memory": "Close other programs, then start it again.",
    "transcribe": "Start it again. If it stops again, close other programs to free memory, "
                  "or choose a smaller speech model in Settings.",
    "model": "Start it again. If this happens again, the computer may be short of memory: close other programs, "
             "or choose a smaller speech model in Settings.",
    "report": "It can be read on the recording's page. Try again. If it stops again, restart the app and try once "
              "more.",
}
_STEP_TITLES = {"transcribe": "Transcription stopped", "diarize": "Telling the voices apart stopped",
                "analyse": "The analysis stopped", "report": "The report could not be made"}


def message_for(exc: BaseException) -> UserMessage:
    exc = damage_error(exc) or disk_full_error(exc) or exc  # a damaged page, a full disk: SQLite's own errors
    if isinstance(exc, E.Cancelled):
        return UserMessage("Stopped", str(exc) or "Stopped at your request.", quiet=True)
    if isinstance(exc, E.JobFailed):  # typed fields: the plain words, and the engine's text only as details
        return UserMessage(_STEP_TITLES.get(exc.step or "", "Processing stopped"),
                           _join(exc.reason or str(exc), job_next_step(exc)), details=exc.detail)
    if isinstance(exc, E.NotFound) and exc.missing:  # "There is no recording with id 7.": a number the window never shows
        return UserMessage("Not found", f"This {exc.missing} is no longer in the vault: it may have been erased, here "
                                        "or in another window. Refresh the list and try again.")
    if isinstance(exc, E.DuplicateRecording) and exc.other_couple_id is not None:  # (said whose page it is on: "Open
        return UserMessage("Already imported", _join(str(exc), ""))  # it from the list" pointed at a list without it)
    if isinstance(exc, E.TalkTogetherError):
        for kind, title, advice in _TITLES:
            if isinstance(exc, kind):
                return UserMessage(title, _join(str(exc), advice))
        return UserMessage("Something needs attention", str(exc))
    if isinstance(exc, MemoryError):
        return UserMessage("Not enough memory", "Close other programs and try again. Nothing was lost.")
    if isinstance(exc, OSError):
        # File system trouble: the path is the therapist's own, the error number is plain.
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return UserMessage(
            "The file could not be used",
            f"The computer reported: {exc.strerror or 'a file error'}{where}. "
            "Check the file or folder and try again.",
        )
    # The log holds where it failed, not the exception's text (it may quote a client's words or file name).
    frames = _frames(exc.__traceback__)
    log.error("Unexpected failure: %s\n%s", type(exc).__name__, frames)
    return UserMessage(
        "Something went wrong",
        "An unexpected problem stopped this step. Your vault is unchanged. "
        "Try again; if it happens again, restart the app.",
        details=f"{type(exc).__name__}: {exc}",
    )


# What the command line is told ("(talktogether consent record --couple 1)", "Run `talktogether analyze 1` first.",
# "(--accept-cut-short)") means nothing in the window, where the advice says which button to use.
_COMMAND_HINT = re.compile(r"\s*\((?:[^()]*\btalktogether |--[a-z])[^()]*\)")
_COMMAND_SENTENCE = re.compile(r"[^.!?]*[`'\"]talktogether [^.!?]*[.!?]\s*")


def _without_commands(text: str) -> str:
    return _COMMAND_SENTENCE.sub("", _COMMAND_HINT.sub("", text)).strip()


def plain_words(exc: BaseException) -> str:
    """The error's own words without the command line's hints, for a dialog that asks what to do next."""
    return _without_commands(str(exc))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z']+", text.lower()) if len(w) > 3}


def job_next_step(exc: E.JobFailed) -> str:
    """What to try after a stopped step, in the window's words: the words it came with, else its kind's."""
    return exc.next_step or _JOB_NEXT.get(exc.advice, _JOB_ADVICE)


def _join(what: str, advice: str) -> str:
    what = _without_commands(what.strip())
    said = _words(what)
    # (advice the message already gives in other words is not said twice: "Check it against your printed copy." and
    # "Check the code against your printed copy and try again.")
    if not advice or advice.lower() in what.lower() or len(_words(advice) & said) >= 0.6 * max(1, len(_words(advice))):
        return what
    if what and not what.endswith((".", "!", "?")):
        what += "."
    return f"{what} {advice}".strip()


class ErrorPresenter:
    """Shows messages non-modally (like Anki), so a background failure never blocks the window."""

    def __init__(self, parent: Optional[QWidget] = None, status=None):
        self._parent = parent
        self._status = status  # callable(str) for quiet messages
        self.last: Optional[UserMessage] = None
        self._boxes: list[QMessageBox] = []

    def show(self, exc: BaseException, action: Optional[tuple[str, Callable[[], None]]] = None,
             more: str = "") -> UserMessage:
        """`action`: (a button's words, what it does), the way on offered beside OK (which then reads "Not now");
        `more`: a sentence said after the message."""
        msg = message_for(exc)
        if more:
            msg = UserMessage(msg.title, f"{msg.text} {more}", msg.quiet, msg.details)
        self.last = msg
        if msg.quiet and self._status is not None and action is None:
            self._status(msg.text)
            return msg
        box = QMessageBox(QMessageBox.Icon.Information if msg.quiet else QMessageBox.Icon.Warning,
                          msg.title, msg.title, QMessageBox.StandardButton.Ok, self._parent)
        # Some platforms show no title bar on message boxes: the title leads the text, in bold.
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<b>{html.escape(msg.title)}</b>")
        box.setInformativeText(msg.text)
        if msg.details:  # Qt's own "Show Details…" expander, closed until asked for
            box.setDetailedText(msg.details)
        if action is not None:
            words, act = action
            box.button(QMessageBox.StandardButton.Ok).setText("Not now")
            box.setDefaultButton(box.addButton(words, QMessageBox.ButtonRole.AcceptRole))
            box.defaultButton().clicked.connect(act)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r, b=box: self._boxes.remove(b) if b in self._boxes else None)
        self._boxes.append(box)
        box.show()
        return msg

    def close_all(self) -> None:
        """On lock: a message might name a client's file."""
        for box in list(self._boxes):
            box.close()
        self._boxes.clear()
