# The README's two commands: `make demo` (the service on the embedded SQLite default, with a
# token for project `demo`) and `make test` (the whole suite). Each installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
export LOSSMON_TEST_DATABASE_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
# torch from this machine's disk as a CPU build; installed in one command so that nothing
# pulls a multi-GB CUDA build (see ENVIRONMENT.md).
FRAMEWORKS := torch==2.13.0 lightning transformers keras accelerate scikit-learn

.PHONY: demo quickstart test lint bench clean assets link

# uPlot from the npm registry, pinned by package-lock.json, copied into the package's static
# files (no CDN: the dashboard works offline, and the wheel carries the asset).
VENDOR := monitor/dashboard/static/vendor
$(VENDOR)/uPlot.iife.min.js: package-lock.json
	npm ci --no-audit --no-fund --silent
	mkdir -p $(VENDOR)
	cp node_modules/uplot/dist/uPlot.iife.min.js node_modules/uplot/dist/uPlot.min.css $(VENDOR)/
assets: $(VENDOR)/uPlot.iife.min.js

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Editable in setuptools' strict mode: a tree of links under build/ maps client/ to `lossmon` and
# monitor/ to `lossmon.server`, so the tests and mypy import the installed names, never the folders.
EDITABLE := --config-settings editable_mode=strict

$(VENV)/.server: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[server]" $(EDITABLE)
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[server,dev]" $(EDITABLE) $(FRAMEWORKS)
	touch $@

# The link tree holds the files that existed when it was made: relink once uPlot is copied in
# (and any module added since), or the installed package serves pages without charts.
link: assets | $(BIN)/python
	$(BIN)/pip install -q --no-deps -e . $(EDITABLE) 2>/dev/null

# Real recorded training curves imported into the project `demo`, so the dashboard shows
# something real from the first start: each run is named for what it shows and carries its
# hyperparameters (from the curve's .json) as its config. NAME=curve pairs.
DEMO_RUNS := healthy-digits-mlp=s05_digits loss-spike-digits-mlp=s28_digits \
	overfitting-char-lm=s27_charlm divergence-digits-mlp=s01_digits plateau-char-lm=s02_charlm

# make demo's token is one for every project (the README's snippets write to `demo`, `mnist` and
# `gpt-small`), kept beside the database it belongs to and reused while it is live there: a new
# one is minted only when the file is missing or the token was revoked.
DEMO_HOME := $(or $(LOSSMON_HOME),$(HOME)/.lossmon)
DEMO_TOKEN := $(DEMO_HOME)/demo-token

demo: $(VENV)/.server link
	@mkdir -p $(DEMO_HOME)
	@test -s $(DEMO_TOKEN) && $(BIN)/lossmon token check < $(DEMO_TOKEN) > /dev/null 2>&1 \
		|| (umask 077 && $(BIN)/lossmon token create --label "make demo" | tail -n 1 > $(DEMO_TOKEN))
	@for pair in $(DEMO_RUNS); do \
		$(BIN)/lossmon import csv --project demo --name "$${pair%%=*}" \
			"tests/data/curves/$${pair#*=}.csv" > /dev/null || exit 1; \
	done
	@echo "lossmon: dashboard at http://127.0.0.1:$(PORT)  token (every project): $$(cat $(DEMO_TOKEN))"
	@echo "lossmon: in another terminal, start a live demo training: make quickstart"
	$(BIN)/lossmon serve --port $(PORT)

# A real training (a small character-level LM) streaming into `make demo`'s server.
quickstart: $(VENV)/.server
	$(BIN)/pip install -q torch==2.13.0
	LOSSMON_URL=http://127.0.0.1:$(PORT) $(BIN)/python examples/quickstart.py

test: $(VENV)/.dev link
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium) \
		|| echo "warning: could not install Debian's chromium; browser tests will fail"
	$(BIN)/ruff check monitor client tests bench migrations examples
	$(BIN)/mypy
	$(BIN)/pytest -q -p no:cacheprovider -n auto -m "not serial"
	$(BIN)/pytest -q -p no:cacheprovider -m serial

lint: $(VENV)/.dev
	$(BIN)/ruff check monitor client tests bench migrations examples
	$(BIN)/ruff format --check monitor client
	$(BIN)/mypy

clean:
	rm -rf $(VENV) node_modules
