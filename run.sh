#!/usr/bin/env bash
# Runs the portal: http://127.0.0.1:5000 unless --urls or ASPNETCORE_URLS says otherwise.
# With no ConnectionStrings__Default it starts a private PostgreSQL cluster (data in src/CoopPortal.Web/.data/).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

require_dotnet
ensure_postgres_binaries
ensure_node
ensure_pdf_engine

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
if [ -z "${ASPNETCORE_URLS:-}" ] && [[ " $* " != *" --urls"* ]]; then
  export ASPNETCORE_URLS="http://127.0.0.1:5000"
fi

say "Building the portal"
dotnet build src/CoopPortal.Web -nologo -clp:ErrorsOnly -v:quiet
say "Starting the portal ($ASPNETCORE_ENVIRONMENT)"
exec dotnet run --no-build --no-launch-profile --project src/CoopPortal.Web -- "$@"
