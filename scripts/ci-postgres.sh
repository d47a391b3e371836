#!/usr/bin/env bash
# Installs and starts a local PostgreSQL (Debian, as root), creates a throw-away
# database and runs the core test suite against it through CSPERF_TEST_DB.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "ci-postgres: installing PostgreSQL"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
    pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q" && break
    sleep 1
done
su postgres -c "psql -qc \"DROP DATABASE IF EXISTS csperf_ci\"" >/dev/null
# The logins and groups of scripts/postgres-roles.sql that the access tests create, then the owner.
su postgres -c "psql -qc \"DROP ROLE IF EXISTS csperf_t_qa, csperf_t_sup, csperf_admin, csperf_supervisor, csperf_qa, csperf_viewer\"" >/dev/null
su postgres -c "psql -qc \"DROP ROLE IF EXISTS csperf_ci\"" >/dev/null
# CREATEROLE: the access tests run scripts/postgres-roles.sql as the owner and add a login per person.
su postgres -c "psql -qc \"CREATE ROLE csperf_ci LOGIN CREATEROLE PASSWORD 'csperf_ci'\"" >/dev/null
su postgres -c "createdb -O csperf_ci csperf_ci"

echo "ci-postgres: running the core suite on PostgreSQL $version"
CSPERF_TEST_DB="postgresql://csperf_ci:csperf_ci@127.0.0.1/csperf_ci" \
    ./run-tests.sh -q -m "not sqlite_only" --ignore=tests/gui

# The benchmark on the same server at size S: it builds its offices in schemas of its own
# (csperf_bench_*, dropped at the end). Its targets are set for SQLite on an idle machine, so a
# missed target (exit 1) is printed, not a failure; a figure that cannot be measured (exit 2)
# fails the run.
echo "ci-postgres: the benchmark at size S on PostgreSQL $version"
rc=0
QT_QPA_PLATFORM=offscreen .venv/bin/python main.py bench --size S --quick \
    --db "postgresql://csperf_ci:csperf_ci@127.0.0.1/csperf_ci" || rc=$?
if [ "$rc" -ge 2 ]; then
    echo "ci-postgres: the benchmark could not measure every figure on PostgreSQL (exit $rc)" >&2
    exit "$rc"
fi
