#!/usr/bin/env bash
# Runs every libFuzzer harness in fuzz/ for a fixed time (docs/fuzzing.md).
#
#   scripts/fuzz.sh [seconds] [harness...]   each harness for `seconds` (default 60)
#
# Builds them with clang into build-fuzz/ (-DSTYRDOK_FUZZ=ON), makes seed
# corpora from the example site (content/, meetings/, site.yaml, the import
# seeds and, with pandoc, a Word file), and runs each harness from them.
# Exits 1 if any harness finds a crash, a sanitizer report, a leak or an
# input slower than STYRDOK_FUZZ_TIMEOUT seconds (default 30); the input is
# kept under $STYRDOK_FUZZ_ARTIFACTS (default build-fuzz/artifacts/).
# STYRDOK_FUZZ_CORPUS=dir keeps what the fuzzers learn between runs.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

seconds=${1:-60}
shift || true
all=(version_file site_file plan plan_csv indicator meeting dates markdown import_text import_docx import_pdf
  http_request)
if [ "$#" -gt 0 ]; then harnesses=("$@"); else harnesses=("${all[@]}"); fi
build=${STYRDOK_FUZZ_BUILD:-build-fuzz}
artifacts=${STYRDOK_FUZZ_ARTIFACTS:-$build/artifacts}
timeout=${STYRDOK_FUZZ_TIMEOUT:-30}

if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DSTYRDOK_FUZZ=ON -DSTYRDOK_TESTS=OFF -DSTYRDOK_BENCH=OFF "${launcher[@]}" >/dev/null
fi
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seeds=$work/seeds
for h in "${all[@]}"; do mkdir -p "$seeds/$h"; done
copy() {  # copy DIR FILE...: each file into DIR under a distinct name
  local dir=$1 n=0
  shift
  for f in "$@"; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    cp "$f" "$dir/$n-$(basename "$f")"
  done
}
shopt -s globstar nullglob
copy "$seeds/version_file" content/**/*.md
copy "$seeds/markdown" content/**/*.md docs/content-format.md
copy "$seeds/site_file" site.yaml
copy "$seeds/plan" content/**/handlingsplaner/*.yaml
copy "$seeds/plan_csv" content/**/handlingsplaner/*.csv
copy "$seeds/indicator" content/**/indikatorer/*.yaml content/**/indikatorer/*.csv
copy "$seeds/meeting" meetings/*.yaml
copy "$seeds/import_text" tests/import/seeds/*.txt
copy "$seeds/import_pdf" tests/import/fixtures/*.pdf
# A plan's CSV as styrdok publishes it (docs/open-data.md).
printf '%s\n' 'record,id,parent,title,description,responsible,partners,start,deadline,completed,status,progress,weight,goals,date,text,example' \
  'action,1,,Samla mottagandet,,Socialnämnden,Skolan; AF,september 2013,innan januari 2014,,in_progress,40,,mottagande,,,' \
  'report,1,,,,,,,,,in_progress,40,,,2013-10-01,"Utredning; ""snart"".",true' \
  "action,1.1,1,'=HYPERLINK(\"x\"),,,,,2013-11-30,2013-11-15,done,,2,,,," >"$seeds/plan_csv/0-published.csv"
i=0
for t in 2013-11-30 '2014-02-29' 'innan januari 2014' 'senast december 2013' 'september 2013' 'våren 2014' \
  'Q3 2015' '2013' '2014-06-30' 'under 2015' 'hösten 2016' 'första halvåret 2014' 'vecka 12 2014'; do
  i=$((i + 1))
  printf '%s' "$t" >"$seeds/dates/$i"
done
printf 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n' >"$seeds/http_request/1"
printf 'GET /lysekil/riktlinjer/%%C3%%A5/?q=1 HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n' \
  >"$seeds/http_request/2"
printf 'GET /assets/style.css HTTP/1.0\r\n\r\n' >"$seeds/http_request/3"
printf 'POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello' >"$seeds/http_request/4"
if command -v pandoc >/dev/null 2>&1; then
  for f in tests/import/seeds/*.txt; do
    pandoc -f markdown -t docx -o "$seeds/import_docx/$(basename "$f" .txt).docx" "$f" 2>/dev/null || true
  done
fi

mkdir -p "$artifacts"
failed=()
for h in "${harnesses[@]}"; do
  corpus=${STYRDOK_FUZZ_CORPUS:+$STYRDOK_FUZZ_CORPUS/$h}
  corpus=${corpus:-$work/corpus/$h}
  mkdir -p "$corpus"
  printf '\n== fuzz_%s for %s s\n' "$h" "$seconds"
  if ! ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions="$repo/tests/lsan.supp":print_suppressions=0 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/fuzz/fuzz_$h" \
    -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2560 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$h-" "$corpus" "$seeds/$h" >"$work/$h.log" 2>&1; then
    tail -n 60 "$work/$h.log"
    failed+=("$h")
  else
    grep -E '^stat::(number_of_executed_units|new_units_added)' "$work/$h.log" | tr '\n' ' '
    echo
  fi
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: ${failed[*]} failed; the inputs are in $artifacts/ (run build-fuzz/fuzz/fuzz_<name> <input> to see it again)" >&2
  exit 1
fi
echo "fuzz: ${#harnesses[@]} harnesses, $seconds s each, no crash"
