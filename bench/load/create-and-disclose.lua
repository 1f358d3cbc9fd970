-- wrk script: each connection creates a Person record, then discloses it to a partner agency, and again.
-- Environment: LIAISON_TOKEN (an officer's bearer token), LIAISON_TO (the partner agency id).
-- At the end it prints how many disclosures were permitted and stored (201), and any other answers.
local token = os.getenv("LIAISON_TOKEN")
local to = os.getenv("LIAISON_TO")
local retention = os.getenv("LIAISON_RETENTION") or "2030-12-31"
local threads = {}

local record = '{"schema":"Person","properties":{"name":["Ivan Petrov"],"birthDate":["1980-05-01"],'
  .. '"nationality":["ru"]},"markings":{"classification":"RESTRICTED","tlp":"AMBER","handlingCodes":["H1"],'
  .. '"sourceReliability":"B","informationCredibility":"2"},"purposes":["TERRORISM"],"retentionUntil":"'
  .. retention .. '"}'
local share = '{"to":"' .. to .. '","purpose":"TERRORISM"}'
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  pending = nil
  created, disclosed, failed = 0, 0, 0
end

function request()
  if pending then
    local id = pending
    pending = nil
    return wrk.format("POST", "/api/v1/records/" .. id .. "/disclosures", headers, share)
  end
  return wrk.format("POST", "/api/v1/records", headers, record)
end

function response(status, headers, body)
  if status ~= 201 then
    failed = failed + 1
    return
  end
  local id = string.match(body, '^{"id":"([%x%-]+)"')
  if id then
    pending = id
    created = created + 1
  else
    disclosed = disclosed + 1
  end
end

function done(summary, latency, requests)
  local c, d, f = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    d = d + t:get("disclosed")
    f = f + t:get("failed")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("records created: %d, disclosures stored: %d, other answers: %d\n", c, d, f))
  io.write(string.format("disclosures/s: %.0f (each with its record created: %.0f HTTP requests/s)\n",
    d / seconds, summary.requests / seconds))
  io.write(string.format("request latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
