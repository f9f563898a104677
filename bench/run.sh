#!/usr/bin/env bash
# The benchmark (README "Benchmark"): builds the API and the driver in Release, generates the data
# set once (bench/.work), runs the API as its own process and prints per scenario requests/s,
# p50/p99, server CPU ms, KB allocated and SQL statements per request. Extra arguments go to the
# driver, e.g. --projects 200000 --lines 5 --seconds 20 --out bench/results.md
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Api -c Release -v q -nologo
dotnet build bench/InfoGov.Bench -c Release -v q -nologo
dotnet bench/InfoGov.Bench/bin/Release/net10.0/InfoGov.Bench.dll "$@"
