"""Qt's own debug and info messages are never written: only its warnings and errors reach stderr.

Qt logs by category, and a rule in the environment (`QT_LOGGING_RULES="*.debug=true"`, `QT_LOGGING_CONF`) or in the
account's `~/.config/QtProject/qtlogging.ini` turns categories on for every Qt program the user runs, as a helper
debugging another program may leave them. Some categories print what the window lays out: `qt.text.emojisegmenter`
writes every character of every text shown ("ucs4 == 'Z'"), so the window showing a transcript wrote the partners'
names and their words to stderr, which a desktop session keeps on disk (~/.xsession-errors, the journal).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLoggingCategory

# The rules Qt reads after the program's own (QLoggingCategory.setFilterRules), so they would win over it.
LOGGING_RULES_ENVIRONMENT = ("QT_LOGGING_RULES", "QT_LOGGING_CONF")
# The program's own rules come after the qtlogging.ini files (Qt's and the account's), so these win over them.
QUIET = "*.debug=false\n*.info=false"


def keep_qt_debug_quiet() -> None:
    """Before the QApplication is made: Qt's debug and info categories stay off, whatever rule turned them on.
    (Not a message handler dropping them: Qt calls it while it tears down after Python has gone, and crashed.)"""
    for name in LOGGING_RULES_ENVIRONMENT:
        os.environ.pop(name, None)
    QLoggingCategory.setFilterRules(QUIET)
