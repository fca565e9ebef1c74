# Shared by the deploy/ scripts that run the packaged service against a real database and check
# what survived (multi-instance.sh, failover.sh). Sourced, not run. The caller sets WORK (its
# records directory, created), JAR, and before start_instance: JDBC_URL, DB_USER, SMTP_PORT.

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }

FAILED=0
check() { # check NAME CONDITION-RESULT(0 ok) DETAIL
  if [ "$2" = 0 ]; then
    printf 'PASS  %s: %s\n' "$1" "$3" | tee -a "$WORK/summary.txt"
  else
    printf 'FAIL  %s: %s\n' "$1" "$3" | tee -a "$WORK/summary.txt"
    FAILED=1
  fi
}

# Builds target/quarkus-app unless it is newer than the sources; --rebuild forces it.
build_package() { # [--rebuild]
  if [ "${1:-}" = "--rebuild" ] || [ ! -f "$JAR" ] \
    || [ -n "$(find src/main pom.xml -newer "$JAR" -type f -print -quit)" ]; then
    log "building target/quarkus-app (./mvnw -B -q package -DskipTests)"
    ./mvnw -B -q package -DskipTests
  else
    log "reusing $JAR (newer than src/main and pom.xml)"
  fi
}

# The SMTP catcher (deploy/lib/smtp_catcher.py) in the background: sets PID_SMTP and SMTP_PORT.
start_smtp_catcher() {
  : > "$WORK/mail.jsonl"
  python3 deploy/lib/smtp_catcher.py "$WORK/mail.jsonl" "$WORK/smtp.port" &
  PID_SMTP=$!
  for _ in $(seq 1 50); do [ -s "$WORK/smtp.port" ] && break; sleep 0.1; done
  SMTP_PORT="$(cat "$WORK/smtp.port")"
  log "SMTP catcher on 127.0.0.1:$SMTP_PORT"
}

# One instance of the packaged jar in the background (sets LAST_PID). Jobs every few seconds;
# messages go out at any hour (it may be night in Hanoi); the dev key pair stands in for the
# identity provider.
start_instance() { # NAME PORT DEMO JSON-LOGS
  env QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" \
    QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="${DB_PASSWORD:-}" \
    QUARKUS_HTTP_PORT="$2" \
    QUARKUS_MAILER_MOCK=false QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT="$SMTP_PORT" \
    QUARKUS_MAILER_START_TLS=DISABLED \
    DUNGHAN_DEMO_DATA_ENABLED="$3" \
    DUNGHAN_JOBS_SLA_SCAN='*/5 * * * * ?' DUNGHAN_JOBS_DISPATCH='*/3 * * * * ?' \
    DUNGHAN_JOBS_DAILY_DIGEST=off NOTIFY_WORKING_HOURS_ONLY=false \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED="$4" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/src/main/resources/dev/jwt-public.pem" \
    MP_JWT_VERIFY_ISSUER=https://dunghan.vn/dev \
    java -Xmx512m -jar "$JAR" > "$WORK/instance-$1.log" 2>&1 &
  LAST_PID=$!
}

wait_ready() { # NAME PORT PID
  for _ in $(seq 1 180); do
    if ! kill -0 "$3" 2>/dev/null; then
      log "instance $1 died while starting:"; tail -30 "$WORK/instance-$1.log"; exit 1
    fi
    if curl -sf -o /dev/null "http://127.0.0.1:$2/q/health/ready"; then return 0; fi
    sleep 1
  done
  log "instance $1 not ready after 180 s"; tail -30 "$WORK/instance-$1.log"; exit 1
}

# Waits (up to 120 s) until nothing due is left in the outbox.
drain_outbox() { # SQL-FUNCTION
  for _ in $(seq 1 60); do
    due=$("$1" -c "select count(*) from notification where status = 'PENDING' and next_attempt_at <= now()")
    [ "$due" = 0 ] && return 0
    sleep 2
  done
}

# The checks that no notification went out twice: by the outbox and attempt tables, and by what the
# SMTP catcher received (a second delivery of one notification carries the same Message-ID).
check_notifications() { # SQL-FUNCTION
  local outbox mail
  outbox=$("$1" -F ' ' -c "
select count(*), count(*) filter (where status = 'SENT'), count(*) filter (where status = 'PENDING'),
       count(*) filter (where status = 'FAILED'),
       (select count(*) from (select notification_id from notification_attempt where success
                               group by notification_id having count(*) > 1) x),
       (select count(*) from (select dossier_id, stage, recipient, occasion from notification
                               where dossier_id is not null group by 1, 2, 3, 4 having count(*) > 1) y),
       (select count(*) from notification n where n.status = 'SENT' and
          (select count(*) from notification_attempt a where a.notification_id = n.id and a.success) <> 1)
from notification")
  read -r NOTIFICATIONS SENT PENDING FAILEDN TWICE_ATTEMPT TWICE_KEY BAD_SENT <<<"$outbox"
  check "notifications created" "$([ "$NOTIFICATIONS" -gt 0 ] && echo 0 || echo 1)" \
    "$NOTIFICATIONS in the outbox ($("$1" -c "select string_agg(stage || ' ' || n, ', ' order by stage) from (select stage, count(*) n from notification group by stage) s")): $SENT sent, $PENDING pending ($("$1" -c "select count(*) from notification where status = 'PENDING' and next_attempt_at > now()") not yet due), $FAILEDN failed"
  check "no notification delivered twice (outbox)" \
    "$([ "$TWICE_ATTEMPT" = 0 ] && [ "$TWICE_KEY" = 0 ] && [ "$BAD_SENT" = 0 ] && echo 0 || echo 1)" \
    "notifications with two successful attempts: $TWICE_ATTEMPT; duplicate (dossier, stage, recipient, occasion): $TWICE_KEY; SENT without exactly one successful attempt: $BAD_SENT"
  mail=$(python3 - "$WORK/mail.jsonl" <<'PY'
import collections, json, sys
seen = collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    m = json.loads(line)
    seen[m.get("messageId") or (tuple(m["to"]), m["subject"])] += 1
print(sum(seen.values()), sum(1 for c in seen.values() if c > 1))
PY
)
  read -r RECEIVED DUPLICATES <<<"$mail"
  local mails_sent
  mails_sent=$("$1" -c "select count(*) from notification where status = 'SENT' and channel = 'EMAIL'")
  check "no notification delivered twice (SMTP catcher)" \
    "$([ "$DUPLICATES" = 0 ] && [ "$RECEIVED" = "$mails_sent" ] && echo 0 || echo 1)" \
    "$RECEIVED messages received for $mails_sent e-mails sent; $DUPLICATES Message-IDs received more than once"
}
