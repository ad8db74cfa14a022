#!/usr/bin/env bash
# Scenario 10 - list pages against the same service's point read: for trade, agreements and ventures,
# each started alone against its own bench database with the seeds imported (the seeded platform's
# content; every list fits one page of 20), wrk -t2 -c32 on each list page of 20 and on the point
# read of that service, in the same run, after a warm-up to a steady rate; the point read is measured
# again right before each list and the list's ratio taken against that neighbouring figure.
# Goal: every list's rate >= 0.5 of its own service's point-read rate.
# Knobs: BENCH_DURATION (per measurement, default 15s), BENCH_SERVICES (default "trade agreements ventures").
source "$(dirname "$0")/lib.sh"

CONNS=32
DUR="${BENCH_DURATION:-15s}"
OUT="$RESULTS/results.tsv"
SERVICES="${BENCH_SERVICES:-trade agreements ventures}"

# Only the three services are needed; build them (not the gateway) when a jar is missing.
build_lists() {
    local missing=0 svc
    for svc in $SERVICES; do
        [[ -f "$ROOT/$svc-service/target/quarkus-app/quarkus-run.jar" ]] || missing=1
    done
    [[ "${BENCH_BUILD:-0}" != 1 && $missing == 0 ]] && return 0
    log "building the services (./mvnw -B package -Dmaven.test.skip=true -pl <services> -am)"
    local lock=(flock "$MVN_LOCK") modules
    [[ "${BENCH_NO_LOCK:-0}" == 1 ]] && lock=()
    modules=$(for svc in $SERVICES; do printf '%s-service,' "$svc"; done)
    (cd "$ROOT" && "${lock[@]}" ./mvnw -B -q ${BENCH_MVN_OFFLINE:+-o} -Dmaven.repo.local="$M2" package -Dmaven.test.skip=true \
        -pl "${modules%,}" -am)
}

# Accept: application/geo+json for the ventures list as a GeoJSON FeatureCollection
cat >"$TARGET/geojson.lua" <<EOF
wrk.headers["Accept"] = "application/geo+json"
dofile("$BENCH_DIR/lua/report.lua")
EOF

# The lists of each service (name|path|lua) and its point read (an id the seeds always hold).
lists_of() {
    case "$1" in
        trade) printf '%s\n' \
            "figures|/api/v1/trade/figures?size=20|" \
            "commodities|/api/v1/trade/commodities?size=20|" \
            "rankings|/api/v1/trade/rankings?size=20|" ;;
        agreements) printf '%s\n' \
            "agreements|/api/v1/agreements?size=20|" \
            "events|/api/v1/agreements/events?size=20|" \
            "commissions|/api/v1/agreements/commissions|" ;;
        ventures) printf '%s\n' \
            "ventures|/api/v1/ventures?size=20|" \
            "ventures-geojson|/api/v1/ventures?size=20|$TARGET/geojson.lua" \
            "organisations|/api/v1/ventures/organisations?size=20|" ;;
    esac
}
point_of() {
    case "$1" in
        trade) echo /api/v1/trade/figures/1 ;;
        agreements) echo /api/v1/agreements/1 ;;
        ventures) echo /api/v1/ventures/1 ;;
    esac
}
port_of() {
    case "$1" in
        trade) echo "$TRADE_PORT" ;;
        agreements) echo "$AGREEMENTS_PORT" ;;
        ventures) echo "$VENTURES_PORT" ;;
    esac
}

pg_start
build_lists

declare -a ROWS_OUT=()
lock_cpu
for svc in $SERVICES; do
    db="bench_seeded_$svc"
    ensure_db "$db"
    port=$(port_of "$svc")
    BENCH_SEED=true start_service "$svc-service" "$port" "$db"
    pid=$STARTED_PID
    wait_ready "$port" "$pid" >/dev/null
    base="http://127.0.0.1:$port"
    # every URL must answer 200 with items before it is measured (a 404 is fast and would flatter the ratio)
    while IFS='|' read -r name path lua; do
        accept=application/json; [[ -n "$lua" ]] && accept=application/geo+json
        body=$(curl -sf -H "Accept: $accept" "$base$path") || { echo "$svc $name: $path did not answer 200" >&2; exit 1; }
        log "$svc $name: $(grep -o '"id"' <<<"$body" | wc -l) ids on the page, $(wc -c <<<"$body") bytes"
    done < <(lists_of "$svc")
    curl -sf -o /dev/null "$base$(point_of "$svc")" || { echo "$svc: point read $(point_of "$svc") did not answer 200" >&2; exit 1; }

    # The point read is measured again right before each list, and each list's ratio taken against that
    # neighbour: on a shared machine the load of others drifts within minutes, far less within 30 s.
    point="$base$(point_of "$svc")"
    log "$svc: warm-up point read"
    warm_up "$point"
    while IFS='|' read -r name path lua; do
        log "$svc: warm-up $name"
        warm_up "$base$path" ${lua:+"$lua"}
        read -r point_rps point_p50 point_p99 point_err _ < <(wrk_run "$point" "$CONNS" "$DUR")
        read -r rps p50 p99 err _ < <(wrk_run "$base$path" "$CONNS" "$DUR" ${lua:+"$lua"})
        r=$(ratio "$rps" "$point_rps")
        ROWS_OUT+=("$svc|point read $(point_of "$svc")|$point_rps|$point_p50|$point_p99|$point_err|-")
        ROWS_OUT+=("$svc|$name $path|$rps|$p50|$p99|$err|$r")
        result_row "$OUT" "10 list/point $svc $name" "req/s" "$rps" "$point_rps" "$r" ">= 0.50" "$(met "$r" '>=' 0.50)" "${BENCH_LABEL:-}" >/dev/null
    done < <(lists_of "$svc")
    stop_all
done
unlock_cpu

echo
echo "Scenario 10: list pages (seeded, size=20) vs the same service's point read, $CONNS connections, $DUR   ($(machine))"
printf '%-11s %-58s %10s %8s %8s %6s %12s\n' service endpoint "req/s" "p50 ms" "p99 ms" errors "list/point"
for row in "${ROWS_OUT[@]}"; do
    IFS='|' read -r svc what rps p50 p99 err r <<<"$row"
    flag=""; [[ $r != - ]] && flag=" (goal >= 0.50: $(met "$r" '>=' 0.50))"
    printf '%-11s %-58s %10s %8s %8s %6s %12s%s\n' "$svc" "$what" "$rps" "$p50" "$p99" "$err" "$r" "$flag"
done
