#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, on 127.0.0.1 only.
#
#   bash scripts/start_postgres.sh          # start (or reuse) it; the last line of stdout is its URL
#   bash scripts/start_postgres.sh stop     # stop it
#
# Installs Debian's `postgresql` package when no initdb/pg_ctl is found (as root), initializes a
# cluster in $UNIONFACTS_PG_DIR (default /tmp/unionfacts-postgres) owned by the `postgres` user,
# starts it on the first free port from $UNIONFACTS_PG_PORT (default 55432), creates the user
# `unionfacts` (password `unionfacts`) and the database `unionfacts_test` (UTF-8, C collation, so
# ORDER BY sorts as SQLite does), and prints
#   postgresql+psycopg://unionfacts:unionfacts@127.0.0.1:PORT/unionfacts_test
# Running it again reuses the running server. It never fails: when PostgreSQL cannot be installed
# or started it says why on stderr, prints nothing on stdout and exits 0 (the tests then skip).
# Everything but the URL goes to stderr; every step is bounded by a timeout.

set -u

PG_DIR=${UNIONFACTS_PG_DIR:-/tmp/unionfacts-postgres}
DATA="$PG_DIR/data"
FIRST_PORT=${UNIONFACTS_PG_PORT:-55432}
PG_USER=unionfacts
PG_PASSWORD=unionfacts
PG_DB=unionfacts_test
BINDIR=""

log() { echo "start_postgres: $*" >&2; }
give_up() { log "$* — no PostgreSQL server; the PostgreSQL tests will skip"; exit 0; }

find_bindir() {
    local initdb candidate
    initdb=$(command -v initdb 2>/dev/null || true)
    if [ -n "$initdb" ] && [ -x "$(dirname "$initdb")/pg_ctl" ] && [ -x "$(dirname "$initdb")/psql" ]; then
        BINDIR=$(dirname "$initdb")
        return 0
    fi
    # Debian keeps the server's tools off PATH, one folder per major version: take the newest.
    candidate=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/psql" ]; then
        BINDIR=$candidate
        return 0
    fi
    return 1
}

install_postgres() {
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        return 1
    fi
    log "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    timeout 300 apt-get update -qq >&2 || log "apt-get update failed; trying the install anyway"
    timeout 600 apt-get install -y -qq --no-install-recommends postgresql >&2 </dev/null
}

# Run a command as the user the server runs as (PostgreSQL refuses to run as root).
as_pg() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

psql_admin() {  # superuser over the cluster's own Unix socket (trust), extra arguments to psql
    timeout 30 "$BINDIR/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PORT" -U postgres -d postgres "$@"
}

server_running() {
    [ -f "$DATA/PG_VERSION" ] && [ -f "$PG_DIR/port" ] && as_pg timeout 10 "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

stop_server() {
    if [ -f "$DATA/PG_VERSION" ] && find_bindir; then
        as_pg timeout 60 "$BINDIR/pg_ctl" -D "$DATA" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    fi
    exit 0
}

init_cluster() {
    rm -rf "$PG_DIR"
    mkdir -p "$DATA" || return 1
    chmod 700 "$PG_DIR" "$DATA"
    if [ "$(id -u)" = 0 ]; then
        chown -R postgres: "$PG_DIR" || return 1
    fi
    PORT=$FIRST_PORT
    while port_in_use "$PORT"; do
        PORT=$((PORT + 1))
        [ "$PORT" -lt $((FIRST_PORT + 50)) ] || { log "no free port from $FIRST_PORT"; return 1; }
    done
    log "initializing a cluster in $DATA (port $PORT)"
    as_pg timeout 120 "$BINDIR/initdb" -D "$DATA" -U postgres -E UTF8 --no-locale --no-sync \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_DIR/initdb.log" 2>&1 \
        || { log "initdb failed: $(tail -n 3 "$PG_DIR/initdb.log" 2>/dev/null)"; return 1; }
    # Loopback only; durability is not wanted for a throwaway test database.
    cat >>"$DATA/postgresql.conf" <<EOF

# scripts/start_postgres.sh
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$PG_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 40
EOF
    echo "$PORT" >"$PG_DIR/port"
    [ "$(id -u)" != 0 ] || chown postgres: "$PG_DIR/port" "$PG_DIR/initdb.log"
}

start_server() {
    as_pg timeout 60 "$BINDIR/pg_ctl" -D "$DATA" -l "$PG_DIR/server.log" -w -t 30 start >/dev/null 2>&1 \
        || { log "the server did not start: $(tail -n 3 "$PG_DIR/server.log" 2>/dev/null)"; return 1; }
}

create_database() {
    psql_admin <<EOF >/dev/null || return 1
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD';
  END IF;
END \$\$;
EOF
    if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != 1 ]; then
        psql_admin -c "CREATE DATABASE $PG_DB OWNER $PG_USER TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" \
            >/dev/null || return 1
    fi
    # What the tests will do: log in with the password over TCP.
    PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=5 timeout 30 "$BINDIR/psql" -X -q -At -h 127.0.0.1 -p "$PORT" \
        -U "$PG_USER" -d "$PG_DB" -c "SELECT 1" >/dev/null
}

main() {
    cd / || exit 0  # the postgres user may not be allowed into the caller's folder
    [ "${1:-start}" != stop ] || stop_server
    if ! find_bindir; then
        install_postgres || give_up "PostgreSQL is not installed and could not be installed"
        find_bindir || give_up "no initdb/pg_ctl after installing postgresql"
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin postgres >&2 \
            || give_up "cannot create the postgres user"
    fi
    PORT=""
    if server_running; then
        PORT=$(cat "$PG_DIR/port")
        log "reusing the server in $DATA (port $PORT)"
    elif [ -f "$DATA/PG_VERSION" ] && [ -f "$PG_DIR/port" ] \
            && [ "$(cat "$DATA/PG_VERSION")" = "$("$BINDIR/pg_ctl" --version | sed -E 's/^[^0-9]*([0-9]+).*/\1/')" ] \
            && PORT=$(cat "$PG_DIR/port") && ! port_in_use "$PORT" && start_server; then
        log "restarted the server in $DATA (port $PORT)"
    else
        init_cluster || give_up "cannot initialize a cluster"
        start_server || give_up "cannot start the server"
    fi
    create_database || give_up "cannot create the user and database (see $PG_DIR/server.log)"
    echo "postgresql+psycopg://$PG_USER:$PG_PASSWORD@127.0.0.1:$PORT/$PG_DB"
}

main "$@"
