# One command each: `make demo` installs and runs the main job on embedded defaults;
# `make test` installs the test tools and runs every check (lint, types, tests).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PGURL  ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

.PHONY: install install-test demo test test-fast test-slow lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test,ews]"

demo: install
	$(BIN)/omis demo

lint: install-test
	$(BIN)/ruff check src tests $(wildcard bench)
	$(BIN)/ruff format --check src tests $(wildcard bench)
	$(BIN)/mypy
	bash .ci/audit $(BIN)/pip-audit

# Every storage test runs on SQLite, and on PostgreSQL when it answers at $(PGURL).
test: lint
	OMIS_TEST_DATABASE_URL=$${OMIS_TEST_DATABASE_URL-$(PGURL)} $(BIN)/python -m pytest -m "not slow"

test-slow: install-test
	OMIS_TEST_DATABASE_URL=$${OMIS_TEST_DATABASE_URL-$(PGURL)} $(BIN)/python -m pytest -m slow

bench: install-test
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) var logs test-output .pytest_cache .mypy_cache .ruff_cache
