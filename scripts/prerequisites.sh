# Shared by run.sh and test.sh (sourced, not run): what a fresh Debian 12 with only the
# .NET SDK needs, the Release build, and the `gazetteer` command from that build.

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pg_bin=/usr/lib/postgresql/15/bin
postgis_control=/usr/share/postgresql/15/extension/postgis.control
current_step="starting"

step() { current_step="$1"; printf '\n\033[1m==> %s\033[0m\n' "$1"; }
note() { printf '    %s\n' "$1"; }
failure_explained=no
fail() { failure_explained=yes; printf '\033[31mError:\033[0m %s\n' "$1" >&2; exit 1; }

# On any failure, say which step it was; the command's own message above says why.
report_failure() {
  local status=$?
  if [ "$status" -ne 0 ] && [ "$failure_explained" = no ]; then
    printf '\n\033[31m%s stopped (exit code %s) while %s.\033[0m Read the message above; fix that, then run it again.\n' \
      "$(basename "$0")" "$status" "$current_step" >&2
  fi
}

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 ||
    fail "The .NET SDK is not installed (no 'dotnet' on PATH). Install the .NET SDK 10 (global.json names the version), then run this again."
}

postgis_installed() { [ -x "$pg_bin/initdb" ] && [ -f "$postgis_control" ]; }

# PostgreSQL 15 + PostGIS 3 from Debian: installed when we are root, otherwise named.
require_postgis() {
  postgis_installed && return 0
  if [ "$(id -u)" != 0 ]; then
    fail "PostgreSQL 15 with PostGIS 3 is not installed. Install it as root:
    apt-get update && apt-get install postgresql-15 postgresql-15-postgis-3
(or run this script as root and it installs them; or set GAZETTEER_DB to an existing PostGIS)."
  fi
  step "Installing PostgreSQL 15 + PostGIS 3 from Debian (once)"
  command -v apt-get >/dev/null 2>&1 ||
    fail "apt-get is missing: this set-up expects Debian 12. Install PostgreSQL 15 and PostGIS 3 yourself, or set GAZETTEER_DB to an existing PostGIS."
  # The project runs its own cluster: keep the package from creating and starting 'main'.
  mkdir -p /etc/postgresql-common
  local conf=/etc/postgresql-common/createcluster.conf
  if [ -f "$conf" ] && grep -Eq '^[#[:space:]]*create_main_cluster' "$conf"; then
    sed -i -E 's/^[#[:space:]]*create_main_cluster.*/create_main_cluster = false/' "$conf"
  else
    echo 'create_main_cluster = false' >>"$conf"
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q || fail "apt-get update failed: check the network and /etc/apt/sources.list, then run this again."
  apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    postgresql-15 postgresql-15-postgis-3 ||
    fail "Installing postgresql-15 postgresql-15-postgis-3 failed (see apt's message above)."
  postgis_installed || fail "The packages installed, but $pg_bin/initdb or $postgis_control is still missing."
}

# The GraphiQL page's scripts, from npm (web/graphiql/package-lock.json), installed once.
require_web_assets() {
  [ -f web/graphiql/node_modules/graphiql/graphiql.min.js ] && return 0
  require_node
  step "Installing the GraphiQL page's scripts (npm ci in web/graphiql, once)"
  (cd web/graphiql && npm ci --no-audit --no-fund) ||
    fail "npm ci in web/graphiql failed (see npm's message above); the registry must be reachable once."
}

cli_dll="src/CivilAffairs.Gazetteer.Cli/bin/Release/net10.0/gazetteer.dll"
api_dll="src/CivilAffairs.Gazetteer.Api/bin/Release/net10.0/CivilAffairs.Gazetteer.Api.dll"

build_release() {
  local project
  for project in "$@"; do
    dotnet build "$project" -c Release -nologo -v quiet ||
      fail "The build of $project failed (errors above). Fix them, or report them with the output above."
  done
}

gazetteer() { dotnet "$cli_dll" "$@"; }

# Node.js and npm install the GraphiQL page's scripts and build the web explorer from their locked npm packages.
require_node() {
  command -v npm >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] ||
    fail "npm is missing: the GraphiQL page and the web explorer come from npm packages. Install it as root: apt-get install nodejs npm (or run this script as root)."
  step "Installing Node.js and npm from Debian (once)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q nodejs npm ||
    fail "Installing nodejs npm failed (see apt's message above)."
}

# The explorer served at / : npm ci (exact versions of package-lock.json) and the build into
# web/explorer/dist, redone only when the sources or the lock file are newer than the build.
build_explorer() {
  local dir=web/explorer
  if [ -f "$dir/dist/index.html" ] &&
     [ -z "$(find "$dir/src" "$dir/package-lock.json" "$dir/build.mjs" -newer "$dir/dist/index.html" 2>/dev/null | head -1)" ]; then
    return 0
  fi
  require_node
  step "Building the web explorer (npm ci, then the build into web/explorer/dist)"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent) ||
    fail "Building the web explorer failed (npm's message above). It needs the npm registry once; then run this again."
}

# The browser tests drive Debian's Chromium; a CJK font draws the Chinese labels (not boxes).
require_browser() {
  [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qiE 'wqy|noto sans cjk' && return 0
  if [ "$(id -u)" != 0 ]; then
    fail "Chromium or a CJK font is missing for the browser tests. Install them as root: apt-get install chromium fonts-wqy-zenhei"
  fi
  step "Installing Chromium and a CJK font from Debian for the browser tests (once)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q chromium fonts-wqy-zenhei ||
    fail "Installing chromium fonts-wqy-zenhei failed (see apt's message above)."
}
