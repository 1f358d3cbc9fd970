-- wrk script: POST /api/v1/screening with the bodies of a file, one a line, taken in turn (each thread
-- starts at another line). Environment: LIAISON_TOKEN (an officer's bearer token), LIAISON_QUERIES (the
-- file). At the end it prints how many answers were 200 and how many reported a hit.
local token = os.getenv("LIAISON_TOKEN")
local file = os.getenv("LIAISON_QUERIES")
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
local threads = {}
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for line in io.lines(file) do
    table.insert(bodies, line)
  end
  next_index = 1 + offset * 7919
  ok, hits, failed = 0, 0, 0
end

function request()
  local body = bodies[(next_index - 1) % #bodies + 1]
  next_index = next_index + 1
  return wrk.format("POST", "/api/v1/screening", headers, body)
end

function response(status, headers, body)
  if status ~= 200 then
    failed = failed + 1
    return
  end
  ok = ok + 1
  if string.find(body, '"result":"HIT"', 1, true) then
    hits = hits + 1
  end
end

function done(summary, latency, requests)
  local o, h, f = 0, 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    h = h + t:get("hits")
    f = f + t:get("failed")
  end
  io.write(string.format("answers 200: %d, with a hit: %d, other: %d\n", o, h, f))
end
