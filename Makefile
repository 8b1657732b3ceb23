# Two commands set everything up on a fresh clone:  make extract  and  make test
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
IN      ?= samples
OUT     ?= out
STAMP   := $(VENV)/.installed

.PHONY: extract test install golden bench preview clean template

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## make extract [IN=folder] [OUT=folder]: records, DOCX, database for every file in IN
extract: $(STAMP)
	$(BIN)/pipeline extract $(IN) --out $(OUT)

## make test: the whole test suite (set CI=true to make missing tools fail, not skip)
test: $(STAMP)
	$(BIN)/pytest

## make golden: regenerate tests/golden expectations from samples/ — review the diff
golden: $(STAMP)
	UPDATE_GOLDEN=1 $(BIN)/pytest tests/test_golden.py

## make bench: reports/s and peak memory on generated batches (bench/results.json)
bench: $(STAMP)
	$(BIN)/python bench/run.py

## make preview FILE=x.docx [PREVIEW=dir]: render a DOCX to PDF and PNG pages with LibreOffice
preview: $(STAMP)
	tools/preview.sh $(FILE) $(or $(PREVIEW),$(OUT)/preview)

template: $(STAMP)
	$(BIN)/python tools/make_template.py

clean:
	rm -rf $(OUT) .pytest_cache
