#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite and the benchmark: a fresh data directory under
# /tmp, listening on loopback only, trust authentication, the C locale and no fsync (nothing in it
# outlives the run).
#   throwaway-cluster.sh start      prints "<directory> <connection string>" once the server accepts connections
#   throwaway-cluster.sh stop DIR   stops that cluster and deletes its directory
#   throwaway-cluster.sh pause DIR  stops the server, keeping its data (a database outage, for the fault tests)
#   throwaway-cluster.sh resume DIR starts it again on the same port
set -euo pipefail

bindir=""
if command -v pg_ctl >/dev/null 2>&1; then bindir="$(dirname "$(command -v pg_ctl)")"; fi
if [ -z "$bindir" ]; then bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"; fi
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "PostgreSQL server binaries not found; install them (Debian: apt-get install postgresql)." >&2
  exit 1
fi

# initdb and the server refuse to run as root: run them as the postgres account then.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    dir="$(mktemp -d /tmp/infogov-pg-XXXXXX)"
    chmod 755 "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --locale=C --encoding=UTF8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # The first port from 55432 on that is free and not that of another throwaway cluster: a paused one
    # (the fault tests stop a server and start it again) has freed its port but will want it back.
    port=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || grep -qs -- "^-p $port " /tmp/infogov-pg-*/options; do port=$((port + 1)); done
    echo "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >"$dir/options"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "$(cat "$dir/options")" \
      >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$dir Host=127.0.0.1;Port=$port;Username=postgres"
    ;;
  stop)
    dir="${2:?usage: throwaway-cluster.sh stop DIR}"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  pause)
    dir="${2:?usage: throwaway-cluster.sh pause DIR}"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  resume)
    dir="${2:?usage: throwaway-cluster.sh resume DIR}"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "$(cat "$dir/options")" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    ;;
  *)
    echo "usage: throwaway-cluster.sh start | stop DIR | pause DIR | resume DIR" >&2
    exit 2
    ;;
esac
