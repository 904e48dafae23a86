-- wrk script: POSTs the JSON body in the file given after "--", counts the answers that are not real answers
-- (HTTP status other than 200, or a GraphQL "errors" member), and prints one machine-readable line at the end.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    local file = assert(io.open(args[1], "rb"))
    wrk.method = "POST"
    wrk.body = file:read("*a")
    wrk.headers["Content-Type"] = "application/json"
    file:close()
    failed = 0
    bytes = 0
end

function response(status, headers, body)
    if status ~= 200 or string.find(body, '"errors"', 1, true) then
        failed = failed + 1
    end
    bytes = body:len()
end

function done(summary, latency, requests)
    local failures, size = 0, 0
    for _, thread in ipairs(threads) do
        failures = failures + thread:get("failed")
        size = math.max(size, thread:get("bytes"))
    end
    local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f failed=%d socket_errors=%d bytes=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        failures + socket, socket, size))
end
