# digitise: `make run` sets up a fresh Debian 12 machine (as root), builds, and runs the nightly job on samples/;
# `make test` sets up and runs the tests. Every target installs only what is missing.

SHELL := /bin/bash
.DEFAULT_GOAL := help

# Tesseract from Debian uses OpenMP; one thread per engine is 3-6x faster here (the binary also re-executes
# itself with this set, but the test process loads Tesseract directly).
export OMP_THREAD_LIMIT := 1

# What the program needs: Tesseract (its -dev package pulls in Leptonica, libarchive and a libcurl dev package,
# which `pkg-config tesseract` links), the language models, the image codecs, SQLite.
RUNTIME_PACKAGES := pkg-config libtesseract-dev libleptonica-dev tesseract-ocr-eng tesseract-ocr-lav tesseract-ocr-rus tesseract-ocr-osd \
	libtiff-dev libpng-dev libturbojpeg0-dev libsqlite3-dev
# What the tests need beside it: the sqlite3 shell (catalog snapshots), flock (a lock holder), pdftotext, curl and headless
# Chromium (the dashboard in a real browser); and python3 with pip
# for the bagit validator (installed from Debian only where no python3 is on the PATH); a PostgreSQL server the tests
# start themselves (initdb in a temporary folder, loopback, a free port) with `unaccent` from its contrib.
TEST_PACKAGES := sqlite3 util-linux poppler-utils curl chromium postgresql-15 postgresql-contrib systemd
# What `make bench` runs beside digitise: the peers, the corpus's other languages, GNU time for peak memory.
BENCH_PACKAGES := ocrmypdf unpaper time sqlite3 wrk tesseract-ocr tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-ita \
	tesseract-ocr-spa tesseract-ocr-por tesseract-ocr-nld fonts-dejavu-core fonts-liberation2 python3 python3-pip
# The degradation corpus (bench/degraded/make-degraded.py): rendered with Pillow and numpy from PyPI, a fixed seed.
DEGRADED ?= bench/work/degraded-corpus
DEGRADED_SEED ?= 20261204
CORPUS ?= ../shared/corpus/real
CLASSIFY_DEV ?= ../shared/corpus/classify-dev
MODEL_CORPUS ?= corpus/generated
BENCH_PAGES ?= 1000000
# What re-rendering the samples and fixtures needs.
SAMPLE_PACKAGES := imagemagick fonts-dejavu-core libtiff-tools

ARCHIVE ?= archive
INBOX ?= samples/inbox
RELEASE_BIN := .build/release/digitise
DEBUG_BIN := .build/debug/digitise

.PHONY: apt-python help deps deps-test deps-bench deps-samples bench bench-degraded bench-catalog bench-scale build release run test test-asan fuzz format lint samples fixtures clean model

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

define apt_install
	@missing=""; for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "missing Debian packages:$$missing; run 'sudo make $@'" >&2; exit 69; fi; \
	  echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
endef

deps: ## Install the Debian packages the program needs (idempotent; root)
	$(call apt_install,$(RUNTIME_PACKAGES))

deps-test: deps ## ... and what the tests need (and the Library of Congress bagit validator, from PyPI)
	$(call apt_install,$(TEST_PACKAGES))
	@command -v python3 >/dev/null && python3 -m pip --version >/dev/null 2>&1 || $(MAKE) --no-print-directory apt-python
	@python3 -c "import bagit" 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages bagit

apt-python:
	$(call apt_install,python3 python3-pip)

deps-bench: deps ## ... and the peers the benchmarks run, and what renders the degradation corpus
	$(call apt_install,$(BENCH_PACKAGES))
	@python3 -c "import PIL, numpy" 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages pillow numpy

deps-samples: ## ... and what rendering samples/fixtures needs
	$(call apt_install,$(SAMPLE_PACKAGES))

build: deps ## Debug build (the tests use it)
	swift build

release: deps ## Release build
	swift build -c release

run: release ## Run the nightly job on samples/inbox into ./archive, then search it and report its classes
	$(RELEASE_BIN) run $(INBOX) --archive $(ARCHIVE)
	@echo
	@echo '$$ digitise search berzins --archive $(ARCHIVE)'
	@$(RELEASE_BIN) search berzins --archive $(ARCHIVE)
	@echo
	@echo '$$ digitise report classes --archive $(ARCHIVE)'
	@$(RELEASE_BIN) report classes --archive $(ARCHIVE)

