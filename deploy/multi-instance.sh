#!/usr/bin/env bash
# Two instances of the packaged jar on one PostgreSQL database, a short load of intakes through both,
# one instance killed with SIGKILL in the middle, the load kept on the survivor. Then it checks:
#   1. every dossier acknowledged with 201 or 200 is in the database;
#   2. no notification was delivered twice: by the outbox and attempt tables, and by what the SMTP
#      catcher (a small SMTP server in this script) actually received;
#   3. the Quartz jobs kept running on the survivor: triggers fired after the kill, the dead
#      instance was recovered from the cluster state, nothing due is left unsent;
#   4. the survivor stops gracefully on SIGTERM (not ready while it drains, then exits).
# Exits non-zero when a check fails.
#
#   deploy/multi-instance.sh            # reuses target/quarkus-app when it is newer than the sources
#   deploy/multi-instance.sh --rebuild  # ./mvnw package first in any case
#
# Needs: JDK 17, curl, python3, psql/createdb/dropdb, and a PostgreSQL server (default the system one
# on 127.0.0.1:5432, user postgres, trust auth; PGHOST, PGPORT, PGUSER, PGPASSWORD override). It creates
# a fresh database (dunghan_multi_<time>) and drops it at the end (KEEP_DB=1 keeps it). Only
# 127.0.0.1 is contacted. Logs and records: target/multi-instance/.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
PORT_A="${PORT_A:-18081}"
PORT_B="${PORT_B:-18082}"
WORKERS="${WORKERS:-4}"
BEFORE_KILL="${BEFORE_KILL:-15}"     # seconds of load on both instances
AFTER_KILL="${AFTER_KILL:-30}"       # seconds of load on the survivor
MAX_REQUESTS="${MAX_REQUESTS:-2000}" # hard bound on intakes, whatever the timings
RUN="$(date +%s)"
DB="dunghan_multi_${RUN}"
WORK="target/multi-instance"
JAR="target/quarkus-app/quarkus-run.jar"

rm -rf "$WORK" && mkdir -p "$WORK"
# shellcheck source=deploy/lib/common.sh
. deploy/lib/common.sh
sql() { psql -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }

PID_A="" PID_B="" PID_SMTP="" PID_LOAD=""
cleanup() {
  for pid in "$PID_LOAD" "$PID_A" "$PID_B" "$PID_SMTP"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
    fi
  done
  for pid in "$PID_A" "$PID_B"; do
    [ -n "$pid" ] && for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  done
  if [ "${KEEP_DB:-0}" != 1 ] && [ -n "${DB_CREATED:-}" ]; then
    dropdb --if-exists "$DB" 2>/dev/null || log "could not drop database $DB"
  fi
}
trap cleanup EXIT

# --- the package -------------------------------------------------------------------------------
build_package "${1:-}"

# --- the database ------------------------------------------------------------------------------
if ! pg_isready -q; then
  echo "PostgreSQL is not reachable on $PGHOST:$PGPORT. On this machine:" >&2
  echo "  pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start" >&2
  exit 2
fi
createdb -E UTF8 -T template0 "$DB"
DB_CREATED=1
log "database $DB on $PGHOST:$PGPORT"

start_smtp_catcher

# --- two instances ------------------------------------------------------------------------------
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USER="$PGUSER" DB_PASSWORD="${PGPASSWORD:-}"
# One instance logs JSON, the other text, so both formats are exercised.
STARTED=$(date +%s)
start_instance a "$PORT_A" true false
PID_A=$LAST_PID
start_instance b "$PORT_B" false true
PID_B=$LAST_PID
log "started instance a (pid $PID_A, port $PORT_A, loads the demo province) and b (pid $PID_B, port $PORT_B)"
wait_ready a "$PORT_A" "$PID_A"
wait_ready b "$PORT_B" "$PID_B"
log "both ready after $(( $(date +%s) - STARTED )) s; units loaded: $(sql -c 'select count(*) from administrative_unit')"

# --- the load --------------------------------------------------------------------------------------
# Workers send intakes round robin to the live instances, each with X-Request-Id = its code. An
# instance that refuses a connection is dropped from the rotation and the same body is sent to the
# next one, as a load balancer would: a dossier whose first attempt was cut off by the kill is
# acknowledged by the retry, with 201 (first attempt lost) or 200 (it had committed).
cat > "$WORK/load.py" <<'PY'
import http.client, json, os, random, sys, threading, time
from datetime import datetime, timedelta, timezone

ports, run, workers, max_requests, work = sys.argv[1].split(","), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
stop_file, kill_file = os.path.join(work, "stop"), os.path.join(work, "killed")
alive = list(ports)
lock = threading.Lock()
counter = [0]
records, request_id_mismatches, errors = [], [0], []
HANOI = timezone(timedelta(hours=7))
# Demo province: communes valid from 2025-07-01 with 3- and 15-working-day procedures, provincial
# departments with a 10-day one. Most receipts are weeks old, so the dossiers are overdue (and many
# escalated to the province) from the moment they are received.
TARGETS = [("22.C%02d" % i, p) for i in range(1, 15) if i != 7 for p in ("9.900053", "9.900054", "1.004227")] \
        + [("22.S%02d" % i, "9.900002") for i in (3, 4, 6, 7)]

