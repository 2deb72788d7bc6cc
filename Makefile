# Two entry points on a fresh checkout with only Python 3: `make demo` and `make test`.
# Each sets up what it needs (a virtualenv, the package, and Debian packages the tests use).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup system-deps demo test lint bench evaluate samples clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# OCR (tesseract) and the browser for the HTML report test come from Debian's packages.
system-deps:
	@bash tools/system-deps.sh

demo: setup
	$(BIN)/contractscan scan sample_contracts/

test: setup system-deps
	$(BIN)/python -m pytest -n 2 -q

# style: ruff's checks and formatter (not part of `make test`)
lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: setup
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/structure.py
	$(BIN)/python benchmarks/classify.py
	$(BIN)/python benchmarks/pipeline.py

evaluate: setup
	$(BIN)/contractscan evaluate structure
	$(BIN)/contractscan evaluate clauses
	$(BIN)/contractscan evaluate stance

samples: setup
	$(BIN)/python tools/build_samples.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
