#!/usr/bin/env bash
# ./run.sh         install PostgreSQL 15 + PostGIS 3 if missing (as root), start the local
#                  database, migrate, import the data on first start, serve the API on
#                  http://127.0.0.1:5080 (GAZETTEER_PORT to change; GAZETTEER_DB to use an
#                  existing PostGIS instead of the local one)
# ./run.sh stop    stop the local database
set -euo pipefail
cd "$(dirname "$0")"
. scripts/prerequisites.sh
trap report_failure EXIT

case "${1:-start}" in
  start) ;;
  stop)
    require_dotnet
    [ -f "$cli_dll" ] || { step "Building the gazetteer command (Release)"; build_release src/CivilAffairs.Gazetteer.Cli; }
    current_step="stopping the database"
    gazetteer db down
    exit 0 ;;
  *) fail "Unknown argument '$1'. Use ./run.sh to start everything, or ./run.sh stop to stop the local database." ;;
esac

api_port=${GAZETTEER_PORT:-5080}
[[ "$api_port" =~ ^[0-9]+$ ]] && [ "$api_port" -ge 1 ] && [ "$api_port" -le 65535 ] ||
  fail "GAZETTEER_PORT='$api_port' is not a port number. Set it to e.g. 5080."
if (exec 3<>"/dev/tcp/127.0.0.1/$api_port") 2>/dev/null; then
  fail "Port $api_port on 127.0.0.1 is already in use (is the service running already?). Stop that program, or choose another port: GAZETTEER_PORT=5081 ./run.sh"
fi

require_dotnet
if [ -n "${GAZETTEER_DB:-}" ]; then
  step "Using the PostGIS named by GAZETTEER_DB (no local database)"
else
  require_postgis
fi

step "Building (Release)"
build_release src/CivilAffairs.Gazetteer.Cli src/CivilAffairs.Gazetteer.Api
build_explorer

step "Starting the database"
gazetteer db up

step "Applying migrations"
gazetteer migrate

# The import command decides itself whether the data is already in (a second start imports nothing).
if gazetteer import --help >/dev/null 2>&1; then
  step "Importing the data (only what is not imported yet)"
  gazetteer import
else
  step "Importing the data"
  note "This build has no 'gazetteer import' command yet: the API serves an empty registry."
fi

# Access tokens are signed with a key of this machine's own, created once and never committed
# (.local/ is git-ignored); GAZETTEER_SIGNING_KEY overrides it.
if [ -z "${GAZETTEER_SIGNING_KEY:-}" ] && [ ! -s .local/signing-key ]; then
  step "Creating the local signing key for access tokens (.local/signing-key)"
  mkdir -p .local
  (umask 077 && head -c 48 /dev/urandom | base64 -w0 > .local/signing-key)
fi

export GAZETTEER_DB="${GAZETTEER_DB:-$(gazetteer db connection-string)}"
step "Serving the API on http://127.0.0.1:$api_port (Ctrl+C stops it; ./run.sh stop stops the database)"
current_step="serving the API"
trap - EXIT
exec dotnet "$api_dll" --urls "http://127.0.0.1:$api_port"
