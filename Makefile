# ReachLab — make run serves the app, make test runs every test.
# A fresh machine needs only Go, Node/npm and apt: the rules below install the
# npm packages from the lockfile and Debian's chromium when they are missing.

GO        ?= go
ADDR      ?= 127.0.0.1:8000
FUZZTIME  ?= 10s
WASM_ENV  := GOOS=js GOARCH=wasm
GOFLAGS_RELEASE := -trimpath -ldflags='-s -w'
CHROMIUM  ?= /usr/bin/chromium
# go_js_wasm_exec runs wasm tests and benchmarks under Node.
WASM_PATH := $(shell $(GO) env GOROOT)/lib/wasm

GO_SOURCES   := $(shell find app charts wasm -name '*.go' -not -name '*_test.go') go.mod go.sum
HOST_SOURCES := $(wildcard *.go)
WEB_STATIC   := $(filter-out web/app.wasm% web/engine.wasm% web/echarts.min.js% %.br %.gz,$(wildcard web/*))
# Files served precompressed (brotli and gzip variants written beside them).
COMPRESSED   := web/app.wasm web/engine.wasm web/echarts.min.js web/styles.css web/reachlab.js

.PHONY: run build test unit fuzz e2e vet bench clean deps chromium

## run: build everything and serve the app (with its built-in cases) on $(ADDR)
run: build
	./bin/reachlab -addr $(ADDR)

## build: the single deployable binary, bin/reachlab, with the web assets inside
build: bin/reachlab

bin/reachlab: $(HOST_SOURCES) $(GO_SOURCES) $(COMPRESSED:=.br) $(WEB_STATIC)
	$(GO) build $(GOFLAGS_RELEASE) -o $@ .

web/app.wasm: $(GO_SOURCES)
	$(WASM_ENV) $(GO) build $(GOFLAGS_RELEASE) -o $@ ./wasm

# The engines' WebAssembly, run in a Web Worker (web/engine-worker.js).
web/engine.wasm: $(GO_SOURCES)
	$(WASM_ENV) $(GO) build $(GOFLAGS_RELEASE) -o $@ ./wasm/worker

web/echarts.min.js: node_modules/.package-lock.json
	cp node_modules/echarts/dist/echarts.min.js $@

web/%.br: web/%
	$(GO) run ./tools/precompress $<

## deps: npm packages exactly as the lockfile pins them
deps: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

chromium:
	@test -x $(CHROMIUM) || { echo "installing Debian's chromium"; \
		if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y chromium; \
		else sudo apt-get update && sudo apt-get install -y chromium; fi; }

## test: vet, unit tests (native and wasm), a short fuzzing pass, and the browser tests
test: vet unit fuzz e2e

vet: build
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*')); \
		if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

unit: build
	$(GO) test ./...
	PATH="$(WASM_PATH):$$PATH" $(WASM_ENV) $(GO) test $$($(GO) list ./app/... ./charts/... | grep -v -e /app/ui)

## fuzz: run every fuzz target for FUZZTIME. Go's fuzzing engine can fail with
## "context deadline exceeded" when its time runs out while it minimises a new
## input; that run, which found no failing input, is run again once.
fuzz:
	@for pkg in $$($(GO) list ./app/... ./charts/...); do \
		dir=$$($(GO) list -f '{{.Dir}}' $$pkg); \
		for target in $$(grep -ho '^func Fuzz[A-Za-z0-9_]*' $$dir/*_test.go 2>/dev/null | sed 's/^func //'); do \
			echo "fuzz $$pkg $$target"; \
			out=$$($(GO) test -run='^$$' -fuzz="^$$target$$" -fuzztime=$(FUZZTIME) $$pkg 2>&1); rc=$$?; echo "$$out"; \
			if [ $$rc -ne 0 ]; then \
				if echo "$$out" | grep -q 'context deadline exceeded' && ! echo "$$out" | grep -q 'Failing input'; then \
					echo "fuzz: the fuzzing engine ran past its own deadline (no failing input): running $$target again"; \
					$(GO) test -run='^$$' -fuzz="^$$target$$" -fuzztime=$(FUZZTIME) $$pkg || exit 1; \
				else exit 1; fi; \
			fi; \
		done; \
	done

e2e: build chromium
	REACHLAB_E2E=1 CHROMIUM=$(CHROMIUM) $(GO) test -count=1 -timeout 30m ./e2e/

## bench: Go benchmarks (native and wasm under Node) and in-browser measurements
bench: build chromium tools/lighthouse/node_modules/.package-lock.json
	$(GO) run ./tools/benchreport

tools/lighthouse/node_modules/.package-lock.json: tools/lighthouse/package.json tools/lighthouse/package-lock.json
	cd tools/lighthouse && npm ci --no-audit --no-fund
	@touch $@

clean:
	rm -rf bin web/app.wasm web/engine.wasm web/echarts.min.js web/*.br web/*.gz
