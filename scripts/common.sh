# Shared helpers for run.sh and test.sh. Sourced, not executed.
# shellcheck shell=bash

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# Runs a command with root rights: directly as root, through sudo otherwise.
# Without a terminal sudo must not prompt (-n), so CI never hangs on a password.
as_root() {
    if is_root; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        if [ -t 0 ]; then sudo "$@"; else sudo -n "$@"; fi
    else
        return 126
    fi
}

can_use_apt() {
    command -v apt-get >/dev/null 2>&1 || return 1
    is_root && return 0
    command -v sudo >/dev/null 2>&1 || return 1
    [ -t 0 ] || sudo -n true 2>/dev/null
}

_apt_updated=0

# apt_install PACKAGE... — installs Debian/Ubuntu packages non-interactively.
apt_install() {
    if ! can_use_apt; then
        if ! command -v apt-get >/dev/null 2>&1; then
            warn "apt-get is not available on this machine; install these packages by hand: $*"
        else
            warn "installing packages needs root (or sudo without a password prompt); run as root or install by hand: sudo apt-get install -y $*"
        fi
        return 1
    fi
    if [ "$_apt_updated" -eq 0 ]; then
        log "apt-get update"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
        _apt_updated=1
    fi
    log "apt-get install $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# Newest PostgreSQL server bin directory (Debian/Ubuntu layout), or nothing.
find_pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
        printf '%s\n' "$dir"
    fi
}

# Makes sure PostgreSQL server binaries (initdb, pg_ctl, postgres) are installed.
ensure_postgres() {
    if [ -n "$(find_pg_bin)" ]; then
        return 0
    fi
    log "PostgreSQL server binaries not found under /usr/lib/postgresql; installing them"
    local packages=(postgresql)
    # Debian folds contrib into the server package; some releases still ship it separately.
    if apt_install_available postgresql-contrib; then
        packages+=(postgresql-contrib)
    fi
    apt_install "${packages[@]}" || return 1
    [ -n "$(find_pg_bin)" ] || { warn "PostgreSQL was installed but no initdb was found under /usr/lib/postgresql/*/bin"; return 1; }
}

# True when apt knows a real (installable) package of that name; runs apt-get update first.
apt_install_available() {
    can_use_apt || return 1
    if [ "$_apt_updated" -eq 0 ]; then
        log "apt-get update"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
        _apt_updated=1
    fi
    apt-cache show "$1" 2>/dev/null | grep -q '^Version:'
}

ensure_dotnet() {
    command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is not installed (dotnet is not on PATH). Install the .NET 10 SDK: https://dotnet.microsoft.com/download"
}
