# The two commands a newcomer needs: `make run` and `make test`. Only Python 3.11 is required.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
OIDC_PROVIDER := portal/tests/oidc_provider

.DEFAULT_GOAL := help
.PHONY: help install run test test-browser lint format migrations-check bench clean

help:
	@echo "make run     start the portal (web, worker, beat) at http://127.0.0.1:8000"
	@echo "make test    run the whole test suite"
	@echo "make lint    ruff and the migrations check"
	@echo "make bench   run the benchmarks"

$(INSTALLED): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11) and "Python 3.11 is required, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint constraints.txt '.[dev]'
	@touch $@

install: $(INSTALLED)

run: install
	$(BIN)/python manage.py migrate --noinput --verbosity 0
	$(BIN)/python manage.py load_demo_data
	@echo "Starting web, worker and beat at http://127.0.0.1:8000 (Ctrl-C stops all three)"
	$(BIN)/honcho --procfile Procfile.dev start

# Node.js is needed only for the single sign-on test, which starts a real OpenID provider.
$(OIDC_PROVIDER)/node_modules: $(OIDC_PROVIDER)/package-lock.json
	@if command -v npm >/dev/null; then npm ci --silent --prefix $(OIDC_PROVIDER) && touch $@; \
	else echo "npm not found: the single sign-on browser test will be skipped"; fi

test: install $(OIDC_PROVIDER)/node_modules
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# A throwaway SQLite file by default; set DATABASE_URL to an empty PostgreSQL database instead.
bench: install
	rm -rf var/bench
	VAR_DIR=var/bench $(BIN)/python manage.py migrate --noinput --verbosity 0
	VAR_DIR=var/bench $(BIN)/python manage.py run_benchmarks $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var
