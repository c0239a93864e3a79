#!/usr/bin/env bash
# The sweeper benchmark (bench/sweeper/README.md): 100,000 open clocks due within the same minute; every breach must be
# recorded within 1 second of its due instant. LEADS=10000 bench/sweeper/run.sh for a quick try; --same-instant puts
# every deadline at the same instant (the worst case).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dotnet run -c Release --project "$repo/bench/sweeper/Pactum.SweeperBench.csproj" -- "${LEADS:-100000}" "$@"
