#!/usr/bin/env bash
# Validate a generated site with the Nu Html Checker (vnu) from the vnu-jar
# npm package: every *.html file as HTML, every *.css file as CSS.
#
#   tests/browser/vnu.sh DIR
#
# Prints vnu's messages (GNU format). Errors fail the run (exit 1); warnings
# and info messages are printed but do not fail it. Ends with a summary line:
#   vnu: N files, E errors, W warnings
# Exit codes: 0 clean, 1 errors found, 2 usage or setup problem.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
dir=$1

if ! command -v java >/dev/null 2>&1; then
    echo "vnu: java not found; run scripts/install-deps.sh --test" >&2
    exit 2
fi
# require('vnu-jar') exports a String *object*: String() it, or `node -p`
# prints "[String: '/path/vnu.jar'] { vnu: ... }".
if ! jar=$(cd "$here" && node -p "String(require('vnu-jar'))" 2>/dev/null) || [ ! -f "$jar" ]; then
    echo "vnu: vnu-jar not installed; run scripts/install-deps.sh --test" >&2
    echo "     (or: cd tests/browser && npm ci)" >&2
    exit 2
fi

out=$(mktemp)
trap 'rm -f "$out"' EXIT

nhtml=$(find "$dir" -type f -name '*.html' | wc -l)
ncss=$(find "$dir" -type f -name '*.css' | wc -l)
if [ "$nhtml" -eq 0 ]; then
    echo "vnu: no *.html files under $dir" >&2
    exit 2
fi
vnu_failed=0

# vnu exits 1 when it reports errors; we count errors ourselves from the
# output, so a non-zero status is only fatal when it produced no messages
# (e.g. a JVM problem). xargs may split huge file lists into several runs.
run_vnu() {
    local status=0
    find "$dir" -type f -name "$1" -print0 | sort -z |
        xargs -0 -r java -Xss4m -jar "$jar" --format gnu --stdout "${@:2}" \
            >>"$out" 2>&1 || status=$?
    # 123 = some vnu invocation exited 1..125 (normally: errors reported)
    if [ "$status" -ne 0 ] && [ "$status" -ne 123 ]; then
        cat "$out" >&2
        echo "vnu: checker failed to run (status $status)" >&2
        exit 2
    fi
    [ "$status" -eq 0 ] || vnu_failed=1
}

run_vnu '*.html' --html
if [ "$ncss" -gt 0 ]; then
    run_vnu '*.css' --css
fi

# vnu's CSS checker does not know CSS Generated Content for Paged Media
# (css-gcpm-3): running elements, `position: running(NAME)` and
# `content: element(NAME)` in print.css, which WeasyPrint prints and
# Chromium ignores. Those two messages, and only they, are not errors.
gcpm='error: CSS: “(position”: “running|content”: “element)\([a-z-]+\)” is not a “(position|content)” value\.$'
known=$(grep -c -E "$gcpm" "$out" || true)
grep -v -E "$gcpm" "$out" >"$out.kept" || true
mv "$out.kept" "$out"
[ "$known" -eq 0 ] || echo "vnu: $known messages on CSS paged media's running elements left out (unknown to vnu)"

# Nor does it know container queries (CSS Containment 3, in every browser
# since 2023): `container-type`, and a length in `cqi` units, which it
# calls an unknown dimension. That message is left out only where the
# line it points at holds "cqi"; on any other line it stays an error.
container=0
while IFS= read -r line; do
    if [[ "$line" =~ ^\"file:([^\"]+)\":([0-9]+)\.[0-9-]+\.[0-9]+:\ error:\ CSS:\ (.*)$ ]]; then
        file=${BASH_REMATCH[1]} at=${BASH_REMATCH[2]} msg=${BASH_REMATCH[3]}
        if [[ "$msg" == '“container-type”: Property “container-type” doesn'"'"'t exist.' ]] ||
            { [[ "$msg" == *': Unknown dimension.' ]] && sed -n "${at}p" "$file" | grep -q '[0-9]cqi\b'; }; then
            container=$((container + 1))
            continue
        fi
    fi
    printf '%s\n' "$line"
done <"$out" >"$out.kept"
mv "$out.kept" "$out"
[ "$container" -eq 0 ] || echo "vnu: $container messages on container queries left out (unknown to vnu)"

cat "$out"

# GNU format: FILE:LINE.COL-LINE.COL: error: MSG / info warning: MSG / info: MSG
# ("non-document-error" messages, e.g. an unreadable file, are errors too.)
errors=$(grep -c -E ': (error|non-document-error)( [a-z-]+)?: ' "$out" || true)
warnings=$(grep -c -E ': info warning: ' "$out" || true)
if [ "$vnu_failed" -ne 0 ] && [ "$errors" -eq 0 ] && [ "$known" -eq 0 ]; then
    echo "vnu: checker exited non-zero but no error message was recognised" >&2
    errors=1
fi

echo "vnu: $((nhtml + ncss)) files, $errors errors, $warnings warnings"
[ "$errors" -eq 0 ]
