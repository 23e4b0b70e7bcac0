#!/usr/bin/env bash
# Builds the shipped bulletin (Alerts/) into site/. Extra arguments go to `alertpress build`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
alertpress="$(scripts/build-release.sh)"
"$alertpress" build "$@"
