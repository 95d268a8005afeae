# The README's two commands: `make demo` and `make test`. Both set up everything from nothing:
# the virtual environment, the packages, and (on first use) the Maven-assembled Neo4j.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DATA   ?= ../shared/data
NAME   ?= Han Cai

.PHONY: demo test unit integration lint setup clean browser-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# The main job on the managed local Neo4j: load the Han Cai page, resolve it, show the people.
demo: setup
	$(BIN)/namesake db start
	$(BIN)/namesake load --quiet $(DATA)/arrow/han-cai.txt
	$(BIN)/namesake resolve --name "$(NAME)"
	$(BIN)/namesake persons "$(NAME)"
	$(BIN)/namesake browse "$(NAME)"

test: setup browser-deps
	$(BIN)/pytest tests

# The Browser test drives Debian's Chromium and chromedriver (never a downloaded browser):
# installed here when missing and we are root; elsewhere that test is skipped, with a note.
browser-deps:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive \
	   apt-get install -y -q chromium chromium-driver) || true; \
	else \
	  echo "note: Chromium is not installed and installing it needs root; the Browser test" \
	       "will be skipped (sudo apt-get install chromium chromium-driver)."; \
	fi

# Lint, format and types, as pyproject.toml configures them (ruff, mypy --strict).
lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest tests/unit

integration: setup
	$(BIN)/pytest tests/integration

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
