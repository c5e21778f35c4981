#!/usr/bin/env bash
# Install what styrdok needs to build (and, with --test, to run the browser
# tests) on Debian 12. Idempotent: does nothing when everything is present.
#
#   scripts/install-deps.sh          build dependencies
#   scripts/install-deps.sh --test   ... plus Java, Chromium, Node/npm and
#                                    the npm packages in tests/browser/
#   scripts/install-deps.sh --bench  ... plus what bench/run needs: Hugo,
#                                    cmark-gfm, GNU time, bc and Pagefind
#                                    (npm, in bench/)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

with_test=0
with_bench=0
for arg in "$@"; do
    case "$arg" in
        --test) with_test=1 ;;
        --bench) with_test=1; with_bench=1 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install-deps: unknown argument: $arg" >&2; exit 2 ;;
    esac
done

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "install-deps: need root or sudo" >&2
    exit 1
fi

packages=(
    build-essential cmake ninja-build pkg-config clang-format
    libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libfmt-dev
    catch2 libkainjow-mustache-dev libcli11-dev libstemmer-dev
    libqrencode-dev zlib1g-dev libdeflate-dev
    libjemalloc-dev  # the styrdok program's allocator (CMakeLists.txt, STYRDOK_JEMALLOC)
    libpoppler-cpp-dev libzip-dev libpugixml-dev  # styrdok import: PDF, Word .docx
)

if [ "$with_test" -eq 1 ]; then
    # vnu.jar needs Java 11+; Debian 12's default JRE is 17.
    if ! java -version >/dev/null 2>&1; then
        packages+=(default-jre-headless)
    fi
    packages+=(chromium nginx)  # nginx serves the site to tests/browser/search.mjs
    packages+=(wrk)  # load test of styrdok serve (tests/e2e/serve_test.cpp)
    # PDF tests (tests/print/pdf_test.cpp): the second engine and pdftotext/pdfinfo.
    packages+=(weasyprint poppler-utils)
    # Arabic and other scripts in the print editions of translations (issue 18).
    packages+=(fonts-noto-core)
    # Import round trip (tests/import/round_trip_test.cpp): the print editions as Word files.
    packages+=(pandoc)
    # Fuzzing (scripts/fuzz.sh, docs/fuzzing.md): clang and its libFuzzer runtime.
    packages+=(clang libclang-rt-14-dev)
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        packages+=(nodejs npm)
    fi
fi

if [ "$with_bench" -eq 1 ]; then
    packages+=(hugo cmark-gfm time bc hyperfine)
fi

installed() {
    # dpkg -s also knows removed packages whose config files remain.
    dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed$'
}

missing=()
for p in "${packages[@]}"; do
    installed "$p" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}"
    log=$(mktemp)
    if ! { "${sudo[@]}" apt-get update -q &&
        "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        echo "install-deps: apt-get failed" >&2
        exit 1
    fi
    rm -f "$log"
fi

if [ "$with_test" -eq 1 ]; then
    node_major=$(node -p 'process.versions.node.split(".")[0]')
    if [ "$node_major" -lt 20 ]; then
        echo "install-deps: warning: node $(node -v) is older than 20, which playwright-core in tests/browser/ requires" >&2
    fi

    browser="$repo/tests/browser"
    # npm ci when node_modules is missing or older than the lock file.
    if [ ! -d "$browser/node_modules" ] ||
        { [ -f "$browser/package-lock.json" ] && [ "$browser/package-lock.json" -nt "$browser/node_modules" ]; }; then
        if [ -f "$browser/package-lock.json" ]; then
            echo "install-deps: npm ci in tests/browser"
            (cd "$browser" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
        else
            echo "install-deps: npm install in tests/browser (no package-lock.json)"
            (cd "$browser" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
        fi
        # npm ci recreates node_modules; make sure it counts as up to date.
        touch "$browser/node_modules"
    fi
fi

if [ "$with_bench" -eq 1 ] && { [ ! -d "$repo/bench/node_modules" ] ||
    [ "$repo/bench/package.json" -nt "$repo/bench/node_modules" ]; }; then
    # npm install, not npm ci: npm 11 leaves Pagefind's binaries for other
    # platforms out of the lock file and then refuses `npm ci`.
    echo "install-deps: npm install in bench (pagefind)"
    (cd "$repo/bench" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
    touch "$repo/bench/node_modules"
fi
