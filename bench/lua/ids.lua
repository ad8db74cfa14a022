-- GET <prefix><random id in 1..max>: wrk -s ids.lua URL -- MAX_ID [PREFIX]
-- The generator numbers figures 1..N, so every id in the range exists.
function init(args)
  max_id = tonumber(args[1] or "1000")
  prefix = args[2] or "/api/v1/trade/figures/"
  math.randomseed(os.time() + (seed or 0))
end

function request()
  return wrk.format("GET", prefix .. math.random(1, max_id))
end

-- the per-thread seed and the RESULT line every scenario parses, written once in report.lua beside this script
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
