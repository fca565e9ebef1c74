#!/usr/bin/env bash
# The mail server hangs and the webhook receivers are slow, then failing, while intakes keep coming. One
# instance of the packaged jar, a real SMTP peer (a small server in this script that can be told to accept
# connections and never answer) and WireMock (the standalone jar from Maven Central) as every unit's webhook
# receiver. Three phases under the same closed-loop intake load:
#   before  both peers healthy;
#   during  SMTP accepts and never answers; WireMock answers after a delay longer than the sender's timeout,
#           then 503 at once;
#   after   both peers healthy again, the dispatcher drains what waited.
# Then it checks:
#   1. intake p99 during the outage is within noise of before (rule below, OUTAGE_P99_RATIO and _SLACK_MS);
#   2. every dossier acknowledged with 201 is in the database;
#   3. every notification ends SENT, none FAILED or pending, each with exactly one successful attempt;
#   4. the SMTP peer received each mail once, and WireMock answered 2xx in time to each webhook once,
#      counted by the X-DungHan-Notification-Id header (and the mails by Message-ID);
#   5. every webhook request carried X-DungHan-Notification-Id, X-DungHan-Timestamp and a signature that
#      verifies with the shared secret, as a receiver checks it, and a timestamp no older than a receiver's
#      replay window when it arrived.
# Exits non-zero when a check fails.
#
#   deploy/outages.sh            # reuses target/quarkus-app when it is newer than the sources
#   deploy/outages.sh --rebuild  # ./mvnw package first in any case
#
# The retry schedule is shortened so that the few minutes of outage here stand for an hour: the first retry
# after NOTIFY_FIRST_RETRY_AFTER (5 s) instead of 2 minutes, doubling up to NOTIFY_MAX_RETRY_WAIT (20 s)
# instead of 15 minutes. The outage lasts long enough for the service to open more silent SMTP sessions than
# its mail pool has connections. Retries past notify.max-attempts until notify.retry-for are DeliveryOutageTest's.
#
# Needs: JDK 17, curl, python3, psql/createdb/dropdb, and a PostgreSQL server (default the system one on
# 127.0.0.1:5432, user postgres, trust auth; PGHOST, PGPORT, PGUSER, PGPASSWORD override). It creates a fresh
# database (dunghan_outage_<time>) and drops it at the end (KEEP_DB=1 keeps it). WireMock comes from the local
# Maven repository or Maven Central (./mvnw dependency:copy). Only 127.0.0.1 is contacted. Logs and records:
# target/outages/.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
PORT="${PORT:-18181}"                     # the service
SMTP_PORT="${SMTP_PORT:-18182}"           # the SMTP peer
WIREMOCK_PORT="${WIREMOCK_PORT:-18183}"   # the webhook receiver
CONNECTIONS="${CONNECTIONS:-16}"          # concurrent intake connections, each waits for its answer
WARMUP="${WARMUP:-30}"                    # seconds of load before measuring (JIT, pools)
PHASE="${PHASE:-60}"                      # seconds of measured load in each phase
OUTAGE_EXTRA="${OUTAGE_EXTRA:-200}"       # seconds the outage goes on after the load of the phase: in all
                                          # more silent SMTP sessions than the mail pool's 10 connections
OVERDUE_SHARE="${OVERDUE_SHARE:-0.03}"    # intakes received weeks ago: overdue and escalated at once
OUTAGE_P99_RATIO="${OUTAGE_P99_RATIO:-1.5}"
OUTAGE_P99_SLACK_MS="${OUTAGE_P99_SLACK_MS:-5}"
REPLAY_WINDOW="${REPLAY_WINDOW:-300}"     # seconds: how old a timestamp a receiver accepts
DRAIN_LIMIT="${DRAIN_LIMIT:-600}"         # seconds to wait for the outbox to drain after the outage
SECRET="outage-secret-$RANDOM$RANDOM"
RUN="$(date +%s)"
DB="dunghan_outage_${RUN}"
WORK="target/outages"
JAR="target/quarkus-app/quarkus-run.jar"
WIREMOCK_VERSION="$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' pom.xml)"
WIREMOCK_JAR="target/wiremock/wiremock-standalone-${WIREMOCK_VERSION}.jar"

