#!/usr/bin/env bash
# The database fails over under load, then restarts, and nothing acknowledged is lost.
#
# Builds on this machine a PostgreSQL 15 primary with a synchronous streaming replica, both under
# Patroni with etcd as the consensus store; starts two instances of the packaged service on a JDBC
# URL that names both servers and follows the primary (targetServerType=primary); sends intakes,
# events and portal sync batches through both instances; then
#   1. kills the primary's node with SIGKILL (its Patroni and every PostgreSQL process of it): the
#      replica is promoted once the leader lock expires;
#   2. brings the killed node back (Patroni rewinds it and it follows the new primary);
#   3. restarts the new primary's PostgreSQL (not a failover: same server back);
# and checks:
#   - every dossier and event acknowledged (200/201, and each accepted item of a sync batch) is
#     in the database at the end;
#   - the service answered 503 with Retry-After and the database-unavailable problem while no
#     primary could be reached, never another 5xx, and answered again within FAILOVER_BOUND seconds
#     of the kill and RESTART_BOUND seconds of the restart;
#   - no notification delivered twice (outbox tables, and the Message-IDs the SMTP catcher saw);
#   - the Quartz jobs ran again after the faults; the old primary follows the new one with lag 0.
# Exits non-zero when a check fails.
#
#   deploy/failover.sh            # reuses target/quarkus-app when it is newer than the sources
#   deploy/failover.sh --rebuild  # ./mvnw package first in any case
#
# Needs: JDK 17, curl, python3, psql, and Debian's packages patroni and etcd-server (apt-get install
# patroni etcd-server); run as root it runs Patroni and PostgreSQL as the user postgres. Everything
# listens on 127.0.0.1: etcd 12379/12380, PostgreSQL 15432/15433, Patroni's REST API 18001/18002,
# the service 18281/18282. Data under ${TMPDIR:-/tmp}/dunghan-failover-<time> (removed at the end
# unless KEEP=1); logs and records under target/failover/.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT_A="${PORT_A:-18281}" PORT_B="${PORT_B:-18282}"
WORKERS="${WORKERS:-6}"
STEADY="${STEADY:-20}"                 # seconds of load before the kill, and between the steps
FAILOVER_BOUND="${FAILOVER_BOUND:-30}" # seconds: lock TTL 10 + promotion + the pool's next connection
RESTART_BOUND="${RESTART_BOUND:-15}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
RUN="$(date +%s)"
BASE="${TMPDIR:-/tmp}/dunghan-failover-$RUN"
WORK="target/failover"
JAR="target/quarkus-app/quarkus-run.jar"
PG_PORTS=(15432 15433)
JDBC_URL="jdbc:postgresql://127.0.0.1:${PG_PORTS[0]},127.0.0.1:${PG_PORTS[1]}/dunghan?targetServerType=primary&connectTimeout=5&hostRecheckSeconds=2"
DB_USER=postgres

rm -rf "$WORK" && mkdir -p "$WORK"
# shellcheck source=deploy/lib/common.sh
. deploy/lib/common.sh
for tool in patroni patronictl etcd psql curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install patroni etcd-server)" >&2; exit 2; }
done
# PostgreSQL refuses to run as root.
if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); else AS=(); fi
# Whatever server is the primary now (libpq tries both and keeps the one that accepts writes).
sql() {
  psql "host=127.0.0.1,127.0.0.1 port=${PG_PORTS[0]},${PG_PORTS[1]} dbname=dunghan user=postgres target_session_attrs=read-write connect_timeout=5" \
    -v ON_ERROR_STOP=1 -qAt "$@"
}
node_sql() { psql -h 127.0.0.1 -p "${PG_PORTS[$1]}" -U postgres -d dunghan -qAt -c "$2"; }
rest() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:1800$(( $1 + 1 ))/$2" || true; }

