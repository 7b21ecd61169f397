#!/usr/bin/env bash
# Creates packages/python/.venv from the machine's python3 (3.11 or later) and installs the pinned
# development tools and the package itself (editable, with every extra).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-build-isolation -e '.[httpx,fastapi,jsonschema]'