rm -rf "$WORK" && mkdir -p "$WORK"
# shellcheck source=deploy/lib/common.sh
. deploy/lib/common.sh
sql() { psql -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
note() { printf '      %s\n' "$*" | tee -a "$WORK/summary.txt"; }

PID_APP="" PID_SMTP="" PID_WIREMOCK="" PID_LOAD=""
cleanup() {
  for pid in "$PID_LOAD" "$PID_APP" "$PID_SMTP" "$PID_WIREMOCK"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
    fi
  done
  if [ -n "$PID_APP" ]; then
    for _ in $(seq 1 60); do kill -0 "$PID_APP" 2>/dev/null || break; sleep 1; done
  fi
  if [ "${KEEP_DB:-0}" != 1 ] && [ -n "${DB_CREATED:-}" ]; then
    dropdb --if-exists "$DB" 2>/dev/null || log "could not drop database $DB"
  fi
}
trap cleanup EXIT

# --- the package and WireMock --------------------------------------------------------------------
build_package "${1:-}"
if [ ! -f "$WIREMOCK_JAR" ]; then
  log "fetching org.wiremock:wiremock-standalone:$WIREMOCK_VERSION into target/wiremock"
  ./mvnw -B -q dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" \
    -DoutputDirectory=target/wiremock
fi

# --- the database ------------------------------------------------------------------------------
if ! pg_isready -q; then
  echo "PostgreSQL is not reachable on $PGHOST:$PGPORT. On this machine:" >&2
  echo "  pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start" >&2
  exit 2
fi
createdb -E UTF8 -T template0 "$DB"
DB_CREATED=1
log "database $DB on $PGHOST:$PGPORT"

# --- the SMTP peer (deploy/lib/smtp_catcher.py): "ok" or "hang" as smtp.mode says -----------------
echo ok > "$WORK/smtp.mode"
echo 0 > "$WORK/smtp.held"
: > "$WORK/mail.jsonl"
python3 deploy/lib/smtp_catcher.py "$WORK/mail.jsonl" "$WORK/smtp.port" "$SMTP_PORT" "$WORK/smtp.mode" "$WORK/smtp.held" &
PID_SMTP=$!

# --- WireMock: every unit's webhook ------------------------------------------------------------------
mkdir -p "$WORK/wiremock"
java -Xmx1g -jar "$WIREMOCK_JAR" --port "$WIREMOCK_PORT" --bind-address 127.0.0.1 --disable-banner \
  --async-response-enabled true --root-dir "$WORK/wiremock" > "$WORK/wiremock.log" 2>&1 &
PID_WIREMOCK=$!
ADMIN="http://127.0.0.1:$WIREMOCK_PORT/__admin"
for _ in $(seq 1 60); do curl -sf -o /dev/null "$ADMIN/health" && break; sleep 1; done
curl -sf -o /dev/null "$ADMIN/health" || { log "WireMock did not start"; tail -20 "$WORK/wiremock.log"; exit 1; }
# webhooks MODE: the one mapping of /hooks/..., named so that the journal tells which answered each request.
webhooks() {
  local response
  case $1 in
    healthy) response='{"status": 204}' ;;
    slow) response='{"status": 204, "fixedDelayMilliseconds": 15000}' ;;  # the sender gives up after 10 s
    failing) response='{"status": 503, "body": "maintenance"}' ;;
  esac
  curl -sf -o /dev/null -X DELETE "$ADMIN/mappings"
  curl -sf -o /dev/null -X POST "$ADMIN/mappings" -H 'Content-Type: application/json' \
    -d "{\"name\": \"$1\", \"request\": {\"method\": \"POST\", \"urlPathPattern\": \"/hooks/.*\"}, \"response\": $response}"
}
webhooks healthy
log "SMTP peer on 127.0.0.1:$SMTP_PORT, WireMock $WIREMOCK_VERSION on 127.0.0.1:$WIREMOCK_PORT"

