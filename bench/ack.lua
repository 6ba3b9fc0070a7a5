-- wrk script for the ack test: unique client message ids, 16 sessions per thread, JSON summary line at the end.
-- Environment: BENCH_RUN (prefix), BENCH_SESSIONS (space-separated session ids issued by POST /api/chat/sessions),
-- BENCH_KIND/BENCH_TOOL/BENCH_LOAD/BENCH_SECONDS (copied into the summary).
local threads_made = 0

function setup(thread)
  threads_made = threads_made + 1
  thread:set("tid", threads_made)
end

function init(args)
  prefix = os.getenv("BENCH_RUN") or "wrk"
  path_mode = os.getenv("BENCH_PATH_MODE") or "chat"
  counter = 0
  sessions = {}
  for id in string.gmatch(os.getenv("BENCH_SESSIONS") or "", "%S+") do sessions[#sessions + 1] = id end
end

function request()
  counter = counter + 1
  if path_mode == "root" then
    return wrk.format("POST", "/", {["Content-Type"] = "application/json"},
      '{"clientMessageId":"0123456789-abcdef","text":"zeig mir rote sneaker"}')
  end
  -- Only issued session ids are accepted, so the script takes them from run.sh.
  local session = sessions[((tid - 1) * 16 + counter % 16) % #sessions + 1]
  local body = '{"clientMessageId":"' .. prefix .. "-" .. tid .. "-" .. counter .. '","text":"zeig mir rote sneaker"}'
  return wrk.format("POST", "/api/chat/sessions/" .. session .. "/messages", {["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  local seconds = summary.duration / 1e6
  local function ms(us) return us / 1000 end
  io.write(string.format(
    '{"kind":"%s","tool":"wrk","loadKind":"concurrency","load":%s,"seconds":%.1f,"requests":%d,"errors":%d,"perSecond":%.1f,"p50Ms":%.3f,"p95Ms":%.3f,"p99Ms":%.3f,"maxMs":%.3f}\n',
    os.getenv("BENCH_KIND") or "wrk", os.getenv("BENCH_LOAD") or "0", seconds, summary.requests - e.status, errors,
    (summary.requests - e.status) / seconds, ms(latency:percentile(50)), ms(latency:percentile(95)),
    ms(latency:percentile(99)), ms(latency.max)))
end
