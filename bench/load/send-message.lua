-- wrk script: each connection sends, in a case of its own, REQUEST messages each carrying a 100 KB attachment.
-- LIAISON_SEND=multipart (the default): one request per message, the message and its file in one multipart body
-- (POST /api/v1/cases/{id}/messages), as a client sending a file with a message would.
-- LIAISON_SEND=two-step: the file uploaded first (POST .../attachments, the body is the file), then the message
-- naming it (POST .../messages, JSON): two requests per message.
-- Environment: LIAISON_TOKEN (an officer's bearer token), LIAISON_CASES (case ids, comma-separated, one per
-- connection at least), LIAISON_ATTACHMENT_KB (default 100).
-- At the end it prints how many messages were sent and stored (201), and any other answers.
local token = os.getenv("LIAISON_TOKEN")
local cases = {}
for id in string.gmatch(os.getenv("LIAISON_CASES"), "[^,]+") do
  table.insert(cases, id)
end
local kb = tonumber(os.getenv("LIAISON_ATTACHMENT_KB") or "100")
local file = "%PDF-1.7\n" .. string.rep("0123456789abcdef", kb * 64 - 1) .. "%%EOF\n"
local multipart = (os.getenv("LIAISON_SEND") or "multipart") == "multipart"
local text = "Do you hold anything on the person in the attached report?"
local boundary = "liaison-load-8c1f0e"
local form = "--" .. boundary .. "\r\n"
  .. 'Content-Disposition: form-data; name="message"\r\nContent-Type: application/json\r\n\r\n'
  .. '{"type":"REQUEST","body":"' .. text .. '","urgent":false}\r\n'
  .. "--" .. boundary .. "\r\n"
  .. 'Content-Disposition: form-data; name="files"; filename="report.pdf"\r\nContent-Type: application/pdf\r\n\r\n'
  .. file .. "\r\n--" .. boundary .. "--\r\n"
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("case", cases[(counter - 1) % #cases + 1])
  table.insert(threads, thread)
end

function init(args)
  pending = nil
  uploaded, sent, failed = 0, 0, 0
  json = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
  binary = { ["Content-Type"] = "application/pdf", ["Authorization"] = "Bearer " .. token }
  formHeaders = { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary, ["Authorization"] = "Bearer " .. token }
end

function request()
  if multipart then
    return wrk.format("POST", "/api/v1/cases/" .. case .. "/messages", formHeaders, form)
  end
  if pending then
    local id = pending
    pending = nil
    return wrk.format("POST", "/api/v1/cases/" .. case .. "/messages", json,
      '{"type":"REQUEST","body":"' .. text .. '","urgent":false,"attachments":["' .. id .. '"]}')
  end
  return wrk.format("POST", "/api/v1/cases/" .. case .. "/attachments?name=report.pdf", binary, file)
end

function response(status, headers, body)
  if status ~= 201 then
    failed = failed + 1
    if failed < 3 then io.write("answer " .. status .. ": " .. string.sub(body, 1, 300) .. "\n") end
    return
  end
  local id = not multipart and string.match(body, '^{"id":"([%x%-]+)","caseId":"[^"]+","message":null')
  if id then
    pending = id
    uploaded = uploaded + 1
  else
    sent = sent + 1
  end
end

function done(summary, latency, requests)
  local u, s, f = 0, 0, 0
  for _, t in ipairs(threads) do
    u = u + t:get("uploaded")
    s = s + t:get("sent")
    f = f + t:get("failed")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("%s: attachments uploaded: %d, messages sent and stored: %d, other answers: %d\n",
    multipart and "multipart (message and file in one request)" or "two-step (upload, then send)", multipart and s or u, s, f))
  io.write(string.format("messages/s: %.0f (each with its %d KB attachment: %.0f HTTP requests/s, %.1f MB/s uploaded)\n",
    s / seconds, kb, summary.requests / seconds, (multipart and s or u) * #file / seconds / 1e6))
  io.write(string.format("request latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
