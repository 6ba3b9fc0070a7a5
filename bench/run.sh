#!/usr/bin/env bash
# Benchmark: baselines (bare Kestrel, PostgreSQL single-row inserts) and our figures (durable acks, end-to-end
# turns) in one run against a throwaway PostgreSQL cluster on loopback. Writes bench/RESULTS.md.
# Options (environment): BENCH_SECONDS (10), BENCH_CONCURRENCY (1,8,32,128,256), BENCH_TURN_RATES (20,50,200),
# BENCH_TURN_SECONDS (20), BENCH_SEARCH_PRODUCTS (10000), BENCH_TURN_RATE_LARGE (200: turns with that catalog),
# BENCH_BROADCAST_CONVERSATIONS (100000), BENCH_SKIP_WRK=1 (only the built-in load generator).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
cd "$ROOT"
# shellcheck source=../scripts/common.sh
. "$ROOT/scripts/common.sh"

SECONDS_EACH="${BENCH_SECONDS:-10}"
CONCURRENCY="${BENCH_CONCURRENCY:-1,8,32,128,256}"
TURN_RATES="${BENCH_TURN_RATES:-20,50,200}"
TURN_SECONDS="${BENCH_TURN_SECONDS:-20}"
SEARCH_PRODUCTS="${BENCH_SEARCH_PRODUCTS:-10000}"
TURN_RATE_LARGE="${BENCH_TURN_RATE_LARGE:-200}"
BROADCAST_CONVERSATIONS="${BENCH_BROADCAST_CONVERSATIONS:-100000}"
API_OUT="$ROOT/src/Commerce.Api/bin/Release/net10.0"
BENCH_DLL="$BENCH/Commerce.Bench/bin/Release/net10.0/Commerce.Bench.dll"

ensure_postgres || die "PostgreSQL server binaries are missing and could not be installed."
ensure_dotnet
command -v curl >/dev/null 2>&1 || apt_install curl ca-certificates || die "curl is needed"
if [ "${BENCH_SKIP_WRK:-0}" != 1 ] && ! command -v wrk >/dev/null 2>&1; then
    apt_install wrk || warn "wrk is not available; only the built-in load generator is used"
fi
HAVE_WRK=0
if [ "${BENCH_SKIP_WRK:-0}" != 1 ] && command -v wrk >/dev/null 2>&1; then HAVE_WRK=1; fi
PG_BIN="$(find_pg_bin)"

if is_root; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' system user"
    pg() { runuser -u postgres -- "$@"; }
else
    pg() { "$@"; }
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local port
    for port in $(seq "$1" $(($1 + 200))); do
        port_in_use "$port" || { echo "$port"; return; }
    done
    die "no free port from $1"
}

# --- cleanup: stop whatever this script started ----------------------------------------------------
WORK="$(mktemp -d /tmp/commerce-bench.XXXXXX)"
PGDATA_DIR="$WORK/pg"
PIDS=()
STARTED_PG=0
cleanup() {
    local status=$?
    trap - INT TERM EXIT
    for pid in "${PIDS[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if [ "$STARTED_PG" -eq 1 ]; then
        pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

stop_pid() {
    local pid=$1
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local kept=()
    for p in "${PIDS[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
    PIDS=("${kept[@]}")
}

wait_http() { # url pid what
    for _ in $(seq 1 180); do
        kill -0 "$2" 2>/dev/null || die "$3 stopped during start-up"
        curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null && return 0
        sleep 1
    done
    die "$3 did not answer $1 within 3 minutes"
}

RESULTS="$WORK/results.jsonl"
: >"$RESULTS"
record_load() { # phase
    printf '{"kind":"loadavg","tool":"uptime","loadKind":"phase","load":%s,"note":"%s"}\n' "$(cut -d' ' -f1 /proc/loadavg)" "$1" >>"$RESULTS"
}

# --- PostgreSQL: throwaway cluster, normal durability -----------------------------------------------
PG_PORT="$(free_port 55432)"
mkdir -p "$PGDATA_DIR" "$WORK/run"
chmod 755 "$WORK"
is_root && chown postgres:postgres "$PGDATA_DIR" "$WORK/run"
log "creating a throwaway PostgreSQL cluster in $PGDATA_DIR (port $PG_PORT)"
pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
STARTED_PG=1
# backend_flush_after: as run.sh runs PostgreSQL (see there): data pages a backend writes are handed to the disk as they
# go, instead of piling up in the page cache until the kernel writes ~350 MB at once and every WAL fsync waits behind it.
pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/log" -w -t 60 start \
    -o "-p $PG_PORT -k $WORK/run -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c backend_flush_after=256kB" >/dev/null \
    || die "PostgreSQL did not start"
psql_admin() { pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$WORK/run" -p "$PG_PORT" -U postgres "$@"; }
psql_admin -d postgres -c "CREATE DATABASE commerce"
psql_admin -d postgres -c "CREATE DATABASE baseline"
CONN="Host=127.0.0.1;Port=$PG_PORT;Database=commerce;Username=postgres"
BASE_CONN="Host=127.0.0.1;Port=$PG_PORT;Database=baseline;Username=postgres"

# --- build ------------------------------------------------------------------------------------------
log "building the API and the load generator (Release)"
dotnet build src/Commerce.Api -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet build bench/Commerce.Bench -c Release --nologo -v quiet -clp:ErrorsOnly
bench() { dotnet "$BENCH_DLL" "$@" --json "$RESULTS"; }

# --- machine ----------------------------------------------------------------------------------------
MACHINE="$WORK/machine.txt"
{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "cores: $(nproc) ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'))"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
    echo "kernel: $(uname -sr)"
    echo ".NET SDK: $(dotnet --version); runtime $(dotnet --list-runtimes | grep -m1 'Microsoft.NETCore.App 10' | cut -d' ' -f2)"
    echo "PostgreSQL: $("$PG_BIN/postgres" --version | sed 's/^postgres (PostgreSQL) //'); fsync=$(psql_admin -d postgres -tAc 'SHOW fsync'), synchronous_commit=$(psql_admin -d postgres -tAc 'SHOW synchronous_commit'), wal_sync_method=$(psql_admin -d postgres -tAc 'SHOW wal_sync_method'), data on $(df -T "$WORK" | awk 'NR==2 {print $2}')"
    echo "load generators: built-in (HttpClient, HTTP/1.1 keep-alive, closed loop)$([ "$HAVE_WRK" -eq 1 ] && echo "; $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2) with 2 threads") — on the same 2 cores as the server"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other builds may share this machine)"
} >"$MACHINE"
cat "$MACHINE" >&2

