#!/usr/bin/env bash
# Lighthouse (mobile: simulated slow 4G, 4x CPU) on the landing page, the log-in page and an application section, against
# the portal as production serves it: a Release publish in Production mode (static files compressed at build time, no
# demo accounts, no developer pages) on a private PostgreSQL cluster of its own. Prints the table for bench/README.md.
#   bench/lighthouse/run.sh [runs per figure, default 3]
#   bench/lighthouse/run.sh loads [loads per page, default 10]: full page loads unthrottled instead (loads.mjs)
# LIGHTHOUSE_DETAILS=1 also prints each page's requests, scripts and long tasks; LIGHTHOUSE_ONLY=home|log-in|application
# measures one page.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/prerequisites.sh
require_dotnet
ensure_postgres_binaries
ensure_node
ensure_pdf_engine

out=artifacts/lighthouse
port=${LIGHTHOUSE_PORT:-5090}
say "Publishing the portal in Release ($out/publish)"
rm -rf "$out/publish"
dotnet publish src/CoopPortal.Web -c Release -o "$out/publish" -nologo -clp:ErrorsOnly -v:quiet
say "Installing Lighthouse (bench/lighthouse/package-lock.json)"
(cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error)

say "Starting the portal in Production on http://127.0.0.1:$port (log: $out/portal.log)"
(
  cd "$out/publish"
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Database__MigrateOnStartup=true \
    DataProtection__KeyEncryptionKey="$(head -c 32 /dev/urandom | base64)" Portal__PublicBaseUrl="http://127.0.0.1:$port" \
    Pdf__WarmUpOnStart=false exec dotnet CoopPortal.Web.dll
) >"$out/portal.log" 2>&1 &
portal=$!
trap 'kill -TERM "$portal" 2>/dev/null; wait "$portal" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break
  kill -0 "$portal" 2>/dev/null || fail "the portal stopped (see $out/portal.log)."
  sleep 1
done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || fail "the portal did not become ready (see $out/portal.log)."

say "Measuring"
if [ "${1:-}" = loads ]; then
  node bench/lighthouse/loads.mjs "http://127.0.0.1:$port" "${2:-10}"
else
  node bench/lighthouse/measure.mjs "http://127.0.0.1:$port" "${1:-3}"
fi
