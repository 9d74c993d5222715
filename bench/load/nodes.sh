# Shared by the load scripts (sourced after scripts/prerequisites.sh): wrk, and API nodes started in
# the background on 127.0.0.1 with an index folder each, stopped by stop_nodes.
api_port=${GAZETTEER_PORT:-5080}
node_pids=()

require_wrk() {
  command -v wrk >/dev/null && return 0
  [ "$(id -u)" = 0 ] || fail "wrk is not installed. Install it with: sudo apt-get install -y wrk"
  step "Installing wrk from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
}

# start_node PORT INDEX_FOLDER PRIMARY REPLICA(may be empty)
# The per-client rate limits are switched off (Auth__RateLimits=false): every request of wrk and of
# the fuzzer comes from 127.0.0.1, one client, and the runs measure the service, not the limiter.
start_node() {
  local port="$1" index="$2" primary="$3" replica="$4"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "Port $port on 127.0.0.1 is in use: stop what runs there or set GAZETTEER_PORT to a free port."
  fi
  mkdir -p .local/load
  GAZETTEER_DB="$primary" GAZETTEER_DB_REPLICA="$replica" Search__IndexDirectory="$index" Logging__LogLevel__Default=Warning Auth__RateLimits=false \
    dotnet "$api_dll" --urls "http://127.0.0.1:$port" >".local/load/node-$port.log" 2>&1 &
  node_pids+=("$!")
  note "API node on 127.0.0.1:$port (process $!, index $index, log .local/load/node-$port.log)"
}

# Ready: /healthz says so and the search index answers (it is built on first start: minutes at full scale).
wait_ready() {
  local port="$1" started=$SECONDS
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null &&
        curl -sf "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
          -d '{"query":"{ search(text: \"洪洞\", first: 1) { totalCount } }"}' | grep -q '"totalCount"'; do
    [ $(( SECONDS - started )) -lt 900 ] || fail "The node on port $port was not ready within 15 minutes; see .local/load/node-$port.log"
    sleep 2
  done
  note "node on port $port ready after $(( SECONDS - started )) s"
}

# Stops the nodes this script started (SIGTERM: each drains its requests in flight, then exits).
stop_nodes() {
  local pid
  for pid in "${node_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${node_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  node_pids=()
}
