#!/usr/bin/env bash
# bench/load/soak.sh [--minutes N] [--connections C] [--nodes 1|2|both] [--no-build]
#
# The mixed workload (search, autocomplete, geocode, reverse geocode, places, vector tiles; bench/load/requests.txt)
# with wrk against API nodes on 127.0.0.1 over the local database, one minute at a time:
# throughput, p50/p99 and answers by status class per minute, and the resident memory of each
# API process sampled at the end of every minute.
#   --nodes 1      one node on GAZETTEER_PORT (default 5080) reading from the primary
#   --nodes 2      two nodes (GAZETTEER_PORT and GAZETTEER_PORT+1), each with its own index,
#                  reading from a streaming replica (gazetteer db replica-up) and writing to the primary
#   --nodes both   (default) the two, one after the other, and the ratio of two nodes to one
# Defaults: 10 minutes per phase at 64 connections. Results: bench/results/soak.md.
# Needs the imported database (./run.sh once). Installs wrk from Debian when missing (as root).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/prerequisites.sh
trap report_failure EXIT

minutes=10 connections=64 nodes=both build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --nodes) nodes="$2"; shift 2 ;;
    --no-build) build=no; shift ;;
    *) fail "Unknown argument '$1'. Usage: bench/load/soak.sh [--minutes N] [--connections C] [--nodes 1|2|both] [--no-build]" ;;
  esac
done
[[ "$minutes" =~ ^[1-9][0-9]*$ ]] || fail "--minutes wants a whole number of minutes, e.g. --minutes 10"
[[ "$connections" =~ ^[1-9][0-9]*$ ]] || fail "--connections wants a number, e.g. --connections 64"
[[ "$nodes" =~ ^(1|2|both)$ ]] || fail "--nodes is 1, 2 or both"

. bench/load/nodes.sh
require_wrk
require_dotnet
if [ "$build" = yes ]; then
  step "Building (Release)"
  build_release src/CivilAffairs.Gazetteer.Cli src/CivilAffairs.Gazetteer.Api
fi
step "Starting the database, applying the migrations it lacks"
gazetteer db up >/dev/null
gazetteer migrate >/dev/null
primary=$(gazetteer db connection-string)
trap 'stop_nodes; report_failure' EXIT

results=bench/results/soak.md
work=.local/load
mkdir -p "$work"

# One phase: N minutes of wrk against the running nodes; a table row per minute into $work/PHASE.rows.
run_phase() {
  local phase="$1"; shift
  local ports=("$@") rows="$work/$phase.rows"
  : >"$rows"
  local per_node=$(( connections / ${#ports[@]} ))
  for minute in $(seq 1 "$minutes"); do
    local outputs=() wrks=()
    for port in "${ports[@]}"; do
      local out="$work/$phase.$port.$minute.txt"
      outputs+=("$out")
      wrk -t "$(( ${#ports[@]} == 1 ? 2 : 1 ))" -c "$per_node" -d 60s --timeout 10s --latency \
        -s bench/load/mixed.lua "http://127.0.0.1:$port" >"$out" 2>&1 &
      wrks+=("$!")
    done
    # Only the wrk processes: a bare wait would also wait for the API nodes.
    wait "${wrks[@]}"
    local rss=""
    for pid in "${node_pids[@]}"; do rss+="$(( $(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status") / 1024 )) "; done
    awk -v minute="$minute" -v rss="$rss" '
      /^Requests\/sec:/ { rps += $2 }
      /^STATUS/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); st[kv[1]] += kv[2] } }
      /^LATENCY/ { split($2, a, "="); split($3, b, "="); if (a[2] > p50) p50 = a[2]; if (b[2] > p99) p99 = b[2] }
      /^TOTAL/ { split($3, e, "="); errors += e[2] }
      END { printf "| %d | %.0f | %.1f | %.1f | %d | %d | %d | %s |\n", minute, rps, p50, p99, st["2xx"], st["4xx"], st["5xx"], rss }
    ' "${outputs[@]}" >>"$rows"
    note "$phase minute $minute/$minutes: $(tail -1 "$rows")"
  done
}

