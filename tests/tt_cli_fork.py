"""The tests' CLI calls, each in a new process forked from one that has already made the command line's imports.

`python -m talktogether_desktop ARGS` spends about a second (several on a loaded CI machine) importing before its
command starts, and the suite runs the command line some thousand times. Each test worker therefore starts one
server process that imports what `python -m talktogether_desktop` imports before its command runs (the command
line's modules, nothing the command itself loads later: the speech and audio libraries still load after the
process's offline switches are set, as in the product), and forks it for each call. The forked child is a new
process, as a user's command is: its own pid, environment, working folder, file mask and standard streams (real
pipes, so what native code writes is caught too), its own exit code, and Python's own exit steps (threads joined,
atexit handlers, streams flushed). It runs `talktogether_desktop/__main__.py` as `python -m` does.

A call whose environment differs from the server's in a variable read while modules are imported (PYTHONPATH, the
locale, TZ, thread counts), a call made while another is under way (threads), and every call when
TALKTOGETHER_TESTS_REAL_CLI=1 start `python -m talktogether_desktop` itself, as before. Tests of the process's start
itself (its imports, Ctrl-C while starting, its /proc entries) start it themselves with subprocess.
"""

from __future__ import annotations

import atexit
import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time

# Variables read while the command line's modules are imported (the interpreter, the locale, numpy's thread pools):
# a call that changes one of them gets a real `python -m` start.
_READ_AT_IMPORT = ("PYTHON", "LC_", "LANG", "TZ", "LD_", "OPENBLAS", "OMP_", "MKL_", "GOTO", "NUMPY", "MALLOC",
                   "OPENSSL", "SSL_")
_READ_LATER = ("PYTHON_KEYRING_BACKEND",)  # keyring picks its backend when first used, in the command

SERVER = r'''
import os, sys
sys.path[0] = os.getcwd()  # as `python -m` has it
import atexit, io, json, runpy, signal, socket, tempfile, threading, types
import talktogether_desktop.command_line, talktogether_desktop.cli.main  # what `python -m talktogether_desktop ARGS` imports first
# and what most commands import on their way (numpy, scipy, PyAV, reportlab, the pipeline's operations): about 0.6 s
# of each call's start-up, made once here. Nothing among them reads the environment at import beyond the variables
# _READ_AT_IMPORT names, and none is a model library (onnxruntime, CTranslate2: each call loads those itself).
import talktogether_desktop.pipeline.ops_room, talktogether_desktop.pipeline.ops_recordings


def _exit_code(code):
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _child(request, fds):
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
    for fd in set(fds) - {0, 1, 2}:
        os.close(fd)
    for fd, name in enumerate(("stdin", "stdout", "stderr")):  # new objects, as the interpreter makes at start
        was = getattr(sys, name)
        stream = io.TextIOWrapper(io.open(fd, "rb" if fd == 0 else "wb", closefd=False), encoding=was.encoding,
                                  errors=was.errors, newline="\n", line_buffering=was.line_buffering)
        setattr(sys, name, stream)
        setattr(sys, f"__{name}__", stream)
    os.chdir(request["cwd"])
    sys.path[0] = request["cwd"]
    os.umask(request["umask"])
    os.environ.clear()
    os.environ.update(request["env"])
    tempfile.tempdir = None
    sys.argv = ["-m", *request["args"]]
    sys.modules["__main__"] = types.ModuleType("__main__")
    code, interrupted = 0, False
    try:
        runpy._run_module_as_main("talktogether_desktop", alter_argv=True)
    except SystemExit as stop:
        code = _exit_code(stop.code)
    except BaseException as exc:  # as the interpreter does with an uncaught exception
        sys.excepthook(type(exc), exc, exc.__traceback__)
        code, interrupted = 1, isinstance(exc, KeyboardInterrupt)
    try:  # the interpreter's own exit steps
        threading._shutdown()
        atexit._run_exitfuncs()
    except SystemExit as stop:
        code = _exit_code(stop.code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            code = 120
    if interrupted:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    os._exit(code & 0xFF)


def serve(sock):
    while True:
        try:
            message, fds, _flags, _addr = socket.recv_fds(sock, 1 << 20, 3)
        except OSError:
            return
        if not message:
            return
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            try:
                sock.close()
                _child(json.loads(message), fds)
            finally:
                os._exit(70)
        for fd in fds:
            os.close(fd)
        sock.send(json.dumps({"pid": pid}).encode())
        _pid, status = os.waitpid(pid, 0)
        sock.send(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}).encode())


serve(socket.socket(fileno=int(sys.argv[1])))
'''


