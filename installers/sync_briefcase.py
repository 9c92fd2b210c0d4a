"""Write briefcase.toml (the source of truth) into pyproject.toml's [tool.briefcase] section.

The app's `requires` are [project].dependencies pinned to the exact versions in requirements.lock,
so the dependency list is kept once and the bundle gets what `make` installs and the tests ran on.
The Linux section adds the packages those need in turn, pinned the same way: the lock is made on
Linux (other platforms' bundles resolve their own platform-only packages).
`--check` exits 1 (and says what differs) when pyproject.toml is out of date.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
PROJECT = "talktogether-desktop"
BEGIN = "# --- generated from briefcase.toml by installers/sync_briefcase.py: do not edit ---"
END = "# --- end of generated briefcase section ---"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    return re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip()).group(0)


def read_lock(text: str) -> dict[str, tuple[str, set[str]]]:
    """{canonical name: (pinned version, canonical names of what needs it)} from a pip-compile file."""
    locked: dict[str, tuple[str, set[str]]] = {}
    current = None
    in_via = False
    for line in text.splitlines():
        pin = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", line)
        if pin:
            current = canonical(pin.group(1))
            locked[current] = (pin.group(2), set())
            in_via = False
            continue
        comment = line.strip()
        if current is None or not comment.startswith("#"):
            continue
        via = re.match(r"#\s+via\s*(.*)", comment)
        if via:
            in_via = True
            names = [via.group(1)] if via.group(1) else []
        elif in_via and comment.startswith("#   "):
            names = [comment[1:]]
        else:
            in_via = False
            continue
        for name in names:
            if name.strip() and not name.strip().startswith("-"):
                locked[current][1].add(canonical(name.split()[0]))
    return locked


def pinned_requirements(dependencies: list[str], lock_text: str) -> tuple[list[str], list[str]]:
    """(each dependency pinned to its locked version, the packages only they need, pinned)."""
    locked = read_lock(lock_text)
    direct = [requirement_name(d) for d in dependencies]
    missing = [d for d in direct if canonical(d) not in locked]
    if missing:
        raise SystemExit(f"requirements.lock has no pin for {', '.join(missing)}: run `make lock`.")
    runtime = {canonical(d) for d in direct}
    grew = True
    while grew:
        grew = False
        for name, (_version, needed_by) in locked.items():
            if name not in runtime and needed_by & runtime:
                runtime.add(name)
                grew = True
    app = [f"{d}=={locked[canonical(d)][0]}" for d in direct]
    below = sorted(runtime - {canonical(d) for d in direct})
    return app, [f"{name}=={locked[name][0]}" for name in below]


def _toml_list(items: list[str]) -> str:
    return "requires = [" + ", ".join(f'"{item}"' for item in items) + "]"


def expected_section() -> str:
    source = (ROOT / "briefcase.toml").read_text(encoding="utf-8")
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    app, linux = pinned_requirements(deps, LOCK.read_text(encoding="utf-8"))
    body = [line for line in source.splitlines() if not line.startswith("# ")]
    markers = {f"[tool.briefcase.app.{PROJECT}]": app, f"[tool.briefcase.app.{PROJECT}.linux]": linux}
    out = []
    for line in body:
        out.append(line)
        if line.strip() in markers:
            out.append(_toml_list(markers[line.strip()]))
    return BEGIN + "\n" + "\n".join(out).strip() + "\n" + END + "\n"


def current_text() -> str:
    return (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def synced_text() -> str:
    text = current_text()
    if BEGIN in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        return head + expected_section() + ("\n" + tail if tail else "")
    return text.rstrip("\n") + "\n\n" + expected_section()


def main(argv: list[str]) -> int:
    if "--check" in argv:
        if synced_text() != current_text():
            print("pyproject.toml's [tool.briefcase] is out of date: run `make briefcase-sync`.")
            return 1
        return 0
    (ROOT / "pyproject.toml").write_text(synced_text(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