# Summary of a phase: totals, first and last minute, memory growth after the first (warm-up) minute.
summarize() {
  awk -F'|' '
    { n++; rps[n] = $3; p50[n] = $4; p99[n] = $5; s5 += $8; s4 += $7; split($9, r, " "); mem[n] = 0; for (i in r) mem[n] += r[i] }
    END {
      base = n > 1 ? 2 : 1; peak = 0; for (i = base; i <= n; i++) if (mem[i] > peak) peak = mem[i]
      total = 0; for (i = 1; i <= n; i++) total += rps[i]
      printf "- 5xx answers: **%d**; 4xx: %d\n", s5, s4
      printf "- throughput: mean %.0f requests/s; last minute / first minute = %.2f\n", total / n, rps[n] / rps[1]
      printf "- p50 first %.1f ms, last %.1f ms; p99 first %.1f ms, last %.1f ms (last/first %.2f)\n", p50[1], p50[n], p99[1], p99[n], p99[n] / p99[1]
      printf "- resident memory (all nodes, MiB): after minute %d %d, peak after it %d, last %d: growth after warm-up %+.1f%%\n", base, mem[base], peak, mem[n], (peak - mem[base]) * 100 / mem[base]
      printf "MEAN_RPS %.0f\n", total / n
    }' "$1"
}

one_mean="" two_mean=""
{
  echo "# Soak: mixed workload"
  echo
  echo "\`bench/load/soak.sh --minutes $minutes --connections $connections --nodes $nodes\`, $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Requests: bench/load/requests.txt (240 requests over the real registry, round-robin: 40 search, 40 autocomplete,"
  echo "40 geocode, 40 reverse geocode, 40 places pages and 40 GET /tiles/z/x/y.mvt over Shanxi at zoom 8-14), wrk with"
  echo "bench/load/mixed.lua, 60 s per row, against 127.0.0.1; the nodes run with Auth__RateLimits=false (one client: wrk)."
  echo "Machine: $(nproc) cores; load before the run: $(uptime | sed 's/.*load average/load average/')."
} >"$results.tmp"

table_head='| minute | requests/s | p50 ms | p99 ms | 2xx | 4xx | 5xx | RSS MiB per node |
|---:|---:|---:|---:|---:|---:|---:|---|'

if [ "$nodes" != 2 ]; then
  step "One node on 127.0.0.1:$api_port reading from the primary"
  start_node "$api_port" .local/index-node1 "$primary" ""
  wait_ready "$api_port"
  run_phase one "$api_port"
  stop_nodes
  summary=$(summarize "$work/one.rows")
  one_mean=$(sed -n 's/^MEAN_RPS //p' <<<"$summary")
  { echo; echo "## One node, primary only"; echo; echo "$table_head"; cat "$work/one.rows"; echo; grep -v '^MEAN_RPS' <<<"$summary"
    echo "- load after the phase: $(uptime | sed 's/.*load average/load average/')"; } >>"$results.tmp"
fi

if [ "$nodes" != 1 ]; then
  step "Starting the read replica"
  replica=$(gazetteer db replica-up | tail -1)
  step "Two nodes on 127.0.0.1:$api_port and :$(( api_port + 1 )), reading from the replica"
  start_node "$api_port" .local/index-node1 "$primary" "$replica"
  start_node "$(( api_port + 1 ))" .local/index-node2 "$primary" "$replica"
  wait_ready "$api_port"
  wait_ready "$(( api_port + 1 ))"
  run_phase two "$api_port" "$(( api_port + 1 ))"
  stop_nodes
  summary=$(summarize "$work/two.rows")
  two_mean=$(sed -n 's/^MEAN_RPS //p' <<<"$summary")
  { echo; echo "## Two nodes + streaming replica"; echo; echo "$table_head"; cat "$work/two.rows"; echo; grep -v '^MEAN_RPS' <<<"$summary"
    echo "- load after the phase: $(uptime | sed 's/.*load average/load average/')"; } >>"$results.tmp"
  gazetteer db replica-down >/dev/null
fi

if [ -n "$one_mean" ] && [ -n "$two_mean" ]; then
  { echo; echo "## Two nodes + replica against one node"; echo
    awk -v one="$one_mean" -v two="$two_mean" 'BEGIN { printf "Mean throughput %d vs %d requests/s: **%.2fx**. All processes (two API nodes, primary, replica, wrk) share the same %d cores, so this measures the cost of the extra pieces on one machine, not the gain of a second machine.\n", two, one, two / one, '"$(nproc)"' }'
  } >>"$results.tmp"
fi
mv "$results.tmp" "$results"
trap - EXIT
step "Written to $results"
cat "$results"
