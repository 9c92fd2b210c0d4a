"""`python -m talktogether_desktop`: with arguments, the `talktogether` CLI; without, the desktop app.

Briefcase starts packaged apps with `python -m <module>` and no arguments, so that opens the window.
In a Briefcase bundle `sys.executable` is the app's launcher, not `python`, so multiprocessing's
'spawn' children and its resource tracker come back here as `<launcher> [flags] -c CODE [args]`:
`_python_c_code` spots that and `_run` does what `python` would do with it.
"""

import sys

_GUI_OPTIONS = ("--screenshots", "--startup-time")


def _python_c_code():
    """The CODE of a `[interpreter flags] -c CODE [args]` command line, else None."""
    args = sys.argv[1:]
    i = 0
    while i < len(args) and args[i] != "-c":
        arg = args[i]
        if arg in ("-X", "-W"):  # flags that take a value
            i += 2
        elif len(arg) >= 2 and arg[0] == "-" and arg[1] != "-":  # -B -S -I -E -s -O -b -q -d ...
            i += 1
        else:
            return None
    if i + 1 >= len(args):
        return None
    sys.argv = ["-c", *args[i + 2 :]]
    return args[i + 1]


def _run() -> int:
    code = _python_c_code()
    if code is not None:
        exec(compile(code, "<string>", "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
        return 0
    if len(sys.argv) > 1 and not sys.argv[1].startswith(_GUI_OPTIONS):
        from .command_line import main

        return main()
    from .ui.app import main as gui_main

    return gui_main()


sys.exit(_run())
