#!/usr/bin/env bash
# Drill: under a steady write load on trade-service, kill PostgreSQL abruptly (SIGKILL to the
# postmaster and its processes) and start it again. Afterwards every acknowledged write must be in
# the database, none twice, and every figure's revision chain whole. Prints sent/acknowledged/found.
# Usage: drills/db-kill.sh [seconds of load, default 30] [writers, default 8]
source "$(dirname "$0")/lib.sh"
SECONDS_OF_LOAD=${1:-30}
WRITERS=${2:-8}
require_jars trade-service
trap cleanup EXIT

log "PostgreSQL 15 on port $PGPORT (data in $PGDATA), trade-service on ${PORT[trade-service]}"
pg_init
start_app trade-service
wait_ready trade-service
TOKEN=$(editor_token)

log "load: $WRITERS writers for ${SECONDS_OF_LOAD}s"
java "$ROOT/drills/WriteLoad.java" "http://localhost:${PORT[trade-service]}" "$TOKEN" "$SECONDS_OF_LOAD" "$WRITERS" \
  "$WORK/acks.tsv" >"$WORK/load.out" &
LOAD=$!

sleep $(( SECONDS_OF_LOAD / 3 ))
log "SIGKILL PostgreSQL (postmaster $(pg_kill))"
sleep 2
T0=$(date +%s.%N)
pg_start
grep -m1 -o "database system was not properly shut down; automatic recovery in progress" "$WORK/postgres.log" || true
log "PostgreSQL restarted after crash recovery in $(printf '%.1f' "$(echo "$(date +%s.%N) - $T0" | bc)")s"
T1=$(date +%s.%N)
until curl -fs -o /dev/null "http://localhost:${MGMT_PORT[trade-service]}/q/health/ready"; do sleep 0.2; done
log "trade-service ready again $(printf '%.1f' "$(echo "$(date +%s.%N) - $T1" | bc)")s later, without a restart"
wait $LOAD
cat "$WORK/load.out"

# compare the client's record of acknowledged writes with what the database holds
psql_ trade "SELECT 1" >/dev/null
read -r ACKED FOUND LOST_UPDATES DUPLICATES BROKEN <<<"$("$PGBIN/psql" -h localhost -p "$PGPORT" -U postgres -d trade -Atq -F ' ' -v ON_ERROR_STOP=1 <<SQL
CREATE TEMP TABLE ack (id bigint PRIMARY KEY, version int, amount numeric);
\copy ack FROM '$WORK/acks.tsv'
SELECT (SELECT count(*) FROM ack),
       (SELECT count(*) FROM ack JOIN trade.figure f USING (id)),
       (SELECT count(*) FROM ack a JOIN trade.figure f USING (id)
         WHERE f.version < a.version OR (f.version = a.version AND f.amount <> a.amount)),
       (SELECT count(*) FROM (SELECT 1 FROM trade.figure WHERE reporter = 'PL' AND partner = 'EE'
         GROUP BY flow, period_start, period_end HAVING count(*) > 1) d),
       (SELECT count(*) FROM (
          SELECT f.id FROM trade.figure f JOIN trade.revision r ON r.resource = 'figure' AND r.resource_id = f.id
          WHERE f.reporter = 'PL' AND f.partner = 'EE'
          GROUP BY f.id, f.version
          HAVING array_agg(r.version ORDER BY r.seq) <> array(SELECT generate_series(1, f.version))
              OR (array_agg(r.operation ORDER BY r.seq))[1] <> 'CREATE') b);
SQL
)"
STORED=$(psql_ trade "SELECT count(*) FROM trade.figure WHERE reporter = 'PL' AND partner = 'EE'")
echo "RESULT db-kill: acknowledged records=$ACKED found=$FOUND stored (incl. unacknowledged commits)=$STORED" \
     "lost or stale acknowledged updates=$LOST_UPDATES duplicates=$DUPLICATES broken revision chains=$BROKEN"
if (( ACKED == FOUND && LOST_UPDATES == 0 && DUPLICATES == 0 && BROKEN == 0 && ACKED > 0 )); then
  echo "PASS: every acknowledged write survived the kill"
else
  echo "FAIL"; exit 1
fi
