# The README's two commands: `make demo` and `make test`. Both set up everything from nothing:
# the virtual environment, the packages, and (on first use) the Maven-assembled Neo4j.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DATA   ?= ../shared/data
NAME   ?= Han Cai

.PHONY: demo test unit integration setup clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/namesake db start
	$(BIN)/namesake db status

test: setup
	$(BIN)/pytest tests

unit: setup
	$(BIN)/pytest tests/unit

integration: setup
	$(BIN)/pytest tests/integration

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