def body(code):
    unit, procedure = random.choice(TARGETS)
    roll = random.random()
    days_ago = random.randint(20, 60) if roll < 0.6 else random.randint(1, 6) if roll < 0.8 else 0
    received = datetime.now(HANOI).replace(microsecond=0) - timedelta(days=days_ago, hours=random.randint(0, 3))
    return json.dumps({"code": code, "procedureCode": procedure, "handlingUnitCode": unit,
                       "receivingUnitCode": unit, "channel": random.choice(["DIRECT", "ONLINE", "POSTAL"]),
                       "receivedAt": received.isoformat(),
                       "applicant": {"kind": "CITIZEN", "name": "Nguyễn Thị Tải", "idNumber": "0220900%05d" % random.randint(0, 99999)}})

def post(port, code, payload):
    connection = http.client.HTTPConnection("127.0.0.1", int(port), timeout=30)
    try:
        connection.request("POST", "/api/v1/dossiers", payload.encode(),
                           {"Content-Type": "application/json", "X-Request-Id": code,
                            "Authorization": "Bearer " + os.environ["DUNGHAN_TOKEN"]})
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("X-Request-Id")
    finally:
        connection.close()

def worker(n):
    rotation = n
    while not os.path.exists(stop_file):
        with lock:
            if counter[0] >= max_requests:
                return
            counter[0] += 1
            sequence = counter[0]
        code = "G22.MI%s-%05d" % (run, sequence)
        payload = body(code)
        phase = "after-kill" if os.path.exists(kill_file) else "before-kill"
        for attempt in range(3):
            with lock:
                if not alive:
                    errors.append(code + ": no instance left"); return
                port = alive[rotation % len(alive)]
            rotation += 1
            try:
                status, echoed = post(port, code, payload)
            except (ConnectionError, http.client.HTTPException, OSError) as e:
                with lock:
                    if port in alive and isinstance(e, ConnectionRefusedError):
                        alive.remove(port)
                continue
            if echoed != code:
                request_id_mismatches[0] += 1
            with lock:
                records.append((code, status, port, phase, attempt))
            break
        time.sleep(0.1)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(workers)]
[t.start() for t in threads]
[t.join() for t in threads]
with open(os.path.join(work, "acked.tsv"), "w") as out:
    for code, status, port, phase, attempt in records:
        if status in (200, 201):
            out.write("%s\t%d\t%s\t%s\t%d\n" % (code, status, port, phase, attempt))
summary = {"sent": counter[0], "answered": len(records), "requestIdMismatches": request_id_mismatches[0],
           "errors": errors[:5], "byStatus": {}, "byPortAndPhase": {}, "retried": 0}
for code, status, port, phase, attempt in records:
    summary["byStatus"][str(status)] = summary["byStatus"].get(str(status), 0) + 1
    key = "%s %s" % (port, phase)
    summary["byPortAndPhase"][key] = summary["byPortAndPhase"].get(key, 0) + 1
    summary["retried"] += 1 if attempt else 0
with open(os.path.join(work, "load.json"), "w") as out:
    json.dump(summary, out, indent=1)
PY
# The load signs in as the provincial operator (the dev key pair stands in for the identity provider).
DUNGHAN_TOKEN="$(deploy/dev-token.sh province "" multi-instance-load 3600)" \
  python3 "$WORK/load.py" "$PORT_A,$PORT_B" "$RUN" "$WORKERS" "$MAX_REQUESTS" "$WORK" &
PID_LOAD=$!
log "load: $WORKERS workers on both instances for $BEFORE_KILL s"
sleep "$BEFORE_KILL"

KILLED_AT_MS=$(( $(date +%s%N) / 1000000 ))
kill -KILL "$PID_A"
touch "$WORK/killed"
wait "$PID_A" 2>/dev/null || true
log "instance a killed with SIGKILL; load goes on against b for $AFTER_KILL s"
sleep "$AFTER_KILL"
touch "$WORK/stop"
wait "$PID_LOAD"
PID_LOAD=""
log "load finished: $(tr -d '\n ' < "$WORK/load.json")"

# Let the survivor's jobs finish what the load left: every due notification sent.
drain_outbox sql

