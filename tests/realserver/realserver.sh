#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
# Runs OneUptime's own server code (npm @oneuptime/common) on 127.0.0.1 against a private
# PostgreSQL, seeded with known SMS logs. See README.md.
#
#   realserver.sh install VERSION          npm ci into the cache (outside the clone), once
#   realserver.sh start VERSION STATEDIR   install if needed, start, seed; writes server.json
#   realserver.sh stop STATEDIR            stop everything start started; idempotent
#
# Environment: SMSLOG_REALSERVER_CACHE (install cache), SMSLOG_REALSERVER_TIMEOUT (seconds to
# wait for the server, default 300), SMSLOG_PG_BIN (PostgreSQL binaries),
# SMSLOG_REALSERVER_NOW (ISO time the seed counts back from; default now).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${SMSLOG_REALSERVER_CACHE:-$HOME/.cache/smslog-viewer/realserver}
PGBIN=${SMSLOG_PG_BIN:-/usr/lib/postgresql/15/bin}
TIMEOUT=${SMSLOG_REALSERVER_TIMEOUT:-300}

say() { echo "realserver: $*" >&2; }
die() { say "error: $*"; exit 1; }

# Runs a PostgreSQL tool as the postgres user when we are root (initdb/pg_ctl refuse root).
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_dir() {
    local version=$1 lock="$HERE/versions/$1/package-lock.json"
    [ -f "$lock" ] || die "unknown version $version (no $lock)"
    echo "$CACHE/$version-$(sha256sum "$lock" | cut -c1-12)"
}

free_port() {
    node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

cmd_install() {
    local version=$1 dir tmp started
    dir=$(install_dir "$version")
    if [ -f "$dir/.complete" ]; then
        say "$version already installed in $dir"
        return 0
    fi
    mkdir -p "$CACHE"
    tmp=$(mktemp -d "$CACHE/.partial-$version-XXXXXX")
    cp "$HERE/versions/$version/package.json" "$HERE/versions/$version/package-lock.json" "$tmp/"
    started=$(date +%s)
    say "installing OneUptime $version into $dir (npm ci)"
    if ! (cd "$tmp" && npm ci --no-audit --no-fund --ignore-scripts >npm-ci.log 2>&1); then
        tail -n 30 "$tmp/npm-ci.log" >&2 || true
        rm -rf "$tmp"
        die "npm ci failed for $version"
    fi
    touch "$tmp/.complete"
    rm -rf "$dir" # a leftover without the marker
    if ! mv -T "$tmp" "$dir" 2>/dev/null; then
        rm -rf "$tmp" # another install finished first
        [ -f "$dir/.complete" ] || die "could not move the install into $dir"
    fi
    say "installed $version in $(($(date +%s) - started)) s"
}

cmd_stop() {
    local statedir=$1 pid pgdir i
    [ -d "$statedir" ] || return 0
    if [ -f "$statedir/server.pid" ]; then
        pid=$(cat "$statedir/server.pid")
        # Only our node process: the pid file may be stale and the pid reused.
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "start.ts"; then
            kill -TERM "$pid" 2>/dev/null || true
            for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
            kill -KILL "$pid" 2>/dev/null || true
        fi
        rm -f "$statedir/server.pid"
    fi
    if [ -f "$statedir/pgdir" ]; then
        pgdir=$(cat "$statedir/pgdir")
        if [ -n "$pgdir" ] && [ -d "$pgdir" ]; then
            if [ -f "$pgdir/data/postmaster.pid" ]; then
                as_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
                pid=$(head -n 1 "$pgdir/data/postmaster.pid" 2>/dev/null || true)
                if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
            fi
            cp "$pgdir/postgres.log" "$statedir/postgres.log" 2>/dev/null || true
            case "$pgdir" in /tmp/smslog-realserver-pg.*) rm -rf "$pgdir" ;; esac
        fi
        rm -f "$statedir/pgdir"
    fi
    return 0
}

