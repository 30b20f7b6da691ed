# Every target sets up its own virtualenv on first use, so each works on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
BENCH_STAMP := $(VENV)/.bench-stamp

.PHONY: venv generate test lint typecheck drift update demo bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

## Regenerate generated/scenario_lowcodeapi: fetch LowCodeAPI's spec (vendored snapshot when offline), repair,
## apply overrides/, run openapi-python-client with codegen/templates, format. Prints its wall time.
generate: $(STAMP)
	$(PY) -m codegen generate $(if $(OFFLINE),--offline) $(if $(SPEC),--spec $(SPEC))

SOURCES := $(wildcard codegen tests generated examples benchmarks)

lint: $(STAMP)
	$(PY) -m ruff check $(SOURCES)
	$(PY) -m ruff format --check $(SOURCES)

typecheck: $(STAMP)
	$(PY) -m mypy --strict generated/scenario_lowcodeapi
	$(PY) -m mypy --strict examples/typed_usage.py

## The whole gate: ruff, mypy --strict on the generated package, pytest.
test: lint typecheck
	$(PY) -m pytest

## make drift SPEC=path/to/spec.json: what changed against the vendored snapshot (exit 1 when anything did).
drift: $(STAMP)
	$(PY) -m codegen drift --spec $(SPEC)

## make update [SPEC=path] [DRY_RUN=1]: classify the new spec against the public Python API (release: major|minor|
## patch|none); unless DRY_RUN, bump the version, regenerate, update snapshots and prepend a CHANGELOG entry.
update: $(STAMP)
	$(PY) -m codegen update $(if $(SPEC),--spec $(SPEC)) $(if $(DRY_RUN),--dry-run)

## Start the bundled LowCodeAPI stand-in on 127.0.0.1 and run examples/quickstart.py against it.
demo: $(STAMP)
	$(PY) examples/run_demo.py

$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	touch $(BENCH_STAMP)

## Measure (benchmarks/run.py writes benchmarks/results.md), then copy the table into README.md's Performance
## section. Installs the `bench` extra (the peers compared against) first. About 4 minutes on 2 cores.
bench: $(BENCH_STAMP)
	$(PY) benchmarks/run.py $(BENCH_ARGS)
	$(PY) benchmarks/readme.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
