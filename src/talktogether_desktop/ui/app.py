"""`talktogether-desktop`: open the window (or, with --screenshots DIR, walk the screens offscreen)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from typing import Optional, Sequence

STARTED = time.monotonic()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="talktogether-desktop", description="TalkTogether Desktop: the window.")
    p.add_argument("--data-dir", help="folder holding the vault (else $TALKTOGETHER_HOME, else the usual place)")
    p.add_argument("--screenshots", metavar="DIR",
                   help="open a throwaway demo vault offscreen, save one PNG per main screen into DIR, exit")
    p.add_argument("--startup-time", action="store_true", help="print how long the window took to appear, then quit")
    return p


def make_app(argv: Sequence[str]):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from .. import paths
    from . import theme
    from .errors import log_uncaught_quietly
    from .qt_messages import keep_qt_debug_quiet
    from .qt_platform import keep_window_off_the_network

    keep_window_off_the_network()  # before Qt reads QT_QPA_PLATFORM: `vnc` served the window to the network

    # High DPI is on by default in Qt 6; keep fractional scales exact instead of rounding them.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    keep_qt_settings_off_disk()
    keep_qt_debug_quiet()  # a logging rule left on prints the texts the window lays out (the partners' names, words)
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)  # see keep_qt_settings_off_disk
    log_uncaught_quietly()
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("TalkTogether")
    app.setOrganizationName("TalkTogether")
    app.setApplicationDisplayName("TalkTogether")
    icon = paths.resource("icons", "talktogether.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    theme.apply(app)
    return app


def keep_qt_settings_off_disk() -> None:
    """Qt's own file dialogs keep the folders they were used in (`history`, `lastVisited`) in the user's Qt settings
    (~/.config/QtProject.conf), in plaintext: an export to ~/Clients/Fitzgerald-Okonkwo/ or an import from a folder
    named after the couple left their names there. The app keeps its own settings in the vault, so Qt's are pointed
    at a folder that can never be made (one under a device): the dialogs still work, they remember nothing.
    Qt's own dialogs are used, never the desktop's (make_app): GTK's file chooser adds every file accepted in it to
    the account's recently-used list (~/.local/share/recently-used.xbel, `add_selection_to_recent_list`), Windows'
    keeps the names in its registry (OpenSavePidlMRU), so a report exported to a folder named after the couple, or a
    recording named "Fitzgerald fight.m4a" imported, stayed listed there in plaintext."""
    from PySide6.QtCore import QSettings

    nowhere = os.path.join(os.devnull, "talktogether-keeps-no-qt-settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, nowhere)


def main(argv: Optional[Sequence[str]] = None) -> int:
    from ..process_guard import SECRET_VARIABLES, harden_process

    harden_process("window")
    for name in SECRET_VARIABLES:  # a passphrase exported for scripts: never handed on to the processes it starts
        os.environ.pop(name, None)
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.screenshots:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from .screenshots import run_screenshots

        make_app([sys.argv[0]])
        return run_screenshots(args.screenshots)

    from .. import paths

    app = make_app([sys.argv[0]])
    from .main_window import MainWindow

    from .termination import end_on_request

    window = MainWindow(paths.data_dir(args.data_dir))
    end_on_request(window)  # a logout or shutdown saves a recording in the room, as Quit does
    window.show()
    window.vault_flow.start()
    shown_after = time.monotonic() - STARTED
    if args.startup_time:
        app.processEvents()
        print(f"window shown after {shown_after:.2f} s")
        window.close()
        return 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
