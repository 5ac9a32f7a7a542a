#!/bin/sh
# Sets up and builds Yiwang (scripts/setup.sh), then runs the whole test suite with CTest. Tests
# that need PostgreSQL start and stop their own throwaway cluster; GUI tests render offscreen.
# Extra arguments go to ctest, e.g. -L unit, -R shell, -E postgresql.
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec ctest --test-dir build --output-on-failure -j "$(nproc)" "$@"
