-- wrk script: the mixed workload of bench/load/requests.txt (one request a line: "METHOD PATH<TAB>BODY"),
-- each thread starting at its own offset, and a count of answers by status class printed at the end.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 37)
  table.insert(threads, thread)
end

-- Built per thread in init: only then does wrk.format know the Host header (Kestrel answers 400 without it).
local requests = {}

function init(args)
  local path = os.getenv("GAZETTEER_LOAD_REQUESTS") or "bench/load/requests.txt"
  for line in io.lines(path) do
    local method, target, body = line:match("^(%u+) ([^\t]+)\t?(.*)$")
    if method then
      local headers = { ["Host"] = wrk.headers["Host"] or "127.0.0.1", ["Accept"] = "application/json" }
      if body ~= "" then headers["Content-Type"] = "application/json" end
      requests[#requests + 1] = wrk.format(method, target, headers, body ~= "" and body or nil)
    end
  end
  index = offset
  s2, s3, s4, s5 = 0, 0, 0, 0
end

function request()
  index = index + 1
  return requests[(index % #requests) + 1]
end

function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
end

function done(summary, latency, requests)
  local t2, t3, t4, t5 = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    t2 = t2 + thread:get("s2"); t3 = t3 + thread:get("s3")
    t4 = t4 + thread:get("s4"); t5 = t5 + thread:get("s5")
  end
  io.write(string.format("STATUS 2xx=%d 3xx=%d 4xx=%d 5xx=%d\n", t2, t3, t4, t5))
  io.write(string.format("LATENCY p50=%.2f p99=%.2f max=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("TOTAL requests=%d errors=%d\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
