#!/usr/bin/env bash
# Installs what the project needs on a machine with Node 20+ and npm, Python 3.11+ and Go 1.25+, then
# builds every package and emits every generated file (schemas/, docs/, the README's table of codes,
# the Python and Go packages' generated code, the conformance vectors).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1; then
  npm install -g pnpm@10
fi

# System packages the tests use: Python's jsonschema (schema agreement across languages) and
# Chromium (the HTML error reference). Installed from Debian's packages when this runs as root.
missing=()
/usr/bin/python3 -c "import jsonschema" >/dev/null 2>&1 || missing+=(python3-jsonschema)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: the tests need these Debian packages: ${missing[*]} (apt-get install ${missing[*]})" >&2
  fi
fi

pnpm install --frozen-lockfile

# The Python package's virtual environment (packages/python/.venv: its pinned tools, and the package
# itself with every extra), and the Go module's tools (staticcheck, through the Go module proxy).
bash packages/python/scripts/setup.sh
bash packages/go/scripts/setup.sh

pnpm build
