#!/usr/bin/env bash
# Installs what the tests need when it is missing, builds the solution once and runs
# every test project (plus the dotnet ef migrations checks; the SQL Server suite only when
# COMMERCE_TEST_SQLSERVER is set). The last line is always "N passed, N failed[, N skipped]".
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
# shellcheck source=scripts/common.sh
. "$ROOT/scripts/common.sh"

RESULTS_DIR="$ROOT/TestResults"
TEST_LOG="$RESULTS_DIR/dotnet-test.log"

finish() {
    # finish PASSED FAILED SKIPPED EXIT_CODE
    local line="$1 passed, $2 failed"
    [ "$3" -gt 0 ] && line="$line, $3 skipped"
    printf '%s\n' "$line"
    exit "$4"
}

# --- what the tests need ---------------------------------------------------------
if ! command -v dotnet >/dev/null 2>&1; then
    echo "error: the .NET SDK is not installed (dotnet is not on PATH); nothing was built or tested." >&2
    echo "Build failed."
    finish 0 1 0 1
fi

# Integration tests start throwaway clusters with /usr/lib/postgresql/*/bin/initdb + pg_ctl.
ensure_postgres || warn "PostgreSQL server binaries are missing: database tests will fail."

# Browser tests drive Debian's Chromium through Playwright (no browser download).
if [ ! -x /usr/bin/chromium ]; then
    log "Chromium not found at /usr/bin/chromium; installing it"
    apt_install chromium || warn "Chromium is missing: browser tests will fail."
fi

log "dotnet tool restore"
dotnet tool restore >/dev/null || warn "dotnet tool restore failed (dotnet-ef is only needed for migration work)."

# --- build once ---------------------------------------------------------------------
log "dotnet build Commerce.sln -c Release"
if ! dotnet build Commerce.sln -c Release --nologo -nodeReuse:false -v minimal; then
    echo
    echo "Build failed: no tests were run."
    finish 0 1 0 1
fi

# --- run every test project ------------------------------------------------------------
rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

# --- migrations: each provider's migrations must match the model ----------------------
# Counted as tests below. Nothing here opens a database: EF compares the model with the migrations' snapshot and
# writes the SQL Server script from the migrations alone.
check_passed=0
check_failed=0
check() {
    # check NAME COMMAND...
    local name="$1"; shift
    if "$@" >"$RESULTS_DIR/$name.log" 2>&1; then
        check_passed=$((check_passed + 1))
        printf '  %-48s passed\n' "$name"
    else
        check_failed=$((check_failed + 1))
        printf '  %-48s FAILED (see %s)\n' "$name" "$RESULTS_DIR/$name.log"
        sed -n '1,40p' "$RESULTS_DIR/$name.log"
    fi
}
log "migrations checks (dotnet ef)"
for project in Commerce.Migrations.Postgres Commerce.Migrations.SqlServer; do
    check "$project: no pending model changes" \
        dotnet ef migrations has-pending-model-changes --no-build --configuration Release \
        --project "migrations/$project" --startup-project "migrations/$project"
done
check "Commerce.Migrations.SqlServer: idempotent script" \
    dotnet ef migrations script --idempotent --no-build --configuration Release \
    --project migrations/Commerce.Migrations.SqlServer --startup-project migrations/Commerce.Migrations.SqlServer \
    --output "$RESULTS_DIR/sqlserver-idempotent.sql"
# The SQL Server suite runs only against a real server (below), but it must always compile.
check "Commerce.SqlServer.Tests: builds" \
    dotnet build tests/Commerce.SqlServer.Tests -c Release --nologo -nodeReuse:false -v minimal

log "dotnet test Commerce.sln -c Release --no-build"
dotnet test Commerce.sln -c Release --no-build --nologo -nodeReuse:false \
    --results-directory "$RESULTS_DIR" \
    --blame-hang-timeout 15m --blame-hang-dump-type none \
    </dev/null 2>&1 | tee "$TEST_LOG"
test_status=${PIPESTATUS[0]}

# The SQL Server suite needs a real server; it is not part of Commerce.sln and runs only when one is named.
if [ -n "${COMMERCE_TEST_SQLSERVER:-}" ]; then
    log "dotnet test tests/Commerce.SqlServer.Tests (COMMERCE_TEST_SQLSERVER is set)"
    dotnet test tests/Commerce.SqlServer.Tests -c Release --nologo -nodeReuse:false \
        --results-directory "$RESULTS_DIR" --blame-hang-timeout 15m --blame-hang-dump-type none \
        </dev/null 2>&1 | tee -a "$TEST_LOG"
    sqlserver_status=${PIPESTATUS[0]}
    [ "$sqlserver_status" -ne 0 ] && test_status=$sqlserver_status
    sqlserver_note=""
else
    sqlserver_note="SQL Server suite not run: COMMERCE_TEST_SQLSERVER not set"
fi

# VSTest prints one summary per test assembly, e.g.
#   Passed!  - Failed:     0, Passed:     6, Skipped:     0, Total:     6, Duration: 1 s - Commerce.Api.Tests.dll (net10.0)
summary=$(sed -e 's/\x1b\[[0-9;]*m//g' "$TEST_LOG" | awk '
    /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+, +Total: +[0-9]+/ {
        line = $0
        f = line; sub(/.*Failed: +/, "", f); f = f + 0
        p = line; sub(/.*Passed: +/, "", p); p = p + 0
        s = line; sub(/.*Skipped: +/, "", s); s = s + 0
        name = line; sub(/.* - /, "", name); sub(/\.dll.*/, "", name)
        printf "%s %d %d %d\n", name, p, f, s
        next
    }
    /No test is available in / {
        name = $0; sub(/.*No test is available in /, "", name); sub(/\.dll.*/, "", name); sub(/.*\//, "", name)
        printf "%s 0 0 0\n", name
    }')

passed=0
failed=0
skipped=0
echo
echo "Test projects:"
if [ -n "$summary" ]; then
    while read -r name p f s; do
        printf '  %-32s %4d passed, %d failed, %d skipped\n' "$name" "$p" "$f" "$s"
        passed=$((passed + p))
        failed=$((failed + f))
        skipped=$((skipped + s))
    done <<<"$summary"
else
    echo "  (no test summary found in the output)"
fi

printf '  %-32s %4d passed, %d failed\n' "migrations checks" "$check_passed" "$check_failed"
[ -n "$sqlserver_note" ] && echo "$sqlserver_note"

exit_code=0
if [ "$test_status" -ne 0 ]; then
    exit_code=1
    if [ "$failed" -eq 0 ]; then
        # A crashed or hung test host leaves no failing test behind; it still counts.
        echo "dotnet test exited with $test_status without reporting a failed test (test host crash, hang or abort; see above)."
        failed=1
    fi
elif [ "$failed" -gt 0 ]; then
    exit_code=1
fi
passed=$((passed + check_passed))
failed=$((failed + check_failed))
[ "$check_failed" -gt 0 ] && exit_code=1

echo
finish "$passed" "$failed" "$skipped" "$exit_code"
