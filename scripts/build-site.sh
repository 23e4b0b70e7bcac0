#!/usr/bin/env bash
# Builds the shipped bulletin (Alerts/) into site/. Extra arguments go to `alertpress build`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
swift build -c release --product alertpress
.build/release/alertpress build "$@"