PID_ETCD="" PID_PATRONI=("" "") PID_A="" PID_B="" PID_SMTP="" PID_LOAD=""
cleanup() {
  for pid in "$PID_LOAD" "$PID_A" "$PID_B" "$PID_SMTP"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "$PID_A" "$PID_B"; do
    [ -n "$pid" ] && for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  done
  for pid in "${PID_PATRONI[@]}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${PID_PATRONI[@]}"; do
    [ -n "$pid" ] && for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  done
  [ -n "$PID_ETCD" ] && kill "$PID_ETCD" 2>/dev/null || true
  if [ "${KEEP:-0}" != 1 ]; then rm -rf "$BASE"; fi
}
trap cleanup EXIT

build_package "${1:-}"

# --- etcd and the two Patroni nodes --------------------------------------------------------------
mkdir -p "$BASE" && chmod 700 "$BASE"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$BASE"
"${AS[@]}" etcd --name dunghan-etcd --data-dir "$BASE/etcd" \
  --listen-client-urls http://127.0.0.1:12379 --advertise-client-urls http://127.0.0.1:12379 \
  --listen-peer-urls http://127.0.0.1:12380 --initial-advertise-peer-urls http://127.0.0.1:12380 \
  --initial-cluster dunghan-etcd=http://127.0.0.1:12380 > "$WORK/etcd.log" 2>&1 &
PID_ETCD=$!

# Leader lock TTL 10 s, loop 1 s, retries 4 s (loop_wait + 2 × retry_timeout ≤ ttl); synchronous
# mode: a commit is acknowledged once the replica has it, so promoting the replica loses nothing.
for n in 0 1; do
  cat > "$BASE/node$n.yml" <<YML
scope: dunghan-failover
name: node$n
restapi:
  listen: 127.0.0.1:1800$(( n + 1 ))
  connect_address: 127.0.0.1:1800$(( n + 1 ))
etcd3:
  hosts: 127.0.0.1:12379
bootstrap:
  dcs:
    ttl: 10
    loop_wait: 1
    retry_timeout: 4
    maximum_lag_on_failover: 1048576
    synchronous_mode: true
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        wal_log_hints: 'on'
        max_connections: 100
  initdb:
  - encoding: UTF8
  - locale: C.UTF-8
  pg_hba:
  - local all all trust
  - host all all 127.0.0.1/32 trust
  - host replication replicator 127.0.0.1/32 trust
postgresql:
  listen: 127.0.0.1:${PG_PORTS[$n]}
  connect_address: 127.0.0.1:${PG_PORTS[$n]}
  data_dir: $BASE/pg$n
  bin_dir: $PG_BIN
  pgpass: $BASE/pgpass$n
  authentication:
    replication: {username: replicator, password: replicator}
    superuser: {username: postgres, password: postgres}
    rewind: {username: postgres, password: postgres}
  parameters:
    unix_socket_directories: $BASE
    shared_buffers: 256MB
YML
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$BASE/node$n.yml"
done
start_node() { # N
  "${AS[@]}" patroni "$BASE/node$1.yml" >> "$WORK/patroni-node$1.log" 2>&1 &
  PID_PATRONI[$1]=$!
}
wait_for() { # SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2
  shift 2
  for _ in $(seq 1 $(( seconds * 2 ))); do "$@" && return 0; sleep 0.5; done
  log "no $what after $seconds s"; patronictl -c "$BASE/node0.yml" list || true; exit 1
}
is_primary() { [ "$(rest "$1" primary)" = 200 ]; }
is_sync() { [ "$(rest "$1" sync)" = 200 ]; }
members() { patronictl -c "$BASE/node0.yml" list -f tsv | tail -n +2 | awk -F'\t' '{printf "%s %s %s tl %s lag %s; ", $2, $4, $5, $6, $7}'; }

start_node 0
wait_for 60 "primary on node0" is_primary 0
start_node 1
wait_for 90 "synchronous replica on node1" is_sync 1
psql -h 127.0.0.1 -p "${PG_PORTS[0]}" -U postgres -qc "create database dunghan encoding 'UTF8' template template0"
log "cluster up: $(members)"

# --- the service ---------------------------------------------------------------------------------
start_smtp_catcher
STARTED=$(date +%s)
start_instance a "$PORT_A" true false
PID_A=$LAST_PID
start_instance b "$PORT_B" false true
PID_B=$LAST_PID
wait_ready a "$PORT_A" "$PID_A"
wait_ready b "$PORT_B" "$PID_B"
log "both instances ready after $(( $(date +%s) - STARTED )) s on $JDBC_URL"

