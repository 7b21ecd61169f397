#!/usr/bin/env bash
# Installs the tools the Go module's checks need into packages/go/.bin (gitignored):
# staticcheck, pinned, built with the Go on PATH through the Go module proxy.
set -euo pipefail
cd "$(dirname "$0")/.."
STATICCHECK_VERSION=v0.8.2
mkdir -p .bin
GOBIN="$PWD/.bin" go install "honnef.co/go/tools/cmd/staticcheck@${STATICCHECK_VERSION}"
go mod download
