#!/usr/bin/env bash
# Load through nginx with one and with two portal instances (issue 16, point 7): requests/s and latency percentiles
# (p50, p95, p99 from wrk's histogram, bench/topology-wrk.lua) of the landing page, a real certificate's public verification page and a reviewer's queue page
# (its server-side prerender; the session cookie comes from a real log-in with the authenticator's code).
#
#   bench/topology-load.sh            # prints one Markdown table row per page and instance count
#
# Settings (environment): TOPOLOGY_BENCH_DURATION (20s), TOPOLOGY_BENCH_CONNECTIONS (16), TOPOLOGY_BENCH_THREADS (2),
# TOPOLOGY_BENCH_PORT (8180: nginx; see deploy/local-cluster.sh for the others). The cluster lives in
# artifacts/topology-bench and is deleted afterwards (its publish folder is kept).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
command -v wrk >/dev/null 2>&1 || ensure_debian_packages wrk

duration=${TOPOLOGY_BENCH_DURATION:-20s}
connections=${TOPOLOGY_BENCH_CONNECTIONS:-16}
threads=${TOPOLOGY_BENCH_THREADS:-2}
export COOPPORTAL_CLUSTER_STATE=${COOPPORTAL_CLUSTER_STATE:-artifacts/topology-bench}
export COOPPORTAL_CLUSTER_PORT=${TOPOLOGY_BENCH_PORT:-8180}
export COOPPORTAL_CLUSTER_DEMO=1
# The public check and the log-in are rate-limited per client address; wrk is one client.
export Verification__PermitPerMinute=100000000
base=http://127.0.0.1:$COOPPORTAL_CLUSTER_PORT

trap 'deploy/local-cluster.sh down --purge >/dev/null' EXIT
COOPPORTAL_CLUSTER_INSTANCES=1 deploy/local-cluster.sh up

say "A certificate to verify, and a reviewer's session"
dotnet build bench/CoopPortal.Bench -c Release -nologo -clp:ErrorsOnly -v:quiet
primary="Host=127.0.0.1;Port=$((COOPPORTAL_CLUSTER_PORT + 40));Database=coopportal;Username=coopportal;Password=$(cat "$COOPPORTAL_CLUSTER_STATE/pg/app.password")"
code=$(dotnet run -c Release --no-build --project bench/CoopPortal.Bench -- topology-certificate "$primary" | tail -n 1)
# Demo reviewer of Zanjan (README.md#demo-accounts); no affinity cookie, so with two instances nginx balances.
cookie=$(python3 bench/topology-login.py "$base" 0030000009 CoopPortal-Demo-1405 COOPPORTALDEMOAUTHENTICATOR23456)
curl -fsS -o /dev/null "$base/verify/$code" || fail "the verification page of $code does not answer 200"
curl -fsS -o /dev/null -H "Cookie: $cookie" "$base/office/14" || fail "the reviewer's queue does not answer 200"

# measure NAME PATH [COOKIE]: one wrk run; prints "| NAME | instances | req/s | p50 ms | p95 ms | p99 ms | non-2xx |".
measure() {
  local name=$1 path=$2 header=() out
  if [ -n "${3:-}" ]; then header=(-H "Cookie: $3"); fi
  wrk -t"$threads" -c"$connections" -d5s "${header[@]}" "$base$path" >/dev/null # warm-up
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" -s bench/topology-wrk.lua "${header[@]}" "$base$path")
  value() { awk -v k="$1" '$1 == k {print $2}' <<<"$out"; }
  echo "| $name | $instances | $(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$out") | $(value p50) | $(value p95) | $(value p99) | $(value non2xx) |"
}

results=()
for instances in 1 2; do
  if [ "$instances" = 2 ]; then
    COOPPORTAL_CLUSTER_INSTANCES=2 deploy/local-cluster.sh up >/dev/null
  fi
  say "Measuring through nginx with $instances instance(s): $connections connections, $threads threads, $duration each"
  results+=("$(measure "landing page /" /)")
  results+=("$(measure "verification page /verify/{code}" "/verify/$code")")
  results+=("$(measure "reviewer's queue /office/14 (prerender)" /office/14 "$cookie")")
  printf '%s\n' "${results[@]: -3}"
done

echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg), wrk -t$threads -c$connections -d$duration"
echo "| page | instances | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | non-2xx |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${results[@]}"
