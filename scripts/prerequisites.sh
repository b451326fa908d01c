# Shared set-up for ./run.sh and ./test.sh: checks what the portal needs and installs what is missing.
# As root it installs Debian packages itself; otherwise it says exactly what to install and stops.
# shellcheck shell=bash

_apt_updated=0

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\n\033[31mCannot continue:\033[0m %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# ensure_debian_packages PACKAGE... : installs the packages that are not installed yet.
ensure_debian_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! is_root; then
    fail "these Debian packages are missing: ${missing[*]}
Install them with:  sudo apt-get install -y ${missing[*]}
then run this command again."
  fi
  if [ "$_apt_updated" -eq 0 ]; then
    say "Updating the Debian package lists"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq || fail "apt-get update failed (see above)."
    _apt_updated=1
  fi
  say "Installing Debian packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]} failed (see above)."
}

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 || fail "the .NET SDK is not on PATH. Install the .NET 10 SDK (https://dot.net) and run this command again."
  local major
  major=$(dotnet --version 2>/dev/null | cut -d. -f1)
  [ "${major:-0}" -ge 10 ] || fail "the .NET 10 SDK is needed; 'dotnet --version' says $(dotnet --version 2>/dev/null)."
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
}

# The portal starts its own PostgreSQL cluster from the server binaries unless ConnectionStrings__Default is set.
ensure_postgres_binaries() {
  if [ -n "${ConnectionStrings__Default:-}" ]; then
    return 0
  fi
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    ensure_debian_packages postgresql-15
  fi
  ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 \
    || fail "PostgreSQL server binaries are missing. Install them with: sudo apt-get install -y postgresql-15"
}

# npm brings the Vazirmatn font at build time (src/CoopPortal.Web/package.json).
ensure_node() {
  if ! command -v npm >/dev/null 2>&1; then
    ensure_debian_packages nodejs npm
  fi
}

# The portal prints certificates and other PDFs with Debian's headless Chromium (docs/decisions/0003-pdf-engine.md).
ensure_pdf_engine() {
  ensure_debian_packages chromium
}

# Browser tests and PDF checks use Debian's Chromium, poppler (pdftoppm) and zbar (zbarimg reads the QR codes).
ensure_test_tools() {
  ensure_debian_packages chromium poppler-utils zbar-tools
}

# pg_dump, pg_restore and psql for scripts/backup.sh and scripts/restore.sh. Sets PG_BIN to the newest
# /usr/lib/postgresql/*/bin holding them (a pg_dump at least as new as the server), unless PG_BIN is already set.
ensure_pg_client_tools() {
  if [ -z "${PG_BIN:-}" ]; then
    if ! ls /usr/lib/postgresql/*/bin/pg_dump >/dev/null 2>&1; then
      ensure_debian_packages postgresql-client-15
    fi
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  for tool in pg_dump pg_restore psql; do
    [ -x "$PG_BIN/$tool" ] || fail "$tool is missing from $PG_BIN. Install it with: sudo apt-get install -y postgresql-client-15"
  done
  export PG_BIN
}
