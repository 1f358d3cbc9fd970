#!/usr/bin/env bash
# Three Liaison nodes in federation on this machine: a German (de), a French (fr) and an international
# organisation's (int) node, each with its own data directory, keys and demo data, every demo agency
# hosted on exactly one of them, their keys pinned in each other.
#   bench/federation-demo.sh          start (or restart) them; Ctrl-C stops them
#   bench/federation-demo.sh stop     stop them from another terminal
#   bench/federation-demo.sh reset    stop them and delete their data (new keys, new demo data)
# Ports 8081 (de), 8082 (fr), 8083 (int), or FEDERATION_DEMO_PORT+0/1/2; data under
# ./data/federation-demo (FEDERATION_DEMO_DIR). Development only: the nodes talk plain http on
# loopback (LIAISON_FEDERATION_PLAIN_HTTP); production nodes use mutual TLS (docs/federation.md).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${FEDERATION_DEMO_DIR:-./data/federation-demo}"
first_port="${FEDERATION_DEMO_PORT:-8081}"
nodes=(de fr int)
declare -A hosts=([de]="DE,NL" [fr]="FR,ES" [int]="INT,UA,NGO")
declare -A port=([de]=$first_port [fr]=$((first_port + 1)) [int]=$((first_port + 2)))

stop() {
  for n in "${nodes[@]}"; do
    if [ -f "$dir/$n/node.pid" ]; then
      pid="$(cat "$dir/$n/node.pid")"
      if kill -0 "$pid" 2>/dev/null; then
        echo "stopping $n (pid $pid)"
        kill "$pid"
      fi
    fi
  done
  for n in "${nodes[@]}"; do
    if [ -f "$dir/$n/node.pid" ]; then
      pid="$(cat "$dir/$n/node.pid")"
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      rm -f "$dir/$n/node.pid"
    fi
  done
}

case "${1:-start}" in
  stop) stop; exit 0 ;;
  reset) stop; rm -rf "$dir"; echo "deleted $dir"; exit 0 ;;
  start) ;;
  *) echo "usage: $0 [start|stop|reset]" >&2; exit 2 ;;
esac

command -v jq >/dev/null || { echo "needs jq (apt-get install jq)" >&2; exit 1; }
jar="$(ls target/liaison-*.jar 2>/dev/null | grep -v plain | head -1 || true)"
if [ -z "$jar" ]; then
  echo "building the jar (once)…"
  ./mvnw -B -q -DskipTests package
  jar="$(ls target/liaison-*.jar | grep -v plain | head -1)"
fi
mkdir -p "$dir"
[ -f "$dir/admin-password" ] || (head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/admin-password")
password="$(cat "$dir/admin-password")"
stop >/dev/null 2>&1 || true
trap 'echo; stop; exit 0' INT TERM

for n in "${nodes[@]}"; do
  mkdir -p "$dir/$n"
  SERVER_PORT="${port[$n]}" LIAISON_DATA_DIR="$dir/$n" LIAISON_NODE_ID="$n" LIAISON_ADMIN_PASSWORD="$password" \
    LIAISON_DEMO_HOSTS="${hosts[$n]}" LIAISON_FEDERATION_PLAIN_HTTP=true \
    java -Xmx512m ${NODE_JAVA_OPTS:-} -jar "$jar" --server.address=127.0.0.1 >> "$dir/$n/node.log" 2>&1 &
  echo $! > "$dir/$n/node.pid"
  echo "starting $n on http://127.0.0.1:${port[$n]} (log $dir/$n/node.log)"
done
for n in "${nodes[@]}"; do
  for i in $(seq 1 180); do
    curl -sf "http://127.0.0.1:${port[$n]}/.well-known/liaison-node" > "$dir/$n/node.json" 2>/dev/null && break
    kill -0 "$(cat "$dir/$n/node.pid")" 2>/dev/null || { echo "$n did not start: see $dir/$n/node.log" >&2; stop; exit 1; }
    [ "$i" = 180 ] && { echo "$n not up after 180 s" >&2; stop; exit 1; }
    sleep 1
  done
done

# Each administrator pins the two others with the fingerprints "read out" of their node documents,
# naming the agencies each hosts (the demo's split, by agency id prefix).
for n in "${nodes[@]}"; do
  for p in "${nodes[@]}"; do
    [ "$n" = "$p" ] && continue
    prefixes="$(echo "${hosts[$p]}" | jq -R 'split(",") | map(. + ".")')"
    body="$(jq -c --arg id "$p" --arg url "http://127.0.0.1:${port[$p]}" --argjson prefixes "$prefixes" \
      '{nodeId: $id, baseUrl: $url, fingerprints: [.fingerprints[].fingerprint],
        agencies: [.agencies[].id | select(. as $a | $prefixes | any(. as $x | $a | startswith($x)))]}' "$dir/$p/node.json")"
    code="$(curl -s -o "$dir/$n/pin-$p.json" -w '%{http_code}' -u "admin:$password" -H 'Content-Type: application/json' \
      -d "$body" "http://127.0.0.1:${port[$n]}/api/v1/federation/peers")"
    case "$code" in
      201) echo "$n pinned $p: $(echo "$body" | jq -r '.agencies | join(", ")')" ;;
      409) ;; # pinned on an earlier run
      *) echo "$n could not pin $p (HTTP $code): $(cat "$dir/$n/pin-$p.json")" >&2 ;;
    esac
  done
