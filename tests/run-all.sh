#!/usr/bin/env bash
# Runs every test: the README's test command. On a fresh machine it first installs what the tests
# need and the machine lacks, from Debian's packages: PostgreSQL's server programs (the API suite runs
# again on PostgreSQL), Chromium (the browser tests drive it), and redis-server and nginx (the
# deployment test runs two instances behind nginx on PostgreSQL and Redis). Nothing is skipped for want of them.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null 2>&1; then missing+=(postgresql); fi
if [ -z "${CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if [ ! -x /usr/bin/redis-server ] && ! command -v redis-server >/dev/null 2>&1; then missing+=(redis-server); fi
if [ ! -x /usr/sbin/nginx ] && ! command -v nginx >/dev/null 2>&1; then missing+=(nginx); fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing what the tests need: ${missing[*]}" >&2
  sudo_cmd=""; if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q "${missing[@]}"
fi

exec dotnet test InfoGov.sln "$@"
