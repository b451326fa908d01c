#!/usr/bin/env bash
# Backs up the portal's database (applications, uploaded files, certificates and their PDFs, accounts and the
# Data Protection keys all live in it) with pg_dump in custom format, writes a SHA-256 file beside the dump and
# checks the dump reads back (pg_restore --list). See docs/operations-backup.md.
#
#   scripts/backup.sh [--connection "Host=...;Database=...;Username=...;Password=..."] [--output DIR] [--keep N]
#
# The database: --connection, else ConnectionStrings__Default, else the embedded private cluster of ./run.sh.
# --output: where dumps go (default: backups/ at the repository root). --keep N: afterwards, delete all but the
# newest N dumps of this database in that folder. Prints the dump's path as the last line.
set -euo pipefail
repository="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=scripts/prerequisites.sh
source "$repository/scripts/prerequisites.sh"
# shellcheck source=scripts/portal-database.sh
source "$repository/scripts/portal-database.sh"

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

connection=""
output="$repository/backups"
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --connection) connection="${2:?--connection needs a value}"; shift 2 ;;
    --output) output="${2:?--output needs a folder}"; shift 2 ;;
    --keep) keep="${2:?--keep needs a number}"; shift 2 ;;
    -h | --help) usage 0 ;;
    *) printf 'Unknown argument: %s\n' "$1" >&2; usage 2 ;;
  esac
done
if [ -n "$keep" ] && ! [[ "$keep" =~ ^[1-9][0-9]*$ ]]; then
  fail "--keep needs a whole number of at least 1 (it was '$keep')."
fi

ensure_pg_client_tools
trap stop_embedded_cluster_if_started EXIT
resolve_portal_database "$repository" "$connection"

# Dumps hold personal data: only their owner reads them.
umask 077
mkdir -p "$output"
output="$(cd "$output" && pwd)"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
name="${PGDATABASE}-${stamp}.dump"
dump="$output/$name"
partial="$dump.partial"
trap 'rm -f "$partial"; stop_embedded_cluster_if_started' EXIT

say "Backing up $(describe_portal_database)"
started=$SECONDS
# --no-password: never wait for a prompt (cron); a password comes from the connection string or ~/.pgpass.
"$PG_BIN/pg_dump" --format=custom --no-password --file="$partial" "$PGDATABASE"

# The dump must read back and hold the portal's tables, or it is no backup.
toc="$("$PG_BIN/pg_restore" --list "$partial")" || fail "pg_restore cannot read the dump just written ($partial)."
tables=$(grep -c " TABLE DATA " <<<"$toc" || true)
grep -q ' TABLE DATA public __EFMigrationsHistory ' <<<"$toc" \
  || fail "the dump of $PGDATABASE holds no __EFMigrationsHistory table: is this the portal's database?"
mv "$partial" "$dump"
(cd "$output" && sha256sum "$name" >"$name.sha256")
(cd "$output" && sha256sum --check --quiet "$name.sha256") || fail "the checksum of $dump does not match."

size=$(du -h "$dump" | cut -f1)
say "Wrote $dump ($size, $tables tables, $((SECONDS - started)) s) and $name.sha256"

if [ -n "$keep" ]; then
  mapfile -t older < <(ls -1 "$output"/"${PGDATABASE}"-*.dump 2>/dev/null | sort -r | tail -n +"$((keep + 1))")
  for old in "${older[@]}"; do
    rm -f "$old" "$old.sha256"
    say "Deleted the older backup $old"
  done
fi

printf '%s\n' "$dump"
