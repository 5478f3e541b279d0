#!/usr/bin/env bash
# docker-compose.yml run for real, with podman and podman-compose, where no container registry
# is reachable: stand-in base images are built from Debian's packages (debootstrap), the compose
# file's images are overridden through its build args / image variables, and the stack is
# checked end to end: compose up, /readyz ready, a client run through `import lossmon` from this
# checkout's .venv, and an alert delivered to a webhook receiver on this machine.
#
#   bench/compose_podman.sh            # as root; installs podman etc. with apt-get if missing
#   KEEP=1 bench/compose_podman.sh     # leave the stack up afterwards
#
# Settings (environment): PORT (published web port, 18080), HOOK_PORT (receiver, 18099),
# BASE_IMAGE (localhost/debian-py:bookworm; debootstrapped when absent), MIRROR (Debian mirror;
# default: the first URI in /etc/apt/sources.list.d/debian.sources), PROJECT (compose project
# name, lossmoncheck). Results: docs/RELIABILITY.md ("docker-compose.yml, run with podman").
#
# Two things of podman-compose 1.0.3 (Debian bookworm) that differ from docker compose, and
# what this script does about them:
# - `depends_on: {x: {condition: ...}}` is start order only: it runs `podman run -d` for each
#   service one after the other, never waiting for service_healthy or
#   service_completed_successfully. So the script brings the stack up in the order the
#   conditions say: postgres, until healthy; migrate, until it exited 0; then web and worker.
# - Health checks are run by systemd timers, and there is no systemd here ("unable to get
#   systemd connection to add healthchecks"): the script runs each service's own compose health
#   check with `podman healthcheck run`.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
cd "$REPO"
PORT=${PORT:-18080}
HOOK_PORT=${HOOK_PORT:-18099}
BASE_IMAGE=${BASE_IMAGE:-localhost/debian-py:bookworm}
PROJECT=${PROJECT:-lossmoncheck}
KEEP=${KEEP:-0}
WORK=$(mktemp -d /tmp/lossmon-compose.XXXXXX)
PY=$REPO/.venv/bin/python
T0=$(date +%s.%N)

say() { printf '[%6.1fs] %s\n' "$(echo "$(date +%s.%N) - $T0" | bc)" "$*"; }
fail() { say "FAIL: $*"; exit 1; }
since() { echo "$(date +%s.%N) - $1" | bc | xargs printf '%.1f'; }

# --- tools -------------------------------------------------------------------------------
missing=()
for tool in podman podman-compose runc debootstrap; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
    [ "$(id -u)" = 0 ] || fail "missing ${missing[*]}: apt-get install -y podman runc debootstrap podman-compose"
    say "installing ${missing[*]} (apt-get)"
    apt-get install -y -qq podman runc debootstrap podman-compose >"$WORK/apt.log" 2>&1 \
        || fail "apt-get install: see $WORK/apt.log"
fi
[ -x "$PY" ] || fail "no $PY: make the checkout's venv first (pip install -e '.[server,dev]')"

# This machine's podman needs: runc (crun refuses the hybrid cgroup setup), cgroupfs (no
# systemd), and no default ulimits (podman's defaults exceed the hard limits here:
# "setrlimit ... Operation not permitted"). CONTAINERS_CONF replaces the system's file.
export CONTAINERS_CONF=$WORK/containers.conf
cat >"$CONTAINERS_CONF" <<'EOF'
[containers]
default_ulimits = []
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
say "podman $(podman version --format '{{.Client.Version}}'), $(podman-compose version 2>/dev/null | grep -o 'podman-compose[a-z]* version .*' | sed 's/composer/compose/')"

