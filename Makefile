# The two commands a newcomer needs: `make run` and `make test`. `make bench` prints figures.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint bench soak translations venv clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/controlroom --rehearsal

lint: $(STAMP)
	$(BIN)/ruff check controlroom devices ui tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint browser
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The remote pages' browser tests need Debian's chromium and chromedriver (root installs them).
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	  else \
	    echo "chromium/chromedriver missing and not root: the browser tests will be skipped" \
	      "(as root: apt-get install chromium chromium-driver)"; \
	  fi; \
	fi

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# The long chaos run: GO, device faults and PANIC for SOAK_MINUTES (default 60), RSS/threads/fds
# printed every 30 s, and at the end whether memory reached a plateau.
SOAK_MINUTES ?= 60
soak: $(STAMP)
	SOAK_MINUTES=$(SOAK_MINUTES) QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.soak

translations: $(STAMP)
	$(BIN)/python resources/translations/update_catalogues.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
