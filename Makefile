# Two commands on a fresh machine: `make run` starts the app, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint screenshots clean system-packages

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

test: $(STAMP) system-packages
	$(BIN)/python -m ruff check disclosure_helper ui resources tests benchmarks
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

lint: $(STAMP)
	$(BIN)/python -m ruff check disclosure_helper ui resources tests benchmarks

# Every screen at normal and large text, light and dark, as PNGs in ./shots.
screenshots: $(STAMP)
	@command -v xvfb-run >/dev/null || { echo "make screenshots needs xvfb and Qt's xcb libraries (see README)."; exit 1; }
	xvfb-run -a $(BIN)/python tests/ui/screenshot_tour.py shots $(ARGS)

clean:
	rm -rf $(VENV) build *.egg-info
