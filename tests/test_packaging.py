"""The packaging definition has one source (briefcase.toml) and pyproject.toml matches it."""

import re
import subprocess
import sys
import tomllib

from tt_testing import REPO


def test_pyproject_briefcase_section_is_generated_from_briefcase_toml():
    result = subprocess.run([sys.executable, str(REPO / "installers" / "sync_briefcase.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    app = project["tool"]["briefcase"]["app"]["talktogether-desktop"]
    assert app["requires"] == project["project"]["dependencies"]
    assert project["project"]["scripts"]["talktogether"] == "talktogether_desktop.cli.main:main"
    assert project["project"]["gui-scripts"]["talktogether-desktop"] == "talktogether_desktop.ui.app:main"
    for size in (16, 32, 64, 128, 256, 512):
        assert (REPO / f"{app['icon']}-{size}.png").exists()
    assert (REPO / "LICENSE").exists() and (REPO / "CHANGELOG.md").exists()


def test_the_core_never_imports_qt():
    package = REPO / "src" / "talktogether_desktop"
    offenders = []
    for path in package.rglob("*.py"):
        if "ui" in path.relative_to(package).parts:
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(from|import)\s+(PySide6|PyQt|shiboken)", text, re.MULTILINE):
            offenders.append(str(path.relative_to(package)))
    assert offenders == []


def test_bundle_launcher_runs_multiprocessing_children():
    """In a Briefcase bundle sys.executable is the app itself: `-c CODE` must run CODE, like python."""
    result = subprocess.run([sys.executable, "-m", "talktogether_desktop", "-B", "-S", "-c", "import sys; print('child', sys.argv[1:])", "x"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "child ['x']"
