# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1

.PHONY: run test install bench evaluate notebook clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	mkdir -p data
	$(BIN)/unionfacts run corpus/ --db sqlite:///data/facts.db

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Each file scored apart: the rules' own 25 articles (seeds, union-dev) next to the newer ones.
GOLD_FILES := corpus/gold/seeds.jsonl ../shared/gold/union-dev.jsonl ../shared/gold/union-dev2.jsonl ../shared/gold/meetings-dev.jsonl

evaluate: $(STAMP)
	$(BIN)/unionfacts evaluate $(addprefix --gold ,$(GOLD_FILES))

# Re-execute the notebook on data/facts.db (the seeds) and save it with its outputs.
notebook: run
	$(BIN)/python scripts/execute_notebook.py notebooks/explore.ipynb

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --n 500 --workers 2 --repeat 3

clean:
	rm -rf $(VENV) data .pytest_cache