test: deps-test lint ## Build and run every test, then the decoder and adapter tests under AddressSanitizer
	swift build --build-tests
	DIGITISE_BIN=$(CURDIR)/$(DEBUG_BIN) swift test --skip-build
	$(MAKE) --no-print-directory test-asan

# The decoder and adapter tests under AddressSanitizer: a double free or an overflow in the code around the C
# libraries fails loudly here instead of corrupting memory. A build of its own (.build/asan). Anchored to the module
# name, so PostgresCatalogTests (NIO's threads, a server) stays out.
ASAN_TESTS := ImageCodecsTests|PageImagingTests|TesseractOCRTests|ObjectStoreTests|CatalogTests
test-asan: deps-test ## The decoder and adapter tests under AddressSanitizer
	swift build --build-tests --sanitize=address --scratch-path .build/asan
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/asan/lsan.supp swift test --skip-build --sanitize=address --scratch-path .build/asan \
	  --filter '^($(ASAN_TESTS))\.'

# libFuzzer on the TIFF, PNG and JPEG decoders (fuzz/README.md): each for FUZZ_SECONDS, one at a time; exit 1 when
# any input crashed, leaked, hung or blew up a decoder (its file in .build/fuzz/findings-<decoder>/).
FUZZ_SECONDS ?= 180
fuzz: deps ## Fuzz the image decoders (FUZZ_SECONDS each, default 180)
	bash fuzz/run.sh $(FUZZ_SECONDS)

format: ## Format the code in place (what lint checks)
	swift format --in-place --recursive Sources Tests Package.swift

lint: ## Formatting, the import rules, the README's map of the code, one type per file
	@swift format lint --strict --recursive Sources Tests Package.swift
	@bash scripts/check-imports.sh
	@bash scripts/check-readme-map.sh
	@bash scripts/check-one-type.sh

bench: deps-bench release ## OCR beside the Tesseract CLI and OCRmyPDF (real and degraded pages), memory over a night, the report server under load → BENCHMARKS.md
	.build/release/digitise-bench ocr --corpus $(CORPUS)
	$(MAKE) --no-print-directory bench-degraded
	.build/release/digitise-bench memory --pages 50 --pages 200 --pages 1000
	.build/release/digitise-bench load --pages 10000 --clients 50 --seconds 60

bench-degraded: deps-bench release ## The degradation corpus (rendered first, fixed seed) through digitise and the peers, per class → BENCHMARKS.md
	python3 bench/degraded/make-degraded.py $(DEGRADED) --seed $(DEGRADED_SEED)
	.build/release/digitise-bench degraded --corpus $(DEGRADED)

model: release ## Write the project's own labelled corpus, train models/classifier.json from it, evaluate it (and cross-validate by template) → BENCHMARKS.md
	.build/release/digitise-corpus --out $(MODEL_CORPUS)
	.build/release/digitise train $(MODEL_CORPUS)/train --out models/classifier.json
	for fold in 0 1 2; do \
	  .build/release/digitise-corpus --out $(MODEL_CORPUS)-folds/$$fold --held-out-fold $$fold && \
	  .build/release/digitise train $(MODEL_CORPUS)-folds/$$fold/train --out $(MODEL_CORPUS)-folds/$$fold/model.json || exit 1; \
	done
	.build/release/digitise-bench classifier --corpus $(MODEL_CORPUS) --classify-dev $(CLASSIFY_DEV) \
	  --fold $(MODEL_CORPUS)-folds/0 --fold $(MODEL_CORPUS)-folds/1 --fold $(MODEL_CORPUS)-folds/2

bench-catalog: deps-bench release ## The catalog at 1M pages (BENCH_PAGES=N for fewer) → BENCHMARKS.md
	.build/release/digitise-bench catalog --pages $(BENCH_PAGES)

bench-scale: deps-bench deps-test release ## 1-64 workers on one PostgreSQL catalog (claim overhead), the catalog at 1M pages on SQLite and PostgreSQL (BENCH_PAGES=N for fewer) → BENCHMARKS.md
	.build/release/digitise-bench scale --pages $(BENCH_PAGES)

samples: deps-samples ## Re-render samples/inbox (fictional documents)
	bash samples/render-samples.sh

fixtures: deps-samples ## Re-make the decoder fixtures
	bash Tests/Fixtures/images/make-fixtures.sh

clean: ## Remove builds and the sample archive
	rm -rf .build $(ARCHIVE)
