-- GET the URL with If-None-Match: wrk -s if-none-match.lua URL -- ETAG
-- A 304 is the expected answer (wrk counts it as non-2xx; the rate is what matters here).
function init(args)
  etag = args[1]
end

function request()
  return wrk.format("GET", nil, { ["If-None-Match"] = etag })
end

-- the per-thread seed and the RESULT line every scenario parses, written once in report.lua beside this script
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
