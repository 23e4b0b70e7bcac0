#!/usr/bin/env bash
# Builds the optimised alertpress and prints its path (`--no-build`: only the path). The Swift
# runtime and Foundation are linked into the program: calls into them are direct, and the runtime
# looks types up in one image instead of ninety, which makes builds a sixth faster
# (BENCHMARKS.md, step 56).
set -euo pipefail
cd "$(dirname "$0")/.."
flags=(-c release --static-swift-stdlib --product alertpress)
[[ "${1:-}" == "--no-build" ]] || swift build "${flags[@]}" >&2
echo "$(swift build "${flags[@]}" --show-bin-path)/alertpress"
