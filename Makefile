# Two commands on a fresh machine with Python 3.11: `make site` and `make test`.
# Each installs what it needs into .venv (and node_modules for the accessibility checker).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# Dates the build writes (sitemap) come from the last commit, so a rebuild is byte-identical.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: site test serve check clean chromium

$(BIN)/briefing: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

# Not --strict: a bad seed is reported and the rest of the site still builds
# (the tests build the bundled corpus with --strict and zero warnings).
site: $(BIN)/briefing
	$(BIN)/briefing build

serve: $(BIN)/briefing
	$(BIN)/briefing serve

check: $(BIN)/briefing
	$(BIN)/briefing check

# The browser tests drive Debian's Chromium; install it when missing (needs root, as in CI).
chromium:
	@command -v chromium >/dev/null || { echo "installing Debian chromium"; \
	  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || \
	  { echo "chromium is missing: install Debian's chromium package (apt-get install chromium)"; exit 1; }; }

test: $(BIN)/briefing node_modules/axe-core/axe.min.js chromium
	$(BIN)/python -m pytest -q

clean:
	rm -rf site .pytest_cache
