# The two commands a new user types: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1:8000
CHROMIUM := /usr/bin/chromium

.PHONY: demo test install migrate lint format worker bench browser-deps messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py ingest articles/demo
	$(BIN)/python manage.py runserver $(HOST)

# Browser tests drive Debian's Chromium; install it when missing (root on Debian).
browser-deps:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Install Chromium (apt-get install chromium) to run the browser tests" >&2; exit 1; fi; }

test: install browser-deps messages
	$(BIN)/ruff check .
	$(BIN)/pytest

# Compiled catalogues are committed; rebuild them when GNU gettext is there.
messages: install
	@if command -v msgfmt >/dev/null; then $(BIN)/python manage.py compilemessages --ignore=.venv -v 0; fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

worker: install
	$(BIN)/celery -A config worker --loglevel=info

bench: install
	$(BIN)/python bench/extraction_speed.py

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
