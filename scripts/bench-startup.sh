#!/usr/bin/env bash
# Start to first search answered, on an empty data directory (the bundled corpus is indexed on start).
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
port=${PORT:-18080}
start=$(date +%s.%N)
./govsearch serve --data "$data" --port "$port" > "$data.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data" "$data.log"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/api/search?q=%E5%B0%8F%E5%BA%B7"; do
  kill -0 $pid 2>/dev/null || { echo "server died:"; tail -20 "$data.log"; exit 1; }
  sleep 0.2
done
end=$(date +%s.%N)
printf 'start to first search answered (empty data dir, bundled corpus indexed on start): %.1f s\n' "$(echo "$end - $start" | bc)"
