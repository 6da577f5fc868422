# TechBridge: `make demo` runs the platform, `make test` checks it.
SHELL := /bin/bash
VENV ?= .venv
# Django 6 needs Python >= 3.12: take the first interpreter that is new enough.
PYTHON ?= $(shell for p in python3.13 python3.12 $$HOME/.pyenv/versions/3.13*/bin/python3 $$HOME/.pyenv/versions/3.12*/bin/python3 python3; do \
  if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then command -v $$p; break; fi; done)
BIN := $(VENV)/bin
TB := $(BIN)/techbridge
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE := techbridge.settings
# The web processes only enqueue: a task worker beside them indexes, matches and mails
# (docs/scaling.md, "Matching in the workers"); it stops with gunicorn.
WITH_WORKER = export TASKS_BACKEND=database; $(TB) db_worker --interval 0.5 --no-reload -v 0 & trap "kill $$!" EXIT;

.PHONY: demo test test-shuffled test-topology check install install-dev migrate serve lint format clean e2e-browser screenshots

$(BIN)/python:
	@if [ -z "$(PYTHON)" ]; then echo "TechBridge needs Python >= 3.12 (Django 6); none found." >&2; exit 1; fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	@mkdir -p var
	$(TB) compiletranslations
	$(TB) migrate --no-input -v 0
	$(TB) collectstatic --no-input -v 0
	$(TB) demo
	@echo ""
	@echo "TechBridge is running on http://$(HOST):$(PORT)/   (another address: make demo HOST=0.0.0.0 PORT=8100)"
	@echo "  logins (password techbridge-demo for all):"
	@echo "    staff of the centre:            staff@techbridge.example"
	@echo "    member, a foreign university:   member@techbridge.example"
	@echo "    member, a Chinese company (中文): member-cn@techbridge.example"
	@echo "    department staff (service desk): legal@ / scientific@ / international@techbridge.example"
	@echo "  e-mails sent (sign-up verification…): printed here, and listed at http://$(HOST):$(PORT)/outbox/"
	@echo ""
	export TECHBRIDGE_OUTBOX=$(abspath var/outbox) TECHBRIDGE_SITE_URL=$${TECHBRIDGE_SITE_URL:-http://$(HOST):$(PORT)}; \
	  $(WITH_WORKER) $(BIN)/gunicorn techbridge.wsgi --bind $(HOST):$(PORT) --workers 2 --threads 4 --access-logfile -

serve: install
	$(WITH_WORKER) $(BIN)/gunicorn techbridge.wsgi --bind $(HOST):$(PORT) --workers 2 --threads 4

check: install-dev
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy
	$(TB) makemigrations --check --dry-run -v 1
	$(BIN)/lint-imports --no-cache

e2e-browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's Chromium for the browser tests"; \
	    (apt-get install -y -q chromium >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null)) || true; \
	  fi; \
	fi
	@if [ -x /usr/bin/chromium ]; then echo "browser tests: /usr/bin/chromium"; else echo "browser tests will be SKIPPED: /usr/bin/chromium not installed (apt-get install chromium)"; fi

# docs/screenshots/first-hour/after: the main pages at 1280 and 390 px in both languages (Debian's
# Noto CJK fonts installed first, so that headless Chromium draws the Chinese text).
screenshots: install-dev e2e-browser
	@if ! fc-list 2>/dev/null | grep -qi cjk && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  (apt-get install -y -q fonts-noto-cjk >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q fonts-noto-cjk >/dev/null)) || true; \
	fi
	TECHBRIDGE_SCREENSHOTS=$${OUT:-docs/screenshots/first-hour/after} $(BIN)/python -m pytest tests/e2e/test_screenshots.py -p no:randomly -q

test: check e2e-browser
	$(TB) compiletranslations
	$(BIN)/python -m pytest -n 2 --dist loadgroup -p no:randomly
	@if $(BIN)/python -c "import psycopg,sys; psycopg.connect('postgresql://postgres@127.0.0.1:5432/postgres', connect_timeout=3).close()" 2>/dev/null; then \
	  echo "== the suite on PostgreSQL =="; \
	  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/techbridge $(BIN)/python -m pytest -n 2 --dist loadgroup -p no:randomly -m "not e2e"; \
	else echo "PostgreSQL at 127.0.0.1:5432 is not reachable: SKIPPING the PostgreSQL run"; fi

# Two web nodes and a task worker on one PostgreSQL database (docs/scaling.md): a profile
# approved through one node is found in search and matches through the other (~2-3 min).
test-topology: install-dev
	TECHBRIDGE_TOPOLOGY_TEST=1 DATABASE_URL=$${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/techbridge} \
	  $(BIN)/python -m pytest tests/matches/test_topology.py -p no:randomly

# The suite in a random order (pytest-randomly), to find tests that depend on each other:
# `make test-shuffled SEED=123` replays one order. CI keeps the file order (`make test`).
SEED ?= $(shell date +%s)
test-shuffled: install-dev
	$(TB) compiletranslations
	$(BIN)/python -m pytest -p randomly --randomly-seed=$(SEED) -m "not e2e"

format: install-dev
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

clean:
	rm -rf $(VENV) var/*.sqlite3 staticfiles