cmd_start() {
    local version=$1 statedir=$2 dir pgdir pgport port started waited
    cmd_install "$version"
    dir=$(install_dir "$version")
    mkdir -p "$statedir"
    statedir=$(cd "$statedir" && pwd)
    if [ -f "$statedir/server.pid" ] && kill -0 "$(cat "$statedir/server.pid")" 2>/dev/null; then
        die "a server from $statedir is still running; stop it first"
    fi
    cmd_stop "$statedir"
    rm -f "$statedir/server.json" "$statedir/expected.json" "$statedir/server.log" "$statedir/postgres.log"
    # From here on, any failure stops what was started.
    trap 'exit 130' INT TERM HUP
    trap 'status=$?; if [ $status -ne 0 ]; then say "start failed; stopping"; cmd_stop "'"$statedir"'"; fi' EXIT
    started=$(date +%s)

    pgdir=$(mktemp -d /tmp/smslog-realserver-pg.XXXXXX)
    echo "$pgdir" >"$statedir/pgdir"
    [ "$(id -u)" = 0 ] && chown postgres: "$pgdir"
    pgport=$(free_port)
    as_pg "$PGBIN/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$statedir/initdb.log" 2>&1 \
        || { cat "$statedir/initdb.log" >&2; die "initdb failed"; }
    if ! as_pg "$PGBIN/pg_ctl" -D "$pgdir/data" -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1" \
        -l "$pgdir/postgres.log" -w -t 60 start >/dev/null; then
        tail -n 30 "$pgdir/postgres.log" >&2 || true
        die "PostgreSQL did not start"
    fi
    psql -h 127.0.0.1 -p "$pgport" -U postgres -q -c "CREATE DATABASE oneuptimedb" >/dev/null
    say "PostgreSQL on 127.0.0.1:$pgport ($pgdir)"

    mkdir -p "$statedir/app"
    cp "$HERE/start.ts" "$HERE/tsconfig.json" "$statedir/app/"
    ln -sfn "$dir/node_modules" "$statedir/app/node_modules"
    port=$(free_port)
    (
        cd "$statedir/app"
        exec env DATABASE_HOST=127.0.0.1 DATABASE_PORT="$pgport" DATABASE_USERNAME=postgres \
            DATABASE_PASSWORD=unused DATABASE_NAME=oneuptimedb BILLING_ENABLED=false \
            APP_VERSION="$version" TS_NODE_SKIP_IGNORE=true TS_NODE_TRANSPILE_ONLY=true \
            setsid node -r ts-node/register start.ts "$port" </dev/null >"$statedir/server.log" 2>&1
    ) &
    echo $! >"$statedir/server.pid"
    say "server pid $(cat "$statedir/server.pid") starting on 127.0.0.1:$port (migrations take a while)"

    waited=0
    until grep -q "^LISTENING " "$statedir/server.log" 2>/dev/null; do
        if ! kill -0 "$(cat "$statedir/server.pid")" 2>/dev/null; then
            tail -n 40 "$statedir/server.log" >&2 || true
            die "the OneUptime $version server exited before listening (log: $statedir/server.log)"
        fi
        if [ "$waited" -ge "$TIMEOUT" ]; then
            tail -n 40 "$statedir/server.log" >&2 || true
            die "the OneUptime $version server did not listen within $TIMEOUT s (log: $statedir/server.log)"
        fi
        sleep 2
        waited=$((waited + 2))
    done
    curl -fsS "http://127.0.0.1:$port/api/version" >/dev/null || die "GET /api/version failed"
    say "server listening after $(($(date +%s) - started)) s"

    psql -h 127.0.0.1 -p "$pgport" -U postgres -d oneuptimedb -At -F $'\t' -c \
        "SELECT table_name, column_name, udt_name, is_nullable, CASE WHEN column_default IS NULL THEN 'f' ELSE 't' END
         FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position" \
        >"$statedir/schema.tsv"
    node "$HERE/seed.js" "$version" "$dir/node_modules/@oneuptime/common" "$statedir/schema.tsv" "$statedir" \
        "http://127.0.0.1:$port" >&2
    psql -h 127.0.0.1 -p "$pgport" -U postgres -d oneuptimedb -v ON_ERROR_STOP=1 -q -f "$statedir/seed.sql" >/dev/null
    mv "$statedir/server.json.tmp" "$statedir/server.json"
    trap - EXIT INT TERM HUP
    say "OneUptime $version ready at http://127.0.0.1:$port after $(($(date +%s) - started)) s; $statedir/server.json"
}


case "${1:-}" in
install) [ $# -eq 2 ] || die "usage: $0 install VERSION"; cmd_install "$2" ;;
start) [ $# -eq 3 ] || die "usage: $0 start VERSION STATEDIR"; cmd_start "$2" "$3" ;;
stop) [ $# -eq 2 ] || die "usage: $0 stop STATEDIR"; cmd_stop "$2" ;;
*) die "usage: $0 install VERSION | start VERSION STATEDIR | stop STATEDIR" ;;
esac