# --- the service ---------------------------------------------------------------------------------
# As the other deploy/ scripts start it (jobs every few seconds, messages at any hour), with a webhook
# secret and the retry schedule shortened (see the top).
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USER="$PGUSER" DB_PASSWORD="${PGPASSWORD:-}"
export NOTIFY_FIRST_RETRY_AFTER=PT5S NOTIFY_MAX_RETRY_WAIT=PT20S NOTIFY_WEBHOOK_SECRET="$SECRET"
STARTED=$(date +%s)
start_instance one "$PORT" true false
PID_APP=$LAST_PID
wait_ready one "$PORT" "$PID_APP"
log "service ready on port $PORT (pid $PID_APP) after $(( $(date +%s) - STARTED )) s; units loaded: $(sql -c 'select count(*) from administrative_unit')"

# The load and the set-up sign in as the provincial operator (the dev key pair stands in for the provider).
DUNGHAN_TOKEN="$(deploy/dev-token.sh province "" outage-load 7200)"
export DUNGHAN_TOKEN

# Every unit gets a webhook on WireMock, through the API as a province would set it (PUT with If-Match).
python3 - "$PORT" "$WIREMOCK_PORT" <<'PY'
import http.client, json, os, sys
port, wiremock = int(sys.argv[1]), sys.argv[2]
auth = {"Authorization": "Bearer " + os.environ["DUNGHAN_TOKEN"]}
def call(method, path, body=None, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request(method, path, None if body is None else json.dumps(body).encode(),
              {**auth, "Content-Type": "application/json", **(headers or {})})
    r = c.getresponse()
    text = r.read()
    c.close()
    if r.status != 200:
        sys.exit("%s %s answered %d: %s" % (method, path, r.status, text[:300]))
    return json.loads(text)
units = call("GET", "/api/v1/units?size=200")["items"]
for u in units:
    version = u.pop("version")
    u["webhookUrl"] = "http://127.0.0.1:%s/hooks/%s" % (wiremock, u["code"])
    call("PUT", "/api/v1/units/" + u["code"], u, {"If-Match": '"%d"' % version})
PY
log "webhooks set on $(sql -c 'select count(*) from administrative_unit where webhook_url is not null') units"

# --- the load: closed loop, CONNECTIONS workers each on its own kept-alive connection --------------------
# Each worker sends an intake, waits for the answer, sends the next; every request's latency is recorded
# with its phase (read from the file "phase"). Stops when the file "stop" appears.
cat > "$WORK/load.py" <<'PY'
import http.client, json, os, random, sys, threading, time
from datetime import datetime, timedelta, timezone

port, run, workers, work, overdue = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4], float(sys.argv[5])
stop_file, phase_file = os.path.join(work, "stop"), os.path.join(work, "phase")
HANOI = timezone(timedelta(hours=7))
# The demo province's communes (22.C07 does not exist) and four departments, with procedures they handle.
TARGETS = [("22.C%02d" % i, p) for i in range(1, 15) if i != 7 for p in ("9.900053", "9.900054", "1.004227")] \
        + [("22.S%02d" % i, "9.900002") for i in (3, 4, 6, 7)]
lock = threading.Lock()
counter = [0]
refusals = []

def phase():
    with open(phase_file) as f:
        return f.read().strip()

def body(code):
    unit, procedure = random.choice(TARGETS)
    days_ago = random.randint(20, 60) if random.random() < overdue else 0
    received = datetime.now(HANOI).replace(microsecond=0) - timedelta(days=days_ago, minutes=random.randint(1, 30))
    return json.dumps({"code": code, "procedureCode": procedure, "handlingUnitCode": unit,
                       "receivingUnitCode": unit, "channel": random.choice(["DIRECT", "ONLINE", "POSTAL"]),
                       "receivedAt": received.isoformat(),
                       "applicant": {"kind": "CITIZEN", "name": "Nguyễn Thị Tải",
                                     "idNumber": "0220900%05d" % random.randint(0, 99999)}}).encode()

