"""The packaging definition has one source (briefcase.toml) and pyproject.toml matches it."""

import re
import subprocess
import sys
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tt_testing import REPO

LOCK = REPO / "requirements.lock"


def _locked_versions() -> dict:
    pins = re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+) \\$", LOCK.read_text(), re.MULTILINE)
    return {canonicalize_name(name): version for name, version in pins}


def test_lock_pins_every_requirement_within_its_range_with_hashes():
    """requirements.lock is what `make` installs with --require-hashes: it must follow pyproject.toml."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    locked = _locked_versions()
    wanted = project["dependencies"] + [r for extra in ("test", "base-model") for r in project["optional-dependencies"][extra]]
    for line in wanted:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{name} is not in requirements.lock: run `make lock`"
        assert requirement.specifier.contains(locked[name], prereleases=True), (line, locked[name])
    assert locked["pyside6-essentials"] != "6.12.0"  # leaks a reference per void Qt call (ui/qt_compat.py)
    entries = re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text())
    pinned_entries = [e for e in entries if "==" in e.split("\n", 1)[0]]
    assert len(pinned_entries) == len(locked) and all("--hash=sha256:" in e for e in pinned_entries)
    assert "Linux x86_64" in LOCK.read_text().split("\n", 1)[0]


def test_pyproject_briefcase_section_is_generated_from_briefcase_toml():
    result = subprocess.run([sys.executable, str(REPO / "installers" / "sync_briefcase.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    app = project["tool"]["briefcase"]["app"]["talktogether-desktop"]
    pinned = [Requirement(r) for r in app["requires"]]
    assert [canonicalize_name(r.name) for r in pinned] == [
        canonicalize_name(Requirement(d).name) for d in project["project"]["dependencies"]
    ]
    locked = _locked_versions()
    for requirement in pinned:  # the bundle gets exactly what the lock (and so `make`) installs
        assert str(requirement.specifier) == f"=={locked[canonicalize_name(requirement.name)]}", requirement
    assert project["project"]["scripts"]["talktogether"] == "talktogether_desktop.command_line:main"
    assert project["project"]["gui-scripts"]["talktogether-desktop"] == "talktogether_desktop.ui.app:main"
    for size in (16, 32, 64, 128, 256, 512):
        assert (REPO / f"{app['icon']}-{size}.png").exists()
    assert (REPO / "LICENSE").exists() and (REPO / "CHANGELOG.md").exists()


def test_bundle_launcher_runs_multiprocessing_children():
    """In a Briefcase bundle sys.executable is the app itself: `-c CODE` must run CODE, like python."""
    result = subprocess.run([sys.executable, "-m", "talktogether_desktop", "-B", "-S", "-c", "import sys; print('child', sys.argv[1:])", "x"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "child ['x']"


def test_make_test_runs_the_suite_in_parallel_workers_from_the_locked_plugin():
    """CI (`make test` in a clean clone) runs one pytest-xdist worker per CPU, a file's tests in one worker (its
    module fixtures made once); the plugin comes from the test extra, so the lock above pins it with hashes."""
    makefile = (REPO / "Makefile").read_text()
    recipe = re.search(r"^test: .*\n\t(.+)$", makefile, re.MULTILINE).group(1)
    assert "-m pytest" in recipe and "-n $(TEST_JOBS)" in recipe and "--dist loadfile" in recipe, recipe
    assert re.search(r"^TEST_JOBS \?= auto$", makefile, re.MULTILINE)
    test_extra = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]["test"]
    assert "pytest-xdist" in {canonicalize_name(Requirement(line).name) for line in test_extra}
    assert "pytest-xdist" in _locked_versions()
