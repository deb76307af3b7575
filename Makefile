# Every target installs what it needs into .venv first, so each works on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install generate check-generated api-diff lint test emulator demo bench contract

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

generate: $(STAMP)
	$(BIN)/python generator/regenerate.py

check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/python generator/regenerate.py --output "$$tmp" && \
	diff -r -x __pycache__ generated_client "$$tmp" && echo "generated_client/ matches spec/modelarts.yaml"

# What the spec change breaks for callers (oasdiff; rules in spec/breaking-rules.yaml): exits 1 on a
# breaking change. BASE=<git ref> (default: the previous commit), REV=<git ref> (default: the working
# tree), FORMAT=markdown|json|... (default: text).
BASE ?=
REV ?=
FORMAT ?= text
api-diff: $(STAMP)
	@$(BIN)/python generator/api_diff.py $(if $(BASE),--base $(BASE)) $(if $(REV),--revision $(REV)) --format $(FORMAT)

lint: $(STAMP)
	$(BIN)/ruff check overlays generator tests emulator cli examples bench contract
	$(BIN)/ruff format --check overlays generator tests emulator cli examples bench contract
	$(BIN)/mypy
	$(BIN)/vermin --quiet --no-tips --violations --eval-annotations -t=3.10- generated_client overlays emulator cli examples contract

test: $(STAMP) check-generated lint
	$(BIN)/pytest

# The local emulator on 127.0.0.1:8000 (real clock) and a local OBS on 127.0.0.1:9000 holding the
# bucket modelarts-demo; Ctrl-C stops both.
HOST ?= 127.0.0.1
PORT ?= 8000
OBS_PORT ?= 9000
emulator: $(STAMP)
	$(BIN)/python -m modelarts_emulator --host $(HOST) --port $(PORT) --obs-port $(OBS_PORT) --obs-bucket modelarts-demo

# The main job: start the bundled emulator, run examples/quickstart.py against it, stop it.
demo: $(STAMP)
	$(BIN)/python examples/with_emulator.py examples/quickstart.py

# Speed and memory figures (medians, ratios, goals) written to bench/results.json and bench/results.md.
# The vendor SDK it compares with comes with the dev extra (the tests run it against the emulator too).
# BENCH_ARGS="--only client" (or --skip contract,...) runs a part.
BENCH_STAMP := $(VENV)/.bench-installed
BENCH_ARGS ?=
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# schemathesis over every operation: against a fresh emulator, or with URL=https://... against the
# live service (credentials from HUAWEICLOUD_SDK_*; read-only unless MUTATE=1). See contract/README.md.
URL ?=
MUTATE ?=
contract: $(STAMP)
	$(BIN)/python -m contract.run $(if $(URL),--url $(URL),--emulator) $(if $(filter 1,$(MUTATE)),--mutate)