def worker(n, out):
    headers = {"Content-Type": "application/json", "Authorization": "Bearer " + os.environ["DUNGHAN_TOKEN"]}
    connection = None
    while not os.path.exists(stop_file):
        with lock:
            counter[0] += 1
            code = "G22.OUT%s-%06d" % (run, counter[0])
        payload, current = body(code), phase()
        started = time.perf_counter()
        try:
            if connection is None:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            connection.request("POST", "/api/v1/dossiers", payload, {**headers, "X-Request-Id": code})
            response = connection.getresponse()
            answer = response.read()
            status = response.status
            if status != 201:
                with lock:
                    if len(refusals) < 20:
                        refusals.append("%d %s %s" % (status, payload.decode(), answer.decode(errors="replace")))
        except (OSError, http.client.HTTPException):
            status = 0
            connection.close()
            connection = None
        elapsed = (time.perf_counter() - started) * 1000
        out.append((current, time.time(), elapsed, status, code))

results = [[] for _ in range(workers)]
threads = [threading.Thread(target=worker, args=(i, results[i])) for i in range(workers)]
[t.start() for t in threads]
[t.join() for t in threads]
with open(os.path.join(work, "requests.tsv"), "w") as f:
    for rows in results:
        for current, at, elapsed, status, code in rows:
            f.write("%s\t%.3f\t%.2f\t%d\t%s\n" % (current, at, elapsed, status, code))
with open(os.path.join(work, "refusals.txt"), "w") as f:
    f.write("\n".join(refusals))
PY
cat > "$WORK/stats.py" <<'PY'
import json, math, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
out = {}
for phase in ("before", "during", "after"):
    mine = [r for r in rows if r[0] == phase]
    if not mine:
        continue
    ok = sorted(float(r[2]) for r in mine if r[3] == "201")
    first, last = min(float(r[1]) for r in mine), max(float(r[1]) for r in mine)
    pct = lambda p: ok[max(0, math.ceil(p / 100 * len(ok)) - 1)] if ok else 0  # nearest rank
    out[phase] = {"requests": len(mine), "acknowledged": len(ok), "errors": len(mine) - len(ok),
                  "throughput": round(len(ok) / max(last - first, 1), 1),
                  "p50": round(pct(50), 1), "p95": round(pct(95), 1), "p99": round(pct(99), 1),
                  "max": round(ok[-1], 1) if ok else 0}
json.dump(out, open(sys.argv[2], "w"), indent=1)
PY
echo warmup > "$WORK/phase"
python3 "$WORK/load.py" "$PORT" "$RUN" "$CONNECTIONS" "$WORK" "$OVERDUE_SHARE" &
PID_LOAD=$!
log "load: $CONNECTIONS connections, closed loop; $WARMUP s warm-up"
sleep "$WARMUP"

echo before > "$WORK/phase"
log "phase before: both peers healthy, $PHASE s"
sleep "$PHASE"

OUTAGE_STARTED=$(date +%s)
echo hang > "$WORK/smtp.mode"
webhooks slow
echo during > "$WORK/phase"
log "phase during: SMTP hangs, webhooks answer after 15 s (then 503), $PHASE s"
sleep $(( PHASE / 2 ))
webhooks failing
sleep $(( PHASE - PHASE / 2 ))
echo between > "$WORK/phase"
log "outage goes on for $OUTAGE_EXTRA s more (load continues, not measured)"
sleep "$OUTAGE_EXTRA"
touch "$WORK/stop"
wait "$PID_LOAD"
PID_LOAD=""
echo ok > "$WORK/smtp.mode"
webhooks healthy
OUTAGE_ENDED=$(date +%s)
python3 "$WORK/stats.py" "$WORK/requests.tsv" "$WORK/latency.json"
log "outage over after $(( OUTAGE_ENDED - OUTAGE_STARTED )) s; SMTP sessions held silent: $(cat "$WORK/smtp.held")"
log "outbox at the end of the outage: $(sql -c "select string_agg(status || ' ' || n, ', ') from (select status, count(*) n from notification group by status) s"); attempts so far: $(sql -c 'select count(*) from notification_attempt')"