done

# Demo passwords are printed once, on a node's first start: keep them for later runs.
for n in "${nodes[@]}"; do
  if [ ! -s "$dir/$n/logins.txt" ]; then
    grep -E '^   [a-z]+\.[a-z]+ \(' "$dir/$n/node.log" | sed 's/^ *//' > "$dir/$n/logins.txt" || true
  fi
done

# One disclosure across nodes, so that there is something to see: a German officer shares one of the
# Bundeskriminalamt's records with the French police, which the French node decides again and stores.
de_officer="$(awk '$1 == "de.officer" {print $NF}' "$dir/de/logins.txt")"
fr_officer="$(awk '$1 == "fr.officer" {print $NF}' "$dir/fr/logins.txt")"
if [ -n "$de_officer" ] && [ ! -f "$dir/shared-record" ]; then
  for id in $(curl -sf -u "de.officer:$de_officer" "http://127.0.0.1:${port[de]}/api/v1/records?size=50" | jq -r '.[].id'); do
    code="$(curl -s -o /dev/null -w '%{http_code}' -u "de.officer:$de_officer" -H 'Content-Type: application/json' \
      -d '{"to":"FR.DGPN","purpose":"ORGANISED_CRIME"}' "http://127.0.0.1:${port[de]}/api/v1/records/$id/disclosures")"
    if [ "$code" = 201 ]; then echo "$id" > "$dir/shared-record"; break; fi
  done
fi
if [ -f "$dir/shared-record" ] && [ -n "$fr_officer" ]; then
  id="$(cat "$dir/shared-record")"
  for _ in $(seq 1 30); do
    curl -sf -o /dev/null -u "fr.officer:$fr_officer" "http://127.0.0.1:${port[fr]}/api/v1/records/$id" && break
    sleep 1
  done
  if curl -sf -o /dev/null -u "fr.officer:$fr_officer" "http://127.0.0.1:${port[fr]}/api/v1/records/$id"; then
    echo "record $id of DE.BKA, disclosed to FR.DGPN on the German node, arrived on the French node"
  else
    echo "record $id not (yet) on the French node: see the German node's Federation page" >&2
  fi
fi

echo
echo "Three nodes in federation (Ctrl-C, or '$0 stop', stops them):"
for n in "${nodes[@]}"; do
  printf '  %-4s http://127.0.0.1:%s   hosts %s\n' "$n" "${port[$n]}" "${hosts[$n]}"
done
echo
echo "Logins: admin / $password on every node (node administrator: Federation page), and"
for n in "${nodes[@]}"; do
  sed "s/^/  $n: /" "$dir/$n/logins.txt" 2>/dev/null || true
done
echo
while true; do
  for n in "${nodes[@]}"; do
    [ -f "$dir/$n/node.pid" ] || { echo "stopped"; stop; exit 0; }
    if ! kill -0 "$(cat "$dir/$n/node.pid" 2>/dev/null || echo 0)" 2>/dev/null; then
      sleep 1 # a 'stop' from another terminal removes the pid files once the nodes are down
      [ -f "$dir/$n/node.pid" ] || { echo "stopped"; exit 0; }
      echo "$n stopped: see $dir/$n/node.log" >&2; stop; exit 1
    fi
  done
  sleep 2
done
