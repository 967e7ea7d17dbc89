# Two commands on a fresh machine: `make run` starts the app, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint typecheck screenshots bundle desktop-tools clean system-packages translations

# What the screen reader tests (tests/atspi) need from Debian: an X server, a session bus,
# the accessibility bus, pyatspi for the system Python, xdotool to type, and the X
# libraries Qt's xcb platform loads.
SYSTEM_PACKAGES := xvfb xdotool dbus at-spi2-core python3-pyatspi libxcb-cursor0 \
	libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
	libxcb-render-util0 libxcb-image0 libegl1 libgl1 libfontconfig1 libdbus-1-3

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m disclosure_helper $(ARGS)

system-packages:
	@sh tests/atspi/install_system_packages.sh $(SYSTEM_PACKAGES)

test: $(STAMP) system-packages desktop-tools
	$(BIN)/python -m ruff check disclosure_helper ui resources tests benchmarks packaging
	$(BIN)/python tests/typecheck.py
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Debian's own validators for the desktop entry, AppStream data and file type, and
# binutils for PyInstaller; installed when missing (CI runs as root). Where they cannot
# be installed, the tests that need them print why and skip.
DESKTOP_TOOLS := desktop-file-validate:desktop-file-utils appstreamcli:appstream \
	update-mime-database:shared-mime-info objdump:binutils

desktop-tools:
	@missing=""; for pair in $(DESKTOP_TOOLS); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair##*:}"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing for the desktop integration and bundle tests"; \
	  { apt-get install -y -q $$missing >/dev/null 2>&1 || \
	    { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q $$missing >/dev/null 2>&1; }; } \
	  || echo "Could not install$$missing: the tests that need them will say why and skip."; \
	fi

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

lint: $(STAMP)
	$(BIN)/python -m ruff check disclosure_helper ui resources tests benchmarks packaging

# The UI catalogues: pyside6-lupdate gathers every tr()/translate() string under ui/ (the
# core never imports Qt: its messages are first gathered into ui/core_messages.py) into resources/translations/disclosure_helper_<lang>.ts, then
# pyside6-lrelease compiles each to the .qm beside it, which is checked in so installs and
# the bundle need no Qt tools. English, the source language, keeps only plural forms.
TS_DIR := resources/translations
TS_EN := $(TS_DIR)/disclosure_helper_en.ts
TS_OTHERS := $(filter-out $(TS_EN),$(wildcard $(TS_DIR)/disclosure_helper_*.ts))
UI_SOURCES = $(shell find ui -name '*.py' | sort)

translations: $(STAMP)
	$(BIN)/python packaging/core_messages.py
	$(BIN)/pyside6-lupdate -silent -no-obsolete -pluralonly $(UI_SOURCES) -ts $(TS_EN)
	$(BIN)/python packaging/core_messages.py --english $(TS_EN)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -pluralonly $(UI_SOURCES) -ts $(TS_EN)
	$(if $(TS_OTHERS),$(BIN)/pyside6-lupdate -silent -no-obsolete $(UI_SOURCES) -ts $(TS_OTHERS))
	for ts in $(TS_EN) $(TS_OTHERS); do \
	  $(BIN)/pyside6-lrelease -silent -removeidentical $$ts -qm $${ts%.ts}.qm || exit 1; done

# mypy over disclosure_helper and ui; fails on any error not in tests/typecheck_baseline.txt
# and on any listed there that is fixed (the baseline only shrinks).
typecheck: $(STAMP)
	$(BIN)/python tests/typecheck.py

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
