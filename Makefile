# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1

.PHONY: run test install bench evaluate clean

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

evaluate: $(STAMP)
	$(BIN)/unionfacts evaluate --gold corpus/gold/seeds.jsonl --gold ../shared/gold/union-dev.jsonl

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --n 500 --workers 2 --repeat 3

clean:
	rm -rf $(VENV) data .pytest_cache
