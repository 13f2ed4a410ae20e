# `make site` builds site/ and dist/ from sources/; `make test` runs every test.
# Both create .venv from the pinned requirements.txt on first use.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
# Reproducible output: dates in the site (sitemap) and the bundle come from the last commit.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 315532800)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)
BUNDLE := dist/un-docs-offline.zip
# `make site SOURCES=dir` builds the collection in dir (its collection.yml names it)
ifdef SOURCES
export UN_DOCS_SOURCES := $(abspath $(SOURCES))
endif
# `make site STRICT=1` (or `make convert STRICT=1`): a source file that cannot be read
# stops the build (for CI), as `strict_sources: true` in collection.yml does; without it
# the file is left out and listed on the fidelity page and at the end of the output
ifdef STRICT
export UN_DOCS_STRICT_SOURCES := 1
endif

.PHONY: venv site offline test lint chromium serve convert bench corpus clean

venv: $(STAMP)

$(STAMP): requirements.txt
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# Builds go to a staging directory and replace the old output only when complete:
# a failed build never leaves a half-written site/ or bundle.
site: venv
	rm -rf build/site.staging
	$(BIN)/mkdocs build --strict --site-dir build/site.staging
	rm -rf site && mv build/site.staging site
	$(MAKE) --no-print-directory offline

# The offline bundle, made from the website's build (build_scripts/bundle.py)
offline: venv
	$(BIN)/python -m build_scripts.bundle site $(BUNDLE)

lint: venv
	$(BIN)/ruff check build_scripts tests benchmarks
	$(BIN)/ruff format --check build_scripts tests benchmarks

test: venv lint chromium
	$(BIN)/python -m pytest

# Browser tests drive Debian's chromium (never `playwright install`); install it if missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "chromium missing: installing Debian's package"; \
	  apt-get update -qq </dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium </dev/null; }

# `make serve SERVE_ARGS=--dirty` renders again only the pages whose content changed
# (large collections); Material's search in such a preview may list a page twice.
serve: venv
	$(BIN)/mkdocs serve $(SERVE_ARGS)

convert: venv
	$(BIN)/python -m build_scripts --sources sources --out build/generated -v

# `make bench` for 100 and 1,000 documents; `make bench BENCH_ARGS=--large` adds 5,000.
bench: venv
	$(BIN)/python benchmarks/pdf_bench.py
	$(BIN)/python benchmarks/markdown_bench.py
	$(BIN)/python benchmarks/exports_bench.py
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/lineage_bench.py $(if $(findstring --large,$(BENCH_ARGS)),1000 5000,1000)

# `make corpus CORPUS=dir`: convert each PDF / text of dir alone and say what is wrong with it
CORPUS ?= tests/fixtures/real
corpus: venv
	$(BIN)/python benchmarks/corpus_check.py $(CORPUS)

clean:
	rm -rf site build dist .pytest_cache
