#!/usr/bin/env bash
# Quick start, step 1: installs what is missing (Debian 12 packages), builds
# styrdok and generates the example site (this folder) into public/.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

scripts/install-deps.sh
echo "setup: building styrdok in build/"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTYRDOK_TESTS=OFF >/dev/null
cmake --build build -j "$(nproc)" >/dev/null
echo "setup: generating the example site"
build/styrdok build
echo
echo "The example site is in $repo/public/."
echo "Open file://$repo/public/index.html in a browser, or serve public/ with any web server."
echo "The styrdok program is build/styrdok ('build/styrdok --help' lists its commands)."
