-- GET a random path from a file, one path a line: wrk -s paths.lua URL -- FILE
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter * 7919)
end

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

-- the RESULT line every scenario parses, written once in report.lua beside this script
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
