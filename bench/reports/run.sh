#!/usr/bin/env bash
# The reports benchmark (bench/reports/README.md): waterfall + speed + depth of one month on 1,000,000 leads and
# 10,000,000 events, p95 of 100 warm runs (after 40 to warm up) under 50 ms, next to the same answer from the sqlite3 tool. The database is
# generated once into a temporary folder and reused. LEADS=100000 bench/reports/run.sh for a quick try.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dotnet run -c Release --project "$repo/bench/reports/Pactum.ReportBench.csproj" -- "${LEADS:-1000000}" "$@"
