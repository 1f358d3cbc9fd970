-- wrk script: reads the first page (50 lines) of the agency's inbox, again and again.
-- Environment: LIAISON_TOKEN (a recipient officer's bearer token).
local token = os.getenv("LIAISON_TOKEN")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, failed = 0, 0
end

function request()
  return wrk.format("GET", "/api/v1/messages?box=inbox&size=50", { ["Authorization"] = "Bearer " .. token }, nil)
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else failed = failed + 1 end
end

function done(summary, latency, requests)
  local o, f = 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    f = f + t:get("failed")
  end
  io.write(string.format("inbox pages: %d, other answers: %d, pages/s: %.0f\n", o, f, o / (summary.duration / 1e6)))
  io.write(string.format("inbox latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
