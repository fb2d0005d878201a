#!/usr/bin/env bash
# Makes the browser tests' fixture site data with the REAL rating engine, via the local runner:
#   java -jar local/target/local-runner.jar run --data DIR --out OUT --now 2026-11-25
# for three scenarios, and lays the output out as the tests expect:
#   <fixtures>/<scenario>/data/summary.json
#   <fixtures>/<scenario>/data/indicators/<code>.json
# Scenarios:
#   demo   the repository's demo data set, events/demo (22 Leeds indicators, 24 returns)
#   xss    dashboard/test/inputs/xss: hostile text in every free-text field the engine accepts
#   large  500 indicators, written by scripts/make-large-inputs.mjs (not committed)
# Every input file must be ACCEPTED by the runner: a REJECTED one stores nothing, so the
# scenario would silently test less than it says. The script fails if any is rejected.
#
# Usage (from anywhere):
#   dashboard/scripts/generate-fixtures.sh [FIXTURES_DIR]     default: dashboard/test/generated
#   LOCAL_RUNNER_JAR=path/to/local-runner.jar to use another build of the runner
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"   # dashboard/
repo="$(cd "$here/.." && pwd)"
jar="${LOCAL_RUNNER_JAR:-$repo/local/target/local-runner.jar}"
target="${1:-$here/test/generated}"
now="2026-11-25"

if [[ ! -f "$jar" ]]; then
  echo "generate-fixtures: the local runner is not built: $jar" >&2
  echo "Build the back end first, from the repository root: mvn -q -o package -DskipTests" >&2
  echo "(or set LOCAL_RUNNER_JAR to a built local-runner.jar)." >&2
  exit 1
fi
if ! command -v java >/dev/null; then
  echo "generate-fixtures: java is not on the PATH (the local runner needs Java 17 or newer)." >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$target"
fixtures="$(cd "$target" && pwd)"

node "$here/scripts/make-large-inputs.mjs" "$work/inputs/large" 500 >/dev/null

run_scenario() {
  local scenario="$1" input="$2" out="$work/out/$1" log="$work/$1.log"
  echo "generate-fixtures: rating '$scenario' ($input) with the real engine..."
  # Run from the repository root; the runner finds template.yaml beside its jar.
  if ! (cd "$repo" && java -jar "$jar" run --data "$input" --out "$out" --now "$now") >"$log" 2>&1; then
    cat "$log" >&2
    echo "generate-fixtures: the runner failed for '$scenario'" >&2
    exit 1
  fi
  grep -E '^(ACCEPTED|REJECTED|FAILED)' "$log" | sed 's/^/  /' | head -40
  if grep -qE '^(REJECTED|FAILED)' "$log"; then
    cat "$log" >&2
    echo "generate-fixtures: '$scenario' has a REJECTED file or a FAILED function (above); fix the inputs" >&2
    exit 1
  fi
  local accepted expected
  accepted="$(grep -c '^ACCEPTED' "$log" || true)"
  # config/, returns/ and, where the scenario has one, commentary/ (judged ratings and stories).
  expected="$(cd "$input" && find config returns $([[ -d commentary ]] && echo commentary) -type f | wc -l)"
  if [[ "$accepted" -ne "$expected" ]]; then
    echo "generate-fixtures: '$scenario' has $expected input files but only $accepted were ACCEPTED" >&2
    exit 1
  fi
  local site_data="$out/site/data"
  if [[ ! -f "$site_data/summary.json" ]]; then
    echo "generate-fixtures: the runner wrote no $site_data/summary.json for '$scenario'" >&2
    exit 1
  fi
  rm -rf "${fixtures:?}/$scenario"
  mkdir -p "$fixtures/$scenario"
  cp -R "$site_data" "$fixtures/$scenario/data"
  echo "  -> $fixtures/$scenario/data ($(ls "$fixtures/$scenario/data/indicators" | wc -l) indicator files)"
}

run_scenario demo "$repo/events/demo"
run_scenario xss "$here/test/inputs/xss"
run_scenario large "$work/inputs/large"

echo "generate-fixtures: fixtures written to $fixtures"
