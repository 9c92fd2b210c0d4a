"""`python -m talktogether_desktop`: with arguments, the `talktogether` CLI; without, the desktop app.

Briefcase starts packaged apps with `python -m <module>` and no arguments, so that opens the window.
"""

import sys


def _run() -> int:
    if len(sys.argv) > 1:
        from .cli.main import main

        return main()
    from .ui.app import main as gui_main

    return gui_main()


sys.exit(_run())
