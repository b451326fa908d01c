#!/usr/bin/env bash
# The production topology on one machine (deploy/README.md): a PostgreSQL 15 primary and a streaming hot-standby replica,
# N portal instances in Production built once in Release, and nginx in front with sticky sessions and WebSocket.
#
#   deploy/local-cluster.sh up [--republish]   start everything (publishes first when the sources changed)
#   deploy/local-cluster.sh down [--purge]     stop everything it started (idempotent); --purge also deletes the data
#   deploy/local-cluster.sh status             each part: running or not, and what it answers
#
# Settings (environment):
#   COOPPORTAL_CLUSTER_STATE      state folder (default deploy/.state): data, logs, pids, rendered configs, publish
#   COOPPORTAL_CLUSTER_PORT       nginx's port on 127.0.0.1 (default 8080); instances use PORT+1..PORT+N,
#                                 the primary PORT+40, the replica PORT+41
#   COOPPORTAL_CLUSTER_INSTANCES  how many portal instances (default 2)
#   COOPPORTAL_CLUSTER_DEMO       1 (default): seed the demo accounts of the README; 0: an empty portal
#   COOPPORTAL_CLUSTER_FAST       1: PostgreSQL without fsync (throwaway clusters of the tests); default 0
#   COOPPORTAL_CLUSTER_PUBLISH    an existing publish folder to use instead of publishing into the state folder
# Any Section__Key variable set when `up` runs reaches the instances (e.g. Smtp__Host, Smtp__Port), except the ones the
# cluster sets itself (URLs, connection strings, key encryption key, forwarded headers, public address).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/prerequisites.sh

state=${COOPPORTAL_CLUSTER_STATE:-deploy/.state}
mkdir -p "$state"
state=$(cd "$state" && pwd)
port=${COOPPORTAL_CLUSTER_PORT:-8080}
instances=${COOPPORTAL_CLUSTER_INSTANCES:-2}
demo=${COOPPORTAL_CLUSTER_DEMO:-1}
fast=${COOPPORTAL_CLUSTER_FAST:-0}
primary_port=$((port + 40))
replica_port=$((port + 41))
bootstrap_port=$((port + 39))
publish=${COOPPORTAL_CLUSTER_PUBLISH:-$state/publish}
pg_bin=""
unit=deploy/systemd/coopportal@.service
template=deploy/nginx/coopportal.conf.template

