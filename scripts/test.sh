#!/usr/bin/env bash
# Runs every test suite of Mobility on a fresh Debian machine (as root, or with the tools already installed):
# installs what the tests need, builds once with warnings as errors, runs the .NET suites (SQLite and a throwaway
# PostgreSQL that the tests start themselves) and the JavaScript conformance suites, then prints one line:
#   Tests: N passed, N failed
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDTERMINALLOGGER=off

packages=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || packages+=(postgresql)
command -v npm >/dev/null || packages+=(nodejs npm)
command -v rsvg-convert >/dev/null || packages+=(librsvg2-bin)
command -v pdftotext >/dev/null || packages+=(poppler-utils)
command -v chromium >/dev/null || packages+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || packages+=(fonts-dejavu-core)
if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing test prerequisites: ${packages[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages (${packages[*]}) and not root: install them with apt-get first." >&2
    echo "Tests: 0 passed, 1 failed"
    exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

results=tests/.results
rm -rf "$results" && mkdir -p "$results"
passed=0
failed=0

# JavaScript packages the suites use (graphql-js as the oracle, graphql-http's audit), pinned by their lock files.
for lock in tests/*/package-lock.json; do
  [ -e "$lock" ] || continue
  if ! (cd "$(dirname "$lock")" && npm ci --no-audit --no-fund --loglevel=error); then
    echo "npm ci failed in $(dirname "$lock")."
    echo "Tests: 0 passed, 1 failed"
    exit 1
  fi
done

if ! dotnet build Mobility.sln -c Release -nologo -v q; then
  echo "Build failed."
  echo "Tests: 0 passed, 1 failed"
  exit 1
fi

dotnet test Mobility.sln -c Release --no-build -nologo -v q \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
dotnet_status=$?

for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$dotnet_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $dotnet_status without a failed test: counting it as one failure."
  failed=$((failed + 1))
fi

# Other suites (JavaScript oracles, HTTP audits): each tests/*/run-suite.sh ends with "N passed, N failed".
for suite in tests/*/run-suite.sh; do
  [ -e "$suite" ] || continue
  echo "== $suite"
  output=$(bash "$suite" 2>&1)
  status=$?
  echo "$output" | tail -n 40
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' <<<"$output" | tail -1)
  if [ -z "$line" ]; then
    echo "$suite printed no result line (exit $status): counting it as one failure."
    failed=$((failed + 1))
    continue
  fi
  passed=$((passed + $(sed 's/ passed.*//' <<<"$line")))
  failed=$((failed + $(sed 's/.* passed, \([0-9]*\) failed.*/\1/' <<<"$line")))
done

echo "Tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
