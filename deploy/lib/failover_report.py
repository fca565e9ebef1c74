# Reads what deploy/lib/failover_load.py recorded and the faults deploy/failover.sh caused, and
# writes: the acknowledged keys for the database checks (acked-dossiers.tsv, acked-events.tsv) and
# report.json with the answers by status, the answers a check refuses (5xx other than 503, 503
# without Retry-After or without the database-unavailable problem), and per fault how long the
# service took to answer again.
#
#   python3 deploy/lib/failover_report.py WORK
import collections
import json
import os
import sys

work = sys.argv[1]
answers = [json.loads(line) for line in open(os.path.join(work, "answers.jsonl"), encoding="utf-8")]
faults = [line.split() for line in open(os.path.join(work, "faults.txt"), encoding="utf-8")]

dossiers, events = set(), set()
for a in answers:
    if a["kind"] == "intake" and a.get("status") in (200, 201):
        dossiers.add(a["key"])
    elif a["kind"] == "event" and a.get("status") in (200, 201):
        events.add(a["key"])
    elif a["kind"] == "sync-items":
        for code, outcome in a["items"]:
            if outcome in ("CREATED", "UPDATED", "UNCHANGED"):
                dossiers.add(code)
                events.add(code)
with open(os.path.join(work, "acked-dossiers.tsv"), "w") as out:
    out.writelines(code + "\n" for code in sorted(dossiers))
with open(os.path.join(work, "acked-events.tsv"), "w") as out:
    out.writelines(code + "\n" for code in sorted(events))

http = [a for a in answers if "status" in a]
by_status = collections.Counter(str(a["status"]) for a in http)
refused = [a for a in http if a["status"] >= 500 and a["status"] != 503]
bad_503 = [a for a in http if a["status"] == 503 and (
    a.get("retryAfter") is None or not str(a.get("problem", "")).endswith("/database-unavailable"))]
unreachable = [a for a in http if a["status"] == 0]

# Per fault: the 503s answered from the fault on (up to a minute after the first), the first
# acknowledged answer after the last of them (the service is back), and the slowest answer meanwhile.
report_faults = []
for name, at in ((f[0], int(f[1])) for f in faults):
    failures = [a for a in http if a["status"] == 503 and a["end"] >= at]
    failures = [a for a in failures if a["end"] <= failures[0]["end"] + 60000] if failures else []
    last_failure = max((a["end"] for a in failures), default=at)
    back = min((a["end"] for a in http if a["end"] > last_failure and a["status"] in (200, 201)),
               default=None)
    report_faults.append({
        "fault": name, "at": at, "answers503": len(failures),
        "firstFailureSecondsAfter": round((failures[0]["end"] - at) / 1000, 1) if failures else None,
        "lastFailureSecondsAfter": round((last_failure - at) / 1000, 1) if failures else None,
        "secondsUntilAnsweredAgain": None if back is None else round((back - at) / 1000, 1),
        "slowestAnswerSeconds": round(max((a["end"] - a["start"] for a in http
                                            if a["end"] >= at and (back is None or a["start"] <= back)),
                                           default=0) / 1000, 1),
    })

report = {
    "answers": len(http), "byStatus": dict(sorted(by_status.items())),
    "dossiersAcknowledged": len(dossiers), "eventsAcknowledged": len(events),
    "byKind": dict(collections.Counter(a["kind"] for a in http)),
    "serverErrorsOtherThan503": len(refused), "examples": refused[:3],
    "clientErrors": dict(collections.Counter("%s %s" % (a["status"], a.get("detail")) for a in http if 400 <= a["status"] < 500)),
    "answers503WithoutRetryAfterOrProblem": len(bad_503),
    "unreachableInstance": len(unreachable),
    "faults": report_faults,
}
with open(os.path.join(work, "report.json"), "w") as out:
    json.dump(report, out, indent=1, ensure_ascii=False)
print(json.dumps(report, ensure_ascii=False))
