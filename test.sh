#!/usr/bin/env bash
# Runs every test: unit, integration (real PostgreSQL), component (bUnit) and end-to-end (Chromium).
# Each test run starts its own throwaway PostgreSQL cluster; screenshots and results go to artifacts/.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

require_dotnet
ensure_postgres_binaries
ensure_node
ensure_test_tools

results=artifacts/test-results
rm -rf "$results" artifacts/screenshots artifacts/pdf

# Throwaway clusters of earlier runs whose test process was ended before it could delete them (a running cluster
# has a postmaster.pid and is left alone).
for cluster in "${TMPDIR:-/tmp}"/coopportal-pg-*; do
  [ -d "$cluster" ] || continue
  [ -e "$cluster/data/postmaster.pid" ] || rm -rf "$cluster"
done
mkdir -p "$results"

say "Building (warnings are errors)"
dotnet build CoopPortal.sln -nologo -clp:ErrorsOnly -v:quiet

say "Running the tests"
status=0
dotnet test CoopPortal.sln --no-build -nologo --blame-hang-timeout 10m \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

# One closing line over all test assemblies, from their TRX result files.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
echo
echo "Screenshots: artifacts/screenshots   Results: $results"
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
