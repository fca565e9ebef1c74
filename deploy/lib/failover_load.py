# The load of deploy/failover.sh: intakes, events and portal sync batches sent round robin to the
# service's instances until the file <work>/stop exists. Every answer is written at once to
# <work>/answers.jsonl (start and end in epoch ms, kind, key, status, Retry-After, problem type).
#
# A client that meets 503 sends the same request again (the service's intake and events are
# idempotent: the same code and content answer 200, the same event is recorded once). It waits
# 0.5 s rather than the Retry-After it is given, so the figures show when the service answers
# again to within half a second; every 503's Retry-After is recorded and checked.
#
#   DUNGHAN_TOKEN=... DUNGHAN_PORTAL_TOKEN=... python3 deploy/lib/failover_load.py PORTS RUN WORKERS WORK
import http.client
import json
import os
import random
import sys
import threading
import time
from datetime import datetime, timedelta, timezone

ports, run, workers, work = sys.argv[1].split(","), sys.argv[2], int(sys.argv[3]), sys.argv[4]
stop_file = os.path.join(work, "stop")
answers = open(os.path.join(work, "answers.jsonl"), "a", encoding="utf-8")
lock = threading.Lock()
counter = [0]
HANOI = timezone(timedelta(hours=7))
# Demo province: its 13 communes (22.C01-22.C14, no 22.C07) with 3- and 15-working-day procedures,
# departments with a 10-day one.
# A third of the receipts are weeks old, so escalations and their notifications flow all along.
TARGETS = [("22.C%02d" % i, p) for i in range(1, 15) if i != 7 for p in ("9.900053", "9.900054", "1.004227")] \
        + [("22.S%02d" % i, "9.900002") for i in (3, 4, 6, 7)]


def now_ms():
    return int(time.time() * 1000)


def dossier(code):
    unit, procedure = random.choice(TARGETS)
    days_ago = random.choice([0, 0, 1, 2, 25, 40])
    received = datetime.now(HANOI).replace(microsecond=0) - timedelta(days=days_ago, hours=1)
    return {"code": code, "procedureCode": procedure, "handlingUnitCode": unit,
            "receivingUnitCode": unit, "channel": random.choice(["DIRECT", "ONLINE"]),
            "receivedAt": received.isoformat(),
            "applicant": {"kind": "CITIZEN", "name": "Trần Văn Chuyển",
                          "idNumber": "0220910%05d" % random.randint(0, 99999),
                          "email": "nguoi-nop-%s@example.vn" % code.lower().replace(".", "-")}}


def resolved():
    return {"type": "RESOLVED", "at": datetime.now(HANOI).replace(microsecond=0).isoformat(),
            "outcome": "APPROVED"}


def record(entry):
    with lock:
        answers.write(json.dumps(entry, ensure_ascii=False) + "\n")
        answers.flush()


def call(kind, key, path, body, token, rotation):
    """Sends until an answer other than 503 (or the stop file); returns (status, parsed body)."""
    payload = json.dumps(body).encode()
    while True:
        port = ports[rotation[0] % len(ports)]
        rotation[0] += 1
        started = now_ms()
        entry = {"start": started, "kind": kind, "key": key, "port": port}
        try:
            connection = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)
            connection.request("POST", path, payload,
                               {"Content-Type": "application/json", "Authorization": "Bearer " + token,
                                "X-Request-Id": key})
            response = connection.getresponse()
            text = response.read()
            connection.close()
            entry.update(status=response.status, retryAfter=response.getheader("Retry-After"))
            try:
                parsed = json.loads(text) if text else None
            except ValueError:
                parsed = None
            if response.status >= 400 and isinstance(parsed, dict):
                entry["problem"] = parsed.get("type")
                if response.status < 500:
                    entry["detail"] = "%s %s" % (parsed.get("detail"), [
                        e.get("field") + ": " + e.get("message") for e in parsed.get("errors") or []])
        except (OSError, http.client.HTTPException) as e:
            entry.update(status=0, error=type(e).__name__)
            parsed = None
        entry["end"] = now_ms()
        record(entry)
        if entry["status"] in (200, 201):
            return entry["status"], parsed
        if entry["status"] in (0, 503) or entry["status"] >= 500:
            if os.path.exists(stop_file) and entry["status"] == 0:
                return entry["status"], parsed
            time.sleep(0.5)
            continue
        return entry["status"], parsed


def next_number():
    with lock:
        counter[0] += 1
        return counter[0]


def intake_worker(n):
    rotation = [n]
    token = os.environ["DUNGHAN_TOKEN"]
    while not os.path.exists(stop_file):
        code = "G22.FO%s-%05d" % (run, next_number())
        status, _ = call("intake", code, "/api/v1/dossiers", dossier(code), token, rotation)
        if status in (200, 201) and random.random() < 0.5:
            call("event", code, "/api/v1/dossiers/%s/events" % code, resolved(), token, rotation)
        time.sleep(0.05)


def sync_worker():
    rotation = [0]
    token = os.environ["DUNGHAN_PORTAL_TOKEN"]
    batch_number = 0
    while not os.path.exists(stop_file):
        batch_number += 1
        items = []
        for i in range(5):
            item = dossier("G22.FS%s-%04d-%d" % (run, batch_number, i))
            item["channel"] = "ONLINE"
            item["events"] = [resolved()]
            items.append(item)
        key = "sync-%04d" % batch_number
        status, answer = call("sync", key, "/api/v1/sync/dossiers", items, token, rotation)
        if status == 200 and answer:
            record({"kind": "sync-items", "key": key,
                    "items": [[item["code"], item["outcome"]] for item in answer["items"]]})
        time.sleep(0.2)


threads = [threading.Thread(target=intake_worker, args=(i,)) for i in range(workers)]
threads.append(threading.Thread(target=sync_worker))
[t.start() for t in threads]
[t.join() for t in threads]
answers.close()
