#!/usr/bin/env bash
# ./test.sh   install PostgreSQL 15 + PostGIS 3 if missing (as root), start the local
#             database (or use GAZETTEER_TEST_DB), run every test, and end with
#             "N passed, N failed". Exit code non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
. scripts/prerequisites.sh
trap report_failure EXIT

require_dotnet
require_web_assets
build_explorer
require_browser
stop_database=no
if [ -n "${GAZETTEER_TEST_DB:-}" ]; then
  step "Using the PostGIS named by GAZETTEER_TEST_DB"
else
  require_postgis
  step "Building the gazetteer command (Release)"
  build_release src/CivilAffairs.Gazetteer.Cli
  # The tests always use the local cluster (a database per test class), never GAZETTEER_DB.
  unset GAZETTEER_DB
  step "Starting the test database"
  gazetteer db status >/dev/null 2>&1 || stop_database=yes
  gazetteer db up
  GAZETTEER_TEST_DB=$(gazetteer db connection-string --admin)
  export GAZETTEER_TEST_DB
fi

# dotnet test builds the test projects only: the benchmarks must build too.
step "Building the benchmarks (Release)"
build_release bench/CivilAffairs.Gazetteer.Bench

results="$root/TestResults/test-sh"
rm -rf "$results" && mkdir -p "$results"
step "Running the tests (dotnet test, Release)"
current_step="running the tests"
status=0
dotnet test CivilAffairs.Gazetteer.sln -c Release --logger "console;verbosity=normal" 2>&1 |
  tee "$results/console.log" || status=$?

if [ "$stop_database" = yes ]; then
  current_step="stopping the test database"
  gazetteer db down >/dev/null
fi

# Each test assembly closes with its own summary ("     Passed: N" / "     Failed: N"); sum them.
# (The console summaries, not TRX files: those are named by the second and can collide.)
passed=$(sed -n -E 's/^ +Passed: +([0-9]+) *$/\1/p' "$results/console.log" | awk '{ s += $1 } END { print s + 0 }')
failed=$(sed -n -E 's/^ +Failed: +([0-9]+) *$/\1/p' "$results/console.log" | awk '{ s += $1 } END { print s + 0 }')

trap - EXIT
echo
# Name the failed tests last, so a log cut to its tail still says what failed and why.
if [ "$failed" -gt 0 ]; then
  echo "Failed tests (full output in TestResults/test-sh/console.log):"
  awk '/^  Failed [A-Za-z]/ { shown = 0; printing = 1 }
       /^  (Passed|Skipped) [A-Za-z]/ { printing = 0 }
       printing && shown < 25 { print; shown++ }' "$results/console.log"
fi
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] ||
  echo "dotnet test failed (exit code $status) without a failed test: the build or a test host broke; see the output above."
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
