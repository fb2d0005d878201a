#!/usr/bin/env bash
# Makes the browser tests' fixture site data with the REAL rating engine, via the local runner:
#   java -jar local/target/local-runner.jar run --data DIR --out OUT --now 2026-11-25
# for each scenario's inputs (test/inputs/<scenario>/, and a generated 500-indicator "large" one),
# and lays the output out as the tests expect:
#   $DASHBOARD_FIXTURES/<scenario>/data/summary.json
#   $DASHBOARD_FIXTURES/<scenario>/data/indicators/<code>.json
#
# Usage (from anywhere):
#   dashboard/scripts/generate-fixtures.sh [FIXTURES_DIR]     default: dashboard/test/generated
#   LOCAL_RUNNER_JAR=path/to/local-runner.jar to use another build of the runner
# Then: DASHBOARD_FIXTURES=FIXTURES_DIR npm test   (and npm run bench)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"   # dashboard/
repo="$(cd "$here/.." && pwd)"
jar="${LOCAL_RUNNER_JAR:-$repo/local/target/local-runner.jar}"
fixtures="$(mkdir -p "${1:-$here/test/generated}" && cd "${1:-$here/test/generated}" && pwd)"
now="2026-11-25"

if [[ ! -f "$jar" ]]; then
  echo "The local runner is not built: $jar" >&2
  echo "Build it first (mvn -q -pl local -am package), or set LOCAL_RUNNER_JAR." >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The committed inputs are made from the same descriptions as the provisional sample;
# the 500-indicator inputs are generated, not committed.
node "$here/scripts/write-inputs.mjs" large --out "$work/inputs" >/dev/null

for input in "$here/test/inputs/demo" "$here/test/inputs/xss" "$work/inputs/large"; do
  scenario="$(basename "$input")"
  echo "Rating scenario '$scenario'..."
  java -jar "$jar" run --data "$input" --out "$work/out/$scenario" --now "$now"
  site_data="$work/out/$scenario/site/data"
  if [[ ! -f "$site_data/summary.json" ]]; then
    echo "The runner wrote no $site_data/summary.json for '$scenario'" >&2
    exit 1
  fi
  rm -rf "${fixtures:?}/$scenario"
  mkdir -p "$fixtures/$scenario"
  cp -R "$site_data" "$fixtures/$scenario/data"
done

echo "Fixtures written to $fixtures"
echo "Run the tests on them with: DASHBOARD_FIXTURES=$fixtures npm test"
