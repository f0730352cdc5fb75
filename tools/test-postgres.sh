#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Rightsize developers
# A throw-away PostgreSQL 15 cluster for the store tests: a data directory and a unix socket in
# one temporary directory, the server on a free loopback port, a test role and database.
#   tools/test-postgres.sh start   create and start it (prints the env line as well)
#   tools/test-postgres.sh env     print RIGHTSIZE_TEST_PG_URL=postgresql://... for the running one
#   tools/test-postgres.sh stop    stop it and delete the directory
# Use it as:  eval "$(tools/test-postgres.sh start)"; ctest ...; tools/test-postgres.sh stop
# The state file (default /tmp/rightsize-test-pg.<uid>, or $RIGHTSIZE_TEST_PG_STATE) names the
# directory, so several worktrees can each run their own cluster with their own state file.
# As root (CI), initdb and postgres run as the `postgres` user (or $RIGHTSIZE_TEST_PG_USER), since
# PostgreSQL refuses to run as root.
set -euo pipefail

state=${RIGHTSIZE_TEST_PG_STATE:-/tmp/rightsize-test-pg.$(id -u)}
role=rightsize_test
dbname=rightsize_test

bindir=
for d in /usr/lib/postgresql/15/bin "$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")"; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then bindir=$d; break; fi
done

# Runs a server-side command as the unprivileged owner of the cluster.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "${RIGHTSIZE_TEST_PG_USER:-postgres}" -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 - <<'EOF' 2>/dev/null && return
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
EOF
    # No python: try ports from a random start until nothing listens there.
    local p=$((20000 + RANDOM % 20000))
    while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}

print_env() {
    # shellcheck disable=SC1090
    . "$state"
    echo "RIGHTSIZE_TEST_PG_URL=postgresql://$role@127.0.0.1:$port/$dbname?sslmode=disable"
    echo "export RIGHTSIZE_TEST_PG_URL"
}

case "${1:-}" in
    start)
        if [ -f "$state" ]; then
            echo "test-postgres: already started (state file $state); run 'stop' first" >&2
            exit 1
        fi
        if [ -z "$bindir" ]; then
            echo "test-postgres: PostgreSQL 15 server binaries not found; install the Debian package 'postgresql'" >&2
            exit 1
        fi
        dir=$(mktemp -d /tmp/rightsize-pg.XXXXXX)
        chmod 755 "$dir"
        mkdir "$dir/data" "$dir/socket" "$dir/log"
        if [ "$(id -u)" -eq 0 ]; then chown "${RIGHTSIZE_TEST_PG_USER:-postgres}" "$dir/data" "$dir/socket" "$dir/log"; fi
        port=$(free_port)
        printf 'dir=%q\nport=%q\nbindir=%q\n' "$dir" "$port" "$bindir" >"$state"
        # trust on loopback and the socket: the cluster lives only as long as a test run, and
        # a password would have to be stored somewhere the tests read it.
        as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
            --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
            { cat "$dir/initdb.log" >&2; exit 1; }
        as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c fsync=off -c max_connections=200" \
            >/dev/null || { cat "$dir/log/server.log" >&2; exit 1; }
        psql=$bindir/psql
        [ -x "$psql" ] || psql=psql
        # CREATEDB: each test makes its own fresh database so tests can run in parallel.
        "$psql" -q -h "$dir/socket" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
            -c "CREATE ROLE $role LOGIN CREATEDB" -c "CREATE DATABASE $dbname OWNER $role" >/dev/null
        print_env
        ;;
    env)
        [ -f "$state" ] || { echo "test-postgres: not started (no $state)" >&2; exit 1; }
        print_env
        ;;
    stop)
        [ -f "$state" ] || { echo "test-postgres: not started (no $state)" >&2; exit 0; }
        # shellcheck disable=SC1090
        . "$state"
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$dir" "$state"
        ;;
    *)
        echo "usage: tools/test-postgres.sh start|stop|env" >&2
        exit 2
        ;;
esac
