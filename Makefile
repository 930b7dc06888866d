# VRAC Desktop: `make run` starts the app, `make test` runs the whole test suite.
# Both set up everything on a fresh Debian/Ubuntu machine (system packages, virtualenv).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench translations screenshots clean

run: $(STAMP)
	@tools/system-deps.sh run
	$(BIN)/vrac-desktop $(ARGS)

test: $(STAMP)
	@tools/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
	$(MAKE) --no-print-directory lint

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy vrac_desktop
	$(BIN)/lint-imports

# Speed figures as ratios to baselines of the same run (docs/performance.md). QUICK=1: small run.
# The 10,000-family database (~770 MB) is built once into ~/.cache/vrac-desktop-bench.
bench: $(STAMP)
	@tools/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(if $(QUICK),--quick)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Regenerate .ts sources from the code and compile .qm files.
translations: $(STAMP)
	$(BIN)/python tools/translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
