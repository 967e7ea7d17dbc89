# Two commands on a fresh machine: `make run` starts the app, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint screenshots bundle clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m disclosure_helper $(ARGS)

test: $(STAMP)
	$(BIN)/python -m ruff check disclosure_helper ui resources tests benchmarks packaging
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

lint: $(STAMP)
	$(BIN)/python -m ruff check disclosure_helper ui resources tests benchmarks packaging

# Every screen at normal and large text, light and dark, as PNGs in ./shots.
screenshots: $(STAMP)
	@command -v xvfb-run >/dev/null || { echo "make screenshots needs xvfb and Qt's xcb libraries (see README)."; exit 1; }
	xvfb-run -a $(BIN)/python tests/ui/screenshot_tour.py shots $(ARGS)

# The app as one folder a person unpacks and double-clicks, and its archive, in ./dist
# (PyInstaller, from packaging/disclosure-helper.spec; see packaging/build_bundle.py).
bundle: $(STAMP)
	$(BIN)/python packaging/build_bundle.py --out dist $(ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info