# --- stand-in base images ----------------------------------------------------------------
if ! podman image exists "$BASE_IMAGE"; then
    MIRROR=${MIRROR:-$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)}
    MIRROR=${MIRROR:-http://deb.debian.org/debian}
    say "debootstrap bookworm from $MIRROR (python3, venv, postgresql) -> $BASE_IMAGE"
    debootstrap --variant=minbase \
        --include=python3,python3-venv,python3-pip,ca-certificates,postgresql \
        bookworm "$WORK/rootfs" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
        || fail "debootstrap: see $WORK/debootstrap.log"
    tar -C "$WORK/rootfs" -c . | podman import -q - "$BASE_IMAGE" >/dev/null
    rm -rf "$WORK/rootfs"
fi
say "ok: base image $BASE_IMAGE"

# The stand-ins carry this machine's CA bundle: registries are reached through it.
cp -r bench/standins "$WORK/ctx"
cp /etc/ssl/certs/ca-certificates.crt "$WORK/ctx/"
for kind in python node postgres; do
    t=$(date +%s.%N)
    podman build -q --network host --build-arg "BASE=$BASE_IMAGE" -f "$WORK/ctx/$kind.Containerfile" \
        -t "localhost/lossmon-standin-$kind:latest" "$WORK/ctx" >"$WORK/build-$kind.log" 2>&1 \
        || fail "stand-in $kind: see $WORK/build-$kind.log"
    say "ok: stand-in localhost/lossmon-standin-$kind:latest ($(since "$t") s)"
done

# --- the compose file, its images overridden -----------------------------------------------
export PYTHON_IMAGE=localhost/lossmon-standin-python:latest
export NODE_IMAGE=localhost/lossmon-standin-node:latest
export POSTGRES_IMAGE=localhost/lossmon-standin-postgres:latest
export LOSSMON_IMAGE=localhost/lossmon:compose-check
export LOSSMON_PORT=$PORT LOSSMON_PUBLIC_URL=http://127.0.0.1:$PORT
export LOSSMON_DASHBOARD_PASSWORD=compose-check-password
LOSSMON_SECRET_KEY=$("$PY" -c 'import secrets; print(secrets.token_hex(32))')
export LOSSMON_SECRET_KEY
compose() {
    podman-compose -p "$PROJECT" -f docker-compose.yml -f bench/standins/compose.private-channels.yml \
        --podman-build-args='--network host' "$@"
}
ctr() { echo "${PROJECT}_$1_1"; }

teardown() {
    [ -n "${RECEIVER_PID:-}" ] && kill "$RECEIVER_PID" 2>/dev/null || true
    if [ "$KEEP" = 1 ]; then
        say "KEEP=1: stack left up (project $PROJECT); logs in $WORK"
    else
        compose down -v >"$WORK/down.log" 2>&1 || true
        podman network rm "${PROJECT}_default" >/dev/null 2>&1 || true
        say "stack removed (containers, volume, network); logs in $WORK"
    fi
}
trap teardown EXIT
compose down -v >/dev/null 2>&1 || true  # a previous run's leftovers

t=$(date +%s.%N)
compose build migrate >"$WORK/compose-build.log" 2>&1 || fail "compose build: see $WORK/compose-build.log"
podman run --rm "$LOSSMON_IMAGE" sh -c 'ls monitor/dashboard/static/vendor/uPlot.iife.min.js' >/dev/null \
    || fail "the image has no uPlot"
say "ok: compose build -> $LOSSMON_IMAGE with uPlot from the assets stage ($(since "$t") s)"

# health: run the service's compose health check until it passes (podman records the status)
wait_healthy() {
    local name=$1 limit=$2 start
    start=$(date +%s)
    until podman healthcheck run "$(ctr "$name")" >"$WORK/health-$name.log" 2>&1; do
        (($(date +%s) - start < limit)) \
            || fail "$name not healthy within ${limit}s: $(tail -n 3 "$WORK/health-$name.log")"
        sleep 1
    done
}

UP=$(date +%s.%N)
compose up -d postgres >"$WORK/up-postgres.log" 2>&1 || fail "up postgres: see $WORK/up-postgres.log"
wait_healthy postgres 60
say "ok: postgres healthy (pg_isready, the compose health check) $(since "$UP") s after up"

compose up -d migrate >"$WORK/up-migrate.log" 2>&1 || fail "up migrate: see $WORK/up-migrate.log"
code=$(podman wait "$(ctr migrate)")
[ "$code" = 0 ] || fail "migrate exited $code: $(podman logs "$(ctr migrate)" 2>&1 | tail -3)"
say "ok: migrate completed successfully (lossmon db upgrade, exit 0) $(since "$UP") s after up"

# `up` of web and worker also starts their dependencies' containers again, as docker compose
# does: postgres is running already, and migrate runs once more (a no-op at head).
compose up -d web worker >"$WORK/up-web.log" 2>&1 || fail "up web worker: see $WORK/up-web.log"
start=$(date +%s)
until curl -fsS "http://127.0.0.1:$PORT/readyz" >"$WORK/readyz.json" 2>/dev/null; do
    (($(date +%s) - start < 90)) || fail "/readyz not ready within 90 s: $(podman logs "$(ctr web)" 2>&1 | tail -5)"
    sleep 0.2
done
READY_AT=$(date +%s.%N)
READY=$(since "$UP")
WEB_STARTED=$(podman inspect "$(ctr web)" --format '{{.State.StartedAt.UnixNano}}')
WEB_READY=$(echo "$READY_AT - $WEB_STARTED / 1000000000" | bc | xargs printf '%.1f')
say "ok: GET http://127.0.0.1:$PORT/readyz -> $(cat "$WORK/readyz.json")"
say "    ready $READY s after the first up (podman-compose sleeps 1 s after each podman command);" \
    "$WEB_READY s after the web container started"
wait_healthy web 60
say "ok: web healthy (its compose health check inside the container)"
wait_healthy worker 60
say "ok: worker healthy (lossmon worker --check) $(since "$UP") s after up"
code=$(podman inspect "$(ctr migrate)" --format '{{.State.ExitCode}}')
[ "$code" = 0 ] || fail "migrate's second start exited $code"

# --- an alert delivered to a receiver on this machine ---------------------------------------
GATEWAY=$(podman network inspect "${PROJECT}_default" --format '{{range .Subnets}}{{.Gateway}}{{end}}')
SECRET=whsec_$("$PY" -c 'import base64, os; print(base64.b64encode(os.urandom(24)).decode())')
HOOKS=$WORK/hooks.jsonl
"$PY" bench/standins/receiver.py "$GATEWAY" "$HOOK_PORT" "$HOOKS" "$SECRET" 2>"$WORK/receiver.log" &
RECEIVER_PID=$!
podman exec "$(ctr web)" lossmon channel add "http://host.containers.internal:$HOOK_PORT/hook" \
    --project compose-check --secret "$SECRET" >"$WORK/channel.log" 2>&1 \
    || fail "channel add: $(cat "$WORK/channel.log")"
say "ok: channel -> http://host.containers.internal:$HOOK_PORT/hook (receiver on $GATEWAY, the network's gateway)"

TOKEN=$(podman exec "$(ctr web)" lossmon token create --project compose-check --label compose-check | tail -1)
[ -n "$TOKEN" ] || fail "token create printed nothing"
say "ok: token made by \`lossmon token create\` in the web container"

"$PY" bench/standins/client_run.py "http://127.0.0.1:$PORT" "$TOKEN" compose-check \
    >"$WORK/client.json" 2>"$WORK/client.log" || fail "client run: $(tail -3 "$WORK/client.log")"
RUN_ID=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["run_id"])' "$WORK/client.json")
[ "$RUN_ID" != None ] || fail "the client run has no server id (offline?): $(cat "$WORK/client.log")"
curl -fsS -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/runs/$RUN_ID" >"$WORK/run.json" \
    || fail "GET run $RUN_ID"
