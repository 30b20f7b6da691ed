# Every target sets up its own virtualenv on first use, so each works on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
BENCH_STAMP := $(VENV)/.bench-stamp

.PHONY: venv generate test lint typecheck docs docs-check drift update demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) tools/ensure_venv.py --check-only $(VENV)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

## Regenerate generated/scenario_lowcodeapi: fetch LowCodeAPI's spec (vendored snapshot when offline), repair,
## apply overrides/, run openapi-python-client with codegen/templates, format. Prints its wall time.
generate: $(STAMP)
	$(PY) -m codegen generate $(if $(OFFLINE),--offline) $(if $(SPEC),--spec $(SPEC))

SOURCES := $(wildcard codegen tests generated examples benchmarks tools)

lint: $(STAMP)
	$(PY) -m ruff check $(SOURCES)
	$(PY) -m ruff format --check $(SOURCES)

typecheck: $(STAMP)
	$(PY) -m mypy --strict generated/scenario_lowcodeapi
	$(PY) -m mypy --strict examples/typed_usage.py

## The docs site (mkdocs.yml, docs/, generated/api.md included): `make docs` builds it into site/ (git-ignored).
## NO_MKDOCS_2_WARNING silences mkdocs-material's banner about its successor.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --site-dir site

## What `make test` runs: a strict build (any warning fails it; not --quiet, which would hide the warnings from
## --strict) into a temporary directory, removed afterwards.
docs-check: $(STAMP)
	@site=$$(mktemp -d) && NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --site-dir "$$site"; \
	status=$$?; rm -rf "$$site"; exit $$status

## The whole gate: ruff, mypy --strict on the generated package, `mkdocs build --strict`, pytest (which also runs
## every Python sample of README.md and docs/: tests/test_docs.py).
test: lint typecheck docs-check
	$(PY) -m pytest

## make drift SPEC=path/to/spec.json: what changed against the vendored snapshot (exit 1 when anything did).
drift: $(STAMP)
	$(PY) -m codegen drift --spec $(SPEC)

## make update [SPEC=path] [DRY_RUN=1]: classify the new spec against the public Python API (release: major|minor|
## patch|none); unless DRY_RUN, bump the version, regenerate, update snapshots and prepend a CHANGELOG entry.
update: $(STAMP)
	$(PY) -m codegen update $(if $(SPEC),--spec $(SPEC)) $(if $(DRY_RUN),--dry-run)

## make demo [OUT=dir]: start the bundled LowCodeAPI stand-in on 127.0.0.1 and run the command line and
## examples/quickstart.py against it, from $(DEMO_VENV) (this checkout's package and httpx + attrs, no dev tools:
## seconds to set up);
## pictures go to OUT (default demo-output/). A venv made by another Python is rebuilt (one line says so).
DEMO_VENV ?= .venv-demo
demo:
	@$(PYTHON) tools/ensure_venv.py $(DEMO_VENV) --package
	@$(DEMO_VENV)/bin/python examples/run_demo.py $(if $(OUT),--out "$(OUT)")

$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	touch $(BENCH_STAMP)

## Measure (benchmarks/run.py writes benchmarks/results.md), then copy the table into docs/performance.md (the Performance
## page). Installs the `bench` extra (the peers compared against) first. About 4 minutes on 2 cores.
bench: $(BENCH_STAMP)
	$(PY) benchmarks/run.py $(BENCH_ARGS)
	$(PY) benchmarks/readme.py

clean:
	rm -rf $(VENV) $(DEMO_VENV) demo-output site .pytest_cache .mypy_cache .ruff_cache
