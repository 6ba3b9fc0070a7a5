#!/usr/bin/env bash
# Starts a private PostgreSQL cluster in .data/ and the Commerce API with the demo shop.
# Ctrl-C stops both. The cluster (and its data) is kept for the next run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
# shellcheck source=scripts/common.sh
. "$ROOT/scripts/common.sh"

DEFAULT_PG_PORT=5433
PG_PORT="${COMMERCE_PG_PORT:-$DEFAULT_PG_PORT}"
API_URL="http://localhost:5080"
API_KEY="dev-merchant-key"           # Merchant:ApiKeys:0 in appsettings.Development.json
DB_NAME="commerce"
DB_USER="commerce"
DB_PASSWORD="commerce-dev"           # ConnectionStrings:Commerce in appsettings.Development.json
DATA_DIR="$ROOT/.data"
PGDATA_DIR="$DATA_DIR/pg"
SOCKET_DIR="$DATA_DIR/run"
PG_LOG="$DATA_DIR/postgres.log"
API_OUT="$ROOT/src/Commerce.Api/bin/Release/net10.0"

case "$PG_PORT" in
    ''|*[!0-9]*) die "COMMERCE_PG_PORT must be a port number, got '$PG_PORT'" ;;
esac

# --- prerequisites -----------------------------------------------------------
ensure_postgres || die "PostgreSQL server binaries are missing and could not be installed (see above)."
ensure_dotnet
if ! command -v curl >/dev/null 2>&1; then
    apt_install curl ca-certificates || die "curl is needed to check that the API is up; install it and run again."
fi
PG_BIN="$(find_pg_bin)"

if is_root; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' system user (created by the postgresql package)."
    pg() { runuser -u postgres -- "$@"; }
else
    pg() { "$@"; }
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- cleanup on Ctrl-C, kill or exit -----------------------------------------
API_PID=""
STARTED_PG=0
cleaned=0
cleanup() {
    local status=$?
    [ "$cleaned" -eq 1 ] && return
    cleaned=1
    trap - INT TERM EXIT
    if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
        log "stopping the API"
        kill -TERM "$API_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$API_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$API_PID" 2>/dev/null || true
        wait "$API_PID" 2>/dev/null || true
    fi
    if [ "$STARTED_PG" -eq 1 ]; then
        log "stopping PostgreSQL"
        pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- PostgreSQL cluster in .data/pg --------------------------------------------
mkdir -p "$DATA_DIR" "$PGDATA_DIR" "$SOCKET_DIR"
touch "$PG_LOG"
chmod 700 "$PGDATA_DIR"
if is_root; then
    chown postgres:postgres "$PGDATA_DIR" "$SOCKET_DIR" "$PG_LOG"
    runuser -u postgres -- test -x "$DATA_DIR" \
        || die "the 'postgres' user cannot enter $DATA_DIR; give it access to the folders above (e.g. chmod o+x on them) or clone the repository elsewhere."
fi

if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
    log "creating the PostgreSQL cluster in $PGDATA_DIR"
    pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >/dev/null
elif [ "$(cat "$PGDATA_DIR/PG_VERSION")" != "$(basename "$(dirname "$PG_BIN")")" ]; then
    die "$PGDATA_DIR was created by PostgreSQL $(cat "$PGDATA_DIR/PG_VERSION") but $PG_BIN is another version; remove .data/pg to start afresh (this deletes the local data)."
fi

if pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
    log "PostgreSQL in $PGDATA_DIR is already running; using it (it is left running on exit)"
else
    if port_in_use "$PG_PORT"; then
        die "port $PG_PORT on 127.0.0.1 is taken by another program; choose another with COMMERCE_PG_PORT=5434 ./run.sh"
    fi
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    STARTED_PG=1
    # backend_flush_after: the inbox's inserts write data pages fast; handed to the disk as they go (PostgreSQL's own
    # remedy), they no longer pile up until the kernel writes them all at once and acknowledgements wait behind it.
    if ! pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -w -t 60 start \
        -o "-p $PG_PORT -k '$SOCKET_DIR' -c listen_addresses=127.0.0.1 -c backend_flush_after=256kB" >/dev/null; then
        tail -n 20 "$PG_LOG" >&2 || true
        die "PostgreSQL did not start (log: $PG_LOG)"
    fi
fi

psql_admin() {
    pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PG_PORT" -U postgres -d postgres "$@"
}
if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" ]; then
    log "creating role $DB_USER"
    psql_admin -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'"
fi
if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]; then
    log "creating database $DB_NAME"
    psql_admin -c "CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING 'UTF8'"
fi

if [ "$PG_PORT" != "$DEFAULT_PG_PORT" ]; then
    export ConnectionStrings__Commerce="Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=$DB_USER;Password=$DB_PASSWORD"
fi

# --- the API -------------------------------------------------------------------
log "building the API (Release)"
dotnet build src/Commerce.Api -c Release --nologo -v quiet -clp:ErrorsOnly

if port_in_use 5080; then
    die "port 5080 is taken by another program (an API from an earlier run?); stop it and run again."
fi

log "starting the API on $API_URL (applies migrations and seeds the demo catalog)"
(
    cd "$API_OUT"
    ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$API_URL" exec dotnet Commerce.Api.dll
) &
API_PID=$!

ready=0
for _ in $(seq 1 180); do
    kill -0 "$API_PID" 2>/dev/null || break
    if curl -fsS -o /dev/null --max-time 2 "$API_URL/health/ready" 2>/dev/null; then
        ready=1
        break
    fi
    sleep 1
done
if [ "$ready" -ne 1 ]; then
    if kill -0 "$API_PID" 2>/dev/null; then
        die "the API did not answer $API_URL/health/ready within 3 minutes"
    fi
    wait "$API_PID" || true
    die "the API stopped during start-up (see its output above)"
fi

cat <<EOF

  Commerce is running.

    Web chat        $API_URL/chat
    Swagger UI      $API_URL/swagger
    OpenAPI         $API_URL/openapi/v1.json
    Health          $API_URL/health/ready
    Merchant API    $API_URL/api/v1/...   header  X-Api-Key: $API_KEY

    PostgreSQL      127.0.0.1:$PG_PORT  database $DB_NAME, user $DB_USER / $DB_PASSWORD  (data in .data/pg)

    try:  curl -H 'X-Api-Key: $API_KEY' $API_URL/api/v1/categories

  Press Ctrl-C to stop the API and PostgreSQL.

EOF

api_status=0
wait "$API_PID" || api_status=$?
API_PID=""
exit "$api_status"