# --- drain ---------------------------------------------------------------------------------------
DRAIN_STARTED=$(date +%s)
while [ $(( $(date +%s) - DRAIN_STARTED )) -lt "$DRAIN_LIMIT" ]; do
  pending=$(sql -c "select count(*) from notification where status = 'PENDING'")
  [ "$pending" = 0 ] && break
  sleep 3
done
DRAINED=$(( $(date +%s) - DRAIN_STARTED ))
log "drain: $(sql -c "select count(*) from notification where status = 'PENDING'") pending after $DRAINED s"
curl -sf "$ADMIN/requests?limit=1000000" > "$WORK/journal.json"

# --- checks --------------------------------------------------------------------------------------
echo "---- summary (run $RUN, database $DB) ----" | tee "$WORK/summary.txt"
read -r B_TPUT B_P50 B_P95 B_P99 B_ERR D_TPUT D_P50 D_P95 D_P99 D_ERR < <(python3 - "$WORK/latency.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(" ".join(str(s[p][k]) for p in ("before", "during") for k in ("throughput", "p50", "p95", "p99", "errors")))
PY
)
note "intake before: $B_TPUT/s, p50 $B_P50 ms, p95 $B_P95 ms, p99 $B_P99 ms ($CONNECTIONS connections, $PHASE s, $B_ERR errors)"
note "intake during: $D_TPUT/s, p50 $D_P50 ms, p95 $D_P95 ms, p99 $D_P99 ms ($D_ERR errors)"
LIMIT=$(python3 -c "print(round($OUTAGE_P99_RATIO * $B_P99 + $OUTAGE_P99_SLACK_MS, 1))")
RATIO=$(python3 -c "print(round($D_P99 / $B_P99, 2))")
check "intake p99 during the outage within noise" \
  "$(python3 -c "print(0 if $D_P99 <= $LIMIT and $D_ERR == 0 and $B_ERR == 0 else 1)")" \
  "during $D_P99 ms vs before $B_P99 ms (ratio $RATIO); rule: during <= $OUTAGE_P99_RATIO x before + $OUTAGE_P99_SLACK_MS ms = $LIMIT ms, and no errors"

awk -F'\t' '$4 == 201 { print $5 }' "$WORK/requests.tsv" > "$WORK/acked.txt"
read -r ACKED MISSING COMMITTED < <(sql -F ' ' <<SQL
create temp table acked (code text);
\copy acked from '$WORK/acked.txt'
select (select count(*) from acked),
       (select count(*) from acked a where not exists (select 1 from dossier d where d.code = a.code)),
       (select count(*) from dossier where code like 'G22.OUT${RUN}-%');
SQL
)
check "acknowledged dossiers kept" "$([ "$MISSING" = 0 ] && [ "$ACKED" -gt 0 ] && echo 0 || echo 1)" \
  "$ACKED acknowledged with 201 (all phases), $MISSING missing; $COMMITTED in the database"

