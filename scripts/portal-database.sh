# Finds the portal's database for scripts/backup.sh and scripts/restore.sh and sets the libpq variables
# (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE) that pg_dump, pg_restore and psql read.
#   - a connection string given with --connection, else ConnectionStrings__Default (the portal's own setting), in
#     Npgsql form: "Host=db1;Port=5432;Database=coopportal;Username=portal;Password=...";
#   - with neither, the embedded private cluster of ./run.sh (src/CoopPortal.Web/.data/postgres, or the folder in
#     EmbeddedPostgres__DataDirectory), found the way LocalPostgresCluster finds it; started for the operation and
#     stopped again when it is not running.
# Needs scripts/prerequisites.sh sourced first (say, fail, is_root, PG_BIN).
# shellcheck shell=bash

# use_npgsql_connection STRING: the Npgsql keywords the portal uses, mapped to libpq's variables.
use_npgsql_connection() {
  local connection="$1" pair key value
  unset PGHOST PGPORT PGUSER PGDATABASE PGPASSWORD PGSSLMODE
  IFS=';' read -r -a pairs <<<"$connection"
  for pair in "${pairs[@]}"; do
    [[ "$pair" == *=* ]] || continue
    key=$(printf '%s' "${pair%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')
    value="${pair#*=}"
    value="${value#"${value%%[![:space:]]*}"}"
    value="${value%"${value##*[![:space:]]}"}"
    if [[ "$value" =~ ^\'(.*)\'$ || "$value" =~ ^\"(.*)\"$ ]]; then
      value="${BASH_REMATCH[1]}"
    fi
    case "$key" in
      host | server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      database | db) export PGDATABASE="$value" ;;
      username | userid | user | uid) export PGUSER="$value" ;;
      password | pwd | psw) export PGPASSWORD="$value" ;;
      sslmode)
        case "$(printf '%s' "$value" | tr '[:upper:]' '[:lower:]')" in
          verifyca | verify-ca) export PGSSLMODE=verify-ca ;;
          verifyfull | verify-full) export PGSSLMODE=verify-full ;;
          *) PGSSLMODE=$(printf '%s' "$value" | tr '[:upper:]' '[:lower:]'); export PGSSLMODE ;;
        esac ;;
      *) ;; # pooling, timeouts and the like mean nothing to pg_dump
    esac
  done
  [ -n "${PGDATABASE:-}" ] || fail "the connection string names no Database."
}

# The embedded cluster: same folder, socket and database as LocalPostgresCluster and LocalPostgresOptions.
_embedded_started=0
_embedded_data=""

_short_hash() { printf '%s' "$1" | sha256sum | cut -c1-12; }

as_cluster_owner() {
  if is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

use_embedded_cluster() {
  local repository="$1" data port database socket relocated
  data="${EmbeddedPostgres__DataDirectory:-.data/postgres}"
  [[ "$data" == /* ]] || data="$repository/src/CoopPortal.Web/$data"
  data=$(realpath -m -s "$data")
  port="${EmbeddedPostgres__Port:-5433}"
  database="${EmbeddedPostgres__Database:-coopportal}"
  if [ ! -f "$data/PG_VERSION" ]; then
    # As root, a cluster whose folder the postgres user cannot reach lives under /var/lib/coopportal.
    relocated="/var/lib/coopportal/$(_short_hash "$data")/postgres"
    [ -f "$relocated/PG_VERSION" ] \
      || fail "no embedded cluster in $data (nor $relocated). Set ConnectionStrings__Default or pass --connection for your own server."
    data="$relocated"
  fi

  if [ "$(LC_ALL=C; printf '%s' "$data/.s.PGSQL.$port" | wc -c)" -le 100 ]; then
    socket="$data"
  else
    local tmp="${TMPDIR:-/tmp}"
    socket="${tmp%/}/coopportal-sock-$(_short_hash "$data")"
  fi

  export PGHOST="$socket" PGPORT="$port" PGUSER=postgres PGDATABASE="$database"
  unset PGPASSWORD PGSSLMODE
  _embedded_data="$data"
  if ! as_cluster_owner "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    say "The embedded cluster in $data is not running: starting it for this operation"
    if [ "$socket" != "$data" ]; then
      mkdir -p "$socket" && chmod 700 "$socket"
      if is_root; then chown postgres: "$socket"; fi
    fi
    as_cluster_owner "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c port=$port -c unix_socket_directories='$socket' -c unix_socket_permissions=0700" start >/dev/null \
      || fail "the embedded cluster in $data did not start (see $data/server.log)."
    _embedded_started=1
  fi
}

# Stops the embedded cluster if use_embedded_cluster started it (call from an EXIT trap).
stop_embedded_cluster_if_started() {
  if [ "$_embedded_started" -eq 1 ]; then
    as_cluster_owner "$PG_BIN/pg_ctl" -D "$_embedded_data" -m fast -w stop >/dev/null || true
    _embedded_started=0
  fi
}

# resolve_portal_database REPOSITORY [CONNECTION]
resolve_portal_database() {
  local repository="$1" connection="${2:-${ConnectionStrings__Default:-}}"
  if [ -n "$connection" ]; then
    use_npgsql_connection "$connection"
  else
    use_embedded_cluster "$repository"
  fi
}

# describe_portal_database: where the variables point, without the password.
describe_portal_database() {
  printf 'database %s on %s port %s as %s' "$PGDATABASE" "${PGHOST:-localhost}" "${PGPORT:-5432}" "${PGUSER:-$(id -un)}"
}
