# The two commands: `make run` and `make test`. Both set up everything on a fresh clone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test eval bench bench-api postgres browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install -q -e '.[test]'
	touch $@

## run: install, ingest the bundled corpus (incremental: embeds only what changed; waits while another ingest runs),
## then serve the API on http://127.0.0.1:8000 (docs at /docs) with auth off for a local demo (see README for keys)
run: $(VENV)/.installed
	@# vectors are cached by content hash and model: a first run after `make test` reuses the tests' cache
	@# (into JAMPLAN_DATA_DIR when one is set: a custom data directory reuses them too)
	@data="$${JAMPLAN_DATA_DIR:-.jamplan}"; [ -f "$$data/embedding-cache.sqlite" ] || [ ! -f .cache/test-embedding-cache.sqlite ] || \
	  (mkdir -p "$$data" && $(BIN)/python -c "import sqlite3, sys; sqlite3.connect('.cache/test-embedding-cache.sqlite')\
	  .backup(sqlite3.connect(sys.argv[1]))" "$$data/embedding-cache.sqlite" && echo "Återanvänder testernas inbäddningar (.cache/).")
	$(BIN)/jamplan ingest --wait
	$(BIN)/jamplan serve --no-auth

## postgres: the PostgreSQL server binaries the persistence tests start on loopback (Debian package)
postgres:
	@command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  ($(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq postgresql >/dev/null)

## browser: Debian's headless Chromium and axe-core (npm registry) for the end-to-end web tests
browser: .cache/npm/node_modules/axe-core/axe.min.js
	@[ -x /usr/bin/chromium ] || \
	  ($(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null)

.cache/npm/node_modules/axe-core/axe.min.js:
	mkdir -p .cache/npm
	npm install --silent --no-audit --no-fund --prefix .cache/npm axe-core@4

## test: install what the tests need (torch CPU, sentence-transformers, a small model, PostgreSQL, Chromium) and run
test: $(VENV)/.installed-test postgres browser
	$(BIN)/python -m pytest

## eval: retrieval metrics (both halves) beside the LangChain recipe, then answer quality on evals/cases/:
## tune and heldout side by side with evals/answer_baseline.json (ragas' metrics as extra columns)
eval: $(VENV)/.installed-test
	$(BIN)/jamplan ingest --quiet --wait
	$(BIN)/jamplan eval retrieval
	$(BIN)/jamplan eval answers --half all

## bench: ingest and search benchmarks, each beside the LangChain recipe (see benchmarks/README.md);
## BENCH_ARGS passes options, e.g. BENCH_ARGS="--chroma-url http://127.0.0.1:8010" for the 100k run on a server
BENCH_ARGS ?=
bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

## bench-api: the chat API under 1/8/32 concurrent clients over loopback, beside the textbook LangChain endpoint
bench-api: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks.api

clean:
	rm -rf $(VENV) .jamplan .cache
