"""The window never serves itself over the network, whatever Qt platform the environment names.

Qt picks its platform plugin from QT_QPA_PLATFORM, and PySide6 ships `vnc`: with QT_QPA_PLATFORM=vnc the window opened
an unauthenticated VNC server on every network interface (port 5900), showing the unlock screen and then the whole
case file to anyone who connected. Its socket is Qt's own (C++), so the Python network guard never saw it. Such
platforms are taken out of the variable before Qt reads it (a list such as "vnc;xcb" keeps the others), and the
window says so on stderr."""

from __future__ import annotations

import os
import sys

VARIABLE = "QT_QPA_PLATFORM"
NETWORK_PLATFORMS = frozenset({"vnc", "webgl"})  # webgl: Qt 5's, a web server; refused should it come back


def keep_window_off_the_network() -> list[str]:
    """Drop the platforms that serve the window over the network from QT_QPA_PLATFORM; the ones dropped."""
    named = os.environ.get(VARIABLE)
    if not named:
        return []
    entries = [entry for entry in named.split(";") if entry.strip()]
    dropped = [e for e in entries if e.split(":", 1)[0].strip().lower() in NETWORK_PLATFORMS]
    if not dropped:
        return []
    kept = [e for e in entries if e not in dropped]
    if kept:
        os.environ[VARIABLE] = ";".join(kept)
    else:
        del os.environ[VARIABLE]  # Qt's own choice for this desktop
    names = ", ".join(sorted({e.split(":", 1)[0].strip() for e in dropped}))
    print(f"TalkTogether ignores {VARIABLE}={names}: that would show the window, and the case file in it, over the "
          "network to anyone who connects.", file=sys.stderr)
    return dropped
