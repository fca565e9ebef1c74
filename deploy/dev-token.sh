#!/usr/bin/env bash
# Prints a bearer token that the DEV profile (./mvnw quarkus:dev) and the tests accept, signed with the dev key
# pair: public half under src/main/resources/dev, private half under src/test/resources/dev (never packaged).
# Dev only: production verifies against its own identity provider's key (docs/security.md), which never
# trusts this one.
#
#   deploy/dev-token.sh ROLE [UNIT_CODE] [SUBJECT] [SECONDS_VALID]
#   curl -H "Authorization: Bearer $(deploy/dev-token.sh head 22.193)" localhost:8080/api/v1/sla/overdue
#
# ROLE is one of clerk, officer, head, province, portal, auditor; several can be joined with commas.
set -euo pipefail

usage() { echo "usage: $0 ROLE[,ROLE...] [UNIT_CODE] [SUBJECT] [SECONDS_VALID]" >&2; exit 2; }
[ $# -ge 1 ] || usage
roles=$1
unit=${2:-}
subject=${3:-dev-${roles//,/-}}
ttl=${4:-28800}

groups=""
IFS=',' read -r -a list <<< "$roles"
for role in "${list[@]}"; do
  case $role in
    clerk|officer|head|province|portal|auditor) groups="$groups${groups:+,}\"$role\"" ;;
    *) echo "unknown role '$role' (clerk, officer, head, province, portal, auditor)" >&2; exit 2 ;;
  esac
done
for value in "$unit" "$subject"; do
  [[ -z $value || $value =~ ^[A-Za-z0-9._-]+$ ]] || { echo "'$value': letters, digits, '.', '_', '-' only" >&2; exit 2; }
done
[[ $ttl =~ ^[0-9]+$ ]] || usage

key="$(cd "$(dirname "$0")/.." && pwd)/src/test/resources/dev/jwt-private.pem"
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
claims=$(printf '{"iss":"https://dunghan.vn/dev","sub":"%s","upn":"%s","groups":[%s],%s"iat":%d,"exp":%d}' \
  "$subject" "$subject" "$groups" "${unit:+\"unit\":\"$unit\",}" "$now" "$((now + ttl))" | b64url)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$claims" "$signature"
