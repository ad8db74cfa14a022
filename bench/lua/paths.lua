-- GET a random path from a file, one path a line: wrk -s paths.lua URL -- FILE
function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + (seed or 0))
end

function request()
  return wrk.format("GET", paths[math.random(1, #paths)])
end

-- the per-thread seed and the RESULT line every scenario parses, written once in report.lua beside this script
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
