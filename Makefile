# sauda — the README's two commands are `make run` and `make test`; each sets up .venv itself.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/sanitize.cfg --nbval-cell-timeout=600

.PHONY: all venv run report test unit nbval execute notebooks-source bench fuzz clean

all: run

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP)

## main job: run every notebook in order on data/raw/ with papermill into reports/
## (the committed notebooks stay untouched); tables land in data/processed/, figures in reports/figures/;
## then the report, reports/index.html. Notebooks that have a PROGRESS parameter show progress bars.
run: $(STAMP)
	mkdir -p reports/figures data/processed
	for nb in $(NOTEBOOKS); do \
	  progress=$$(grep -q '"PROGRESS = ' "$$nb" && echo "-p PROGRESS True"); \
	  $(BIN)/papermill --log-level WARNING --execution-timeout 600 -k python3 -p RAW_DIR "$(CURDIR)/data/raw" $$progress \
	    "$$nb" "reports/$$(basename $$nb)" || exit 1; \
	done
	$(MAKE) --no-print-directory report
	@echo "tables: data/processed/   figures: reports/figures/   executed notebooks: reports/"

## the report: reports/index.html (deals, charts, notebooks as HTML, one highlighted page per article)
report: $(STAMP)
	$(BIN)/python -m utils.report

## all tests: unit tests and every notebook under nbval, in one pytest process
test: $(STAMP)
	$(BIN)/python -m pytest -q tests notebooks $(NBVAL)

unit: $(STAMP)
	$(BIN)/python -m pytest -q tests

## benchmark (not part of `make test`): synthetic corpora of BENCH_SIZES MB in build/bench/, sauda vs a spaCy
## EntityRuler baseline and Dask 1 vs 2 workers, medians of BENCH_RUNS; quick: make bench BENCH_SIZES=2,10 BENCH_RUNS=1
BENCH_SIZES ?= 10,100
BENCH_RUNS ?= 3
bench: $(STAMP)
	$(BIN)/python scripts/bench.py --sizes $(BENCH_SIZES) --runs $(BENCH_RUNS)

## fuzz extract with atheris for FUZZ_SECONDS (not in CI); prints inputs tried and failures
FUZZ_SECONDS ?= 600
fuzz: $(STAMP)
	$(BIN)/python -c "import atheris" 2>/dev/null || \
	  $(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev,fuzz]"
	$(BIN)/python scripts/fuzz_extract.py --seconds $(FUZZ_SECONDS)

## maintainers: re-execute the committed notebooks in place (outputs and execution counts)
execute: $(STAMP)
	$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.record_timing=False --ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.timeout=600 $(NOTEBOOKS)
	$(BIN)/python scripts/strip_notebook_metadata.py $(NOTEBOOKS)

## maintainers: regenerate notebook sources from scripts/build_notebooks.py (then `make execute`)
notebooks-source: $(STAMP)
	$(BIN)/python scripts/build_notebooks.py

clean:
	rm -rf reports/*.ipynb reports/*.html reports/articles reports/notebooks reports/assets .pytest_cache build/bench
