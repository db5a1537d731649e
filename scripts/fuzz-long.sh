#!/usr/bin/env bash
# The long mode of the property tests (src/fuzz.rs): many more random and hostile inputs for
# every parser of outside input. Usage: scripts/fuzz-long.sh [CASES]   (default 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-5000}"
echo "property tests with $cases cases each"
PROPTEST_CASES="$cases" cargo test --release --lib fuzz -- --test-threads 2