# --- load, then the faults ------------------------------------------------------------------------
: > "$WORK/answers.jsonl" && : > "$WORK/faults.txt"
DUNGHAN_TOKEN="$(deploy/dev-token.sh province "" failover-load 7200)" \
DUNGHAN_PORTAL_TOKEN="$(deploy/dev-token.sh portal "" failover-portal 7200)" \
  python3 deploy/lib/failover_load.py "$PORT_A,$PORT_B" "$RUN" "$WORKERS" "$WORK" &
PID_LOAD=$!
log "load: $WORKERS intake workers and one sync worker through both instances"
sleep "$STEADY"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
PRIMARY=0
is_primary 1 && PRIMARY=1
OTHER=$(( 1 - PRIMARY ))
POSTMASTER=$(head -1 "$BASE/pg$PRIMARY/postmaster.pid")
KILLED_AT=$(now_ms)
echo "failover $KILLED_AT" >> "$WORK/faults.txt"
# The node dies: its Patroni first (so nothing restarts PostgreSQL), then every PostgreSQL process.
kill -KILL "${PID_PATRONI[$PRIMARY]}"
pkill -KILL -f "patroni $BASE/node$PRIMARY.yml" || true
pkill -KILL -P "$POSTMASTER" || true
kill -KILL "$POSTMASTER" || true
log "node$PRIMARY (primary, postmaster $POSTMASTER) killed with SIGKILL"
wait_for 60 "promotion of node$OTHER" is_primary "$OTHER"
PROMOTED_AT=$(now_ms)
log "node$OTHER promoted $(( PROMOTED_AT - KILLED_AT )) ms after the kill"
sleep "$STEADY"

start_node "$PRIMARY"
wait_for 120 "node$PRIMARY back as synchronous replica" is_sync "$PRIMARY"
log "node$PRIMARY rejoined: $(members)"
sleep "$STEADY"

RESTARTED_AT=$(now_ms)
echo "restart $RESTARTED_AT" >> "$WORK/faults.txt"
patronictl -c "$BASE/node0.yml" restart dunghan-failover "node$OTHER" --force > "$WORK/restart.log" 2>&1
log "PostgreSQL of node$OTHER (primary) restarted by Patroni in $(( $(now_ms) - RESTARTED_AT )) ms: $(members)"
sleep "$STEADY"

touch "$WORK/stop"
wait "$PID_LOAD" || true
PID_LOAD=""
drain_outbox sql
REPORT=$(python3 deploy/lib/failover_report.py "$WORK")
log "load finished: $(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(r['answers'], 'answers', r['byStatus'], r['byKind'])" "$REPORT")"

# --- checks --------------------------------------------------------------------------------------
echo "---- summary (run $RUN) ----" | tee -a "$WORK/summary.txt"
field() { python3 -c "import json,sys; r=json.load(open('$WORK/report.json')); print(eval(sys.argv[1]))" "$1"; }
KEPT=$(sql -F ' ' <<SQL
create temp table acked_dossier (code text);
create temp table acked_event (code text);
\copy acked_dossier from '$WORK/acked-dossiers.tsv'
\copy acked_event from '$WORK/acked-events.tsv'
select (select count(*) from acked_dossier),
       (select count(*) from acked_dossier a where not exists (select 1 from dossier d where d.code = a.code)),
       (select count(*) from acked_event),
       (select count(*) from acked_event a where not exists (
          select 1 from dossier d join dossier_event e on e.dossier_id = d.id
           where d.code = a.code and e.type = 'RESOLVED')),
       (select count(*) from dossier where code like 'G22.F_${RUN}-%');
SQL
)
read -r ACKED MISSING EVENTS MISSING_EVENTS STORED <<<"$KEPT"
check "acknowledged dossiers kept" "$([ "$ACKED" -gt 0 ] && [ "$MISSING" = 0 ] && echo 0 || echo 1)" \
  "$ACKED acknowledged (intake and sync), $MISSING missing after the failover and the restart; $STORED stored"
