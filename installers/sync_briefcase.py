"""Write briefcase.toml (the source of truth) into pyproject.toml's [tool.briefcase] section.

The app's `requires` come from [project].dependencies, so the dependency list is kept once.
`--check` exits 1 (and says what differs) when pyproject.toml is out of date.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEGIN = "# --- generated from briefcase.toml by installers/sync_briefcase.py: do not edit ---"
END = "# --- end of generated briefcase section ---"


def expected_section() -> str:
    source = (ROOT / "briefcase.toml").read_text(encoding="utf-8")
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    body = [line for line in source.splitlines() if not line.startswith("# ")]
    marker = "[tool.briefcase.app.talktogether-desktop]"
    out = []
    for line in body:
        out.append(line)
        if line.strip() == marker:
            out.append("requires = [" + ", ".join(f'"{d}"' for d in deps) + "]")
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