"$PY" - "$WORK/run.json" <<'EOF' || fail "the run on the server is not what the client sent: $(head -c 400 "$WORK/run.json")"
import json, sys
run = json.load(open(sys.argv[1]))
assert run["status"] == "finished", run["status"]
assert [(s["key"], s["last_step"]) for s in run["series"]] == [("train/loss", 60)], run["series"]
EOF
say "ok: client run $RUN_ID through import lossmon (this checkout's .venv): train/loss to step 60, finished"

start=$(date +%s)
until [ -s "$HOOKS" ] && grep -q '"event": "fired"' "$HOOKS"; do
    (($(date +%s) - start < 60)) || fail "no alert within 60 s: $(podman logs "$(ctr worker)" 2>&1 | tail -5)"
    sleep 0.2
done
"$PY" - "$HOOKS" "$WORK/client.json" "$RUN_ID" <<'EOF' || fail "the delivered alert is not the expected one"
import json, sys
hooks = [json.loads(line) for line in open(sys.argv[1])]
client = json.load(open(sys.argv[2]))
hit = next(h for h in hooks if (h["payload"] or {}).get("event") == "fired")
p = hit["payload"]
assert p["run"]["id"] == int(sys.argv[3]), p["run"]
assert hit["verified"] is not False, "the Standard Webhooks signature did not verify"
print(f"[alert ] {p['alert'].get('detector')} / {p['alert'].get('severity')} on run {p['run']['id']}: "
      f"arrived {hit['arrived'] - client['nan_at']:.2f} s after the NaN was logged, "
      f"{hit['arrived'] - client['finished_at']:.2f} s after finish() returned; "
      f"signature verified: {hit['verified']}")
EOF
say "ok: alert delivered to the receiver on this machine"

# --- stop: SIGTERM, each within its grace period (exit 0, not a SIGKILL's 137) ---------------
for name in worker web postgres; do
    t=$(date +%s.%N)
    podman stop -t 30 "$(ctr "$name")" >/dev/null 2>&1
    code=$(podman inspect "$(ctr "$name")" --format '{{.State.ExitCode}}')
    [ "$code" != 137 ] || fail "$name was killed after 30 s (exit 137)"
    say "ok: $name stopped in $(since "$t") s (exit $code)"
done
say "PASS: compose up -> /readyz ready in $READY s; client run; alert delivered"
