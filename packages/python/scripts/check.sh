#!/usr/bin/env bash
# Lint, format check, strict type check and the tests (the offline wheel/sdist install and the
# planted type mistakes included). Exits non-zero when any fails; pytest's summary line comes last.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
.venv/bin/ruff check src tests scripts conformance bench || status=1
.venv/bin/ruff format --check src tests scripts conformance bench || status=1
.venv/bin/mypy --strict || status=1
.venv/bin/pytest || status=1
exit $status