check "acknowledged events kept" "$([ "$EVENTS" -gt 0 ] && [ "$MISSING_EVENTS" = 0 ] && echo 0 || echo 1)" \
  "$EVENTS RESOLVED events acknowledged, $MISSING_EVENTS missing"
check "503 with Retry-After, never another 5xx" \
  "$([ "$(field "r['serverErrorsOtherThan503']")" = 0 ] && [ "$(field "r['answers503WithoutRetryAfterOrProblem']")" = 0 ] && [ "$(field "r['byStatus'].get('503', 0)")" -gt 0 ] && echo 0 || echo 1)" \
  "$(field "r['byStatus'].get('503', 0)") answers 503 (each with Retry-After and database-unavailable: $([ "$(field "r['answers503WithoutRetryAfterOrProblem']")" = 0 ] && echo yes || echo no)), other 5xx: $(field "r['serverErrorsOtherThan503']"), instance unreachable: $(field "r['unreachableInstance']")"
check "the load's requests were all valid" "$([ "$(field "sum(r['clientErrors'].values())")" = 0 ] && echo 0 || echo 1)" \
  "answers 4xx: $(field "r['clientErrors'] or 'none'")"
FAILOVER_S=$(field "r['faults'][0]['secondsUntilAnsweredAgain']")
RESTART_S=$(field "r['faults'][1]['secondsUntilAnsweredAgain']")
check "answers again after the failover" \
  "$(python3 -c "import sys; print(0 if sys.argv[1] != 'None' and float(sys.argv[1]) <= $FAILOVER_BOUND else 1)" "$FAILOVER_S")" \
  "service answering again ${FAILOVER_S} s after the kill (bound $FAILOVER_BOUND s; promotion came $(( (PROMOTED_AT - KILLED_AT) / 1000 )) s after the kill); $(field "r['faults'][0]['answers503']") answers 503 meanwhile, the last $(field "r['faults'][0]['lastFailureSecondsAfter']") s after the kill; slowest answer $(field "r['faults'][0]['slowestAnswerSeconds']") s"
check "answers again after the restart" \
  "$(python3 -c "import sys; print(0 if sys.argv[1] != 'None' and float(sys.argv[1]) <= $RESTART_BOUND else 1)" "$RESTART_S")" \
  "service answering again ${RESTART_S} s after the restart began (bound $RESTART_BOUND s; the first 503 $(field "r['faults'][1]['firstFailureSecondsAfter']") s after it began, the last $(field "r['faults'][1]['lastFailureSecondsAfter']") s); $(field "r['faults'][1]['answers503']") answers 503 meanwhile; slowest answer $(field "r['faults'][1]['slowestAnswerSeconds']") s"

check_notifications sql

FIRED=$(sql -c "select count(*) from qrtz_triggers where job_name in ('sla-scan', 'dispatch') and prev_fire_time > $RESTARTED_AT + 5000")
check "Quartz jobs ran after the faults" "$([ "$FIRED" = 2 ] && echo 0 || echo 1)" \
  "sla-scan and dispatch fired after the restart: $FIRED of 2"

PRIMARY_COUNT=$(node_sql "$OTHER" "select count(*) from dossier")
wait_for 30 "replica caught up" bash -c "[ \"\$(psql -h 127.0.0.1 -p ${PG_PORTS[$PRIMARY]} -U postgres -d dunghan -qAt -c 'select count(*) from dossier')\" = '$PRIMARY_COUNT' ]"
check "old primary follows the new one" \
  "$([ "$(rest "$PRIMARY" replica)" = 200 ] && [ "$(rest "$OTHER" primary)" = 200 ] && echo 0 || echo 1)" \
  "$(members)dossiers on the primary $PRIMARY_COUNT, on the replica $(node_sql "$PRIMARY" "select count(*) from dossier")"

echo "logs and records: $WORK/" | tee -a "$WORK/summary.txt"
if [ "$FAILED" = 0 ]; then echo "ALL CHECKS PASSED" | tee -a "$WORK/summary.txt"; else echo "SOME CHECKS FAILED" | tee -a "$WORK/summary.txt"; fi
exit "$FAILED"
