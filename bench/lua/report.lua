-- Shared by every wrk script of the bench: a seed of its own for each wrk thread (scripts mix it
-- into math.randomseed, so two threads do not ask for the same ids), and one machine-readable line
-- after the run: rps p50_ms p99_ms errors requests.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter * 7919)
end

done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d\n", summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + e.status, summary.requests))
end
