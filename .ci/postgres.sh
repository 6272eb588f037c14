#!/bin/sh
# Installs PostgreSQL for the store tests, which start their own throwaway server with it.
# Idempotent: does nothing when a PostgreSQL is already installed.
set -eu
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "PostgreSQL already installed: $(ls -d /usr/lib/postgresql/*/bin | head -n1)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends postgresql
# Debian's package starts a cluster on 5432; the tests do not use it.
if command -v pg_lsclusters >/dev/null 2>&1; then
  pg_lsclusters -h | while read -r ver name _rest; do $SUDO pg_ctlcluster "$ver" "$name" stop || true; done
fi
