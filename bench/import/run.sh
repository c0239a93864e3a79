#!/usr/bin/env bash
# End-to-end benchmark of `pactum import events` (bench/import/README.md).
#
# Generates about 1,000,000 demo lead events (fixed seed and end instant, so every run imports the same file), then in
# the same run times
#   1. the sqlite3 command-line tool's .import of the file into a bare table keyed by a unique event_id: the storage's
#      physical limit, and
#   2. `pactum import events FILE --db NEW.db --json` into an empty database, under GNU time for its peak memory,
# checks that every lead's projection is complete afterwards, and prints one line per figure with PASS or FAIL against
# the target: at least half sqlite3's rate, and a peak under 300 MB.
#
# Needs the .NET SDK, the `sqlite3` command-line tool (installed on the project's machines; elsewhere
# `apt-get install sqlite3`) and GNU time at /usr/bin/time. Run it from anywhere in the repository:
#   bench/import/run.sh
# It builds Release, works in a fresh temporary folder (removed on exit) and leaves nothing else behind.
# LEADS=13000 bench/import/run.sh makes a ten-times smaller file for a quick try; the target is for the default.
set -euo pipefail

LEADS="${LEADS:-130000}"
SEED=7
UNTIL=2026-11-01T00:00:00Z
TARGET_RATIO=0.5
TARGET_PEAK_MB=300

for tool in dotnet sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is needed" >&2; exit 2; }
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/pactum-bench-import.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "building Release …"
dotnet build -c Release "$repo/src/Pactum.Cli" -nologo -v quiet > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 2; }
pactum="$repo/src/Pactum.Cli/bin/Release/net10.0/pactum"

events="$work/events.csv"
"$pactum" demo generate --leads "$LEADS" --months 12 --seed "$SEED" --until "$UNTIL" --out "$events" > /dev/null

# Seconds since the epoch, with nanoseconds.
now() { date +%s.%N; }

# 1. sqlite3 .import into a bare table with a unique event_id key.
start=$(now)
sqlite3 "$work/bare.db" \
  "CREATE TABLE e (event_id TEXT PRIMARY KEY, lead_id, type, occurred_at, source, owner, persona, amount, channel, outcome, reason, asset, score, track);" \
  ".import --csv --skip 1 $events e"
sqlite_s=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
rows=$(sqlite3 "$work/bare.db" "SELECT COUNT(*) FROM e")
leads=$(sqlite3 "$work/bare.db" "SELECT COUNT(DISTINCT lead_id) FROM e")

# 2. pactum import events into an empty database.
start=$(now)
/usr/bin/time -v -o "$work/time.txt" "$pactum" import events "$events" --db "$work/pactum.db" --json > "$work/import.json"
pactum_s=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
peak_mb=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")
taken=$(tr -d ' \n' < "$work/import.json" | sed -E 's/.*"taken":([0-9]+).*/\1/')

# Every projection up to date: one lead row per lead in the file, holding all of the file's events.
projected=$(sqlite3 "$work/pactum.db" "SELECT COUNT(*) || ' ' || COALESCE(SUM(event_count), 0) FROM leads")
logged=$(sqlite3 "$work/pactum.db" "SELECT COUNT(*) FROM lead_events")

awk -v rows="$rows" -v leads="$leads" -v s1="$sqlite_s" -v s2="$pactum_s" -v peak="$peak_mb" -v taken="$taken" \
    -v projected="$projected" -v logged="$logged" -v ratio_min="$TARGET_RATIO" -v peak_max="$TARGET_PEAK_MB" '
BEGIN {
  split(projected, p, " ")
  r1 = rows / s1; r2 = rows / s2; ratio = r2 / r1
  complete = (taken == rows && logged == rows && p[1] == leads && p[2] == rows)
  pass = complete && ratio >= ratio_min && peak < peak_max
  printf "sqlite3 .import:       %d rows in %.2f s = %.0f rows/s\n", rows, s1, r1
  printf "pactum import events:  %d rows in %.2f s = %.0f rows/s\n", rows, s2, r2
  printf "ratio:                 %.2f (target >= %.2f)\n", ratio, ratio_min
  printf "peak memory:           %d MB (target < %d MB)\n", peak, peak_max
  printf "projection:            %d of %d leads, %d of %d events taken, logged and projected: %s\n", p[1], leads, p[2], rows, complete ? "complete" : "INCOMPLETE"
  printf "%s\n", pass ? "PASS" : "FAIL"
  exit pass ? 0 : 1
}'
