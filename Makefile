# One command each: `make demo` installs and runs the main job on embedded defaults;
# `make test` installs the test tools and runs every check (lint, types, tests).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PGURL  ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

.PHONY: install install-test demo test test-fast test-slow lint bench clean constraints catalogue

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# constraints.txt pins every package to the versions the suite passed with: a fresh clone
# installs what CI tested, not whatever is newest today.
install: $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test,ews]"

# Refresh constraints.txt: the newest releases pyproject.toml allows, in a throwaway venv.
# Then run `make test` (it reinstalls from the new file) and commit constraints.txt if green.
# Do it at least once a year: the `holidays` package brings the next year's decrees.
constraints:
	rm -rf .venv-constraints
	$(PYTHON) -m venv .venv-constraints
	.venv-constraints/bin/python -m pip install --quiet --upgrade pip
	.venv-constraints/bin/pip install --quiet -e ".[test,ews]"
	{ sed -n '1,/^# Refresh/p' constraints.txt; \
	  .venv-constraints/bin/pip freeze --exclude-editable | sort -f; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf .venv-constraints
	@echo "constraints.txt refreshed; now: make test, then commit it"

# Compile click's Russian catalogue after editing omis.po (needs msgfmt: Debian's gettext).
catalogue:
	msgfmt --check -o src/omis/cli/locale/ru/LC_MESSAGES/omis.mo src/omis/cli/locale/ru/LC_MESSAGES/omis.po

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
	rm -rf $(VENV) .venv-constraints var logs test-output .pytest_cache .mypy_cache .ruff_cache
