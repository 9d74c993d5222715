#!/usr/bin/env bash
# Bootstrap for development until `gazetteer db up` exists: a project-local PostGIS cluster.
# Usage: scripts/dev-postgis.sh up|down|status   (port: GAZETTEER_DB_PORT, default 5433)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${GAZETTEER_DB_PORT:-5433}
data="$root/.local/pg"
bin=/usr/lib/postgresql/15/bin
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-up}" in
  up)
    mkdir -p "$root/.local"
    if [ ! -s "$data/PG_VERSION" ]; then
      mkdir -p "$data"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
      as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust --locale=C.UTF-8 -E UTF8 >/dev/null
    fi
    if ! as_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data -c fsync=off" start >/dev/null
    fi
    echo "Host=127.0.0.1;Port=$port;Username=postgres" ;;
  down) as_pg "$bin/pg_ctl" -D "$data" -m fast stop ;;
  status) as_pg "$bin/pg_ctl" -D "$data" status ;;
esac