# --- checks --------------------------------------------------------------------------------------
echo "---- summary (run $RUN, database $DB) ----" | tee "$WORK/summary.txt"
DOSSIERS=$(sql -F ' ' <<SQL
create temp table acked (code text, status int, port int, phase text, attempt int);
\copy acked from '$WORK/acked.tsv'
select (select count(distinct code) from acked),
       (select count(*) from (select distinct code from acked) a
         where not exists (select 1 from dossier d where d.code = a.code)),
       (select count(*) from dossier where code like 'G22.MI${RUN}-%'),
       (select count(distinct code) from acked where phase = 'before-kill'),
       (select count(distinct code) from acked where phase = 'after-kill');
SQL
)
read -r ACKED MISSING COMMITTED BEFORE AFTER <<<"$DOSSIERS"
check "acknowledged dossiers kept" "$([ "$MISSING" = 0 ] && [ "$ACKED" -gt 0 ] && echo 0 || echo 1)" \
  "$ACKED acknowledged ($BEFORE before the kill, $AFTER after), $MISSING missing; $COMMITTED in the database"
check "request ids echoed" "$(python3 -c "import json;print(0 if json.load(open('$WORK/load.json'))['requestIdMismatches']==0 else 1)")" \
  "every answer carried the X-Request-Id it was sent"

check_notifications sql

FIRED=$(sql -F ' ' -c "
select count(*) filter (where job_name like '%sla-scan%' and prev_fire_time > $KILLED_AT_MS + 10000),
       count(*) filter (where job_name like '%dispatch%' and prev_fire_time > $KILLED_AT_MS + 10000)
from qrtz_triggers")
read -r SCAN_FIRED DISPATCH_FIRED <<<"$FIRED"
check "Quartz jobs ran on the survivor" \
  "$([ "$SCAN_FIRED" -ge 1 ] && [ "$DISPATCH_FIRED" -ge 1 ] && echo 0 || echo 1)" \
  "sla-scan and dispatch triggers last fired $(sql -c "select string_agg(job_name || ' ' || ((extract(epoch from now()) * 1000)::bigint - prev_fire_time) / 1000 || ' s ago', ', ' order by job_name) from qrtz_triggers where job_name in ('sla-scan', 'dispatch')") (instance a killed $(( ( $(date +%s%N) / 1000000 - KILLED_AT_MS ) / 1000 )) s ago)"
SCANS_AFTER=$(python3 - "$WORK/instance-b.log" "$KILLED_AT_MS" <<'PY'
import json, sys
from datetime import datetime
count = 0
for line in open(sys.argv[1], encoding="utf-8"):
    try:
        record = json.loads(line)
    except ValueError:
        continue
    stamp = datetime.fromisoformat(record["timestamp"]).timestamp() * 1000
    if "sla-scan:" in record.get("message", "") and stamp > int(sys.argv[2]):
        count += 1
print(count)
PY
)
check "survivor logged scans after the kill" "$([ "$SCANS_AFTER" -ge 1 ] && echo 0 || echo 1)" \
  "$SCANS_AFTER sla-scan runs in instance b's JSON log after the kill"

INSTANCES=$(sql -c "select count(*) from qrtz_scheduler_state")
STUCK=$(sql -c "select count(*) from qrtz_fired_triggers f where not exists (select 1 from qrtz_scheduler_state s where s.sched_name = f.sched_name and s.instance_name = f.instance_name)")
check "dead instance recovered by the cluster" "$([ "$INSTANCES" = 1 ] && [ "$STUCK" = 0 ] && echo 0 || echo 1)" \
  "scheduler instances left in the cluster state: $INSTANCES; fired triggers of gone instances: $STUCK"
check "nothing due left unsent" "$([ "$(sql -c "select count(*) from notification where status = 'PENDING' and next_attempt_at <= now()")" = 0 ] && echo 0 || echo 1)" \
  "pending notifications past their time: $(sql -c "select count(*) from notification where status = 'PENDING' and next_attempt_at <= now()")"

# --- graceful stop of the survivor ----------------------------------------------------------------
STOP_STARTED=$(date +%s)
kill -TERM "$PID_B"
sleep 1
READY_DURING_STOP=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT_B/q/health/ready" || true)
for _ in $(seq 1 60); do kill -0 "$PID_B" 2>/dev/null || break; sleep 1; done
if kill -0 "$PID_B" 2>/dev/null; then STOPPED=1; else STOPPED=0; fi
wait "$PID_B" 2>/dev/null && CODE=0 || CODE=$?
PID_B=""
check "survivor stops gracefully" "$([ "$STOPPED" = 0 ] && [ "$READY_DURING_STOP" = 503 ] && echo 0 || echo 1)" \
  "readiness answered $READY_DURING_STOP one second after SIGTERM; exited (code $CODE) after $(( $(date +%s) - STOP_STARTED )) s"

echo "logs and records: $WORK/" | tee -a "$WORK/summary.txt"
if [ "$FAILED" = 0 ]; then echo "ALL CHECKS PASSED" | tee -a "$WORK/summary.txt"; else echo "SOME CHECKS FAILED" | tee -a "$WORK/summary.txt"; fi
exit "$FAILED"
