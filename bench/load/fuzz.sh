#!/usr/bin/env bash
# bench/load/fuzz.sh [--requests N] [--seed N] [--concurrency N]
#
# Starts an API node on 127.0.0.1 (GAZETTEER_PORT, default 5080) over the local database, sends it
# generated hostile and malformed requests (bench/CivilAffairs.Gazetteer.Bench/Fuzzing; default
# 100,000), checks that none got a 5xx or hung and that the node is healthy afterwards.
# Results: bench/results/fuzz.md. Needs the imported database (./run.sh once).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/prerequisites.sh
. bench/load/nodes.sh
trap report_failure EXIT

require_dotnet
step "Building (Release)"
build_release src/CivilAffairs.Gazetteer.Cli src/CivilAffairs.Gazetteer.Api bench/CivilAffairs.Gazetteer.Bench
step "Starting the database, applying the migrations it lacks"
gazetteer db up >/dev/null
gazetteer migrate >/dev/null
trap 'stop_nodes; report_failure' EXIT
step "API node on 127.0.0.1:$api_port"
start_node "$api_port" .local/index-node1 "$(gazetteer db connection-string)" ""
wait_ready "$api_port"
step "Fuzzing"
current_step="fuzzing"
dotnet bench/CivilAffairs.Gazetteer.Bench/bin/Release/net10.0/CivilAffairs.Gazetteer.Bench.dll fuzz --url "http://127.0.0.1:$api_port" "$@"
alive=yes
kill -0 "${node_pids[0]}" 2>/dev/null || alive=no
stop_nodes
trap - EXIT
[ "$alive" = yes ] || fail "The API process died during the fuzzing; see .local/load/node-$api_port.log"
grep -q '^- \*\*5xx: 0\*\*, hangs (no answer within 30 s): 0, broken connections: 0' bench/results/fuzz.md ||
  fail "Some fuzzed requests got a 5xx, no answer or a broken connection: see bench/results/fuzz.md"
