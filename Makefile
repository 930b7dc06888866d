# VRAC Desktop: `make run` starts the app, `make test` runs the whole test suite.
# Both set up everything on a fresh Debian/Ubuntu machine (system packages, virtualenv).
# `make bundle` builds the app for people without Python (installers/README.md) and
# smoke-tests it; `make tarball` packs it for Linux users.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-core lint bench translations forms clean bundle bundle-test tarball lock

run: $(STAMP)
	@tools/system-deps.sh run
	$(BIN)/vrac-desktop $(ARGS)

test: $(STAMP)
	@tools/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test-core

# The core (domain, store, services) and the CLI tests once more in a virtualenv without Qt:
# if anything in the core needed PySide6, these would fail to import. Not the fidelity
# summary command's test: its labels and PDF are Qt's (the main run covers it).
CORE := .venv-core
# pyproject's dependencies without the Qt and document ones, and its test-core extra.
QT_SIDE := "pyside6", "shiboken6", "pyqtgraph", "python-docx", "pyhanko", "asn1crypto", "segno"
CORE_REQUIREMENTS = $(shell $(PYTHON) -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print(" ".join(repr(d) for d in p["dependencies"] + p["optional-dependencies"]["test-core"] if not d.lower().startswith(($(QT_SIDE)))))')
test-core:
	test -x $(CORE)/bin/python || $(PYTHON) -m venv $(CORE)
	$(CORE)/bin/python -m pip install --quiet --upgrade pip
	$(CORE)/bin/python -m pip install --quiet $(CORE_REQUIREMENTS)
	$(CORE)/bin/python -m pip install --quiet --no-deps -e .
	! $(CORE)/bin/python -c 'import PySide6' 2>/dev/null
	$(CORE)/bin/python -m pytest -q -p no:cacheprovider -W ignore::pytest.PytestConfigWarning \
	  tests/unit tests/store tests/cli \
	  --deselect tests/unit/test_architecture.py::test_import_linter_contracts_hold \
	  --deselect tests/cli/test_fidelity_cli.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy vrac_desktop
	$(BIN)/lint-imports

# Qt Designer forms: ui/*.ui -> vrac_desktop/gui/forms/ (generated, committed).
forms: $(STAMP)
	$(BIN)/python tools/forms.py

# Speed figures as ratios to baselines of the same run (docs/performance.md). QUICK=1: small run.
# The 10,000-family (~770 MB) and 100,000-family (~1 GB, ~5 min) databases are built once
# into ~/.cache/vrac-desktop-bench; QUICK=1 builds neither.
bench: $(STAMP)
	@tools/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(if $(QUICK),--quick)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# --- installers (installers/README.md) ---------------------------------------------------------
BUNDLE_STAMP := $(VENV)/.bundle-installed
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' vrac_desktop/__init__.py)
TARBALL = dist/vrac-desktop-$(VERSION)-linux-$(shell uname -m).tar.gz

LOCK := installers/requirements.lock

# The bundle is built from the locked versions, every file checked against its hash.
$(BUNDLE_STAMP): $(STAMP) $(LOCK)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(BUNDLE_STAMP)

# Re-pin the bundle's dependencies (pyproject's, with the bundle extra) after changing pyproject.
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet 'pip-tools>=7.4,<8'
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	  --no-emit-index-url --no-emit-find-links --extra bundle -o $(LOCK) pyproject.toml

# The one-folder bundle dist/vrac-desktop/ (PyInstaller), then its smoke test.
bundle: $(BUNDLE_STAMP)
	@tools/system-deps.sh bundle
	rm -rf dist/vrac-desktop build/vrac-desktop
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
		installers/vrac-desktop.spec
	$(MAKE) --no-print-directory bundle-test

# Headless: version, encrypted database, import, signed PDF export + verify, GUI offscreen
# (and on Xvfb when installed).
bundle-test: $(STAMP)
	@test -x dist/vrac-desktop/vrac-desktop || { echo "No bundle yet: make bundle" >&2; exit 1; }
	installers/smoke_test.sh dist/vrac-desktop $(BIN)/python

tarball: bundle
	installers/linux/make_tarball.sh dist/vrac-desktop $(TARBALL)

# Regenerate .ts sources from the code and compile .qm files.
translations: $(STAMP)
	$(BIN)/python tools/translations.py

clean:
	rm -rf $(VENV) $(CORE) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
