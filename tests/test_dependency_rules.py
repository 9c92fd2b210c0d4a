"""Every import in src/ follows docs/dependency-rules.toml (read with the AST, not with regexes)."""

from __future__ import annotations

import ast
import textwrap
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from tt_testing import REPO

RULES_FILE = REPO / "docs" / "dependency-rules.toml"
PACKAGE = "talktogether_desktop"


@dataclass(frozen=True)
class Import:
    line: int
    module: str  # absolute dotted name


def part_of(relative: Path) -> str:
    """`storage/vault.py` -> storage; `errors.py` -> errors; `__init__.py` -> __init__."""
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _module_name(relative: Path) -> list[str]:
    parts = [PACKAGE, *relative.with_suffix("").parts]
    return parts[:-1] if parts[-1] == "__init__" else parts


def _exists(root: Path, dotted: list[str]) -> bool:
    """Whether PACKAGE.a.b names a module or subpackage in the tree at root."""
    inner = root.joinpath(*dotted[1:]) if len(dotted) > 1 else root
    return inner.with_suffix(".py").is_file() or (inner / "__init__.py").is_file()


def imports_in(root: Path, relative: Path) -> Iterator[Import]:
    tree = ast.parse((root / relative).read_text(encoding="utf-8"), filename=str(relative))
    module = _module_name(relative)
    package = module if relative.name == "__init__.py" else module[:-1]
    for node in ast.walk(tree):  # every import, also inside functions and `if TYPE_CHECKING:`
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(node.lineno, alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
            else:
                base = []
            base = base + (node.module.split(".") if node.module else [])
            for alias in node.names:
                # `from . import x` imports the module x when there is one, else a name from base
                inner = base + [alias.name]
                yield Import(node.lineno, ".".join(inner if inner[0] == PACKAGE and _exists(root, inner) else base))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Attribute, ast.Name))
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield Import(node.lineno, node.args[0].value)


def check(root: Path, rules: dict) -> list[str]:
    """Each import in the package at root that the rules do not allow, as `file:line: message`."""
    shared = set(rules["shared"]["modules"])
    parts = {name: set(allowed) for name, allowed in rules["parts"].items()}
    third_party = {name: set(allowed) for name, allowed in rules.get("third_party", {}).items()}
    problems = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        source = part_of(relative)
        where = f"{PACKAGE}/{relative.as_posix()}"
        if source not in shared and source not in parts:
            problems.append(f"{where}:1: package {source} is not in {RULES_FILE.name} (add its line)")
            continue
        for found in imports_in(root, relative):
            names = found.module.split(".")
            if names[0] == PACKAGE:
                target = names[1] if len(names) > 1 else "__init__"
                if target == source or target in shared or target in parts.get(source, ()):
                    continue
                problem = f"{where}:{found.line}: package {source} imports {target} (not allowed)"
            elif names[0] in third_party and source not in third_party[names[0]]:
                problem = f"{where}:{found.line}: package {source} imports {names[0]} (not allowed)"
            else:
                continue
            if problem not in problems:  # `from ..audio import a, b` is one import
                problems.append(problem)
    return problems


def load_rules(path: Path = RULES_FILE) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_every_import_in_src_follows_the_rules():
    problems = check(REPO / "src" / PACKAGE, load_rules())
    for line in problems:
        print(line)
    assert problems == [], "\n" + "\n".join(problems)


def test_the_rules_name_every_part_of_the_package():
    rules = load_rules()
    package = REPO / "src" / PACKAGE
    found = {part_of(p.relative_to(package)) for p in package.rglob("*.py")}
    named = set(rules["parts"]) | set(rules["shared"]["modules"])
    assert found <= named, sorted(found - named)
    for part, allowed in rules["parts"].items():
        assert set(allowed) <= set(rules["parts"]), (part, allowed)  # no rule names a part that is not there
    assert rules["third_party"]["PySide6"] == ["ui"]


def _write(root: Path, relative: str, text: str) -> None:
    path = root / PACKAGE / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


def test_a_planted_violation_is_reported_with_file_and_line(tmp_path):
    for package in ("", "storage/", "analysis/", "pipeline/", "ui/", "cli/"):
        _write(tmp_path, f"{package}__init__.py", "")
    _write(tmp_path, "errors.py", "class Cancelled(Exception):\n    pass\n")
    _write(tmp_path, "jobs.py", "from .errors import Cancelled\n")
    _write(tmp_path, "storage/vault.py", "import sqlcipher3\n\nfrom ..errors import Cancelled\n")
    _write(tmp_path, "analysis/engine.py", "from ..errors import Cancelled\n")
    _write(tmp_path, "pipeline/process.py", "from ..storage import vault\nfrom ..analysis import engine\n")
    _write(tmp_path, "cli/main.py", "from .. import errors\nfrom ..pipeline import process\n")
    # the plants: an engine reaching up three ways, Qt in the core, a face calling an engine
    _write(tmp_path, "analysis/settings.py", """\
        import math

        from .. import pipeline
        from . import engine


        def load():
            from talktogether_desktop.storage.vault import Vault
            return Vault
        """)
    _write(tmp_path, "analysis/turns.py", """\
        import importlib

        STEP = importlib.import_module("talktogether_desktop.pipeline.process")
        """)
    _write(tmp_path, "storage/couples.py", "from PySide6.QtCore import QObject\n")
    _write(tmp_path, "ui/page.py", "from PySide6.QtWidgets import QWidget\nfrom ..analysis.engine import *\n")
    _write(tmp_path, "jobs2.py", "")  # not in the rules at all

    rules = tomllib.loads(textwrap.dedent("""\
        [shared]
        modules = ["__init__", "errors", "jobs"]
        [parts]
        analysis = []
        storage = []
        pipeline = ["storage", "analysis"]
        cli = ["pipeline", "storage"]
        ui = ["pipeline", "storage"]
        [third_party]
        PySide6 = ["ui"]
        sqlcipher3 = ["storage"]
        """))
    problems = check(tmp_path / PACKAGE, rules)
    assert problems == [
        "talktogether_desktop/analysis/settings.py:3: package analysis imports pipeline (not allowed)",
        "talktogether_desktop/analysis/settings.py:8: package analysis imports storage (not allowed)",
        "talktogether_desktop/analysis/turns.py:3: package analysis imports pipeline (not allowed)",
        "talktogether_desktop/jobs2.py:1: package jobs2 is not in dependency-rules.toml (add its line)",
        "talktogether_desktop/storage/couples.py:1: package storage imports PySide6 (not allowed)",
        "talktogether_desktop/ui/page.py:2: package ui imports analysis (not allowed)",
    ]


def test_shared_modules_import_only_each_other(tmp_path):
    _write(tmp_path, "__init__.py", "")
    _write(tmp_path, "errors.py", "")
    _write(tmp_path, "storage/__init__.py", "")
    _write(tmp_path, "jobs.py", "from . import errors\n\n\ndef later():\n    from .storage import vault\n")
    rules = {"shared": {"modules": ["__init__", "errors", "jobs"]}, "parts": {"storage": []}}
    assert check(tmp_path / PACKAGE, rules) == [
        "talktogether_desktop/jobs.py:5: package jobs imports storage (not allowed)",
    ]
