#!/bin/sh
# A throw-away PostgreSQL 15 cluster for the team server tests (tests/server).
#
#   pgcluster.sh start DIR   initdb in a new temporary folder, start the server on 127.0.0.1 on a
#                            free port and write what the tests need into DIR:
#                              DIR/url             postgresql://salesplan_admin@127.0.0.1:PORT/salesplan_test
#                              DIR/admin-password  the superuser's password (random, this run only)
#                              DIR/cluster         the temporary folder (data, socket, log)
#                            The log, server.log, holds every DDL statement (log_statement=ddl), so
#                            that the tests see what a role's password looked like on its way.
#   pgcluster.sh stop DIR    stop that server and remove its folder
#
# initdb refuses to run as root, so as root (CI) the cluster belongs to `nobody`. App roles log in
# over TCP with scram-sha-256 passwords; only the socket in the cluster's own folder trusts.
set -eu

bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
command=${1:?usage: pgcluster.sh start|stop DIR}
dir=${2:?usage: pgcluster.sh start|stop DIR}

# Runs a command as the cluster's owner: ourselves, or `nobody` when we are root.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    [ -x "$bin/initdb" ] || { echo "pgcluster.sh: no $bin/initdb: install postgresql (scripts/setup.sh)" >&2; exit 1; }
    [ -f "$dir/cluster" ] && stop
    mkdir -p "$dir"
    cluster=$(mktemp -d "${TMPDIR:-/tmp}/salesplan-pg.XXXXXX")
    printf '%s\n' "$cluster" > "$dir/cluster" # first, so that stop finds a half-started one
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" > "$cluster/pwfile"
    [ "$(id -u)" -eq 0 ] && chown -R nobody "$cluster"
    as_owner "$bin/initdb" -D "$cluster/data" -U salesplan_admin --pwfile="$cluster/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1 ||
        { cat "$cluster/initdb.log" >&2; exit 1; }
    rm -f "$cluster/pwfile"
    port=$(free_port)
    as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$cluster -c fsync=off -c log_statement=ddl" start >/dev/null ||
        { cat "$cluster/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h "$cluster" -p "$port" -U salesplan_admin salesplan_test
    printf '%s\n' "$password" > "$dir/admin-password"
    chmod 600 "$dir/admin-password"
    printf 'postgresql://salesplan_admin@127.0.0.1:%s/salesplan_test\n' "$port" > "$dir/url"
    echo "PostgreSQL on 127.0.0.1:$port in $cluster"
}

stop() {
    [ -f "$dir/cluster" ] || return 0
    cluster=$(cat "$dir/cluster")
    if [ -d "$cluster/data" ]; then
        as_owner "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster"
    rm -f "$dir/cluster" "$dir/url" "$dir/admin-password"
}

case $command in
start) start ;;
stop) stop ;;
*) echo "usage: pgcluster.sh start|stop DIR" >&2; exit 2 ;;
esac
