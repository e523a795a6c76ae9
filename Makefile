# One command to set up and run, one to test. Every target installs what it needs.
VENV := .venv
BIN := $(VENV)/bin
PG_TEST_URL ?= postgresql+asyncpg://postgres@127.0.0.1:5432/test
# One process by default. `make test WORKERS="-n 2 --dist loadfile"` (as .ci/run does) runs two
# pytest-xdist workers, one test file each at a time (a file's tests may share a resource).
WORKERS ?=
# `make test-postgres DAYS_AHEAD=400` moves the wall clock as test-future does (.ci/run).
DAYS_AHEAD ?=
# Which tests test-future runs.
CLOCK_TESTS ?= clock
# Which tests test-postgres runs; .ci/run adds the other date tests ("database or clock"):
# they never open the database, and one session with the clock moved runs both sets
# instead of collecting the suite twice.
PG_TESTS ?= database

.PHONY: chat web run test test-postgres test-future i18n bench

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m bot i18n compile >/dev/null
	touch $@

chat: $(VENV)/.installed  ## try every dialogue in the terminal
	$(BIN)/python -m bot chat

web: $(VENV)/.installed  ## the web chat on http://127.0.0.1:8080/chat (SQLite, no Telegram token)
	$(BIN)/python -m bot web

run: $(VENV)/.installed  ## run the Telegram bot (needs TELEGRAM_BOT_TOKEN)
	$(BIN)/python -m bot run

test: $(VENV)/.installed  ## lint, type-check and run the tests (SQLite)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest $(WORKERS)

test-postgres: $(VENV)/.installed  ## the tests that open the database, against PostgreSQL
	TEST_DATABASE_URL=$(PG_TEST_URL) KAUSA_TEST_DAYS_AHEAD=$(DAYS_AHEAD) \
		$(BIN)/pytest -m "$(PG_TESTS)" $(WORKERS)

test-future: $(VENV)/.installed  ## the tests that fix a date, with the clock 400 days ahead
	KAUSA_TEST_DAYS_AHEAD=400 $(BIN)/pytest -m "$(CLOCK_TESTS)" $(WORKERS)

bench: $(VENV)/.installed  ## run every benchmark, write bench/results.md
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench

i18n: $(VENV)/.installed  ## extract texts, update catalogs, check them
	PATH=$(BIN):$$PATH scripts/i18n-update
	$(BIN)/python -m bot i18n check
