#!/usr/bin/env bash
# Crash-safety soak (bench/faults/README.md): the test suite's kill tests, run many times.
#
# Runs the tests of tests/Pactum.Cli.Tests/Faults with PACTUM_FAULT_RUNS=$RUNS (default 50): `pactum import events` is
# killed with SIGKILL at a random moment of an import $RUNS times, and `pactum serve` $RUNS times while batches of
# events are in flight; after each kill the database is checked and the import or the batches are run again. Prints,
# per scenario, the runs, the kills that came before the work was done, the events acknowledged before the kills, the
# runs that found a problem, and the time; exits 0 when no run found one.
#
#   bench/faults/run.sh                        # from anywhere in the repository; needs the .NET SDK
#   RUNS=10 bench/faults/run.sh                # a shorter soak
#   PACTUM_FAULT_SEED=1234 bench/faults/run.sh # repeat the kill points of a failed run (the failure message names the seed)
#
# It builds the test project (Debug, as `dotnet test` does), works in temporary folders it removes, and listens on
# 127.0.0.1 only.
set -euo pipefail

RUNS="${RUNS:-50}"
command -v dotnet >/dev/null || { echo "run.sh: dotnet is needed" >&2; exit 2; }

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/pactum-bench-faults.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "building the command-line tests …"
dotnet build "$repo/tests/Pactum.Cli.Tests" -nologo -v quiet > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 2; }

echo "killing each scenario $RUNS times …"
start=$(date +%s)
status=0
PACTUM_FAULT_RUNS="$RUNS" PACTUM_FAULT_REPORT="$work/report.txt" \
  dotnet test "$repo/tests/Pactum.Cli.Tests" --no-build -nologo --filter "FullyQualifiedName~Pactum.Cli.Tests.Faults" > "$work/test.log" 2>&1 || status=$?
seconds=$(( $(date +%s) - start ))

if [ ! -s "$work/report.txt" ]; then
  cat "$work/test.log" >&2
  echo "run.sh: the tests recorded no run" >&2
  exit 2
fi

# One line per run: "<scenario> run=N seed=S killed=0|1 killed_after_ms=T acknowledged=E problems=P".
awk '
  { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    s = $1; runs[s]++; kills[s] += v["killed"]; acked[s] += v["acknowledged"]; failed[s] += (v["problems"] > 0); seed[s] = v["seed"] }
  END { for (s in runs) printf "%-7s runs %3d  kills before the end %3d  events acknowledged before the kills %9d  runs with a problem %d  (seed %s)\n", s, runs[s], kills[s], acked[s], failed[s], seed[s] }
' "$work/report.txt" | sort
echo "time: ${seconds} s"

if [ "$status" -ne 0 ]; then
  grep -E "problems in|run [0-9]+:" "$work/test.log" | head -40 >&2 || cat "$work/test.log" >&2
  echo "FAIL"
  exit 1
fi
echo "PASS"
