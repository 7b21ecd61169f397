#!/usr/bin/env bash
# The Go module's checks: generated files fresh, gofmt, go vet, staticcheck, the tests (with the
# race detector), a brief fuzz of Parse and the consumer-module test (part of `go test`). Exits
# non-zero on the first failure. Run scripts/setup.sh once first (it installs staticcheck).
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS="${GOFLAGS:-} -mod=mod"
export GOWORK=off

echo "go: gofmt"
unformatted="$(gofmt -l .)"
if [ -n "$unformatted" ]; then
  echo "gofmt: not formatted:" >&2
  echo "$unformatted" >&2
  exit 1
fi

echo "go: vet"
go vet ./...

echo "go: staticcheck"
if [ ! -x .bin/staticcheck ]; then
  echo "staticcheck is not installed: run packages/go/scripts/setup.sh" >&2
  exit 1
fi
.bin/staticcheck ./...

echo "go: test (race)"
go test -race -count=1 ./...

echo "go: fuzz Parse and Render (${FUZZTIME:=8s} each)"
go test -run '^$' -fuzz '^FuzzParse$' -fuzztime "$FUZZTIME" .
go test -run '^$' -fuzz '^FuzzRender$' -fuzztime "$FUZZTIME" .
