#!/usr/bin/env bash
# Starts what Persistly's full test suite talks to, on a machine that has none of it running yet:
# PostgreSQL on 127.0.0.1:5432 (trust auth, role postgres, database test) and Redis on
# 127.0.0.1:6379, from Debian's packages, plus Debian's Chromium for the browser tests.
# Idempotent: whatever already answers is left alone. Needs root (apt-get, pg_ctlcluster).
# .ci/run calls it before the tests; under CI=true the suite fails (not skips) what cannot reach them.
set -euo pipefail

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for() { for _ in $(seq 1 100); do answers "$1" && return 0; sleep 0.2; done; echo "nothing answers on 127.0.0.1:$1" >&2; return 1; }

missing=()
answers 5432 || command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
answers 6379 || command -v redis-server >/dev/null || missing+=(redis-server)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing from Debian: ${missing[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if command -v pg_ctlcluster >/dev/null; then
  ver=$(ls /etc/postgresql | sort -V | tail -n 1)
  hba=/etc/postgresql/$ver/main/pg_hba.conf
  # Loopback and socket connections without a password, as on the machines the tests were written on.
  if grep -qE '^(local|host)[[:space:]].*[[:space:]](peer|md5|scram-sha-256)[[:space:]]*$' "$hba"; then
    sed -i -E '/^(local|host)[[:space:]]/ s/(peer|md5|scram-sha-256)[[:space:]]*$/trust/' "$hba"
    hba_changed=1
  fi
  if ! answers 5432; then
    install -d -o postgres -g postgres -m 2775 /var/run/postgresql   # no tmpfiles service to make it
    pg_ctlcluster --skip-systemctl-redirect "$ver" main start
    wait_for 5432
  elif [ -n "${hba_changed:-}" ]; then
    pg_ctlcluster --skip-systemctl-redirect "$ver" main reload
  fi
fi
if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = 'test'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc 'create database test'
fi

if ! answers 6379; then
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/services.log
  wait_for 6379
fi
echo "PostgreSQL on 127.0.0.1:5432 (database test), Redis on 127.0.0.1:6379, $(chromium --version 2>/dev/null | head -n 1)"
