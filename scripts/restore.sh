#!/usr/bin/env bash
# Restores a dump written by scripts/backup.sh into the portal's database, in one transaction: all of it or
# nothing. The database is created when it does not exist; an existing empty one is filled; an existing one that
# holds tables is refused unless --force, which replaces its contents (pg_restore --clean --if-exists).
# Stop the portal first. See docs/operations-backup.md.
#
#   scripts/restore.sh [--connection "Host=...;Database=...;Username=...;Password=..."] [--force] DUMP
#
# The database: --connection, else ConnectionStrings__Default, else the embedded private cluster of ./run.sh.
# The checksum in DUMP.sha256 is checked when that file exists.
set -euo pipefail
repository="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=scripts/prerequisites.sh
source "$repository/scripts/prerequisites.sh"
# shellcheck source=scripts/portal-database.sh
source "$repository/scripts/portal-database.sh"

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

connection=""
force=0
dump=""
while [ $# -gt 0 ]; do
  case "$1" in
    --connection) connection="${2:?--connection needs a value}"; shift 2 ;;
    --force) force=1; shift ;;
    -h | --help) usage 0 ;;
    -*) printf 'Unknown argument: %s\n' "$1" >&2; usage 2 ;;
    *) [ -z "$dump" ] || usage 2; dump="$1"; shift ;;
  esac
done
[ -n "$dump" ] || usage 2
[ -f "$dump" ] || fail "no dump at $dump."
dump="$(cd "$(dirname "$dump")" && pwd)/$(basename "$dump")"

ensure_pg_client_tools
if [ -f "$dump.sha256" ]; then
  (cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$dump").sha256") \
    || fail "$dump does not match its checksum in $dump.sha256: the file is damaged or not the one backed up."
else
  say "No $(basename "$dump").sha256 beside the dump: its checksum is not checked"
fi
"$PG_BIN/pg_restore" --list "$dump" >/dev/null || fail "$dump is not a dump pg_restore can read."

trap stop_embedded_cluster_if_started EXIT
resolve_portal_database "$repository" "$connection"
target="$PGDATABASE"

# psql on the server's maintenance database (the target may not exist yet); variables keep names quoted.
maintenance() { "$PG_BIN/psql" -X -q -t -A --no-password -v ON_ERROR_STOP=1 -v db="$target" -d postgres "$@"; }

exists=$(maintenance <<<"SELECT count(*) FROM pg_database WHERE datname = :'db';")
clean=()
if [ "$exists" = "0" ]; then
  say "Creating the database $target"
  maintenance <<<"CREATE DATABASE :\"db\" ENCODING 'UTF8' TEMPLATE template0;" >/dev/null
else
  relations=$("$PG_BIN/psql" -X -q -t -A --no-password -v ON_ERROR_STOP=1 -d "$target" <<<"
    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
      AND n.nspname NOT LIKE 'pg\_temp%' AND c.relkind IN ('r', 'p', 'v', 'm', 'S');")
  if [ "$relations" != "0" ]; then
    [ "$force" -eq 1 ] || fail "the database $target is not empty ($relations tables, views and sequences).
Restoring would overwrite it. Stop the portal, then run again with --force to replace its contents,
or restore into a new database (--connection \"...;Database=another\")."
    say "Replacing the contents of $target (--force)"
    clean=(--clean --if-exists)
  fi
fi

say "Restoring $dump into $(describe_portal_database)"
started=$SECONDS
# One transaction: an error leaves the database as it was. --no-owner: objects belong to the restoring user, so a
# dump restores on another server whose roles have other names.
"$PG_BIN/pg_restore" --single-transaction --exit-on-error --no-owner --no-password "${clean[@]}" --dbname="$target" "$dump"
"$PG_BIN/psql" -X -q --no-password -v ON_ERROR_STOP=1 -d "$target" -c "ANALYZE;" >/dev/null

say "Restored $target in $((SECONDS - started)) s. Start the portal; it serves the restored data."