read -r NOTIFICATIONS SENT PENDING FAILEDN OTHER BAD_SENT DURING MAXATT < <(sql -F ' ' -c "
select count(*), count(*) filter (where status = 'SENT'), count(*) filter (where status = 'PENDING'),
       count(*) filter (where status = 'FAILED'), count(*) filter (where status not in ('SENT', 'PENDING', 'FAILED')),
       (select count(*) from notification n where n.status = 'SENT' and
          (select count(*) from notification_attempt a where a.notification_id = n.id and a.success) <> 1),
       count(*) filter (where created_at between to_timestamp($OUTAGE_STARTED) and to_timestamp($OUTAGE_ENDED)),
       coalesce(max(attempts), 0)
from notification")
check "every notification sent, none failed" \
  "$([ "$NOTIFICATIONS" -gt 0 ] && [ "$SENT" = "$NOTIFICATIONS" ] && [ "$BAD_SENT" = 0 ] && echo 0 || echo 1)" \
  "$NOTIFICATIONS created ($DURING during the outage; $(sql -c "select string_agg(channel || ' ' || n, ', ' order by channel) from (select channel, count(*) n from notification group by channel) s")): $SENT sent, $FAILEDN failed, $PENDING pending, $OTHER other; SENT without exactly one successful attempt: $BAD_SENT; most attempts for one: $MAXATT (notify.max-attempts 6); drained in $DRAINED s after the outage"

read -r MAILS MAIL_IDS MAIL_DUP MAIL_NOID MAIL_UNKNOWN MAIL_MISSING MSGID_DUP < <(python3 - "$WORK/mail.jsonl" <(sql -c "select id from notification where channel = 'EMAIL' and status = 'SENT'") <<'PY'
import collections, json, sys
ids, message_ids = collections.Counter(), collections.Counter()
noid = 0
for line in open(sys.argv[1], encoding="utf-8"):
    m = json.loads(line)
    message_ids[m["messageId"]] += 1
    if m["id"]:
        ids[m["id"]] += 1
    else:
        noid += 1
sent = {l.strip() for l in open(sys.argv[2]) if l.strip()}
print(sum(ids.values()) + noid, len(ids), sum(1 for c in ids.values() if c > 1), noid,
      len(set(ids) - sent), len(sent - set(ids)), sum(1 for c in message_ids.values() if c > 1))
PY
)
check "each mail received once (SMTP peer, by notification id)" \
  "$([ "$MAIL_DUP" = 0 ] && [ "$MSGID_DUP" = 0 ] && [ "$MAIL_NOID" = 0 ] && [ "$MAIL_UNKNOWN" = 0 ] && [ "$MAIL_MISSING" = 0 ] && [ "$MAILS" -gt 0 ] && echo 0 || echo 1)" \
  "$MAILS messages for $MAIL_IDS notification ids; ids received more than once: $MAIL_DUP (Message-IDs: $MSGID_DUP); without an id: $MAIL_NOID; not SENT in the outbox: $MAIL_UNKNOWN; SENT but never received: $MAIL_MISSING"

python3 - "$WORK/journal.json" <(sql -c "select id from notification where channel = 'WEBHOOK' and status = 'SENT'") \
  "$SECRET" "$REPLAY_WINDOW" > "$WORK/webhooks.txt" <<'PY'
import base64, collections, hashlib, hmac, json, sys
journal = json.load(open(sys.argv[1]))["requests"]
sent = {l.strip() for l in open(sys.argv[2]) if l.strip()}
secret, window = sys.argv[3].encode(), int(sys.argv[4])
on_time, late, failed = collections.Counter(), collections.Counter(), 0
headers_missing = bad_signature = body_mismatch = stale = 0
oldest = 0
for e in journal:
    request = e["request"]
    h = {k.lower(): (v if isinstance(v, str) else v[0]) for k, v in request.get("headers", {}).items()}
    nid, ts, sig = h.get("x-dunghan-notification-id"), h.get("x-dunghan-timestamp"), h.get("x-dunghan-signature")
    if not (nid and ts and sig):
        headers_missing += 1
        continue
    body = base64.b64decode(request["bodyAsBase64"]) if "bodyAsBase64" in request else request["body"].encode()
    expected = "sha256=" + hmac.new(secret, ts.encode() + b"." + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        bad_signature += 1
    if str(json.loads(body).get("notificationId")) != nid:
        body_mismatch += 1
    age = request["loggedDate"] / 1000 - int(ts)
    oldest = max(oldest, age)
    if age > window or age < -5:
        stale += 1
    name = (e.get("stubMapping") or {}).get("name")
    status = (e.get("response") or {}).get("status", 0)
    if name == "healthy" and 200 <= status < 300:
        on_time[nid] += 1
    elif 200 <= status < 300:
        late[nid] += 1
    else:
        failed += 1
print(len(journal), len(on_time), sum(1 for c in on_time.values() if c > 1), len(set(on_time) - sent),
      len(sent - set(on_time)), sum(late.values()), len(set(late) - set(on_time)), failed,
      headers_missing, bad_signature, body_mismatch, stale, round(oldest))
PY
read -r HOOKS HOOK_IDS HOOK_DUP HOOK_UNKNOWN HOOK_MISSING LATE LATE_ONLY HOOK_FAILED NOHEAD BADSIG MISMATCH STALE OLDEST < "$WORK/webhooks.txt"
check "each webhook answered 2xx once (WireMock journal, by notification id)" \
  "$([ "$HOOK_DUP" = 0 ] && [ "$HOOK_UNKNOWN" = 0 ] && [ "$HOOK_MISSING" = 0 ] && [ "$LATE_ONLY" = 0 ] && [ "$HOOK_IDS" -gt 0 ] && echo 0 || echo 1)" \
  "$HOOKS requests; $HOOK_IDS ids answered 2xx in time, more than once: $HOOK_DUP, not SENT in the outbox: $HOOK_UNKNOWN; SENT but never answered in time: $HOOK_MISSING; $HOOK_FAILED answered 503 or not at all"
note "$LATE requests answered 2xx only after the sender had given up (15 s > its 10 s timeout); the same id was delivered again later for all but $LATE_ONLY of them: a receiver drops the repeat by X-DungHan-Notification-Id"
check "webhook requests carry id, timestamp and a valid signature" \
  "$([ "$NOHEAD" = 0 ] && [ "$BADSIG" = 0 ] && [ "$MISMATCH" = 0 ] && [ "$HOOKS" -gt 0 ] && echo 0 || echo 1)" \
  "of $HOOKS requests: without X-DungHan-Notification-Id/-Timestamp/-Signature: $NOHEAD; HMAC-SHA256 of \"<timestamp>.<body>\" not matching: $BADSIG; body's notificationId not the header's: $MISMATCH"
check "webhook timestamps fresh when received" "$([ "$STALE" = 0 ] && echo 0 || echo 1)" \
  "requests whose X-DungHan-Timestamp was over $REPLAY_WINDOW s old on arrival (a receiver refuses them as replays): $STALE; oldest $OLDEST s"

note "SMTP sessions the peer held silent while hanging (they stay silent after it came back): $(cat "$WORK/smtp.held")"
note "attempts during the outage: $(sql -c "select string_agg(channel || ' ' || n, ', ' order by channel) from (select n.channel, count(*) n from notification_attempt a join notification n on n.id = a.notification_id where not a.success and a.attempted_at between to_timestamp($OUTAGE_STARTED) and to_timestamp($OUTAGE_ENDED) group by 1) s") failed (one per destination and dispatch run: a destination that does not answer is set aside for the rest of the run)"
note "retry schedule here: first retry after 5 s, doubling, at most 20 s apart. With the defaults (2 min doubling, at most 15 min"
note "apart; FAILED only after notify.max-attempts = 6 attempts AND notify.retry-for = 24 h since the first) a one-hour"
note "outage gives a notice attempts at about 0, 2, 6, 14, 29, 44, 59, 74 min: none FAILED, all out within 15 min of the end."
echo "logs and records: $WORK/" | tee -a "$WORK/summary.txt"
if [ "$FAILED" = 0 ]; then echo "ALL CHECKS PASSED" | tee -a "$WORK/summary.txt"; else echo "SOME CHECKS FAILED" | tee -a "$WORK/summary.txt"; fi
exit "$FAILED"
