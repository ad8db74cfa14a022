-- GET <prefix><random id in 1..max>: wrk -s ids.lua URL -- MAX_ID [PREFIX]
-- The generator numbers figures 1..N, so every id in the range exists.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter * 7919)
end

function init(args)
  max_id = tonumber(args[1] or "1000")
  prefix = args[2] or "/api/v1/trade/figures/"
  math.randomseed(os.time() + (seed or 0))
end

function request()
  return wrk.format("GET", prefix .. math.random(1, max_id))
end

done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d\n", summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + e.status, summary.requests))
end