run_wrk() { # kind load url seconds extra-env...
    local kind=$1 load=$2 url=$3 seconds=$4 threads=2
    shift 4
    [ "$load" -lt 2 ] && threads=1
    env BENCH_KIND="$kind" BENCH_LOAD="$load" BENCH_RUN="$(head -c4 /dev/urandom | od -An -tx1 | tr -d ' \n')" "$@" \
        wrk -t"$threads" -c"$load" -d"${seconds}s" --timeout 10s -s "$BENCH/ack.lua" "$url" | grep '^{' | tee -a "$RESULTS"
}

# --- baselines --------------------------------------------------------------------------------------
record_load "kestrel"
log "baseline: bare Kestrel, built-in load generator"
bench baseline-kestrel --concurrency "$CONCURRENCY" --seconds "$SECONDS_EACH"
if [ "$HAVE_WRK" -eq 1 ]; then
    log "baseline: bare Kestrel, wrk"
    KPORT="$(free_port 5090)"
    dotnet "$BENCH_DLL" baseline-kestrel --serve --port "$KPORT" >/dev/null &
    PIDS+=($!)
    for _ in $(seq 1 100); do port_in_use "$KPORT" && break; sleep 0.2; done
    BENCH_KIND=warmup BENCH_LOAD=32 BENCH_PATH_MODE=root wrk -t2 -c32 -d2s -s "$BENCH/ack.lua" "http://127.0.0.1:$KPORT/" >/dev/null
    for c in ${CONCURRENCY//,/ }; do run_wrk kestrel-baseline "$c" "http://127.0.0.1:$KPORT/" "$SECONDS_EACH" BENCH_PATH_MODE=root; done
    stop_pid "${PIDS[-1]}"
fi

record_load "postgres"
log "baseline: PostgreSQL single-row inserts, built-in client"
bench baseline-pg --connection "$BASE_CONN" --clients 1,32 --seconds "$SECONDS_EACH"
log "baseline: PostgreSQL single-row inserts, pgbench"
echo "INSERT INTO bench_scratch (payload) VALUES ('zeig mir rote sneaker');" >"$WORK/insert.sql"
chmod 644 "$WORK/insert.sql"
for clients in 1 32; do
    out="$(pg "$PG_BIN/pgbench" -n -M prepared -h "$WORK/run" -p "$PG_PORT" -U postgres -c "$clients" -j "$([ "$clients" -gt 1 ] && echo 2 || echo 1)" \
        -T "$SECONDS_EACH" -f "$WORK/insert.sql" baseline 2>&1)"
    tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out" | head -n1)"
    avg="$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' <<<"$out" | head -n1)"
    failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$out" | head -n1)"
    printf '{"kind":"pg-insert","tool":"pgbench","loadKind":"clients","load":%s,"seconds":%s,"requests":0,"errors":%s,"perSecond":%s,"p50Ms":0,"p95Ms":0,"p99Ms":0,"maxMs":0,"note":"latency average %s ms"}\n' \
        "$clients" "$SECONDS_EACH" "${failed:-0}" "${tps:-0}" "${avg:-?}" | tee -a "$RESULTS"
done

# --- the API ----------------------------------------------------------------------------------------
API_PORT="$(free_port 5081)"
API_URL="http://127.0.0.1:$API_PORT"
start_api() { # extra env...
    (
        cd "$API_OUT"
        exec env ASPNETCORE_URLS="$API_URL" ConnectionStrings__Commerce="$CONN" Database__MigrateOnStartup=true \
            Demo__SeedCatalog=true Merchant__ApiKeys__0=bench Logging__LogLevel__Default=Warning \
            WebChat__RateLimits__SessionMessages=1000000 WebChat__RateLimits__ClientMessages=100000000 WebChat__RateLimits__ClientSessions=1000000 \
            "$@" dotnet Commerce.Api.dll
    ) &
    PIDS+=($!)
    wait_http "$API_URL/health/ready" "${PIDS[-1]}" "the API"
}

record_load "acks"
log "(a) durable acknowledgements: API with Messaging__RunWorkers=false"
# Without workers nothing is answered, so the per-conversation backlog bound is off for this phase only.
start_api Messaging__RunWorkers=false WebChat__RateLimits__MaxBacklog=0
bench acks --url "$API_URL" --concurrency "$CONCURRENCY" --seconds "$SECONDS_EACH"
if [ "$HAVE_WRK" -eq 1 ]; then
    WRK_SESSIONS=""
    for _ in $(seq 1 32); do
        WRK_SESSIONS+="$(curl -fsS -X POST -H 'Content-Type: application/json' -d '{}' "$API_URL/api/chat/sessions" | sed -n 's/.*"sessionId":"\([0-9a-f]*\)".*/\1/p') "
    done
    for c in ${CONCURRENCY//,/ }; do run_wrk acks "$c" "$API_URL" "$SECONDS_EACH" BENCH_SESSIONS="$WRK_SESSIONS"; done
    # The ack target must hold three times in a row at 32 connections: two more runs right after the first.
    if [[ ",$CONCURRENCY," == *",32,"* ]]; then
        for _ in 1 2; do run_wrk acks 32 "$API_URL" "$SECONDS_EACH" BENCH_SESSIONS="$WRK_SESSIONS"; done
    fi
fi
stop_pid "${PIDS[-1]}"

record_load "turns"
log "(b) end-to-end turns at $TURN_RATES/s: API with workers"
psql_admin -d commerce -c "TRUNCATE inbox_messages" # the ack test's rows would otherwise become turns
start_api
for rate in ${TURN_RATES//,/ }; do bench turns --url "$API_URL" --rate "$rate" --seconds "$TURN_SECONDS"; done

record_load "search"
log "(c) search with ${SEARCH_PRODUCTS} products (imported through the merchant API), then turns again at ${TURN_RATE_LARGE}/s"
bench search --url "$API_URL" --products "$SEARCH_PRODUCTS" --concurrency 1,4 --seconds "$SECONDS_EACH"
bench search --url "$API_URL" --products "$SEARCH_PRODUCTS" --concurrency 1,4 --seconds "$SECONDS_EACH" --unseen
record_load "orders"
log "(d) the orders list with 10,000 orders"
psql_admin -d commerce -c "INSERT INTO orders (id, number, conversation_id, channel, status, currency, total_amount, returned_currency, refund_due, created_at, updated_at)
    SELECT gen_random_uuid(), 900000 + g, (SELECT id FROM conversations ORDER BY created_at LIMIT 1),
           (ARRAY['WebChat','Telegram','WhatsApp','Messenger'])[1 + g % 4], (ARRAY['Paid','Fulfilled','Delivered','PendingPayment','Expired'])[1 + g % 5],
           'EUR', (1990 + g % 10000) / 100.0, 'EUR', false, now() - make_interval(mins => g), now()
    FROM generate_series(1, 10000) AS g; ANALYZE orders"
bench orders --url "$API_URL" --concurrency 1,4 --seconds "$SECONDS_EACH"
bench turns --url "$API_URL" --rate "$TURN_RATE_LARGE" --seconds "$TURN_SECONDS" --kind turns-10k --catalog "$SEARCH_PRODUCTS generated products + demo catalog"
record_load "broadcast"
log "(e) planning a broadcast to $BROADCAST_CONVERSATIONS opted-in web chat conversations"
bench broadcast --url "$API_URL" --connection "$CONN" --conversations "$BROADCAST_CONVERSATIONS"
stop_pid "${PIDS[-1]}"
record_load "end"

dotnet "$BENCH_DLL" report --input "$RESULTS" --machine "$MACHINE" --notes "$BENCH/LIMITS.md" --out "$BENCH/RESULTS.md"
cp "$RESULTS" "$BENCH/results.jsonl"
log "done: bench/RESULTS.md"
