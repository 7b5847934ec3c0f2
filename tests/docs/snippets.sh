#!/usr/bin/env bash
# Compiles every ```cpp block of the given Markdown files, and runs those that print. A block with
# its own main() is compiled as it stands; any other block has its #include lines hoisted and the
# rest placed in main(), after `#include <flopscale/flopscale.hpp>`. A block whose first line is
# `// does not compile` must fail to compile. Usage: snippets.sh CXX INCLUDE_DIR FILE.md...
set -euo pipefail
cxx=$1
include=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count=0
failed=0
for markdown in "$@"; do
    # Split the file into numbered block files: block-N.cpp, with the line where each starts.
    awk -v dir="$work" -v md="$(basename "$markdown")" '
        /^```cpp[ \t]*$/ { inside = 1; n++; file = sprintf("%s/%s-%03d.cpp", dir, md, n);
                           printf "" > file; print NR > (file ".line"); next }
        /^```/ && inside { inside = 0; close(file); next }
        inside { print >> file }' "$markdown"
done
# Checks one block; prints a FAIL line when it fails. Blocks are checked in parallel, one job per
# processor: this test is the longest of the suite.
check() {
    local block=$1
    local name source="$1.program.cpp"
    name="$(basename "$block" .cpp) (line $(cat "$block.line"))"
    if grep -q 'int main' "$block"; then
        cp "$block" "$source"
    else
        {
            echo '#include <flopscale/flopscale.hpp>'
            grep '^#include' "$block" || true
            echo 'int main() {'
            grep -v '^#include' "$block" || true
            echo 'return 0; }'
        } >"$source"
    fi
    if head -n 1 "$block" | grep -q '^// does not compile'; then
        if "$cxx" -std=c++17 -fsyntax-only -I "$include" "$source" 2>/dev/null; then
            echo "FAIL $name: compiled, but the text says it does not"
        fi
        return 0
    fi
    if ! "$cxx" -std=c++17 -Wall -Wextra -I "$include" "$source" -o "$block.program" \
        2>"$block.errors"; then
        echo "FAIL $name: does not compile"
        sed 's/^/    /' "$block.errors" | head -n 20
    elif ! "$block.program" >"$block.output" 2>&1; then
        echo "FAIL $name: exits non-zero"
    fi
    return 0 # the verdict is the FAIL line: a job's status would stop the loop below (set -e)
}
jobs_max=$(nproc 2>/dev/null || echo 2)
for block in "$work"/*.cpp; do
    [ -e "$block" ] || continue
    count=$((count + 1))
    check "$block" >"$block.result" &
    while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do wait -n || true; done
done
wait
if [ "$count" -gt 0 ]; then
    cat "$work"/*.cpp.result
    failed=$(cat "$work"/*.cpp.result | grep -c '^FAIL' || true)
fi
echo "documentation snippets: $((count - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
