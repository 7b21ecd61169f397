#!/usr/bin/env bash
# Runs every check of the repository and ends with one summary of what ran. The tests stream as they
# run; the other steps are quiet when they pass and print their whole output when they fail.
set -uo pipefail
cd "$(dirname "$0")/.."

summary=()
failed=0

# step NAME COMMAND...: runs COMMAND with its output held back unless it fails.
step() {
  local name=$1 started output
  shift
  started=$(date +%s)
  if output=$("$@" 2>&1); then
    summary+=("ok    ${name} ($(($(date +%s) - started)) s)")
  else
    failed=1
    summary+=("FAIL  ${name}")
    printf '\n--- %s failed:\n%s\n' "$name" "$output" >&2
  fi
}

step "release gate: every catalogue change has a large enough changeset" pnpm errata check-release

started=$(date +%s)
if pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.vitest-output/results.json; then
  tests="ok   "
else
  tests="FAIL "
  failed=1
fi
counts=$(node -e '
  const r = require("./.vitest-output/results.json");
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped, in ${r.numTotalTestSuites} suites`);
' 2>/dev/null || echo "no results written")
summary+=("${tests} vitest: ${counts} ($(($(date +%s) - started)) s)")

# The conformance suite: every testee of packages/conformance/testees.json against every vector. Its
# own closing line ("conformance: N passed, N failed") goes into the summary; its counts per testee
# are short, and printed either way.
started=$(date +%s)
if conformance=$(pnpm -s conformance 2>&1); then
  printf '%s\n' "$conformance"
  summary+=("ok    $(tail -n 1 <<<"$conformance") ($(($(date +%s) - started)) s)")
else
  failed=1
  summary+=("FAIL  $(tail -n 1 <<<"$conformance")")
  printf '\n--- conformance failed:\n%s\n' "$conformance" >&2
fi

step "python: ruff, mypy --strict, pytest (wheel and sdist installed offline)" bash packages/python/scripts/check.sh
step "go: gofmt, go vet, staticcheck, go test -race, fuzz" bash packages/go/scripts/check.sh
step "tsc: the whole repository type-checks" pnpm typecheck
step "biome: every package formatted and linted" pnpm lint
for dir in packages/*/; do
  [ -f "${dir}package.json" ] || continue
  name=$(node -p "require('./${dir}package.json').name")
  step "publint + attw: ${name}" pnpm --dir "$dir" run lint:package
done

printf '\nSummary\n'
printf '  %s\n' "${summary[@]}"
exit "$failed"