instance_port() { echo $((port + $1)); }
pidfile() { echo "$state/run/$1.pid"; }
alive() { [ -f "$(pidfile "$1")" ] && kill -0 "$(cat "$(pidfile "$1")")" 2>/dev/null; }
as_postgres() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
# pg_ctl -l LOG: a log file in logs/ that the postgres OS user may write.
pg_log() { local file=$state/logs/postgres-$1.log; mkdir -p "$state/logs"; touch "$file"; if is_root; then chown postgres "$file"; fi; echo "$file"; }
psql_primary() { as_postgres "$pg_bin/psql" -h "$state/pg/run" -p "$primary_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

find_pg_bin() {
  pg_bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$pg_bin" ] && [ -x "$pg_bin/pg_basebackup" ] || fail "PostgreSQL server binaries are missing (apt-get install postgresql-15)."
}

# wait_for SECONDS DESCRIPTION COMMAND...: runs COMMAND until it succeeds, at most SECONDS.
wait_for() {
  local seconds=$1 what=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
  echo "    $what: ready"
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1"; }

# The readiness address: /health/ready once the portal has it, /health before.
health_path() {
  local base=$1
  if curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$base/health/ready" | grep -qv '^404$'; then
    echo /health/ready
  else
    echo /health
  fi
}

# ---------------------------------------------------------------------------------------------------------------------
# PostgreSQL: primary, then a streaming hot-standby replica from pg_basebackup -R with a replication slot.

start_primary() {
  local data=$state/pg/primary
  mkdir -p "$state/pg/run" "$state/logs"
  if is_root; then chown postgres: "$state/pg" "$state/pg/run"; fi
  as_postgres test -x "$state/pg" || fail "the postgres OS user cannot reach $state (a parent folder is not traversable); set COOPPORTAL_CLUSTER_STATE to a folder it can reach."
  if [ ! -f "$data/PG_VERSION" ]; then
    say "Creating the PostgreSQL primary ($data)"
    as_postgres "$pg_bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$state/logs/initdb.log"
    cat >>"$data/postgresql.conf" <<EOF
# deploy/local-cluster.sh
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = '$state/pg/run'
unix_socket_permissions = 0700
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
hot_standby = on
EOF
    if [ "$fast" = 1 ]; then
      printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n' >>"$data/postgresql.conf"
    fi
    # The portal and the replication user log in with passwords over TCP (loopback here, the private network on hosts).
    cat >"$data/pg_hba.conf" <<EOF
local   all          postgres                  trust
host    coopportal   coopportal  127.0.0.1/32  scram-sha-256
host    replication  replicator  127.0.0.1/32  scram-sha-256
EOF
    openssl rand -hex 16 >"$state/pg/app.password"
    openssl rand -hex 16 >"$state/pg/replicator.password"
    chmod 600 "$state/pg/"*.password
    fresh=1
  fi
  if ! as_postgres "$pg_bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_postgres "$pg_bin/pg_ctl" -D "$data" -l "$(pg_log primary)" -w -t 60 start >/dev/null
  fi
  echo "    primary: 127.0.0.1:$primary_port"
  if [ "${fresh:-0}" = 1 ]; then
    psql_primary >/dev/null <<EOF
CREATE ROLE coopportal LOGIN PASSWORD '$(cat "$state/pg/app.password")';
CREATE DATABASE coopportal OWNER coopportal;
CREATE ROLE replicator LOGIN REPLICATION PASSWORD '$(cat "$state/pg/replicator.password")';
SELECT pg_create_physical_replication_slot('coopportal_replica');
EOF
  fi
}

start_replica() {
  local data=$state/pg/replica
  if [ ! -f "$data/PG_VERSION" ]; then
    say "Creating the streaming replica (pg_basebackup -R, slot coopportal_replica)"
    if is_root; then install -d -o postgres -m 700 "$data"; fi
    as_postgres env PGPASSWORD="$(cat "$state/pg/replicator.password")" \
      "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U replicator -D "$data" -R -S coopportal_replica -X stream -c fast
    # The copy carries the primary's settings; the replica listens on its own port.
    as_postgres sh -c "printf 'port = $replica_port\nhot_standby = on\n' >>'$data/postgresql.conf'"
  fi
  if ! as_postgres "$pg_bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_postgres "$pg_bin/pg_ctl" -D "$data" -l "$(pg_log replica)" -w -t 60 start >/dev/null
  fi
  wait_for 30 "replica streaming" replica_streaming || fail "the replica does not stream from the primary (see $state/logs/postgres-replica.log)."
}

replica_streaming() {
  [ "$(psql_primary -c "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" -ge 1 ]
}

connection_string() { # PORT
  echo "Host=127.0.0.1;Port=$1;Database=coopportal;Username=coopportal;Password=$(cat "$state/pg/app.password")"
}

# ---------------------------------------------------------------------------------------------------------------------
# The portal: published once in Release; the schema (and the demo accounts) by one bootstrap run; N instances.

sources_changed() {
  [ -f "$publish/CoopPortal.Web.dll" ] && [ -f "$publish/.published" ] || return 0
  [ -n "$(find src Migrations appsettings.json Directory.Packages.props Directory.Build.props -newer "$publish/.published" \
    -type f -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/node_modules/*' -not -path '*/wwwroot/fonts/*' -not -path '*/.data/*' \
    -print -quit 2>/dev/null)" ]
}

publish_portal() {
  if [ -n "${COOPPORTAL_CLUSTER_PUBLISH:-}" ]; then
    [ -f "$publish/CoopPortal.Web.dll" ] || fail "COOPPORTAL_CLUSTER_PUBLISH=$publish holds no CoopPortal.Web.dll."
    return 0
  fi
  if [ "${republish:-0}" = 1 ] || sources_changed; then
    say "Publishing the portal in Release ($publish)"
    rm -rf "$publish"
    dotnet publish src/CoopPortal.Web -c Release -o "$publish" -nologo -clp:ErrorsOnly -v:quiet
    touch "$publish/.published"
  fi
}

key_encryption_key() {
  mkdir -p "$state/secrets"
  chmod 700 "$state/secrets"
  [ -s "$state/secrets/kek" ] || (umask 077 && openssl rand -base64 32 >"$state/secrets/kek")
}

# The instance's environment: the Environment= lines of the systemd unit, then what differs on this machine, then the
# Section__Key variables of the caller. Written as a file the instance's shell sources.
instance_environment() { # INSTANCE-NUMBER
  local n=$1 p
  p=$(instance_port "$n")
  {
    sed -n 's/^Environment=\([A-Za-z_][A-Za-z0-9_]*\)=\(.*\)$/\1 \2/p' "$unit" | while read -r name value; do
      value=${value//%i/$p}
      value=${value//%d/$state\/secrets}
      printf 'export %s=%q\n' "$name" "$value"
    done
    printf 'export %s=%q\n' \
      ASPNETCORE_URLS "http://127.0.0.1:$p" \
      HOME "${HOME:-/root}" \
      ForwardedHeaders__KnownProxies 127.0.0.1 \
      Portal__PublicBaseUrl "http://127.0.0.1:$port" \
      Smtp__Host "" \
      Telemetry__OtlpEndpoint "" \
      Telemetry__MetricsAllowedNetworks 127.0.0.1/32 \
      Pdf__WarmUpOnStart false
    for name in "${caller_settings[@]}"; do
      printf 'export %s=%q\n' "$name" "${!name}"
    done
    printf 'export %s=%q\n' \
      ConnectionStrings__Default "$(connection_string "$primary_port")" \
      ConnectionStrings__ReadOnly "$(connection_string "$replica_port")" \
      DataProtection__KeyEncryptionKeyFile "$state/secrets/kek"
  }
}

caller_settings=()
for name in $(compgen -e); do
  case $name in
    ConnectionStrings__*|DataProtection__*|ForwardedHeaders__*|Portal__PublicBaseUrl|ASPNETCORE_*) ;;
    [A-Za-z]*__*) caller_settings+=("$name") ;;
  esac
done

# start_portal NAME ENV-FILE: a detached process (own session, no terminal), its pid in run/NAME.pid, its log in logs/.
start_portal() {
  local name=$1 env_file=$2
  mkdir -p "$state/run" "$state/logs"
  # From the publish folder, like the unit's WorkingDirectory: the content root (wwwroot) is the current folder.
  setsid env -i PATH="$PATH" bash -c "source '$env_file' && cd '$publish' && exec dotnet CoopPortal.Web.dll" \
    </dev/null >>"$state/logs/$name.log" 2>&1 &
  echo $! >"$(pidfile "$name")"
}

stop_pid() { # NAME: SIGTERM, up to 15 s, then SIGKILL
  local file pid
  file=$(pidfile "$1")
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 75); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

bootstrap_database() {
  [ -f "$state/pg/bootstrapped" ] && return 0
  say "Migrating the database$([ "$demo" = 1 ] && echo ' and seeding the demo accounts') (one bootstrap run of the portal)"
  local env_file=$state/run/bootstrap.env
  mkdir -p "$state/run"
  {
    instance_environment 1
    # Demo accounts are seeded only in Development (docs/configuration.md); the instances themselves run in Production.
    printf 'export %s=%q\n' \
      ASPNETCORE_ENVIRONMENT "$([ "$demo" = 1 ] && echo Development || echo Production)" \
      ASPNETCORE_URLS "http://127.0.0.1:$bootstrap_port" \
      Database__MigrateOnStartup true Seed__DemoAccounts "$([ "$demo" = 1 ] && echo true || echo false)" \
      Smtp__Host "" Sms__Gateway Fake Identity__Proofing__IdentityCheck Fake Pdf__WarmUpOnStart false
  } >"$env_file"
  start_portal bootstrap "$env_file"
  if ! wait_for 120 "schema$([ "$demo" = 1 ] && echo ' and demo accounts')" http_ok "http://127.0.0.1:$bootstrap_port/health"; then
    stop_pid bootstrap
    fail "the bootstrap run did not become healthy (see $state/logs/bootstrap.log)."
  fi
  stop_pid bootstrap
  touch "$state/pg/bootstrapped"
}

start_instances() {
  local n
  for n in $(seq 1 "$instances"); do
    if alive "instance-$n"; then continue; fi
    instance_environment "$n" >"$state/run/instance-$n.env"
    start_portal "instance-$n" "$state/run/instance-$n.env"
  done
  for n in $(seq 1 "$instances"); do
    wait_for 90 "instance $n on 127.0.0.1:$(instance_port "$n")" http_ok "http://127.0.0.1:$(instance_port "$n")/health" \
      || fail "instance $n did not become healthy (see $state/logs/instance-$n.log)."
  done
}

# ---------------------------------------------------------------------------------------------------------------------
# nginx: the site config is deploy/nginx/coopportal.conf.template rendered for loopback, under a private nginx.conf.

render_nginx() {
  local dir=$state/nginx n p
  mkdir -p "$dir/temp" "$state/logs"
  : >"$dir/tls.conf"
  {
    echo "# Rendered by deploy/local-cluster.sh (see deploy/nginx/upstreams.conf.example)."
    echo "upstream coopportal_any {"
    for n in $(seq 1 "$instances"); do echo "    server 127.0.0.1:$(instance_port "$n") max_fails=1 fail_timeout=10s;"; done
    echo "    keepalive 32;"
    echo "}"
    for n in $(seq 1 "$instances"); do
      echo "upstream coopportal_n$n {"
      echo "    server 127.0.0.1:$(instance_port "$n") max_fails=1 fail_timeout=10s;"
      for p in $(seq 1 "$instances"); do [ "$p" = "$n" ] || echo "    server 127.0.0.1:$(instance_port "$p") backup;"; done
      echo "    keepalive 16;"
      echo "}"
    done
    echo 'map $cookie_coopportal_node $coopportal_upstream {'
    echo "    default coopportal_any;"
    for n in $(seq 1 "$instances"); do echo "    n$n coopportal_n$n;"; done
    echo "}"
    echo 'map $upstream_addr $coopportal_served_by {'
    echo '    default "";'
    for n in $(seq 1 "$instances"); do echo "    \"~127\\.0\\.0\\.1:$(instance_port "$n")\$\" n$n;"; done
    echo "}"
  } >"$dir/upstreams.conf"
  sed -e "s|@UPSTREAMS@|$dir/upstreams.conf|" -e "s|@LISTEN@|127.0.0.1:$port|" -e "s|@TLS@|$dir/tls.conf|" \
    -e "s|@SERVER_NAME@|127.0.0.1 localhost|" "$template" >"$dir/coopportal.conf"
  if is_root; then chown -R nobody "$dir/temp"; fi
  cat >"$dir/nginx.conf" <<EOF
# Rendered by deploy/local-cluster.sh: a private nginx (not the system service), everything under the state folder.
$(is_root && echo 'user nobody nogroup;')
worker_processes 1;
pid $state/run/nginx.pid;
error_log $state/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    log_format coopportal '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent \$request_time upstream=\$upstream_addr node=\$cookie_coopportal_node';
    access_log $state/logs/nginx-access.log coopportal;
    client_body_temp_path $dir/temp/body;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
    include $dir/coopportal.conf;
}
EOF
  nginx -t -q -c "$dir/nginx.conf" -p "$dir" 2>>"$state/logs/nginx-error.log" || fail "nginx refuses the rendered config (see $state/logs/nginx-error.log)."
}

start_nginx() {
  render_nginx
  if alive nginx; then
    nginx -c "$state/nginx/nginx.conf" -p "$state/nginx" -s reload 2>>"$state/logs/nginx-error.log"
  else
    nginx -c "$state/nginx/nginx.conf" -p "$state/nginx"
  fi
  local ready
  ready=$(health_path "http://127.0.0.1:$port")
  wait_for 30 "nginx on 127.0.0.1:$port ($ready)" http_ok "http://127.0.0.1:$port$ready" || fail "nginx does not answer $ready (see $state/logs/nginx-error.log)."
}

# ---------------------------------------------------------------------------------------------------------------------

up() {
  local started=$SECONDS
  require_dotnet
  ls /usr/lib/postgresql/*/bin/pg_basebackup >/dev/null 2>&1 || ensure_debian_packages postgresql-15
  local tool
  for tool in nginx curl openssl; do command -v "$tool" >/dev/null 2>&1 || ensure_debian_packages "$tool"; done
  ensure_node
  ensure_pdf_engine
  find_pg_bin
  publish_portal
  local after_publish=$SECONDS
  say "Starting the cluster in $state"
  start_primary
  start_replica
  key_encryption_key
  bootstrap_database
  start_instances
  start_nginx
  say "Up in $((SECONDS - after_publish)) s after publishing ($((SECONDS - started)) s in all)"
  echo "    portal (nginx):  http://127.0.0.1:$port/"
  for n in $(seq 1 "$instances"); do echo "    instance $n:      http://127.0.0.1:$(instance_port "$n")/"; done
  echo "    primary:         $(connection_string "$primary_port" | sed 's/Password=.*/Password=(see pg\/app.password)/')"
  echo "    replica:         port $replica_port (hot standby, slot coopportal_replica)"
  echo "    logs:            $state/logs/"
  [ "$demo" = 1 ] && echo "    demo accounts:   README.md#demo-accounts"
  return 0
}

down() {
  find_pg_bin
  if alive nginx; then
    nginx -c "$state/nginx/nginx.conf" -p "$state/nginx" -s stop 2>/dev/null || kill -TERM "$(cat "$(pidfile nginx)")" 2>/dev/null || true
    for _ in $(seq 1 50); do alive nginx || break; sleep 0.1; done
  fi
  rm -f "$(pidfile nginx)"
  local file
  for file in "$state"/run/instance-*.pid "$state/run/bootstrap.pid"; do
    [ -f "$file" ] && stop_pid "$(basename "$file" .pid)"
  done
  for cluster in replica primary; do
    if [ -f "$state/pg/$cluster/postmaster.pid" ]; then
      as_postgres "$pg_bin/pg_ctl" -D "$state/pg/$cluster" -m fast -w stop >/dev/null 2>&1 || true
    fi
  done
  if [ "${purge:-0}" = 1 ]; then
    if [ -z "${COOPPORTAL_CLUSTER_PUBLISH:-}" ] && [ -d "$publish" ]; then
      find "$state" -mindepth 1 -maxdepth 1 ! -name publish -exec rm -rf {} +
    else
      find "$state" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
    fi
  fi
  echo "cluster in $state: down"
}

status() {
  find_pg_bin
  local n code rc=0
  for cluster in primary replica; do
    if [ -f "$state/pg/$cluster/PG_VERSION" ] && as_postgres "$pg_bin/pg_ctl" -D "$state/pg/$cluster" status >/dev/null 2>&1; then
      if [ "$cluster" = replica ]; then
        echo "postgres $cluster: running (port $replica_port, in recovery: $(as_postgres "$pg_bin/psql" -h "$state/pg/run" -p "$replica_port" -U postgres -qAt -c 'SELECT pg_is_in_recovery()' 2>/dev/null || echo '?'))"
      else
        echo "postgres $cluster: running (port $primary_port, replicas streaming: $(psql_primary -c "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'" 2>/dev/null || echo '?'))"
      fi
    else
      echo "postgres $cluster: stopped"; rc=3
    fi
  done
  for n in $(seq 1 "$instances"); do
    if alive "instance-$n"; then
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$(instance_port "$n")/health" || true)
      echo "instance $n: running (pid $(cat "$(pidfile "instance-$n")"), http://127.0.0.1:$(instance_port "$n")/health → $code)"
    else
      echo "instance $n: stopped"; rc=3
    fi
  done
  if alive nginx; then
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$port/health" || true)
    echo "nginx: running (pid $(cat "$(pidfile nginx)"), http://127.0.0.1:$port/health → $code)"
  else
    echo "nginx: stopped"; rc=3
  fi
  return $rc
}

command=${1:-}
shift || true
for option in "$@"; do
  case $option in
    --republish) republish=1 ;;
    --purge) purge=1 ;;
    *) fail "unknown option $option" ;;
  esac
done
case $command in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up [--republish] | down [--purge] | status" >&2; exit 2 ;;
esac
