# Shared by the drills: a throw-away PostgreSQL 15 cluster and the services' built jars, on ports
# away from the usual ones (gateway 38080, services 38081-38083, PostgreSQL 45432) so a drill can
# run next to a developer's platform. Sourced, not run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${DRILL_WORK:-$ROOT/drills/.work}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
# where the built modules are (each <module>/target/quarkus-app); the checkout by default
APPS=${DRILL_APPS:-$ROOT}
PGPORT=${DRILL_PG_PORT:-45432}
PGDATA=$WORK/pgdata
JAVA_OPTS=${DRILL_JAVA_OPTS:--Xmx256m}
declare -A PORT=([gateway]=38080 [trade-service]=38081 [agreements-service]=38082 [ventures-service]=38083)
# health and metrics are on each app's management interface, on a port of its own
declare -A MGMT_PORT=([gateway]=38180 [trade-service]=38181 [agreements-service]=38182 [ventures-service]=38183)
declare -A DB=([trade-service]=trade [agreements-service]=agreements [ventures-service]=ventures)

# PostgreSQL refuses to run as root: then it runs as the postgres user.
as_pg() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

require_jars() {
  for m in "$@"; do
    [[ -f $APPS/$m/target/quarkus-app/quarkus-run.jar ]] || {
      echo "missing $m/target/quarkus-app/quarkus-run.jar: run ./mvnw -B package -Dmaven.test.skip=true first" >&2; exit 2; }
  done
}

pg_init() {
  pg_stop # a server left over from an interrupted drill
  rm -rf "$WORK"; mkdir -p "$WORK"
  [[ $(id -u) == 0 ]] && chown postgres "$WORK"
  as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF-8 >/dev/null
  pg_start
  for db in trade agreements ventures; do psql_ postgres "CREATE DATABASE $db"; done
}

# Default durability settings (fsync on, synchronous commit on): acknowledged means on disk.
# Retried: the port is in the ephemeral range, so a passing client connection may hold it a moment.
pg_start() {
  local tries=0
  until as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -o "-p $PGPORT -k $WORK -c listen_addresses=localhost -c max_connections=200" \
      -l "$WORK/postgres.log" -w -t 120 start >/dev/null 2>>"$WORK/pg_ctl.log"; do
    (( ++tries < 30 )) || { echo "PostgreSQL did not start; see $WORK/postgres.log" >&2; exit 1; }
    sleep 1
  done
}

pg_stop() {
  [[ -f $PGDATA/postmaster.pid ]] && as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
}

# A crash: SIGKILL to the postmaster (pid from postmaster.pid) and every process it forked, no shutdown.
pg_kill() {
  local pid; pid=$(head -1 "$PGDATA/postmaster.pid")
  local children; children=$(pgrep -P "$pid" | tr '\n' ' ' || true)
  kill -9 "$pid" $children
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  echo "$pid"
}

psql_() { "$PGBIN/psql" -h localhost -p "$PGPORT" -U postgres -d "$1" -Atq -v ON_ERROR_STOP=1 -c "$2"; }

start_app() { # name [extra env assignments...]
  local name=$1; shift
  local port=${PORT[$name]}
  env QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="${MGMT_PORT[$name]}" \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PGPORT/${DB[$name]:-none}" \
      QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
      MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/dev/jwt/publicKey.pem" \
      MP_JWT_VERIFY_ISSUER=https://dev.bilateral.example/issuer \
      TRADE_SERVICE_URL=http://localhost:${PORT[trade-service]} \
      AGREEMENTS_SERVICE_URL=http://localhost:${PORT[agreements-service]} \
      VENTURES_SERVICE_URL=http://localhost:${PORT[ventures-service]} \
      TRADE_SERVICE_MANAGEMENT_URL=http://localhost:${MGMT_PORT[trade-service]} \
      AGREEMENTS_SERVICE_MANAGEMENT_URL=http://localhost:${MGMT_PORT[agreements-service]} \
      VENTURES_SERVICE_MANAGEMENT_URL=http://localhost:${MGMT_PORT[ventures-service]} \
      "$@" java $JAVA_OPTS -jar "$APPS/$name/target/quarkus-app/quarkus-run.jar" >>"$WORK/$name.log" 2>&1 &
  echo $! >"$WORK/$name.pid"
  disown $! # no job notice when a drill kills it
}

app_pid() { cat "$WORK/$1.pid"; }

wait_ready() { # name [seconds]
  local port=${MGMT_PORT[$1]} limit=${2:-180} start=$SECONDS
  until curl -fs -o /dev/null "http://localhost:$port/q/health/ready"; do
    if (( SECONDS - start > limit )); then echo "$1 not ready after ${limit}s; see $WORK/$1.log" >&2; exit 1; fi
    sleep 0.5
  done
}

stop_app() { # SIGTERM and wait for the process to end
  local pid; pid=$(app_pid "$1")
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

cleanup() {
  for name in gateway trade-service agreements-service ventures-service; do
    if [[ -f $WORK/$name.pid ]]; then kill "$(cat "$WORK/$name.pid")" 2>/dev/null || true; fi
  done
  sleep 1
  pg_stop
}

editor_token() { java "$ROOT/dev/DevToken.java" editor; }