def _differs_at_import(env: dict, base: dict) -> bool:
    changed = {k for k in env.keys() | base.keys() if env.get(k) != base.get(k)}
    return any(k.startswith(_READ_AT_IMPORT) and k not in _READ_LATER for k in changed)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _stdin() -> int:
    """What a child started without stdin= inherits: this process's own stdin (/dev/null where it has none)."""
    try:
        os.fstat(0)
        return 0
    except OSError:
        return os.open(os.devnull, os.O_RDONLY)


def _text(data: bytes) -> str:
    """As subprocess.run(text=True) decodes: the locale's encoding, universal newlines."""
    import locale

    return data.decode(locale.getpreferredencoding(False)).replace("\r\n", "\n").replace("\r", "\n")


class _Server:
    def __init__(self, env: dict):
        self.env = dict(env)
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.sock = ours
        self.proc = subprocess.Popen([sys.executable, "-c", SERVER, str(theirs.fileno())], env=self.env,
                                     pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        theirs.close()
        self.busy = threading.Lock()

    def close(self) -> None:
        self.sock.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def run(self, cmd: list[str], args: tuple[str, ...], env: dict, input: str | None, timeout: float):
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        in_r, in_w = os.pipe() if input is not None else (_stdin(), None)
        request = {"args": list(args), "env": env, "cwd": os.getcwd(), "umask": _umask()}
        try:
            socket.send_fds(self.sock, [json.dumps(request).encode()], [in_r, out_w, err_w])
        finally:
            for fd in (out_w, err_w) + ((in_r,) if in_r != 0 else ()):
                os.close(fd)
        pid = json.loads(self.sock.recv(4096))["pid"]
        if in_w is not None:
            data = input.encode(__import__("locale").getpreferredencoding(False))
            threading.Thread(target=_feed, args=(in_w, data), daemon=True).start()
        chunks: dict[int, list[bytes]] = {out_r: [], err_r: []}
        timed_out = _drain(chunks, time.monotonic() + timeout, pid)
        returncode = json.loads(self.sock.recv(4096))["returncode"]
        stdout, stderr = (_text(b"".join(chunks[fd])) for fd in (out_r, err_r))
        if timed_out:
            raise subprocess.TimeoutExpired(cmd, timeout, output=stdout, stderr=stderr)
        return subprocess.CompletedProcess(cmd, returncode, stdout, stderr)


def _feed(fd: int, data: bytes) -> None:
    try:
        with open(fd, "wb") as pipe:
            pipe.write(data)
    except BrokenPipeError:  # as communicate(): the command did not read all of it
        pass


def _drain(chunks: dict[int, list[bytes]], deadline: float, pid: int) -> bool:
    """Read the child's stdout and stderr to their end; kill it at the deadline (True then)."""
    timed_out = False
    with selectors.DefaultSelector() as sel:
        for fd in chunks:
            sel.register(fd, selectors.EVENT_READ)
        while sel.get_map():
            left = deadline - time.monotonic()
            if left <= 0 and not timed_out:
                timed_out = True
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:  # it had ended; a process it started holds the pipes
                    pass
            ready = sel.select(timeout=max(left, 0.1) if not timed_out else 5)
            if timed_out and not ready:  # a process it started still holds the pipes
                break
            for key, _ in ready:
                data = os.read(key.fd, 65536)
                if data:
                    chunks[key.fd].append(data)
                else:
                    sel.unregister(key.fd)
    for fd in chunks:
        os.close(fd)
    return timed_out


_server: _Server | None = None
served = 0  # calls answered by a forked child (tests/test_cli_fork.py)


def run_forked(cmd: list[str], args: tuple[str, ...], env: dict, input: str | None, timeout: float):
    """The CLI's result from a forked child, or None where a real `python -m` start is needed (see above)."""
    global _server, served
    if os.environ.get("TALKTOGETHER_TESTS_REAL_CLI") == "1":
        return None
    if _server is None or _server.proc.poll() is not None:
        _server = _Server(env)
        atexit.register(_server.close)
    if _differs_at_import(env, _server.env) or not _server.busy.acquire(blocking=False):
        return None
    server = _server
    try:
        served += 1
        return server.run(cmd, args, env, input, timeout)
    except subprocess.TimeoutExpired:
        raise
    except BaseException:  # a reply may be left unread: the next call gets a new server, never this one's answers
        _server = None
        server.close()
        raise
    finally:
        server.busy.release()
