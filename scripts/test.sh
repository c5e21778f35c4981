#!/usr/bin/env bash
# Quick start, step 2: runs every test. Installs what the tests need, then:
#   1. formatting check (clang-format),
#   2. build with -Wall -Wextra -Werror and the unit + end-to-end tests (CTest),
#   3. the example site through the Nu Html Checker, axe-core (WCAG 2.2 AA and
#      best practice) and a 320 px reflow check of every page in Chromium, its
#      search (served by nginx and from file://), and what a person notices
#      (first screen on a phone, keyboard, forced colours: reading.mjs), and
#      a site built as of a past day: its plan filter and the notice a page
#      shows once its statuses may have changed (status_notice.mjs), and a
#      site that `init` made, through the same checks and with a table wider
#      than its text (wide_table.mjs),
#   4. the tests again under AddressSanitizer and UndefinedBehaviorSanitizer,
#      built with clang, in the build the fuzzers use (build-fuzz/),
#   5. every libFuzzer harness for a short fixed time (scripts/fuzz.sh;
#      STYRDOK_FUZZ_SECONDS each, default 12).
# Set STYRDOK_SKIP_SANITIZERS=1 to leave out step 4, STYRDOK_SKIP_FUZZ=1
# step 5, while working.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
jobs=$(nproc)

step() { printf '\n== %s\n' "$*"; }

step "installing what is missing"
scripts/install-deps.sh --test

step "formatting (clang-format)"
mapfile -t sources < <(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h')
clang-format --dry-run --Werror "${sources[@]}"
echo "formatting: ${#sources[@]} files ok"

step "build with warnings as errors, unit and end-to-end tests"
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTYRDOK_WERROR=ON >/dev/null
cmake --build build-test -j "$jobs"
ctest --test-dir build-test -j "$jobs" --output-on-failure

step "HTML validity and accessibility of every generated page"
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
build-test/styrdok build --quiet --drafts --out "$site/public"
tests/browser/vnu.sh "$site/public"
node tests/browser/axe.mjs "$site/public" --base /styrdokument/
node tests/browser/search.mjs "$site/public"
node tests/browser/reading.mjs "$site/public" --shots "${STYRDOK_SHOTS:-$site/shots}"
build-test/styrdok build --quiet --as-of 2014-03-01 --out "$site/as-of-2014"
node tests/browser/plan_filter.mjs "$site/as-of-2014"
node tests/browser/status_notice.mjs "$site/as-of-2014"
# A site that `styrdok init` made, with an action plan and an indicator, built
# with nothing of this repository: the built-in theme alone.
styrdok=$repo/build-test/styrdok
# It is branded (logo, colour, favicon, links to the municipality's own site).
"$styrdok" init "$site/init" >/dev/null
mkdir -p "$site/init/bilder"
printf '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#fff"/></svg>\n' \
  >"$site/init/bilder/logo.svg"
printf 'branding:\n  logo: bilder/logo.svg\n  logo_alt: Exempels kommun\n  colour: "#7a1f3d"\n  favicon: bilder/logo.svg\n  website: https://www.example.org/\n  contact_page: https://www.example.org/kontakt\n' \
  >>"$site/init/site.yaml"
# Its policy shows a picture beside its text, links to an attachment, has a
# footnote and a table of fees wider than the text.
policy=$(ls "$site/init/content/exempelkommun/exempelpolicy/"*.md | head -1)
printf '\n![Karta över Exempelkommuns förskolor](bilder/karta.svg)\n\nLäs [bilaga 1, budget (PDF)](bilaga-1.pdf).[^1]\n\n[^1]: Budgeten beslutas varje år.\n' \
  >>"$policy"
printf '\n| Ärendetyp | Avgift 2024 | Avgift 2025 | Handläggningstid | Kommentar |\n|---|---|---|---|---|\n| Ansökan om bygglov för en- och tvåbostadshus | 12 500 kr | 13 200 kr | 10 veckor | Avgiften tas ut även om ansökan avslås |\n| Anmälan om eldstad | 2 100 kr | 2 300 kr | 4 veckor | Gäller även byte av eldstad och rökkanal |\n' \
  >>"$policy"
mkdir -p "$site/init/content/exempelkommun/exempelpolicy/bilder"
printf '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#cde"/></svg>\n' \
  >"$site/init/content/exempelkommun/exempelpolicy/bilder/karta.svg"
printf '%%PDF-1.4\n' >"$site/init/content/exempelkommun/exempelpolicy/bilaga-1.pdf"
(cd "$site/init" && "$styrdok" new plan exempelkommun/exempelpolicy >/dev/null &&
  "$styrdok" new indicator exempelkommun/exempelpolicy >/dev/null && "$styrdok" build --quiet)
tests/browser/vnu.sh "$site/init/public"
node tests/browser/axe.mjs "$site/init/public" --base /styrdokument/
node tests/browser/wide_table.mjs "$site/init/public" exempelkommun/exempelpolicy/index.html \
  exempelkommun/exempelpolicy/handlingsplaner/handlingsplan/index.html
test -f "$site/init/public/exempelkommun/exempelpolicy/bilder/karta.svg"
test -f "$site/init/public/exempelkommun/exempelpolicy/bilaga-1.pdf"

# Steps 4 and 5 share one build: clang compiles every library once with
# AddressSanitizer, UndefinedBehaviorSanitizer and the fuzzers' coverage, and
# links it into the tests and the harnesses alike (clang also compiles the
# instrumented tests in half GCC's time).
if [ "${STYRDOK_SKIP_SANITIZERS:-0}" != 1 ] || [ "${STYRDOK_SKIP_FUZZ:-0}" != 1 ]; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DSTYRDOK_FUZZ=ON -DSTYRDOK_TESTS=ON -DSTYRDOK_TOOL_TESTS=OFF -DSTYRDOK_WERROR=ON >/dev/null
fi

if [ "${STYRDOK_SKIP_SANITIZERS:-0}" != 1 ]; then
  step "tests under AddressSanitizer and UndefinedBehaviorSanitizer (clang)"
  cmake --build build-fuzz -j "$jobs"
  # The PDF and import round trips spend their time in Chromium, WeasyPrint
  # and pandoc, which the sanitizers do not see: step 2 runs them, and this
  # build does not compile them (STYRDOK_TOOL_TESTS=OFF).
  ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions="$repo/tests/lsan.supp":print_suppressions=0 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-fuzz -j "$jobs" --output-on-failure
fi

if [ "${STYRDOK_SKIP_FUZZ:-0}" != 1 ]; then
  step "fuzzing: each harness for ${STYRDOK_FUZZ_SECONDS:-12} s"
  scripts/fuzz.sh "${STYRDOK_FUZZ_SECONDS:-12}"
fi

step "all tests passed"
